// Recognises the entities a question names, in either language: the article's own (from the graph)
// and the world's (every ISO country via i18n-iso-countries, other organisations and cities from the
// lexicon), so "Is Iran a member?" finds Iran and answers "no" instead of drifting to the nearest spelling.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { LexiconData } from '../data/load.js';
import type { EntityType, Graph } from '../data/schema.js';
import { fold, isArabicWord, words } from './normalize.js';

export interface EntityRef {
  id: string;
  type: EntityType;
  /** A display name for each language. */
  name: { ar: string; en: string };
  /** True when the article itself names the entity. */
  inArticle: boolean;
  /** Arabic grammatical gender of the name, for agreement. */
  masculine?: boolean;
}

export interface EntityMention {
  entity: EntityRef;
  /** Index range [start, end) in the question's words. */
  start: number;
  end: number;
}

/** Types that name something specific; the others name the article's setting (the meeting, the group…). */
// (A region or a document the article names, like a tweet, is background too: naming Africa in passing asks nothing.)
const SETTING_TYPES: ReadonlySet<EntityType> = new Set(['meeting', 'working-group', 'coalition', 'organisation-named', 'topic', 'event', 'region', 'document']);
export const isSpecific = (e: { type: EntityType }): boolean => !SETTING_TYPES.has(e.type);
export const isSetting = (e: { type: EntityType }): boolean => SETTING_TYPES.has(e.type);

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * The bare form of a word for name matching: Arabic clitics off («والسودان», «بالسودان», «للسودان» → «سودان»).
 * Both sides of a comparison go through it.
 */
export function bare(word: string): string {
  if (!isArabicWord(word)) return word;
  let w = word;
  // «و» is "and"; a first «ف» is more often the name's own letter («فنلندا») than "so", except in «فال…».
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  // At least three letters stay: «بالاو» (Palau) must not become «او» ("or").
  for (const p of ['فال', 'بال', 'كال', 'لل', 'ال']) {
    if (w.startsWith(p) && w.length - p.length >= 3) return w.slice(p.length);
  }
  return w;
}

interface AliasEntry {
  tokens: string[];
  entity: EntityRef;
}

export interface Gazetteer {
  /** Alias entries keyed by their first bare token, longest first. */
  byFirst: Map<string, AliasEntry[]>;
  byId: Map<string, EntityRef>;
  /** Single-word aliases, for typo-tolerant lookup of names ("Gargsh"). */
  singleWordAliases: Map<string, EntityRef>;
  /** ISO codes the article's ambiguous names may stand for (one name, two states) → the article's entity. */
  ambiguousFor: Map<string, string>;
}

/** One-word short forms that are also common words ("US", "IS"): never read as names in lower case. */
const COLLIDING = new Set(['us', 'is', 'it', 'in', 'at', 'as', 'be', 'me', 'my', 'no', 'so', 'to', 'or', 'an', 'on', 'am', 'do', 'ca', 'id', 'la', 'ma', 'al', 'el']);

export function buildGazetteer(graph: Graph, world: LexiconData['world']): Gazetteer {
  const byId = new Map<string, EntityRef>();
  const entries: AliasEntry[] = [];
  const ambiguousFor = new Map<string, string>();

  const add = (entity: EntityRef, aliases: readonly string[]) => {
    const ref = byId.get(entity.id) ?? entity;
    if (!byId.has(entity.id)) byId.set(entity.id, entity);
    for (const alias of aliases) {
      const tokens = words(fold(alias)).map(bare);
      if (tokens.length === 0 || (tokens.length === 1 && COLLIDING.has(tokens[0]!))) continue;
      entries.push({ tokens, entity: ref });
    }
  };

  const byIso = new Map(graph.entities.filter((e) => e.iso).map((e) => [e.iso!, e]));
  for (const e of graph.entities) {
    for (const code of e.ambiguous ?? []) ambiguousFor.set(code, e.id);
    if (e.iso) continue; // joined with the world's name for the country below
    add({ id: e.id, type: e.type, name: e.name, inArticle: true, masculine: e.gender === 'm' }, [e.name.ar, e.name.en, ...(e.short ? [e.short.ar, e.short.en] : []), ...e.aliases.ar, ...e.aliases.en]);
  }

  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const en = countries.getName(code, 'en', { select: 'all' }) ?? [];
    const ar = countries.getName(code, 'ar', { select: 'all' }) ?? [];
    const own = byIso.get(code);
    const extra = world.countryAliases[code];
    const name = own?.name ?? { ar: ar[0] ?? code, en: world.plainNames[code] ?? countries.getName(code, 'en', { select: 'alias' }) ?? en[0] ?? code };
    add({ id: own?.id ?? code, type: 'state', name, inArticle: !!own, masculine: own?.gender ? own.gender === 'm' : world.masculine.includes(code) }, [
      ...en,
      ...ar,
      ...(own ? [own.name.ar, own.name.en, ...own.aliases.ar, ...own.aliases.en] : []),
      ...(extra ? [...extra.ar, ...extra.en, ...nisbaPlurals(extra.ar)] : []),
    ].filter((alias) => !(ambiguousFor.has(code) && words(fold(alias)).length === 1 && byId.has(ambiguousFor.get(code)!) && aliasOf(graph, ambiguousFor.get(code)!, alias))));
  }

  for (const org of world.organisations) {
    add({ id: org.id, type: 'organisation', name: { ar: org.aliases.ar[0] ?? org.id, en: org.aliases.en[0] ?? org.id }, inArticle: false }, [...org.aliases.ar, ...org.aliases.en]);
  }
  for (const place of world.places) {
    add({ id: place.id, type: 'city', name: { ar: place.aliases.ar[0] ?? place.id, en: place.aliases.en[0] ?? place.id }, inArticle: false }, [...place.aliases.ar, ...place.aliases.en]);
  }

  const byFirst = new Map<string, AliasEntry[]>();
  const singleWordAliases = new Map<string, EntityRef>();
  for (const entry of entries) {
    const first = entry.tokens[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
    // Only distinctive single names feed typo matching: long enough that a near miss is still that name.
    // Setting names only when long, so a misspelt "meting" is the meeting but short words stay themselves.
    if (entry.tokens.length === 1 && (first.length >= 5 && isSpecific(entry.entity) || first.length >= 7)) singleWordAliases.set(first, entry.entity);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst, byId, singleWordAliases, ambiguousFor };
}

/** «البيروفي» → «البيروفيين», «البيروفيون»: the plural of a one-word adjective of a state names it too. */
function nisbaPlurals(aliases: readonly string[]): string[] {
  return aliases.filter((a) => !a.includes(' ') && /ي$/.test(a) && a.length >= 4).flatMap((a) => [`${a}ين`, `${a}ون`]);
}

/** Whether the article's entity already claims this one-word alias (one name, two states), so a world country does not. */
function aliasOf(graph: Graph, id: string, alias: string): boolean {
  const e = graph.entities.find((x) => x.id === id);
  if (!e) return false;
  const folded = bare(fold(alias));
  return [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en].some((a) => bare(fold(a)) === folded);
}

/** Finds entity mentions in words, longest match first, without overlaps. */
export function findEntities(gazetteer: Gazetteer, input: readonly string[]): EntityMention[] {
  const bareWords = input.map(bare);
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
