// Screens raw input before any understanding: what cannot be a question gets a clear reply instead.
import type { Language } from './types.js';

/** The longest question read by default (the engine's `maxQuestionLength` option). */
export const MAX_QUESTION_LENGTH = 500;

export type InputProblem = 'empty' | 'no-words' | 'binary';

export interface ScreenedInput {
  /** The text to understand: invisible characters removed, white space folded, capped in length. */
  text: string;
  problem?: InputProblem;
  /** Set when the input was longer than MAX_QUESTION_LENGTH and was cut. */
  truncatedFrom?: number;
}

// C0/C1 controls other than tab/newline/CR, and U+FFFD (what undecodable bytes become).
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;
const HAS_BINARY = new RegExp(BINARY.source);
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function screenInput(raw: string, maxLength = MAX_QUESTION_LENGTH): ScreenedInput {
  const binaryChars = HAS_BINARY.test(raw) ? raw.match(BINARY)?.length ?? 0 : 0;
  if (binaryChars > 0 && binaryChars >= Math.max(1, raw.length * 0.05)) return { text: '', problem: 'binary' };
  const cleaned = raw.replace(BINARY, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (cleaned.length === 0) return { text: '', problem: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return { text: cleaned, problem: 'no-words' };
  // (No longer in code points than in UTF-16 units: a text within the limit in units needs no count.)
  if (cleaned.length <= maxLength) return { text: cleaned };
  const chars = [...cleaned];
  if (chars.length > maxLength) {
    return { text: chars.slice(0, maxLength).join(''), truncatedFrom: chars.length };
  }
  return { text: cleaned };
}

const MESSAGES: Record<InputProblem, Record<Language, string>> = {
  empty: {
    en: 'Please ask a question about the article, in English or Arabic.',
    ar: 'من فضلك اكتب سؤالاً عن الخبر، بالعربية أو الإنجليزية.',
  },
  'no-words': {
    en: 'I need words to work with: ask a question about the article in English or Arabic.',
    ar: 'أحتاج إلى كلمات لأجيب: اكتب سؤالاً عن الخبر بالعربية أو الإنجليزية.',
  },
  binary: {
    en: 'That looks like binary data rather than a question. Please type your question as text.',
    ar: 'يبدو هذا بيانات ثنائية وليس سؤالاً. من فضلك اكتب سؤالك نصاً.',
  },
};

export const inputProblemMessage = (problem: InputProblem, language: Language): string => MESSAGES[problem][language];

export function truncationNote(from: number, maxLength: number, language: Language): string {
  return language === 'ar'
    ? `(سؤالك طويل: ${from} حرفاً؛ قرأت أول ${maxLength} حرف فقط.)`
    : `(Your question was ${from} characters long; I read only the first ${maxLength}.)`;
}
