// Text normalization shared by the index and the question, so both sides compare like with like.
import { remember } from './memo.js';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** Zero-width, bidi controls, BOM and soft hyphen: invisible, and they split words for no reason. */
const INVISIBLES = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Arabic harakat, Quranic marks, superscript alef and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

// Folding is memoized: the same words and questions come back again and again, and it is costly.
const folded = new Map<string, string>();
/**
 * Folds a string to the form used for matching: Arabic letter variants unified
 * (أ/إ/آ/ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي; Persian-keyboard and dialect letters چ/ک→ك, گ→ق, ڤ→ف, پ→ب, ی→ي),
 * marks and tatweel dropped, digits made Latin,
 * Latin diacritics dropped (Müller→muller), lower case, punctuation to spaces.
 */
export const fold = (text: string): string => remember(folded, text, foldText);

const ASCII = /^[\x00-\x7F]*$/;

function foldText(text: string): string {
  // Plain ASCII has nothing for the Unicode and Arabic steps to change: only the casing and punctuation steps apply.
  if (ASCII.test(text)) return foldCase(text);
  return foldCase(text
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(ARABIC_MARKS, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىیۍ]/g, 'ي')
    .replace(/ة/g, 'ه')
    // Letters of Persian keyboards and dialect spelling: «چان» is «كان», «گال» is «قال».
    .replace(/[کچ]/g, 'ك')
    .replace(/گ/g, 'ق')
    .replace(/ڤ/g, 'ف')
    .replace(/پ/g, 'ب')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '')
    .replace(/[٠-٩]/g, (d) => String(ARABIC_INDIC.indexOf(d)))
    .replace(/[۰-۹]/g, (d) => String(PERSIAN.indexOf(d)))
    .replace(/ß/g, 'ss'));
}

/** The steps of folding that apply to any text: lower case, apostrophes, punctuation, spaces. */
function foldCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '') // possessive: "Müller's" → "muller"
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits folded text into words. Splitting on spaces rather than `\b`: `\b` never fires beside Arabic letters. */
export function words(folded: string): string[] {
  const out = folded.split(' ');
  // Folded text has single spaces and no ends: only '' itself splits into an empty word.
  return out.includes('') ? out.filter(Boolean) : out;
}

export const isArabicWord = (word: string): boolean => /[\u0600-\u06FF]/.test(word);

// Arabic clitics: the article writes "وفنلندا", "بديوان", "للشؤون". Longest first.
const AR_PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
// The final alef is the accusative («بلداً» → «بلدا» once folded): the same word as «بلد».
const AR_SUFFIXES = ['يات', 'ات', 'ون', 'ين', 'ان', 'وا', 'ها', 'هم', 'هما', 'كم', 'نا', 'يه', 'ه', 'ي', 'ا', 'و'];

function stemArabic(word: string): string {
  let w = word;
  for (const p of AR_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  if (w.length >= 4 && (w.startsWith('و') || w.startsWith('ف'))) w = w.slice(1);
  // A pronoun first («ممثلوها» → «ممثلو»), then a plural or another ending («ممثلو» → «ممثل»).
  for (const s of AR_PRONOUNS) {
    if (w.endsWith(s) && w.length - s.length >= 4) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  for (const s of AR_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}
const AR_PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم'];

function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  w = w.replace(/isation(s?)$/, 'ization$1').replace(/ise(d|s)?$/, 'ize$1');
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  if (/(.)\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w) && w.length >= 5) w = w.slice(0, -1);
  return w;
}

/** A light stem: enough to meet "meetings"/"meeting" or "والسودان"/"السودان", not a morphological analysis. */
const stems = new Map<string, string>();
export const stem = (word: string): string => remember(stems, word, stemOf, undefined, 50_000);
function stemOf(word: string): string {
  if (/^\d+$/.test(word)) return word;
  return isArabicWord(word) ? stemArabic(word) : stemEnglish(word);
}

/** Folded words of a text, each with its stem. */
export interface Token {
  word: string;
  stem: string;
}

export function tokenize(text: string): Token[] {
  return words(fold(text)).map((word) => ({ word, stem: stem(word) }));
}
