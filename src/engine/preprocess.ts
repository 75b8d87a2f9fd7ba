// The language layers a question passes before any understanding: Arabizi to Arabic, short forms
// written in capitals ("US", "IS"), folding, and the lexicon's normalization of dialect and chat
// words («وين» → «اين», "mtg" → "meeting"). The result is a list of folded words in standard forms.
import { isArabizi, transliterate } from './arabizi.js';
import type { Lexicon } from './lexicon.js';
import { fold, words } from './normalize.js';
import type { Language } from './types.js';
import { cacheFor, remember } from './memo.js';

export interface Prepared {
  /** The language to answer in: Arabic when any Arabic script (or Arabizi) is present. */
  language: Language;
  words: string[];
  arabizi: boolean;
  /** An Arabic pronoun suffix was taken off a word («منصبه» → «منصب»): the question refers back. */
  pronounSuffix: boolean;
  /** Words from sentences around the question (a lead-in, a closing line): they may add, never dilute. */
  optional?: ReadonlySet<string>;
  /** Read from a sentence about the asker: kept only if it finds an answer beside a clearer question. */
  tentative?: boolean;
  /** What the question takes for granted ("Since the meeting was in Dubai, …"): checked before it is answered. */
  premise?: Prepared;
  /** The premise states what the article says ("The article says…"): only a contradiction fails it. */
  claim?: boolean;
  /** A question after "and" in the same sentence ("…and how many organisations?"): it continues the one before. */
  joined?: boolean;
}

export interface Vocabulary {
  /** Latin-script words the article data knows (names, cue words): kept as they are inside Arabizi. */
  latin: ReadonlySet<string>;
  /** Latin spellings of the article's names (surnames, place names): no evidence of English or Arabizi. */
  names: ReadonlySet<string>;
  /** English function and question words, which tell English from Arabizi. */
  english: ReadonlySet<string>;
  /** True for a word the article data or the lexicon knows (by form or stem). */
  known: (word: string) => boolean;
  /** True for a word known as it is written (not by its stem). */
  knownExact: (word: string) => boolean;
  /** Arabic words by consonant skeleton, for snapping transliterated words. */
  skeletons: Map<string, string[]>;
}

/** Arabic script anywhere decides: a mixed question ("هل Peru عضو؟") is still asked in Arabic. */
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
  // "is the us a member": after "the", lower-case "us" is no pronoun.
  text = text.replace(/\bthe us\b/gi, 'the USA');
  if (!/[a-z]/.test(text)) return text; // a question in all capitals gives no such signal
  return text.replace(/(^|[^A-Za-z.])(U\.S\.?|US|IS)(?=$|[^A-Za-z])/g, (_m, pre: string, form: string) => `${pre}${CAPITALS_ONLY.get(form) ?? form}`);
}

/** Words whose reading depends on the words beside them (see `normalizeWords`). */
const BY_NEIGHBOURS = new Set(['قبل', 'طول', 'مثل']);

/** One word's normalization, for a word not in BY_NEIGHBOURS: the steps of `normalizeWords` that apply to it. */
function normalizeWord(w: string, lex: Lexicon): readonly string[] {
  const direct = lex.normalize.get(w);
  if (direct) return direct;
  // «هالاجتماع» is «هذا الاجتماع» (Gulf and Levantine).
  if (/^هال../.test(w) && w.length > 5) return ['هذا', w.slice(1)];
  // «عالاجتماع» is «على الاجتماع»; «عالطاولة», «عالقائمة» the same.
  if (/^عال./.test(w) && w.length > 5) return ['علي', w.slice(1)];
  // «ماحضرش»: the dialect «ما…ش» is «ما» before the verb.
  const circumfix = /^ما(.{3,}?)(ش)$/.exec(w);
  if (circumfix && w.length >= 6) return ['ما', ...normalizeWord(circumfix[1]!, lex)];
  const bare = /^[وف]/.test(w) && w.length > 2 ? w.slice(1) : '';
  const under = bare ? lex.normalize.get(bare) : undefined;
  return under ?? [w];
}

/** Normalized words by lexicon and word (bounded). */
const normalized = new WeakMap<Lexicon, Map<string, readonly string[]>>();
function normalizedWord(w: string, lex: Lexicon): readonly string[] {
  return remember(cacheFor(normalized, lex), w, normalizeWord, lex);
}

/** Applies the lexicon's normalization, also under a leading «و»/«ف» («ووين» → «و» «اين»). */
export function normalizeWords(input: readonly string[], lex: Lexicon): string[] {
  const out: string[] = [];
  for (let at = 0; at < input.length; at++) {
    const w = input[at]!;
    // Most words normalize alike wherever they stand: read once per word.
    if (!BY_NEIGHBOURS.has(w)) {
      out.push(...normalizedWord(w, lex));
      continue;
    }
    // (The lexicon's own reading of one of them comes first.)
    const direct = lex.normalize.get(w);
    if (direct) {
      out.push(...direct);
      continue;
    }
    // «من قِبَل مَن…» is "by whom…": the «من قبل» of the passive, not "before".
    if (w === 'قبل' && out.at(-1) === 'من' && ['من', 'مين'].includes(input[at + 1] ?? '')) {
      out.pop();
      continue;
    }
    // «على طول» is "right (before/after)", not a length.
    if (w === 'طول' && (out.at(-1) === 'علي' || out.at(-1) === 'على')) {
      out.pop();
      out.push('مباشره');
      continue;
    }
    // «مين مثّل بيرو؟»: after "who", «مثل» is the verb "represented", not "like".
    if (w === 'مثل' && ['من', 'الذي', 'اللي', 'مين', 'منو', 'شكون'].includes(out.at(-1) ?? '')) {
      out.push('يمثل');
      continue;
    }
    out.push(...normalizeWord(w, lex));
  }
  // «في ال اجتماع» (an article written apart, as Arabizi "fil ejtima3" reads): one word, «الاجتماع».
  if (!out.includes('ال')) return out;
  return out.flatMap((w, i) => (w === 'ال' && i + 1 < out.length ? [] : out[i - 1] === 'ال' && !w.startsWith('ال') ? [`ال${w}`] : [w]));
}

const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'ه', 'و'];

/**
 * Dialect verb and pronoun forms the article's vocabulary does not hold, read as their base: the
 * present-tense «ب» («بيشتغل» → «يشتغل»), and a possessive («شغلتها» → «شغله», «منصبه» → «منصب»).
 */
export function baseForms(input: readonly string[], known: (w: string) => boolean, knownExact: (w: string) => boolean = known): { words: string[]; pronoun: boolean } {
  let pronoun = false;
  const out = input.map((w) => {
    const base = baseForm(w, known, knownExact);
    if (base.pronoun) pronoun = true;
    return base.word;
  });
  return { words: out, pronoun };
}

/** One word's base form (see `baseForms`), and whether a pronoun came off it. */
function baseForm(w: string, known: (w: string) => boolean, knownExact: (w: string) => boolean): { word: string; pronoun: boolean } {
  const as = (word: string) => ({ word, pronoun: false });
  const off = (word: string) => ({ word, pronoun: true });
  if (!/[\u0600-\u06FF]/.test(w)) return as(w);
  // «جلساته», «تغريداته»: a plural in «ات» with "his" on it is that plural, even where a word list holds the form.
  if (/^.{2,}ات(ه|ها)$/.test(w) && knownExact(w.replace(/(ه|ها)$/, ''))) return off(w.replace(/(ه|ها)$/, ''));
  if (knownExact(w)) return as(w);
  // «تغريدتو», «مهمتو»: the Levantine "his" on a word in «ة» is «ته».
  if (w.length >= 5 && w.endsWith('تو')) {
    const his = baseForm(`${w.slice(0, -1)}ه`, known, knownExact);
    if (knownExact(his.word)) return off(his.word);
  }
  // «عددهم», «اعضاؤها»: a plural pronoun is a reference back even on a word known by its stem.
  const plural = w.match(/^(.{3,}?)(هم|هما|ها)$/);
  if (plural && knownExact(plural[1]!)) return off(plural[1]!);
  // «أعضاؤها»: a final hamza on its seat before the pronoun (checked before a looser match by stem).
  const hamzaSeat = w.match(/^(.{3,})[وي](ها|هم)$/);
  if (hamzaSeat && knownExact(hamzaSeat[1]!)) return off(hamzaSeat[1]!);
  // «وبتغريدتو»: "and" on a word read only once its proclitics are off.
  if (/^[وف]/.test(w) && w.length >= 6) {
    for (const rest of [w.slice(1), /^[وف][بل]/.test(w) ? w.slice(2) : '']) {
      if (rest.length < 4) continue;
      if (knownExact(rest)) return as(rest);
      const read = baseForm(rest, known, knownExact);
      if (read.word !== rest && knownExact(read.word)) return read;
    }
  }
  // «بعضوية», «لعضوية»: a preposition on a word the vocabulary holds as it is.
  if (/^[بلك]/.test(w) && w.length >= 5 && !w.startsWith('ال') && knownExact(w.slice(1))) return as(w.slice(1));
  if (known(w)) return as(w);
  if (hamzaSeat && known(hamzaSeat[1]!)) return off(hamzaSeat[1]!);
  // («بتغريدتو»: the «ب» off, and then the word read on, «تغريدتو» → «تغريده».)
  if (/^[بك][يتنا]/.test(w) && w.length >= 5 && known(w.slice(1))) return baseForm(w.slice(1), known, knownExact);
  // Dialect passives in «ات»: «اتذكر» (was named), «اتعقد» (was held).
  if (/^ات/.test(w) && w.length >= 5 && known(w.slice(2))) return as(w.slice(2));
  for (const s of PRONOUN_SUFFIXES) {
    if (!w.endsWith(s) || w.length - s.length < 3) continue;
    // A final «ه» after «ي» is the feminine ending of an adjective («عربيه»), not "his".
    if (s === 'ه' && w.endsWith('يه')) continue;
    const base = w.slice(0, -s.length);
    const candidates = base.endsWith('ت') ? [`${base.slice(0, -1)}ه`, base] : [base];
    const hit = candidates.find(known);
    if (hit) return off(hit);
  }
  return as(w);
}

/** Base forms by word, per vocabulary: a word's form depends on the word and the vocabulary only. */
const baseFormMemo = new WeakMap<Vocabulary, Map<string, { word: string; pronoun: boolean }>>();

/** A word's base form against a vocabulary (what `baseFormsOf` keeps per word). */
const baseFormIn = (w: string, vocab: Vocabulary) => baseForm(w, vocab.known, vocab.knownExact);

function baseFormsOf(input: readonly string[], vocab: Vocabulary): { words: string[]; pronoun: boolean } {
  const memo = cacheFor(baseFormMemo, vocab);
  let pronoun = false;
  const words = input.map((w) => {
    if (!/[\u0600-\u06FF]/.test(w)) return w; // only Arabic words change
    const base = remember(memo, w, baseFormIn, vocab);
    if (base.pronoun) pronoun = true;
    return base.word;
  });
  return { words, pronoun };
}

/** «منصبه» read by the lexicon as «منصب»: the word's "his" is still a reference back. */
function lexiconDropsPronoun(w: string, lex: Lexicon): boolean {
  const to = lex.normalize.get(w);
  if (to?.length !== 1 || to[0] === w) return false;
  const stemOf = to[0]!.endsWith('ه') ? [to[0]!, `${to[0]!.slice(0, -1)}ت`] : [to[0]!];
  return stemOf.some((b) => b.length >= 3 && w.startsWith(b) && /^(ه|ها|هم|هما|و)$/.test(w.slice(b.length)));
}

/** The language `prepare` reads a text in, without preparing its words. */
export function languageOf(text: string, lex: Lexicon, vocab: Vocabulary): Language {
  return isArabizi(text, lex, vocab.english, vocab.names) ? 'ar' : detectLanguage(text);
}

export function prepare(text: string, lex: Lexicon, vocab: Vocabulary): Prepared {
  const arabizi = isArabizi(text, lex, vocab.english, vocab.names);
  const source = arabizi ? transliterate(text, lex, vocab.latin, vocab.skeletons) : text;
  const spelled = expandCapitalForms(source).replace(/(#|\bno\.)\s*of\b/gi, 'number of');
  const folded = words(fold(spelled));
  const normalized = normalizeWords(folded, lex);
  const base = baseFormsOf(normalized, vocab);
  // (A word its base form changed is spelled as the dialect map spells it: «بتغريدتو» → «تغريدتو» → «تغريدته».
  // Only a spelling, not a reading: «بتعمل» → «تعمل» stays, though the map reads «تعمل» alone as "was held".)
  const respelled = (w: string) => {
    const again = normalizedWord(w, lex);
    return again.length === 1 && again[0]!.slice(0, 4) === w.slice(0, 4) ? again[0]! : w;
  };
  const read = base.words.some((w, i) => w !== normalized[i]) ? base.words.map((w, i) => (w !== normalized[i] ? respelled(w) : w)) : base.words;
  return {
    language: arabizi ? 'ar' : detectLanguage(text),
    words: read,
    arabizi,
    pronounSuffix: base.pronoun || folded.some((w) => lexiconDropsPronoun(w, lex)),
  };
}
