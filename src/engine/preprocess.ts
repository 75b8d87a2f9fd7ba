// The language layers a question passes before any understanding: Arabizi to Arabic, short forms
// written in capitals ("US", "IS"), folding, and the lexicon's normalization of dialect and chat
// words («وين» → «اين», "mtg" → "meeting"). The result is a list of folded words in standard forms.
import { isArabizi, transliterate } from './arabizi.js';
import type { Lexicon } from './lexicon.js';
import { fold, words } from './normalize.js';
import type { Language } from './types.js';

export interface Prepared {
  /** The language to answer in: Arabic when any Arabic script (or Arabizi) is present. */
  language: Language;
  words: string[];
  arabizi: boolean;
}

export interface Vocabulary {
  /** Latin-script words the article data knows (names, cue words): kept as they are inside Arabizi. */
  latin: ReadonlySet<string>;
  /** Latin spellings of the article's names ("gargash", "iraq"): no evidence of English or Arabizi. */
  names: ReadonlySet<string>;
  /** English function and question words, which tell English from Arabizi. */
  english: ReadonlySet<string>;
  /** Arabic words by consonant skeleton, for snapping transliterated words. */
  skeletons: Map<string, string>;
}

/** Arabic script anywhere decides: a mixed question ("هل UAE عضو؟") is still asked in Arabic. */
export function detectLanguage(text: string): Language {
  return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text) ? 'ar' : 'en';
}

/** English short forms that are also ordinary words ("us", "is"), read as names only in capitals. */
const CAPITALS_ONLY = new Map([
  ['US', 'USA'],
  ['U.S.', 'USA'],
  ['U.S', 'USA'],
  ['IS', 'ISIS'],
]);

export function expandCapitalForms(text: string): string {
  if (!/[a-z]/.test(text)) return text; // a question in all capitals gives no such signal
  return text.replace(/(^|[^A-Za-z.])(U\.S\.?|US|IS)(?=$|[^A-Za-z])/g, (_m, pre: string, form: string) => `${pre}${CAPITALS_ONLY.get(form) ?? form}`);
}

/** Applies the lexicon's normalization, also under a leading «و»/«ف» («ووين» → «و» «اين»). */
export function normalizeWords(input: readonly string[], lex: Lexicon): string[] {
  const out: string[] = [];
  for (const w of input) {
    const direct = lex.normalize.get(w);
    if (direct) {
      out.push(...direct);
      continue;
    }
    // «عالاجتماع» is «على الاجتماع»; «عالطاولة», «عالقائمة» the same.
    if (/^عال./.test(w) && w.length > 5) {
      out.push('علي', w.slice(1));
      continue;
    }
    const bare = /^[وف]/.test(w) && w.length > 2 ? w.slice(1) : '';
    const under = bare ? lex.normalize.get(bare) : undefined;
    if (under) out.push(...under);
    else out.push(w);
  }
  return out;
}

export function prepare(text: string, lex: Lexicon, vocab: Vocabulary): Prepared {
  const arabizi = isArabizi(text, lex, vocab.english, vocab.names);
  const source = arabizi ? transliterate(text, lex, vocab.latin, vocab.skeletons) : text;
  const spelled = expandCapitalForms(source).replace(/(#|\bno\.)\s*of\b/gi, 'number of');
  return {
    language: arabizi ? 'ar' : detectLanguage(text),
    words: normalizeWords(words(fold(spelled)), lex),
    arabizi,
  };
}
