// The article as numbered paragraphs. Numbering counts the real text only (headline, subhead,
// section headings, body), so page chrome can never shift a citation's paragraph number.

export interface Paragraph {
  /** 1-based, stable as long as the article text is unchanged. */
  number: number;
  text: string;
}

export function splitParagraphs(raw: string, chrome: readonly string[]): Paragraph[] {
  const skip = new Set(chrome.map((c) => c.trim()));
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !skip.has(line))
    .map((text, i) => ({ number: i + 1, text }));
}

/** White space folded, as a reader (and a verbatim check) sees a passage. */
export const collapseSpace = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** True when every "…"-joined piece of `quote` stands in `text` exactly, white space aside. */
export function isVerbatimIn(quote: string, text: string): boolean {
  const flat = collapseSpace(text);
  const pieces = collapseSpace(quote)
    .split(/\s*…\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => flat.includes(p));
}
