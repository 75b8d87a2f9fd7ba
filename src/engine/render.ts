// Wording of composed answers: entity names as a sentence needs them, lists joined the way each
// language joins them, counts with Arabic number agreement («دولتان», «8 دول», «28 دولة»), and the
// relation templates' placeholders filled in.
import type { Lexicon } from './lexicon.js';
import type { Language } from './types.js';

export interface Named {
  name: { ar: string; en: string };
}

/** A name as a sentence needs it: English names the lexicon lists as definite take "the". */
export function nameIn(entity: Named, language: Language, definite: readonly string[] = []): string {
  const name = entity.name[language];
  return language === 'en' && definite.some((p) => name.startsWith(p)) ? `the ${name}` : name;
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function listJoin(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  if (language === 'ar') return `${items.slice(0, -1).join('، ')} و${items.at(-1)}`;
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "28 states", «28 دولة», «3 منظمات», «دولتان»: a number with its noun, agreeing. */
export function countPhrase(n: number, type: string, language: Language, lex: Lexicon): string {
  const forms = lex.nouns.get(type)?.[language];
  if (!forms) return String(n);
  if (language === 'en') return `${n} ${n === 1 ? forms[0] : forms[1] ?? forms[0]}`;
  const [one, two, few, many] = [forms[0]!, forms[1] ?? forms[0]!, forms[2] ?? forms[0]!, forms[3] ?? forms[0]!];
  if (n === 1) return `${one} ${one.endsWith('ة') ? 'واحدة' : 'واحد'}`;
  // The dual says "two" in its ending alone; the figure beside it keeps the number plain to read.
  if (n === 2) return `${two} (2)`;
  if (n >= 3 && n <= 10) return `${n} ${few}`;
  return `${n} ${many}`;
}

const ORDINALS: Record<Language, string[]> = {
  en: ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  ar: ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'],
};
const ORDINALS_FEMININE = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
/** "second", «الثاني»; with a feminine noun («المرتبة الثانية») the Arabic agrees. */
export const ordinalWord = (n: number, language: Language, feminine = false): string => (language === 'ar' && feminine ? ORDINALS_FEMININE : ORDINALS[language])[n] ?? String(n);

/** Fills {placeholders}; an unknown one is left out rather than shown raw. */
export function fill(template: string, values: { get(key: string): string | undefined }): string {
  return template.replace(/\{([a-z]+(?::[a-z-]+)?)\}/gi, (_m, key: string) => values.get(key) ?? '').replace(/\s+([.,،:;])/g, '$1').replace(/ {2,}/g, ' ');
}

/** A sentence's first letter in capitals (English only: Arabic has no case). */
export const sentence = (s: string, language: Language): string => (language === 'en' ? capitalize(s) : s);
