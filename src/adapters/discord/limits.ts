// Discord's size limits, in one place, and the functions that make any payload fit them.
// Every reply the bot sends is built from these (see reply.ts), so nothing it echoes can be rejected
// for its length. Limits are counted in UTF-16 code units, as Discord's API validates them.

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  optionValue: 6000,
} as const;

const ELLIPSIS = '…';

/** Cuts text to `max` code units, on a grapheme boundary where possible, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let out = '';
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max - ELLIPSIS.length) break;
    out += segment;
  }
  return out.trimEnd() + ELLIPSIS;
}

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface EmbedData {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
  author?: { name: string };
}

const nonEmpty = (s: string, fallback = '\u200b') => (s.trim().length > 0 ? s : fallback);

function embedLength(e: EmbedData): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Makes one embed fit every per-part limit and the 6000 total, dropping the last fields first. */
export function fitEmbed(embed: EmbedData): EmbedData {
  const out: EmbedData = { ...embed };
  if (out.title !== undefined) out.title = truncate(nonEmpty(out.title), LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(nonEmpty(out.description), LIMITS.embedDescription);
  if (out.footer) out.footer = { text: truncate(nonEmpty(out.footer.text), LIMITS.embedFooter) };
  if (out.author) out.author = { name: truncate(nonEmpty(out.author.name), LIMITS.embedAuthorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(nonEmpty(f.name), LIMITS.embedFieldName),
      value: truncate(nonEmpty(f.value), LIMITS.embedFieldValue),
    }));
  }
  while (embedLength(out) > LIMITS.embedTotal && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  const over = embedLength(out) - LIMITS.embedTotal;
  if (over > 0 && out.description) out.description = truncate(out.description, Math.max(1, out.description.length - over));
  return out;
}

/** Several embeds in one message share the 6000 total: keep whole embeds while they fit. */
export function fitEmbeds(embeds: EmbedData[]): EmbedData[] {
  const out: EmbedData[] = [];
  let total = 0;
  for (const e of embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbed)) {
    const len = embedLength(e);
    if (total + len > LIMITS.embedTotal) break;
    out.push(e);
    total += len;
  }
  return out;
}

export const fitContent = (content: string): string => truncate(content, LIMITS.content);

export interface Choice {
  name: string;
  value: string;
}

/** Autocomplete: at most 25 choices, names and values at most 100, no duplicates, none empty. */
export function fitChoices(values: readonly string[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const v of values) {
    const value = truncate(v.trim(), LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: truncate(v.trim(), LIMITS.choiceName), value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}

export const fitLabel = (label: string): string => truncate(nonEmpty(label, '…'), LIMITS.buttonLabel);

/** Cuts text to at most `max` code units between code points, without a mark: for data, not display. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** A custom_id of parts joined by ":"; the last part (free text) is cut to keep the whole within 100. */
export function customId(...parts: string[]): string {
  const id = parts.join(':');
  if (id.length <= LIMITS.customId) return id;
  const head = parts.slice(0, -1).join(':');
  // No ellipsis here: an id is data, and its text is re-read, not shown.
  return `${head}:${cut(parts.at(-1) ?? '', LIMITS.customId - head.length - 1)}`;
}
