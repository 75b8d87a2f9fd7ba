// The language lexicon (data/lexicon/*.json) compiled for matching: every word folded, both
// languages merged where a question may mix them ("the meeting كان وين?"). Maps and Sets only, so a
// user's word is never used as a key of a plain object ("constructor" is just a word).
import type { LexiconData } from '../data/load.js';
import type { QuestionKind } from '../data/schema.js';
import { fold, stem, words } from './normalize.js';
import type { Language } from './types.js';
import { remember } from './memo.js';

export interface Lexicon {
  stopwords: Set<string>;
  context: Set<string>;
  contextStems: Set<string>;
  outOfScope: Set<string>;
  outOfScopeStems: Set<string>;
  dateDetail: Set<string>;
  /** Named cue lists (membership, attendance, chair, states…), by word and by stem. */
  cues: Map<string, { words: Set<string>; stems: Set<string>; phrases: string[][] }>;
  /** Each cue list's position in a word's cue flags. */
  cueIndex: Map<string, number>;
  /** A word's flags, one per cue list: CUE_WORD when it is in the list (by form, or by stem for longer words), CUE_PHRASE when a phrase of the list starts with it. */
  cueFlags: (word: string) => Uint8Array;
  /** Single question words → kind; phrases ("how many", «ما عدد») are checked first. */
  questionWords: Map<string, QuestionKind>;
  questionPhrases: Array<{ words: string[]; kind: QuestionKind }>;
  /** Word → replacement words (dialect, chat spelling). */
  normalize: Map<string, string[]>;
  ordinals: Map<string, number>;
  numbers: Map<string, number>;
  /** Region words (single or phrases) → continent code. */
  regions: Array<{ words: string[]; code: string }>;
  continentNames: Record<Language, Map<string, string>>;
  /** Groupings of states from reference data (a council, a UN subregion), by region code. */
  groupings: Map<string, { members: ReadonlySet<string>; source: Record<Language, string> }>;
  /** Organisation id → the region codes it is of (reference data: a continental union is of its continent). */
  organisationRegions: Map<string, ReadonlySet<string>>;
  postWords: Set<string>;
  postQualifiers: Set<string>;
  rankWords: Set<string>;
  pronouns: Set<string>;
  chatter: Set<string>;
  smallTalk: Map<string, Set<string>>;
  nouns: Map<string, Record<Language, string[]>>;
  replies: Record<Language, Map<string, string>>;
  /** Beginnings of English names that take "the" ("United …", "Republic of …"). */
  definite: string[];
  arabizi: { words: Map<string, string>; letters: Array<[string, string]> };
}

const foldAll = (list: readonly string[]): string[] => list.map(fold).filter(Boolean);
const foldedSet = (list: readonly string[]): Set<string> => new Set(foldAll(list));
const stems = (set: Iterable<string>): Set<string> => new Set([...set].map(stem));

export function compileLexicon(data: LexiconData): Lexicon {
  const both = <K extends 'stopwords' | 'context' | 'outOfScope' | 'dateDetail' | 'postWords' | 'postQualifiers' | 'rankWords' | 'pronouns' | 'chatter'>(k: K) =>
    foldedSet([...data.en[k], ...data.ar[k]]);

  const cues = new Map<string, { words: Set<string>; stems: Set<string>; phrases: string[][] }>();
  for (const lang of [data.en, data.ar]) {
    for (const [name, list] of Object.entries(lang.cues)) {
      const entry = cues.get(name) ?? { words: new Set<string>(), stems: new Set<string>(), phrases: [] };
      for (const folded of foldAll(list)) {
        const w = words(folded);
        if (w.length > 1) entry.phrases.push(w);
        else {
          entry.words.add(folded);
          // Very short words are matched only as themselves: their stems collide.
          if (folded.length >= 4) entry.stems.add(stem(folded));
        }
      }
      cues.set(name, entry);
    }
  }

  const questionWords = new Map<string, QuestionKind>();
  const questionPhrases: Array<{ words: string[]; kind: QuestionKind }> = [];
  for (const lang of [data.en, data.ar]) {
    for (const [kind, list] of Object.entries(lang.questionWords) as Array<[QuestionKind, string[]]>) {
      for (const folded of foldAll(list)) {
        const w = words(folded);
        if (w.length > 1) questionPhrases.push({ words: w, kind });
        else if (!questionWords.has(folded)) questionWords.set(folded, kind);
      }
    }
  }
  questionPhrases.sort((a, b) => b.words.length - a.words.length);

  const normalize = new Map<string, string[]>();
  for (const lang of [data.en, data.ar]) {
    for (const [from, to] of Object.entries(lang.normalize)) {
      const key = fold(from);
      if (key && !normalize.has(key)) normalize.set(key, words(fold(to)));
    }
  }

  const ordinals = new Map<string, number>();
  for (const lang of [data.en, data.ar]) for (const [w, n] of Object.entries(lang.ordinals)) ordinals.set(fold(w), n);

  const numbers = new Map<string, number>();
  for (const lang of [data.en, data.ar]) for (const [w, n] of Object.entries(lang.numbers)) numbers.set(fold(w), n);

  const smallTalk = new Map<string, Set<string>>();
  for (const lang of [data.en, data.ar]) {
    for (const [kind, list] of Object.entries(lang.smallTalk)) {
      const set = smallTalk.get(kind) ?? new Set<string>();
      for (const w of foldAll(list)) set.add(w);
      smallTalk.set(kind, set);
    }
  }

  const nouns = new Map<string, Record<Language, string[]>>();
  for (const [type, en] of Object.entries(data.en.nouns)) nouns.set(type, { en, ar: data.ar.nouns[type] ?? en });

  const arabiziWords = new Map<string, string>();
  for (const [k, v] of Object.entries(data.arabizi.words)) arabiziWords.set(k.toLowerCase(), v);
  const letters = Object.entries(data.arabizi.letters).sort((a, b) => b[0].length - a[0].length);

  const context = both('context');
  const outOfScope = both('outOfScope');
  const cueIndex = new Map([...cues.keys()].map((name, i) => [name, i]));
  return {
    stopwords: both('stopwords'),
    context,
    contextStems: stems(context),
    outOfScope,
    outOfScopeStems: stems([...outOfScope].filter((w) => !/[\u0600-\u06FF]/.test(w))),
    dateDetail: both('dateDetail'),
    cues,
    cueIndex,
    cueFlags: cueFlagsOf(cues),
    questionWords,
    questionPhrases,
    normalize,
    ordinals,
    numbers,
    regions: [data.en, data.ar]
      .flatMap((l) => Object.entries(l.regions).map(([w, code]) => ({ words: words(fold(w)), code })))
      .sort((a, b) => b.words.length - a.words.length),
    continentNames: { en: new Map(Object.entries(data.en.continentNames)), ar: new Map(Object.entries(data.ar.continentNames)) },
    groupings: new Map(Object.entries(data.world.groupings).map(([code, g]) => [code, { members: new Set(g.members), source: g.source }])),
    organisationRegions: new Map(data.world.organisations.map((o) => [o.id, new Set(o.regions)])),
    postWords: both('postWords'),
    postQualifiers: both('postQualifiers'),
    rankWords: both('rankWords'),
    pronouns: both('pronouns'),
    chatter: both('chatter'),
    smallTalk,
    nouns,
    definite: data.world.definitePrefixes,
    replies: { en: new Map(Object.entries(data.en.replies)), ar: new Map(Object.entries(data.ar.replies)) },
    arabizi: { words: arabiziWords, letters },
  };
}

export const CUE_WORD = 1;
export const CUE_PHRASE = 2;

/**
 * A word's cue flags, read once per word (memoized, bounded): a question's words are checked against a
 * dozen cue lists, and the same words come back question after question.
 */
function cueFlagsOf(cues: Lexicon['cues']): (word: string) => Uint8Array {
  const entries = [...cues.values()];
  const memo = new Map<string, Uint8Array>();
  const read = (word: string): Uint8Array => {
    const flags = new Uint8Array(entries.length);
    const st = word.length >= 4 ? stem(word) : '';
    entries.forEach((entry, i) => {
      const inList = entry.words.has(word) || (!!st && entry.stems.has(st));
      flags[i] = (inList ? CUE_WORD : 0) | (entry.phrases.some((p) => p[0] === word) ? CUE_PHRASE : 0);
    });
    return flags;
  };
  return (word) => remember(memo, word, read);
}

/**
 * True when a word (or its stem, for longer words) is in the named cue list; a multi-word cue must appear whole.
 * `flags`, when given, holds each word's cue flags at the same position (read once for many cue lists);
 * a word blanked out ('') there has none.
 */
export function hasCue(lex: Lexicon, name: string, w: readonly string[], flags?: readonly Uint8Array[]): boolean {
  const k = lex.cueIndex.get(name);
  if (k === undefined) return false;
  // Plain loops: this runs a dozen times per question.
  let phraseStart = false;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (x === '') continue;
    const f = (flags ? flags[i]! : lex.cueFlags(x))[k]!;
    if (f & CUE_WORD) return true;
    if (f & CUE_PHRASE) phraseStart = true;
  }
  // A phrase is looked for only when one of the words may start it.
  if (phraseStart) for (const p of lex.cues.get(name)!.phrases) if (indexOfPhrase(w, p) >= 0) return true;
  return false;
}

/** False when no word (by its flags) is in the named cue list or starts one of its phrases: `hasCue` is then false too. */
export function mayHaveCue(lex: Lexicon, name: string, flags: readonly Uint8Array[]): boolean {
  const k = lex.cueIndex.get(name);
  return k !== undefined && flags.some((f) => f[k] !== 0);
}

/** Position of a phrase in a word list, or -1. */
export function indexOfPhrase(w: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= w.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (w[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/** A phrase list's positions by first word, built once per list: most phrases cannot occur in a question. */
const byFirstWord = new WeakMap<readonly unknown[], Map<string, number[]>>();

function firstWordIndex<T>(list: readonly T[], wordsOf: (x: T) => readonly string[]): Map<string, number[]> {
  let index = byFirstWord.get(list);
  if (!index) {
    index = new Map();
    list.forEach((x, i) => {
      const first = wordsOf(x)[0] ?? ''; // an empty phrase occurs everywhere: key '' is always read
      const at = index!.get(first);
      if (at) at.push(i);
      else index!.set(first, [i]);
    });
    byFirstWord.set(list, index);
  }
  return index;
}

/**
 * The first item of a phrase list, in the list's order, whose phrase occurs in the words and that passes
 * `ok`: `list.find((x) => indexOfPhrase(w, wordsOf(x)) >= 0 && ok(x))`, reading only the phrases that
 * start with one of the words. The list must not change once searched.
 */
export function findPhrase<T>(w: readonly string[], list: readonly T[], wordsOf: (x: T) => readonly string[], ok?: (x: T, at: number) => boolean): T | undefined {
  const index = firstWordIndex(list, wordsOf);
  const candidates: number[] = [...(index.get('') ?? [])];
  // (A word met twice adds its phrases twice: read again, they fail again, and the first found is the same.)
  for (const x of w) {
    const at = index.get(x);
    if (at) candidates.push(...at);
  }
  if (candidates.length === 0) return undefined;
  if (candidates.length > 1) candidates.sort((a, b) => a - b);
  for (const i of candidates) {
    const item = list[i]!;
    const at = indexOfPhrase(w, wordsOf(item));
    if (at >= 0 && (!ok || ok(item, at))) return item;
  }
  return undefined;
}
