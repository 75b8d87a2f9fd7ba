// Arabizi: Arabic typed in Latin letters with digits for the sounds Latin lacks ("min ra2as el
// ejtima3?"). A message is read as Arabizi only on clear signs (digits inside words, or more Arabizi
// words than English ones); each word then becomes Arabic, by the lexicon's word list first and by
// letter rules after, snapped to a known Arabic word with the same consonant skeleton.
import type { Lexicon } from './lexicon.js';
import { fold } from './normalize.js';
import { remember } from './memo.js';

const DIGIT_IN_WORD = /^(?=.*[a-z])(?=.*[235679])[a-z0-9']+$/;
/** English words that carry digits ("2nd", "b4", "g7"): never signs of Arabizi. */
const ENGLISH_DIGIT_WORD = /^(\d+(st|nd|rd|th|s)|b4|g\d+|\d+[km]|mp\d|h\d+)$/;

export function latinTokens(text: string): string[] {
  // ("l'ism", "l'ijtima3": the article written with an apostrophe is a word of its own.)
  return text.toLowerCase().replace(/[’‘`´]/g, "'").replace(/\bl'(?=[a-z0-9])/g, 'l ').split(/[^a-z0-9']+/).filter(Boolean);
}

const DIGITS = 1;
const ARABIZI = 2;
const ENGLISH = 4;

/** What one token says of its message: digits inside a word, an Arabizi word, an English word (or nothing). */
function evidenceOf(t: string, lex: Lexicon, englishWords: ReadonlySet<string>, latinKnown: ReadonlySet<string>): number {
  const digits = DIGIT_IN_WORD.test(t) && !ENGLISH_DIGIT_WORD.test(t) ? DIGITS : 0;
  // Names are written alike in both (a surname), so they are no evidence either way.
  if (latinKnown.has(t)) return digits;
  const inArabizi = lex.arabizi.words.has(t);
  const inEnglish = englishWords.has(t);
  return digits | (inArabizi && !inEnglish ? ARABIZI : inEnglish && !inArabizi ? ENGLISH : 0);
}

/** Token evidence by word lists and token (bounded): a message's words come back in every message. */
const evidenceMemo = new WeakMap<Lexicon, WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, Map<string, number>>>>();
function memoFor(lex: Lexicon, englishWords: ReadonlySet<string>, latinKnown: ReadonlySet<string>): Map<string, number> {
  let byEnglish = evidenceMemo.get(lex);
  if (!byEnglish) evidenceMemo.set(lex, (byEnglish = new WeakMap()));
  let byKnown = byEnglish.get(englishWords);
  if (!byKnown) byEnglish.set(englishWords, (byKnown = new WeakMap()));
  let memo = byKnown.get(latinKnown);
  if (!memo) byKnown.set(latinKnown, (memo = new Map()));
  return memo;
}

/** True when a Latin-script message reads as Arabizi rather than English. */
export function isArabizi(text: string, lex: Lexicon, englishWords: ReadonlySet<string>, latinKnown: ReadonlySet<string>): boolean {
  if (/[\u0600-\u06FF]/.test(text)) return false;
  const tokens = latinTokens(text);
  if (tokens.length === 0) return false;
  const memo = memoFor(lex, englishWords, latinKnown);
  let digitWords = 0;
  let arabizi = 0;
  let english = 0;
  const read = (k: string) => evidenceOf(k, lex, englishWords, latinKnown);
  for (const t of tokens) {
    const e = remember(memo, t, read);
    if (e & DIGITS) digitWords++;
    if (e & ARABIZI) arabizi++;
    else if (e & ENGLISH) english++;
  }
  if (digitWords > 0) return digitWords + arabizi >= english;
  // (One Arabizi word with no English one beside it is enough: "<name> shu mansebo?")
  return arabizi > english && (arabizi >= 2 || english === 0);
}

/** The consonant skeleton used to snap a transliterated word to a known Arabic word. */
export function skeleton(arabic: string): string {
  let w = fold(arabic);
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  // A first «و» or «ي» is a consonant («وصف», «يوم»); elsewhere they are vowels Arabizi may not write.
  const first = /^[وي]/.test(w) ? w[0]! : '';
  return (first + w.slice(first.length)
    .replace(/ه$/, '')
    .replace(/[اويء]/g, ''))
    .replace(/ط/g, 'ت')
    .replace(/ص/g, 'س')
    .replace(/ض/g, 'د')
    .replace(/[ظذث]/g, 'ز')
    .replace(/ق/g, 'ك')
    .replace(/ح/g, 'ه');
}

/** Vowels as Arabizi writes them: doubled ones are long and written; single ones inside a word are not. */
function vowel(token: string, i: number, latin: string): string | undefined {
  if (!/^[aeiou]$/.test(latin)) return undefined;
  const last = i === token.length - 1;
  if (i === 0) return 'ا';
  if (last) return latin === 'a' || latin === 'e' ? 'ه' : latin === 'i' ? 'ي' : 'و';
  return '';
}

/** Arabic words of the vocabulary by skeleton, shortest spelling first. */
export function skeletonIndex(arabicWords: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w of arabicWords) {
    const key = skeleton(w);
    if (key.length < 2) continue;
    const had = index.get(key);
    if (!had) index.set(key, [w]);
    else if (!had.includes(w)) had.push(w);
  }
  for (const words of index.values()) words.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return index;
}

/** Long vowels written inside a word: after its first letter, before its ending («اجتماع»: 1). */
const arabicVowels = (w: string): number => (w.replace(/^ال/, '').slice(1).replace(/[اويه]+$/, '').match(/[اوي]/g) ?? []).length;
/** Vowel groups a Latin spelling writes inside a word ("egtima3": 2). */
const latinVowels = (t: string): number => (t.replace(/^[aeiou]+/, '').slice(1).replace(/[aeiou]+$/, '').match(/[aeiou]+/g) ?? []).length;

/** Of the words sharing a skeleton, the one whose written long vowels the Latin spelling best allows
 * ("egtima3": «اجتماع», not «اجتمع»); «ال» only when the Latin has it. */
function pick(words: string[] | undefined, token: string): string | undefined {
  if (!words) return undefined;
  const article = /^(el|al|il|l)/.test(token);
  // (A Latin word opening on a consonant, "kalimet", is not one opening on «ا», «اقاليم».)
  const consonantFirst = /^[b-df-hj-np-tv-z]/.test(token);
  const fits = words.filter((w) => (article || !w.startsWith('ال')) && !(consonantFirst && /^[اأإآ]/.test(w)));
  const pool = fits.length > 0 ? fits : words;
  const room = latinVowels(token);
  let best = pool[0]!;
  for (const w of pool) if (arabicVowels(w) <= room && arabicVowels(w) > arabicVowels(best)) best = w;
  // Of spellings as long, the one whose long vowels the Latin writes ("wezaret": «وزارة», not «وزير»).
  const fit = (w: string) => (w.slice(1).match(/[اوي]/g) ?? []).filter((v) => (v === 'ا' ? /[a-z]a/ : v === 'ي' ? /[a-z](i|ee)/ : /[a-z](o|u)/).test(token)).length - (w.slice(1).match(/[اوي]/g) ?? []).length;
  for (const w of pool) if (arabicVowels(w) === arabicVowels(best) && fit(w) > fit(best)) best = w;
  return best;
}

function byLetters(token: string, lex: Lexicon, hamzaAsQaf = false): string {
  // Doubled consonants are one letter with a shadda ("m7arrara" → «محررة»).
  const t = token.replace(/([b-df-hj-np-tv-z])\1/g, '$1');
  let out = '';
  let i = 0;
  while (i < t.length) {
    const hit = lex.arabizi.letters.find(([latin]) => t.startsWith(latin, i));
    if (!hit) {
      i++;
      continue;
    }
    const v = vowel(t, i, hit[0]);
    // "2" is a hamza, or in some dialects' writing a «ق» said as one ("manate2" → «مناطق»).
    out += v ?? (hit[0] === '2' && hamzaAsQaf ? 'ق' : hit[1]);
    i += hit[0].length;
  }
  return out;
}

/** The article with a preposition or "and" before it, written apart in Arabizi and glued to its noun in Arabic. */
const GLUED_ARTICLES = new Set(['ال', 'بال', 'وال', 'فال', 'لال', 'كال', 'في ال', 'على ال']);
/** One-letter prepositions Arabizi writes apart ("bi", "b"). */
const PROCLITICS = new Set(['ب']);

/** Transliterates an Arabizi message into Arabic words, keeping words the vocabulary knows in Latin (names). */
export function transliterate(text: string, lex: Lexicon, latinKnown: ReadonlySet<string>, skeletons: Map<string, string[]>): string {
  const tokens = latinTokens(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pair = i + 1 < tokens.length ? `${t} ${tokens[i + 1]}` : '';
    const pairHit = pair ? lex.arabizi.words.get(pair) : undefined;
    if (pairHit) {
      out.push(pairHit);
      i++;
      continue;
    }
    // ("majmou3at el…": a plural in the word list is the singular joined to the next noun before an article.)
    const joinedAt = /at$/.test(t) && lex.arabizi.words.get(tokens[i + 1] ?? '') === 'ال' ? lex.arabizi.words.get(t.slice(0, -1)) : undefined;
    const word = joinedAt ?? lex.arabizi.words.get(t);
    if (word !== undefined) {
      // "el"/"al" glue to the next word, as the Arabic article does; so do "bel", "wel", "lel", "fel"
      // ("bel manate2" → «بالمناطق», "fel" → «في المناطق»).
      // "bi 2a2emet" → «بقائمة»: a one-letter preposition written apart joins its noun.
      if (PROCLITICS.has(word) && i + 1 < tokens.length && !lex.arabizi.words.has(tokens[i + 1]!) && !latinKnown.has(tokens[i + 1]!)) {
        out.push(`${word}${snap(tokens[i + 1]!, lex, skeletons)}`);
        i++;
        continue;
      }
      if (GLUED_ARTICLES.has(word) && i + 1 < tokens.length) {
        const next = lex.arabizi.words.get(tokens[i + 1]!) ?? (latinKnown.has(tokens[i + 1]!) ? undefined : snap(tokens[i + 1]!, lex, skeletons));
        if (next !== undefined && !next.includes(' ')) {
          out.push(`${word.slice(0, -2)}${next.startsWith('ال') ? next : `ال${next}`}`.replace(/^لال/, 'لل'));
          i++;
          continue;
        }
      }
      out.push(word);
      continue;
    }
    if (latinKnown.has(fold(t)) || /^\d+$/.test(t)) {
      out.push(t);
      continue;
    }
    // ("majmou3at el esti2rar": before an article, "-at" is the «ة» of a noun joined to the next.)
    const beforeArticle = lex.arabizi.words.get(tokens[i + 1] ?? '') === 'ال';
    out.push(snap(t, lex, skeletons, beforeArticle));
  }
  return out.join(' ');
}

/** A word by its letters, snapped to a known Arabic word with the same skeleton when there is one. */
function snap(t: string, lex: Lexicon, skeletons: Map<string, string[]>, beforeArticle = false): string {
  const letters = byLetters(t, lex);
  // "majmou3et", "wezaret": «ة» read as "t" before the noun it joins (a plural ending is "-at", "-aat").
  const stem = t.slice(0, -1);
  // (Each reading also with "2" as «ق», a dialect "g" as «ج» and a Gulf "th" as «ض».)
  const readings = (x: string) => [byLetters(x, lex), ...(x.includes('2') ? [byLetters(x, lex, true)] : []), ...(x.includes('g') && !x.includes('gh') ? [byLetters(x.replace(/g/g, 'j'), lex)] : []), ...(x.includes('th') ? [byLetters(x.replace(/th/g, 'd'), lex)] : [])];
  const first = (xs: string[]) => { for (const x of xs) { const hit = pick(skeletons.get(skeleton(x)), t); if (hit) return hit; } return undefined; };
  const construct = /[a-z0-9]{3,}[ei]t$/.test(t) || (beforeArticle && /[a-z0-9]{3,}at$/.test(t)) ? first(readings(stem)) : undefined;
  // "2" may be «ق», and a dialect "g" is «ج»: try those readings when the first finds no word.
  return (
    construct ??
    first(readings(t)) ??
    letters
  );
}
