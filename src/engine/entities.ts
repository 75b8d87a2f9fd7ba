// Recognises the people, countries, organisations and places a question names, in either language.
// Any country is known (from i18n-iso-countries), not only the members, so "Is Iran a member?"
// finds Iran and answers "no" instead of drifting to the nearest spelling, Iraq.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { EntitiesFile } from '../data/schema.js';
import { fold, isArabicWord, words } from './normalize.js';

export type EntityType = 'person' | 'country' | 'organisation' | 'group' | 'topic' | 'place' | 'medium' | 'city';

/** Entities that name something specific; the other types name the article's setting (the group, Daesh…). */
const SPECIFIC_TYPES: ReadonlySet<EntityType> = new Set(['person', 'country', 'organisation', 'medium', 'city']);
export const isSpecific = (e: { type: EntityType }): boolean => SPECIFIC_TYPES.has(e.type);

/** Countries, organisations and cities: what the member list, attendance, co-chairs and venue can speak of. */
export const isListable = (e: { type: EntityType }): boolean => e.type === 'country' || e.type === 'organisation' || e.type === 'city';

export interface EntityRef {
  id: string;
  type: EntityType;
  /** A display name for each language. */
  name: { ar: string; en: string };
}

export interface EntityMention {
  entity: EntityRef;
  /** Index range [start, end) in the question's folded words. */
  start: number;
  end: number;
}

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * The bare form of a word for name matching: Arabic clitics off («والعراق», «بالعراق», «للعراق» → «عراق»).
 * Both sides of a comparison go through it, so an over-eager strip costs nothing.
 */
export function bare(word: string): string {
  if (!isArabicWord(word)) return word;
  let w = word;
  if (w.length > 3 && (w.startsWith('و') || w.startsWith('ف'))) w = w.slice(1);
  for (const p of ['بال', 'كال', 'لل', 'ال']) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  return w;
}

/** English short forms that are also ordinary words ("us", "is"), matched only when written in capitals. */
const CAPITALS_ONLY: Record<string, string> = { US: 'USA', 'U.S.': 'USA', 'U.S': 'USA', IS: 'ISIS' };
const capitalsOnly = new Set(Object.keys(CAPITALS_ONLY).map((k) => fold(k)));

/** Rewrites capitals-only short forms into unambiguous ones before folding. */
export function expandCapitalForms(text: string): string {
  if (!/[a-z]/.test(text)) return text; // a question in all capitals gives no such signal
  return text.replace(/(^|[^A-Za-z.])(U\.S\.?|US|IS)(?=$|[^A-Za-z])/g, (_m, pre: string, form: string) => `${pre}${CAPITALS_ONLY[form] ?? form}`);
}

interface AliasEntry {
  tokens: string[];
  entity: EntityRef;
}

export interface Gazetteer {
  /** Alias entries keyed by their first bare token, longest first. */
  byFirst: Map<string, AliasEntry[]>;
  /** Every known entity by id. */
  byId: Map<string, EntityRef>;
  /** Single-word aliases, for typo-tolerant lookup of names ("Gargsh"). */
  singleWordAliases: Map<string, EntityRef>;
}

export function buildGazetteer(file: EntitiesFile): Gazetteer {
  const byId = new Map<string, EntityRef>();
  const entries: AliasEntry[] = [];

  const add = (entity: EntityRef, aliases: readonly string[]) => {
    const existing = byId.get(entity.id);
    const ref = existing ?? entity;
    if (!existing) byId.set(entity.id, entity);
    for (const alias of aliases) {
      const tokens = words(fold(alias)).map(bare);
      if (tokens.length === 0) continue;
      if (tokens.length === 1 && capitalsOnly.has(tokens[0]!)) continue;
      entries.push({ tokens, entity: ref });
    }
  };

  const memberById = new Map(file.members.map((m) => [m.id, m]));

  for (const person of file.people) {
    add({ id: person.id, type: 'person', name: { ar: person.name.ar, en: person.name.en } }, [
      ...person.aliases.ar,
      ...person.aliases.en,
      person.name.ar,
      person.name.en,
    ]);
  }

  // Every ISO country, in both languages, with the names the article itself uses for members.
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const en = countries.getName(code, 'en', { select: 'all' }) ?? [];
    const ar = countries.getName(code, 'ar', { select: 'all' }) ?? [];
    const member = memberById.get(code);
    const extra = file.countryAliases[code];
    const name = {
      ar: member?.ar ?? ar[0] ?? code,
      en: member?.en ?? countries.getName(code, 'en', { select: 'alias' }) ?? en[0] ?? code,
    };
    add({ id: code, type: 'country', name }, [
      ...en,
      ...ar,
      ...(member ? [member.ar, member.en, member.surface] : []),
      ...(extra ? [...extra.ar, ...extra.en] : []),
    ]);
  }

  for (const org of file.organisations) {
    const member = memberById.get(org.id);
    const name = { ar: member?.ar ?? org.aliases.ar[0] ?? org.id, en: member?.en ?? org.aliases.en[0] ?? org.id };
    add({ id: org.id, type: 'organisation', name }, [...org.aliases.ar, ...org.aliases.en]);
  }

  for (const other of file.others) {
    const name = { ar: other.aliases.ar[0] ?? other.id, en: other.aliases.en[0] ?? other.id };
    add({ id: other.id, type: other.kind, name }, [...other.aliases.ar, ...other.aliases.en]);
  }

  const byFirst = new Map<string, AliasEntry[]>();
  const singleWordAliases = new Map<string, EntityRef>();
  for (const entry of entries) {
    const first = entry.tokens[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
    // Only distinctive single names feed typo matching: long enough that a near miss is still that name.
    if (entry.tokens.length === 1 && first.length >= 5 && ['person', 'country', 'organisation', 'city'].includes(entry.entity.type)) {
      singleWordAliases.set(first, entry.entity);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst, byId, singleWordAliases };
}

/** Finds entity mentions in folded words, longest match first, without overlaps. */
export function findEntities(gazetteer: Gazetteer, folded: readonly string[]): EntityMention[] {
  const bareWords = folded.map(bare);
  const found: EntityMention[] = [];
  let i = 0;
  while (i < bareWords.length) {
    const candidates = gazetteer.byFirst.get(bareWords[i]!) ?? [];
    const hit = candidates.find((c) => c.tokens.every((t, k) => bareWords[i + k] === t));
    if (hit) {
      found.push({ entity: hit.entity, start: i, end: i + hit.tokens.length });
      i += hit.tokens.length;
    } else i++;
  }
  return found;
}
