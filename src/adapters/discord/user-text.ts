// Text a user typed, shown back to them (an embed title holding their question). Discord renders
// markdown there, so a question could otherwise restyle the reply, fake a link or a quote, or turn its
// direction with bidi controls. Shown text is plain: controls and bidi marks removed, markdown escaped,
// and cut to fit without splitting an escape.

/** C0 and C1 controls and DEL, and the line and paragraph separators: all become a space. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
/** Bidi embeddings, overrides, isolates and marks (LRM, RLM, ALM), and invisible BOM/zero-width space. */
const BIDI = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** A surrogate half without its pair: not text, and Discord rejects it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters Discord's markdown gives a meaning to (emphasis, code, spoilers, links, quotes, headings, lists, mentions). */
export const MARKDOWN = /[\\*_~`|[\]()<>#-]/;
const MARKDOWN_ALL = new RegExp(MARKDOWN.source, 'g');

/** One line of plain text: no controls, no bidi marks, whitespace collapsed. */
export function plainText(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(CONTROLS, ' ').replace(BIDI, '').replace(/\s+/g, ' ').trim();
}

/**
 * Escapes every markdown character with a backslash. Escaping them all, not only where they would
 * take effect, keeps this simple to check; Discord shows an escaped character as itself.
 */
export function escapeMarkdown(text: string): string {
  // "1. " at the start of a line would begin a numbered list.
  return text.replace(MARKDOWN_ALL, (c) => `\\${c}`).replace(/^(\d+)\./, '$1\\.');
}

const ELLIPSIS = '…';

/** The escaped text a grapheme at a time, so a cut can fall between graphemes and never inside an escape. */
function escapedGraphemes(plain: string): string[] {
  const pieces = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(plain)].map(({ segment }) => segment.replace(MARKDOWN_ALL, (c) => `\\${c}`));
  const list = /^\d+\./.exec(plain);
  if (list) pieces[list[0].length - 1] = `\\${pieces[list[0].length - 1]!}`; // ASCII digits: one grapheme each
  return pieces;
}

/** User text for display: plain, escaped, and at most `max` UTF-16 code units, cut between graphemes. */
export function shownText(text: string, max: number): string {
  const plain = plainText(text);
  const escaped = escapeMarkdown(plain);
  if (escaped.length <= max) return escaped;
  if (max < ELLIPSIS.length) return '';
  let out = '';
  for (const piece of escapedGraphemes(plain)) {
    if (out.length + piece.length > max - ELLIPSIS.length) break;
    out += piece;
  }
  return out.trimEnd() + ELLIPSIS;
}
