// Generic operations over the fact graph: lookup, yes/no with three outcomes (yes, no, or "the
// article does not say"), count with filters and exclusions, list in the article's order, position in
// a list, comparison of two counts, and a post's holder. None knows the article: each reads the
// statement's items, counts and gaps and the relation's templates.
import type { Entity, Graph, Relation, Statement } from '../data/schema.js';
import type { EntityRef, Gazetteer } from './entities.js';
import { countedWords, type Frame } from './frame.js';
import { hasCue, type Lexicon } from './lexicon.js';
import { fold, stem, words } from './normalize.js';
import { countPhrase, fill, listJoin, nameIn, ordinalWord, sentence } from './render.js';
import type { Citation, Language } from './types.js';
import { remember } from './memo.js';

export interface Composed {
  answered: boolean;
  text: string;
  citations: Citation[];
  facts: string[];
  /** Set when the reply corrects what the question took for granted ("Not exactly: …"). */
  corrects?: boolean;
}

export interface OpContext {
  graph: Graph;
  lex: Lexicon;
  gazetteer: Gazetteer;
  entities: Map<string, Entity>;
  statements: Map<string, Statement>;
  relations: Map<string, Relation>;
  frame: Frame;
  language: Language;
}

/** A phrase of the article's data in the reply's language, its {placeholders} filled. */
export const phrase = (ctx: OpContext, key: string, values: Record<string, string> = {}): string => {
  const p = ctx.graph.texts.phrases[key];
  return p ? fill(p[ctx.language], new Map(Object.entries(values))) : '';
};

export const citationOf = (s: Statement): Citation => ({ paragraph: s.paragraph, quote: s.quote });

export function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.paragraph}\u0000${c.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Several composed answers as one: their texts a line each, their citations and facts once each. */
export function joinComposed(parts: readonly Composed[], answered = parts.some((p) => p.answered)): Composed {
  return { answered, text: parts.map((p) => p.text).join('\n'), citations: dedupe(parts.flatMap((p) => p.citations)), facts: [...new Set(parts.flatMap((p) => p.facts))] };
}

/** A sentence put after "Yes: " or "No: ": an English article opening it in lower case, a name as it is. */
export function lowerLead(text: string, language: Language): string {
  return language === 'en' && /^(The|A|An) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** An entity's display name: the graph's own for the article's entities, the world's for others. */
export function displayName(ctx: OpContext, id: string): string {
  const own = ctx.entities.get(id);
  const ref = own ?? ctx.gazetteer.byId.get(id);
  return ref ? nameIn(ref, ctx.language, ctx.lex.definite) : id;
}

const typeOf = (ctx: OpContext, id: string) => ctx.entities.get(id)?.type ?? ctx.gazetteer.byId.get(id)?.type;

/** The statement's own answer, with the passages it rests on. */
export function lookup(s: Statement, ctx: OpContext): Composed {
  const also = (s.alsoCite ?? []).map((id) => ctx.statements.get(id)).filter((x): x is Statement => !!x);
  return {
    answered: true,
    text: s.answer[ctx.language],
    citations: dedupe([citationOf(s), ...also.map(citationOf)]),
    facts: [s.id, ...also.map((x) => x.id)],
  };
}

/** A gap the statement leaves and the frame asks for («what date?» of «أمس»), or undefined. */
/** A gap's cue words, single and phrased, read once per gap. */
const gapCues = new WeakMap<object, { all: string[][]; cues: Set<string>; phrases: string[]; cueStems: Set<string>; unless: string[]; with: string[] | undefined }>();
function cuesOf(gap: NonNullable<Statement['gaps']>[number], lex: Lexicon) {
  let c = gapCues.get(gap);
  if (!c) {
    // Read as questions are read: dialect words in their standard form («فين» is «أين»).
    const all = [...gap.cues.ar, ...gap.cues.en].map((x) => words(fold(x)).flatMap((w) => lex.normalize.get(w) ?? [w]));
    const cues = new Set(all.filter((x) => x.length === 1).map((x) => x[0]!));
    // Phrases as text between spaces, to be found in the question's words joined the same way.
    const phrases = all.filter((x) => x.length > 1).map((p) => ` ${p.join(' ')} `);
    const unless = gap.unless ? [...gap.unless.ar, ...gap.unless.en].map((u) => fold(u)) : [];
    // ("the date, exactly": a gap that needs a second word of its own.)
    const along = gap.with ? [...gap.with.ar, ...gap.with.en].map((u) => fold(u)) : undefined;
    c = { all, cues, phrases, cueStems: new Set([...cues].filter((x) => x.length >= 4).map(stem)), unless, with: along };
    gapCues.set(gap, c);
  }
  return c;
}

export function gapAnswer(s: Statement, ctx: OpContext): Composed | undefined {
  for (const gap of s.gaps ?? []) {
    if (gap.kinds && !gap.kinds.includes(ctx.frame.kind)) continue;
    if (gap.future !== undefined && gap.future !== ctx.frame.cues.future) continue;
    const { all, cues, phrases, cueStems, unless, with: along } = cuesOf(gap, ctx.lex);
    // ("How many fighters were stopped thanks to the coalition's efforts?": what is counted is the gap, whatever else is named.)
    const counted = ctx.frame.kind === 'count' ? [...countedWords(ctx.frame.words, ctx.lex)].map((i) => ctx.frame.words[i]!) : [];
    // ("how many state representatives": a counted word the gap excludes keeps it out.)
    const countsGap = counted.some((c) => cues.has(c) || (c.length >= 4 && cueStems.has(stem(c)))) && !counted.some((c) => unless.includes(c));
    if (!countsGap && unless.some((u) => ctx.frame.words.includes(u))) continue;
    if (along && !along.some((u) => ctx.frame.words.includes(u))) continue;
    const anyQuestionOfKind = all.length === 0 && !!gap.kinds;
    if (anyQuestionOfKind || ctx.frame.words.some((w) => cues.has(w) || (w.length >= 4 && cueStems.has(stem(w)))) || (phrases.length > 0 && holdsPhrase(ctx.frame.words, phrases))) {
      return { answered: false, text: gap.text[ctx.language], citations: [citationOf(s)], facts: [s.id] };
    }
  }
  return undefined;
}


/** True when the words hold one of the phrases (given as text between spaces). */
function holdsPhrase(w: readonly string[], phrases: readonly string[]): boolean {
  const text = ` ${w.join(' ')} `;
  return phrases.some((p) => text.includes(p));
}

/** A quote's first seven words, by quote: many statements share one (a list and its copies). */
const leads = new Map<string, string>();
const firstSevenWords = (quote: string) => quote.split(' ').slice(0, 7).join(' ');
function leadOf(quote: string): string {
  return remember(leads, quote, firstSevenWords, undefined, 1000);
}

/** The quote narrowed to where an item stands: the statement's opening words … the list around the item. */
function itemCitation(s: Statement, id: string, ctx: OpContext): Citation {
  const surface = ctx.graph.surfaces[id];
  if (!surface || s.quote.length <= 160) return citationOf(s);
  const i = s.items.indexOf(id);
  const from = ctx.graph.surfaces[s.items[Math.max(0, i - 4)]!] ?? surface;
  const to = ctx.graph.surfaces[s.items[Math.min(s.items.length - 1, i + 4)]!] ?? surface;
  const a = s.quote.indexOf(from);
  const b = s.quote.indexOf(to, Math.max(0, a));
  const window = a >= 0 && b >= a ? s.quote.slice(a, b + to.length) : surface;
  if (a === 0) return { paragraph: s.paragraph, quote: window };
  const lead = leadOf(s.quote);
  return { paragraph: s.paragraph, quote: lead.includes(window) ? lead : `${lead} … ${window}` };
}

function typeFilter(ctx: OpContext): string[] {
  const { states, organisations } = ctx.frame.cues;
  if (states && !organisations) return ['state'];
  if (organisations && !states) return ['organisation'];
  if (states && organisations) {
    // "the last country before the organisations begin": the noun a position word qualifies is the type.
    const w = ctx.frame.words;
    const at = w.findIndex((x, i) => i + 1 < w.length && (ctx.lex.ordinals.has(x) || /^\d+(st|nd|rd|th)$/.test(x)));
    const head = at >= 0 ? w[at + 1]! : '';
    if (ctx.lex.cues.get('states')?.words.has(head)) return ['state'];
    if (ctx.lex.cues.get('organisations')?.words.has(head)) return ['organisation'];
  }
  return [];
}
const LESS = new Set(['fewer', 'less', 'smaller', 'lower', 'اقل', 'اصغر']);

function itemsOf(s: Statement, ctx: OpContext, types: string[]): string[] {
  return s.items.filter((id) => types.length === 0 || types.includes(typeOf(ctx, id) ?? ''));
}

function groupsOf(s: Statement, ctx: OpContext): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of s.items) {
    const t = typeOf(ctx, id) ?? 'member';
    groups.set(t, [...(groups.get(t) ?? []), id]);
  }
  return groups;
}

/** The values every template of a list statement may use: the same for every question, so kept. */
const listValueCache = new WeakMap<Statement, Partial<Record<Language, Map<string, string>>>>();
function listValues(s: Statement, ctx: OpContext): Map<string, string> {
  const byLanguage = listValueCache.get(s) ?? {};
  const had = byLanguage[ctx.language];
  if (had) return had;
  const made = makeListValues(s, ctx);
  byLanguage[ctx.language] = made;
  listValueCache.set(s, byLanguage);
  return made;
}

function makeListValues(s: Statement, ctx: OpContext): Map<string, string> {
  const lang = ctx.language;
  const v = new Map<string, string>();
  const names = (ids: string[]) => ids.map((id) => displayName(ctx, id));
  v.set('all', listJoin(names(s.items), lang));
  v.set('list', listJoin(names(s.items), lang));
  v.set('named', listJoin(names(s.items), lang));
  // A place within a city: "Lima, at the Palace…", not "Lima and the Palace…".
  const [city, ...within] = names(s.items);
  v.set('venue', city === undefined ? '' : within.length === 0 ? city : phrase(ctx, 'placeWithin', { city, place: listJoin(within, lang) }));
  v.set('count:member', countPhrase(s.items.length, 'member', lang, ctx.lex));
  for (const [type, ids] of groupsOf(s, ctx)) {
    v.set(`count:${type}`, countPhrase(ids.length, type, lang, ctx.lex));
    v.set(`n:${type}`, String(ids.length));
    v.set(`list:${type}`, listJoin(names(ids), lang));
  }
  for (const c of s.counts ?? []) {
    // The article's own wording of a number («خمس مجموعات عمل») reads better than a figure.
    if (c.value !== null) v.set(`count:${c.type}`, c.phrase?.[lang] ?? countPhrase(c.value, c.type, lang, ctx.lex));
    if (c.phrase) v.set(`phrase:${c.type}`, c.phrase[lang]);
  }
  return v;
}

const template = (rel: Relation, key: string, ctx: OpContext): string | undefined => rel.templates[key]?.[ctx.language];

/** True when the question holds all the words of a claim the statement contradicts (by word or stem). */
export function contradicted(s: Statement, ctx: OpContext): boolean {
  const claims = claimsOf(s);
  if (claims.length === 0) return false;
  const asked = new Set<string>();
  for (const w of ctx.frame.words) asked.add(w).add(stem(w));
  const has = (w: string) => asked.has(w) || asked.has(stem(w));
  return claims.some(({ must, not }) => must.length > 0 && must.every(has) && !not.some(has));
}

/** A statement's contradicted claims as words, read once per statement. */
const claimWords = new WeakMap<Statement, Array<{ must: string[]; not: string[] }>>();
function claimsOf(s: Statement): Array<{ must: string[]; not: string[] }> {
  let claims = claimWords.get(s);
  if (!claims) {
    // A "!word" must be absent: "rescuing regimes !failed" is the opposite claim only without "failed".
    claims = [...(s.contradicts?.ar ?? []), ...(s.contradicts?.en ?? [])].map((claim) => {
      const parts = claim.split(/\s+/).filter(Boolean);
      return { must: parts.filter((p) => !p.startsWith('!')).flatMap((p) => words(fold(p))), not: parts.filter((p) => p.startsWith('!')).flatMap((p) => words(fold(p.slice(1)))) };
    });
    claimWords.set(s, claims);
  }
  return claims;
}

/** "Why did Peru call the plan a success?" when it called it a failure: no, with what was said. */
export function corrected(s: Statement, ctx: OpContext): Composed {
  const says = phrase(ctx, 'articleSays');
  const text = `${phrase(ctx, 'noWord')}: ${ctx.language === 'en' ? says.charAt(0).toLowerCase() + says.slice(1) : says} ${s.answer[ctx.language]}`;
  return { answered: true, text, citations: [citationOf(s)], facts: [s.id], corrects: true };
}

/** "The article does not say." with what it does say instead. */
export const saidInstead = (ctx: OpContext, said: string): string => `${ctx.graph.texts.notSaid[ctx.language]}\n${phrase(ctx, 'whatItSays')} ${said}`;

/** Is it in the list? Yes; no (the list is complete); or the article does not say (it is not). */
export function yesNo(s: Statement, rel: Relation, named: EntityRef[], ctx: OpContext): Composed {
  const lines: string[] = [];
  const citations: Citation[] = [];
  let answered = true;
  const values = listValues(s, ctx);
  // "Did Peru chair it alone?": in the list, but not the whole of it.
  // ("Is it a member, or did it only attend?" offers a choice: that "only" is not "alone".)
  const alone = hasCue(ctx.lex, 'alone', ctx.frame.words) || (!ctx.frame.choice && hasCue(ctx.lex, 'only', ctx.frame.words));
  for (const e of named) {
    // The list's values with the name's own over them; the others' names only if a template asks for them.
    const own = new Map<string, string>();
    let others: string | undefined;
    const v = {
      get(key: string): string | undefined {
        if (key === 'others') return (others ??= listJoin(s.items.filter((id) => id !== e.id).map((id) => displayName(ctx, id)), ctx.language));
        return own.get(key) ?? values.get(key);
      },
    };
    own.set('name', displayName(ctx, e.id));
    // Arabic agreement with the name's gender: «حضرت» for a feminine name, «حضر» for a masculine one, «ليست» but «ليس».
    const masculine = ctx.entities.get(e.id)?.gender === 'm' || (!ctx.entities.get(e.id)?.gender && !!ctx.gazetteer.byId.get(e.id)?.masculine);
    own.set('ta', masculine ? '' : 'ت');
    own.set('pre', masculine ? 'ي' : 'ت');
    own.set('laysa', masculine ? 'ليس' : 'ليست');
    const within = s.items.some((id) => withinChain(ctx, id).includes(e.id));
    const ambiguous = s.items.find((id) => ctx.entities.get(id)?.ambiguous?.includes(e.id));
    // "Is Peru the only state that attended?" when the article counts more than it names: no.
    const counted = (s.counts ?? []).some((c) => (c.value ?? 0) > 1 && c.type === typeOf(ctx, e.id));
    if (alone && s.items.includes(e.id) && s.items.length > 1 && s.exhaustive) {
      lines.push(phrase(ctx, 'notAlone', { all: v.get('all') ?? '' }));
      citations.push(citationOf(s));
    } else if (alone && s.items.includes(e.id) && counted) {
      lines.push(`${phrase(ctx, 'noWord')}: ${s.answer[ctx.language]}`);
      citations.push(citationOf(s));
    } else if ((s.items.includes(e.id) || within) && ctx.frame.content.some((c) => c.outOfScope)) {
      // "Did Peru say it on <a platform the article never mentions>?": a yes would vouch for it.
      answered = false;
      lines.push(saidInstead(ctx, s.answer[ctx.language]));
      citations.push(citationOf(s));
    } else if (s.items.includes(e.id) && ctx.frame.cues.states && !ctx.frame.cues.organisations && e.type === 'organisation') {
      // "Is <an organisation> one of the member states?": a member, but not a state.
      lines.push(phrase(ctx, 'notThatType', { name: displayName(ctx, e.id) }));
      citations.push(itemCitation(s, e.id, ctx));
    } else if (s.items.includes(e.id) && ctx.frame.cues.organisations && !ctx.frame.cues.states && e.type === 'state') {
      // "Is <a state> among the member organisations?": a member, but a state.
      lines.push(phrase(ctx, 'notThatTypeState', { name: displayName(ctx, e.id) }));
      citations.push(itemCitation(s, e.id, ctx));
    } else if ((s.items.includes(e.id) || within) && contradicted(s, ctx)) {
      // "Did Peru say the plan succeeded?" when it called the plan a failure: no, with what was said.
      const says = phrase(ctx, 'articleSays');
      lines.push(`${phrase(ctx, 'noWord')}: ${ctx.language === 'en' ? says.charAt(0).toLowerCase() + says.slice(1) : says} ${s.answer[ctx.language]}`);
      citations.push(citationOf(s));
    } else if (s.items.includes(e.id) || within) {
      const yes = template(rel, 'yes', ctx);
      // Without a relation's own "yes" ("did <name> say that …?"), the claim's wording is not checked:
      // what the article says is given, never a bare "yes" to a paraphrase.
      lines.push(yes ? fill(yes, v) : `${phrase(ctx, 'articleSays')} ${s.answer[ctx.language]}`);
      citations.push(within ? citationOf(s) : itemCitation(s, e.id, ctx));
    } else if (ambiguous) {
      answered = false;
      const entity = ctx.entities.get(ambiguous)!;
      own.set('surface', ctx.graph.surfaces[ambiguous] ?? entity.name.ar);
      own.set('short', entity.name[ctx.language]);
      lines.push(fill(template(rel, 'ambiguous', ctx) ?? ctx.graph.texts.notSaid[ctx.language], v));
      citations.push(itemCitation(s, ambiguous, ctx));
    } else if (s.exhaustive) {
      lines.push(fill(template(rel, 'no', ctx) ?? phrase(ctx, 'noWord'), v));
      citations.push(citationOf(s));
    } else {
      answered = false;
      lines.push(fill(template(rel, 'unknown', ctx) ?? ctx.graph.texts.notSaid[ctx.language], v));
      citations.push(citationOf(s));
    }
  }
  return { answered, text: lines.map((l) => sentence(l, ctx.language)).join('\n'), citations: dedupe(citations), facts: [s.id] };
}

/** The places an item lies within (a city → its state), for "held in <state>?". */
function withinChain(ctx: OpContext, id: string): string[] {
  const out: string[] = [];
  let cur = ctx.entities.get(id)?.within;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = ctx.entities.get(cur)?.within;
  }
  return out;
}

function excludedOf(s: Statement, ctx: OpContext): string[] {
  return [...new Set(ctx.frame.exclude)].filter((id) => s.items.includes(id));
}

/** How many: a stated number, or the list counted; with types filtered and exclusions taken off. */
export function count(s: Statement, rel: Relation, ctx: OpContext): Composed {
  const gap = gapAnswer(s, ctx);
  if (gap) return gap;
  const lang = ctx.language;
  const types = typeFilter(ctx);
  const excluded = excludedOf(s, ctx);
  const values = listValues(s, ctx);
  const stated = (s.counts ?? []).filter((c) => types.length === 0 || types.includes(c.type));
  let total: number | undefined;
  // What is counted: the type asked for, else the one type all the list's items share ("2 tweets", "5 regions").
  const itemTypes = new Set(s.items.map((id) => typeOf(ctx, id)));
  const shared = itemTypes.size === 1 ? [...itemTypes][0] : undefined;
  let type = types[0] ?? (shared && shared !== 'state' && shared !== 'organisation' ? shared : 'member');
  if (stated.length > 0 && stated[0]!.value !== null && (types.length > 0 || !s.exhaustive)) {
    total = stated[0]!.value!;
    type = stated[0]!.type;
  } else if (s.exhaustive && s.items.length > 0) {
    total = itemsOf(s, ctx, types).length;
  } else if (s.items.length > 0 && (s.counts ?? []).length === 0 && (template(rel, 'countOf', ctx) || ctx.frame.words.some((w) => ctx.lex.cues.get('named')?.words.has(w)))) {
    // An incomplete list is counted as what the article names ("how many does it name?").
    total = itemsOf(s, ctx, types).length;
    if (!template(rel, 'countOf', ctx)) {
      const names = listJoin(itemsOf(s, ctx, types).map((id) => displayName(ctx, id)), lang);
      return { answered: true, text: sentence(phrase(ctx, 'namedCount', { n: countPhrase(total, types[0] ?? 'member', lang, ctx.lex), names }), lang), citations: [citationOf(s)], facts: [s.id] };
    }
  }
  const unstated = stated.find((c) => c.value === null);
  if (total === undefined && unstated && types.length > 0) {
    return { answered: false, text: sentence(phrase(ctx, 'noNumber', { phrase: unstated.phrase?.[lang] ?? s.answer[lang] }), lang), citations: [citationOf(s)], facts: [s.id] };
  }
  if (total === undefined) return lookup(s, ctx);
  // "How many states…?" of a list that holds none: no count to give from it.
  if (total === 0 && types.length > 0) return { answered: false, text: ctx.graph.texts.notSaid[lang], citations: [], facts: [] };

  let text: string;
  const noFilter = types.length === 0 && stated.length === (s.counts ?? []).length;
  if (noFilter && template(rel, 'count', ctx)) text = fill(template(rel, 'count', ctx)!, values);
  else {
    const v = new Map(values);
    const own = stated.find((c) => c.type === type && c.value === total)?.phrase?.[lang];
    v.set('count', own ?? countPhrase(total, type, lang, ctx.lex));
    v.set('list', listJoin(itemsOf(s, ctx, types).map((id) => displayName(ctx, id)), lang));
    text = fill(template(rel, 'countOf', ctx) ?? `${countPhrase(total, type, lang, ctx.lex)}.`, v);
    // A short list is worth naming with its count ("3 organisations: …").
    const named = itemsOf(s, ctx, types);
    if (s.exhaustive && types.length > 0 && named.length === total && total <= 10 && !(template(rel, 'countOf', ctx) ?? '').includes('{list}')) {
      text = `${text.replace(/[.。]$/, '')}: ${listJoin(named.map((id) => displayName(ctx, id)), lang)}.`;
    }
  }
  // "other than this one": the statement's own kind (a meeting of meetings, a group of groups) minus itself.
  const selfType = ctx.entities.get(s.about)?.type;
  const selfCounted = ctx.frame.excludeSelf && excluded.length === 0 && (type === selfType || s.items.some((id) => typeOf(ctx, id) === type));
  const rest = total - excluded.length - (selfCounted ? 1 : 0);
  if (excluded.length > 0) {
    text += ` ${phrase(ctx, 'countExcluding', { excluded: listJoin(excluded.map((id) => displayName(ctx, id)), lang), rest: countPhrase(rest, type, lang, ctx.lex) })}`;
  } else if (selfCounted) {
    text += ` ${phrase(ctx, type === selfType ? 'excludeThis' : 'excludeSelf', { rest: countPhrase(rest, type, lang, ctx.lex) })}`;
  }
  return { answered: true, text: sentence(text, lang), citations: [citationOf(s)], facts: [s.id] };
}

/** "Of A, B and C, how many are in it?": the names asked about, counted against a complete list. */
export function countAmong(s: Statement, rel: Relation, named: EntityRef[], ctx: OpContext): Composed | undefined {
  if (named.length < 2) return undefined;
  // "How many of Peru, Chile and Cuba attended?" when the article names only some who did: not said for the rest.
  if (!s.exhaustive) {
    const unknown = named.filter((e) => !s.items.includes(e.id));
    if (unknown.length === 0) return undefined;
    const text = phrase(ctx, 'amongUnknown', { out: listJoin(unknown.map((e) => displayName(ctx, e.id)), ctx.language), stated: s.answer[ctx.language] });
    return { answered: false, text: sentence(text, ctx.language), citations: [citationOf(s)], facts: [s.id] };
  }
  const lang = ctx.language;
  const listed = named.filter((e) => s.items.includes(e.id));
  const inside = listed.map((e) => displayName(ctx, e.id));
  const outside = named.filter((e) => !listed.includes(e)).map((e) => displayName(ctx, e.id));
  const lead = count(s, rel, { ...ctx, frame: { ...ctx.frame, exclude: [], excludeSelf: false } });
  const values = { n: String(named.length), k: String(inside.length), in: listJoin(inside, lang), out: listJoin(outside, lang) };
  const key = inside.length === 0 ? 'amongNone' : outside.length === 0 ? 'amongAll' : 'amongSome';
  const text = `${lead.text}\n${sentence(phrase(ctx, key, values), lang)}`;
  return { answered: true, text, citations: dedupe([...lead.citations, ...listed.map((e) => itemCitation(s, e.id, ctx))]), facts: [s.id] };
}

/** Which ones: the list in the article's order, filtered; an incomplete list says what it does say. */
export function list(s: Statement, rel: Relation, ctx: OpContext): Composed {
  const gap = gapAnswer(s, ctx);
  if (gap) return gap;
  const lang = ctx.language;
  const types = typeFilter(ctx);
  const excluded = new Set(excludedOf(s, ctx));
  const values = listValues(s, ctx);
  if (!s.exhaustive) {
    const stated = fill(template(rel, 'list', ctx) ?? s.answer[lang], values);
    // "What kind of organisations attended?", «نوعها إيه؟»: the article's description of them is the answer.
    if (hasCueWord(ctx, 'kindAsked')) return { answered: true, text: sentence(stated, lang), citations: [citationOf(s)], facts: [s.id] };
    // "Which organisations attended?" when the article names none of them: not said, with what it says.
    if (types.length > 0 && types.some((t) => (rel.speaksOf as readonly string[]).includes(t)) && s.items.length > 0 && itemsOf(s, ctx, types).length === 0 && !ctx.frame.noWhWord && ['which', 'list', 'who', 'what'].includes(ctx.frame.kind)) {
      return { answered: false, text: sentence(phrase(ctx, 'noneBesides', { stated }), lang), citations: [citationOf(s)], facts: [s.id] };
    }
    const left = s.items.filter((id) => !excluded.has(id));
    if (excluded.size > 0 && left.length === 0) {
      return { answered: false, text: sentence(phrase(ctx, 'noneBesides', { stated }), lang), citations: [citationOf(s)], facts: [s.id] };
    }
    // "Name all 28 that attended": the article does not give the whole list, only what it says.
    const statedCount = (s.counts ?? []).some((c) => c.value !== null && ctx.frame.numbers.includes(c.value) && c.value > s.items.length);
    // ("What are the names of the 28?" asks for all of them too.)
    const namesAsked = hasCueWord(ctx, 'namesAsked');
    const full = hasCueWord(ctx, 'fullList') ? ['which', 'list', 'who', 'what'] : statedCount ? (namesAsked ? ['which', 'list', 'what'] : ['which', 'list']) : [];
    // "Which one was named among the 28?" asks for what the article does name.
    // ("Name the 28 …" opens with the cue as a verb: a request for all of them.)
    const namedCue = ctx.lex.cues.get('named');
    const whatItNames = ctx.frame.words.some((w, i) => i > 0 && namedCue?.words.has(w)) && !hasCueWord(ctx, 'fullList');
    if (s.items.length > 0 && !whatItNames && full.includes(ctx.frame.kind)) {
      return { answered: false, text: sentence(phrase(ctx, 'listNotComplete', { stated }), lang), citations: [citationOf(s)], facts: [s.id] };
    }
    const base = lookup(s, ctx);
    return { ...base, text: sentence(stated, lang) };
  }
  if (types.length === 0 && excluded.size === 0 && template(rel, 'list', ctx)) {
    const claimedN = ctx.frame.numbers.find((n) => n >= 2 && n <= 100);
    const wrong = claimedN !== undefined && s.items.length > 0 && claimedN !== s.items.length && !(s.counts ?? []).some((c) => c.value === claimedN);
    const head = wrong ? `${phrase(ctx, 'notThatMany', { k: countPhrase(s.items.length, s.items.every((id) => typeOf(ctx, id) === 'state') ? 'state' : 'member', ctx.language, ctx.lex), n: String(claimedN) })} ` : '';
    return { answered: true, text: head + fill(template(rel, 'list', ctx)!, values), citations: [citationOf(s)], facts: [s.id], ...(wrong ? { corrects: true } : {}) };
  }
  const states = ctx.frame.entities.filter((m) => m.entity.type === 'state').map((m) => m.entity.id);
  const byState = s.items.filter((id) => states.includes(ctx.entities.get(id)?.country ?? ''));
  // "Which three states co-chaired?", "the 28 member states — which?": a number that is not the list's.
  const typed = itemsOf(s, ctx, types).filter((id) => !excluded.has(id));
  const claimed = ctx.frame.numbers.find((n) => n >= 2 && n <= 100);
  const wrongCount = claimed !== undefined && typed.length > 0 && claimed !== typed.length && !(s.counts ?? []).some((c) => c.value === claimed);
  const lead = wrongCount ? `${phrase(ctx, 'notThatMany', { k: countPhrase(typed.length, types[0] ?? (typed.every((id) => typeOf(ctx, id) === 'state') ? 'state' : 'member'), lang, ctx.lex), n: String(claimed) })} ` : '';
  const ids = (byState.length > 0 ? byState : itemsOf(s, ctx, types)).filter((id) => !excluded.has(id));
  if (byState.length > 0) return { ...lookupFor(ids, ctx, s), answered: true };
  if (ids.length === 0) {
    // Nothing of the type asked for ("which countries chaired the sessions?" when people did): the list as it is.
    const stated = fill(template(rel, 'list', ctx) ?? s.answer[lang], values);
    if (excluded.size > 0) return { answered: false, text: sentence(phrase(ctx, 'noneBesides', { stated }), lang), citations: [citationOf(s)], facts: [s.id] };
    return { answered: true, text: sentence(stated, lang), citations: [citationOf(s)], facts: [s.id] };
  }
  const v = new Map(values);
  v.set('count', countPhrase(ids.length, types[0] ?? 'member', lang, ctx.lex));
  v.set('list', listJoin(ids.map((id) => displayName(ctx, id)), lang));
  const text = fill(template(rel, 'listOf', ctx) ?? `{list}.`, v);
  return { answered: true, text: sentence(lead + text, lang), citations: [citationOf(s)], facts: [s.id], ...(wrongCount ? { corrects: true } : {}) };
}

/** True when the question asks where items stand in a list rather than what the list holds. */
export function asksPosition(ctx: OpContext, s: Statement, named: EntityRef[]): boolean {
  const { frame } = ctx;
  // "Did it take place in Peru?" asks where, though "place" can also mean a place in a list.
  const short = s.items.length < 3 && !(s.items.length === 2 && (frame.ordinal === 1 || frame.ordinal === 99));
  if (short || frame.content.some((c) => c.outOfScope) || frame.cues.location) return false;
  const inList = named.filter((e) => s.items.includes(e.id)).length;
  // ("took place" is where, not a place in a list.)
  const positional = ctx.frame.words.some((w, i) => ctx.lex.cues.get('position')?.words.has(w) && !(w === 'place' && /^(take|takes|took|taken|taking)$/.test(ctx.frame.words[i - 1] ?? '')));
  const aboutList = positional || frame.cues.membership || frame.cues.states || frame.cues.organisations;
  if (frame.between && inList >= 2) return true;
  if (frame.relative && s.items.includes(frame.relative.entity) && aboutList) return true;
  if (inList >= 2 && (frame.ordinal !== undefined || hasCueWord(ctx, 'before') || hasCueWord(ctx, 'after'))) return true;
  if (inList === 1 && positional && (frame.kind === 'count' || frame.words.some((w) => ctx.lex.cues.get('rank')?.words.has(w)))) return true;
  // "Is Peru the first member on the list?": a place asked of one item.
  if (inList === 1 && frame.ordinal !== undefined && frame.ordinal >= 1 && (frame.kind === 'yesno' || frame.noWhWord) && frame.meetingOrdinal === undefined && aboutList) return true;
  return frame.ordinal !== undefined && frame.ordinal >= 1 && aboutList && frame.kind !== 'yesno';
}

/** True when the question holds one of a lexicon cue's words as it is (no stems, no phrases). */
export const hasCueWord = (ctx: OpContext, name: string) => {
  const cue = ctx.lex.cues.get(name);
  return !!cue && ctx.frame.words.some((w) => cue.words.has(w));
};

/** The statements that describe these people (their title), cited with the list's own. */
function lookupFor(ids: string[], ctx: OpContext, list: Statement): Composed {
  const own = ids.map((id) => [...ctx.statements.values()].find((x) => x.items.length === 1 && x.items[0] === id && x.forms.includes('title'))).filter((x): x is Statement => !!x);
  return {
    answered: true,
    text: own.length > 0 ? own.map((x) => x.answer[ctx.language]).join('\n') : listJoin(ids.map((id) => displayName(ctx, id)), ctx.language),
    citations: dedupe([citationOf(list), ...own.map(citationOf)]),
    facts: [list.id, ...own.map((x) => x.id)],
  };
}

/** First, last, n-th, right after or before an item, between two, "does X come before Y?", X's rank. */
export function position(s: Statement, ctx: OpContext, named: EntityRef[]): Composed | undefined {
  const { frame } = ctx;
  const all = s.items;
  // (Of two, only the first or the last: "who is named first among the session chairs?")
  if (all.length < 2 || (all.length === 2 && frame.ordinal !== 1 && frame.ordinal !== 99)) return undefined;
  // ("Which state joined first?" asks of time, not of the list's order: the gap the list leaves.)
  const gap = gapAnswer(s, ctx);
  if (gap) return gap;
  const types = typeFilter(ctx);
  const listStart = s.listStart ?? 0;
  const markersNamed = named.some((e) => all.indexOf(e.id) >= 0 && all.indexOf(e.id) < listStart);
  // With a type asked for ("the first country"), count that type, from the list proper when its markers are named.
  const seq = types.length > 0 ? all.slice(markersNamed ? listStart : 0).filter((id) => types.includes(typeOf(ctx, id) ?? '')) : all;
  const start = types.length > 0 ? 0 : listStart;
  const name = (id: string) => displayName(ctx, id);
  const done = (text: string): Composed => ({ answered: true, text: sentence(text, ctx.language), citations: [citationOf(s)], facts: [s.id] });
  let inList = named.filter((e) => all.includes(e.id)).map((e) => e.id);
  // "Is Peru listed between Chile and Bolivia?" when the list has no Peru: no, and why.
  const outside = named.filter((e) => (e.type === 'state' || e.type === 'organisation') && !all.includes(e.id));
  const rel = ctx.relations.get(s.relation);
  if (outside.length > 0 && inList.length > 0 && rel && (frame.kind === 'yesno' || frame.noWhWord)) return yesNo(s, rel, outside, ctx);
  // "the list after <A> and <B>": items named before the list proper mark where it starts.
  const markers = inList.filter((id) => all.indexOf(id) < listStart);
  let relative = frame.relative;
  if (markers.length > 0 && (frame.ordinal !== undefined || inList.some((id) => all.indexOf(id) >= listStart))) {
    inList = inList.filter((id) => !markers.includes(id));
    if (relative && markers.includes(relative.entity)) relative = undefined;
  }

  if (frame.between && inList.length >= 2) {
    const [i, j] = [all.indexOf(inList[0]!), all.indexOf(inList[1]!)].sort((x, y) => x - y);
    const middle = all.slice(i! + 1, j!);
    if (middle.length > 0) {
      const items = listJoin(middle.map(name), ctx.language);
      const count = frame.kind === 'count' ? `${countPhrase(middle.length, 'member', ctx.language, ctx.lex)}: ` : '';
      return done(phrase(ctx, 'positionBetween', { a: name(all[i!]!), b: name(all[j!]!), items: `${count}${items}` }));
    }
  }
  if (inList.length >= 2) {
    const [a, b] = inList as [string, string];
    const ia = all.indexOf(a);
    const ib = all.indexOf(b);
    const asksAfter = hasCueWord(ctx, 'after') && !hasCueWord(ctx, 'before');
    const fact = (answer: string) =>
      done(phrase(ctx, 'order', { answer, a: name(a), b: name(b), ia: String(ia + 1), ib: String(ib + 1), rel: phrase(ctx, ia < ib ? 'beforeWord' : 'afterWord') }));
    if (frame.kind === 'yesno' && !(hasCueWord(ctx, 'before') && hasCueWord(ctx, 'after'))) {
      const yes = asksAfter ? ia > ib : ia < ib;
      return fact(phrase(ctx, yes ? 'yesWord' : 'noWord'));
    }
    const first = ia < ib ? a : b;
    return fact(frame.ordinal === 99 ? name(ia > ib ? a : b) : name(first));
  }
  // "the first one after <A> and <B>": an ordinal counts from the list proper.
  const relativeIndex = relative ? all.indexOf(relative.entity) : -1;
  // "How many countries are listed after <item>?": the items on that side, of the type asked for.
  if (relative && relativeIndex >= 0 && frame.kind === 'count') {
    const side = relative.dir === 'after' ? all.slice(relativeIndex + 1) : all.slice(0, relativeIndex);
    const ofType = types.length > 0 ? side.filter((id) => types.includes(typeOf(ctx, id) ?? '')) : side;
    const proper = relative.dir === 'before' ? ofType.filter((id) => all.indexOf(id) >= listStart) : ofType;
    const type = types[0] ?? 'member';
    const countText = (n: number) => countPhrase(n, type, ctx.language, ctx.lex);
    const extra = proper.length !== ofType.length ? ` ${phrase(ctx, 'countingMarkers', { n: countText(ofType.length), before: listJoin(all.slice(0, listStart).map(name), ctx.language) })}` : '';
    return done(`${phrase(ctx, relative.dir === 'after' ? 'countAfter' : 'countBefore', { n: countText(proper.length), ref: name(relative.entity) })}${extra}`);
  }
  // "Which two countries come right before <item>?"
  const wanted = frame.numbers.find((n) => n >= 2 && n <= 10);
  if (relative && relativeIndex >= 0 && wanted && frame.kind !== 'count') {
    const pool = (relative.dir === 'after' ? all.slice(relativeIndex + 1) : all.slice(0, relativeIndex).reverse()).filter((id) => types.length === 0 || types.includes(typeOf(ctx, id) ?? ''));
    const picked = pool.slice(0, wanted);
    const items = relative.dir === 'after' ? picked : picked.reverse();
    if (items.length > 0) return done(phrase(ctx, relative.dir === 'after' ? 'positionAfter' : 'positionBefore', { ref: name(relative.entity), item: listJoin(items.map(name), ctx.language) }));
  }
  // "What is listed right before and right after Peru?": both neighbours.
  if (relative && relativeIndex > 0 && relativeIndex < all.length - 1 && hasCueWord(ctx, 'before') && hasCueWord(ctx, 'after') && frame.kind !== 'yesno' && frame.kind !== 'count') {
    const ref = name(relative.entity);
    return done(`${phrase(ctx, 'positionBefore', { ref, item: name(all[relativeIndex - 1]!) })} ${phrase(ctx, 'positionAfter', { ref, item: name(all[relativeIndex + 1]!) })}`);
  }
  if (relative && relativeIndex >= 0 && !(frame.ordinal !== undefined && relativeIndex < listStart)) {
    const j = relative.dir === 'after' ? relativeIndex + 1 : relativeIndex - 1;
    if (j < 0 || j >= all.length) {
      return done(phrase(ctx, 'positionEdge', { ref: name(relative.entity), edge: phrase(ctx, j < 0 ? 'start' : 'end'), dir: phrase(ctx, relative.dir === 'after' ? 'afterWord' : 'beforeWord') }));
    }
    return done(phrase(ctx, relative.dir === 'after' ? 'positionAfter' : 'positionBefore', { ref: name(relative.entity), item: name(all[j]!) }));
  }
  // "Is Peru the first member?": yes or no, with the one that is.
  if (inList.length === 1 && frame.ordinal !== undefined && frame.ordinal >= 1 && (frame.kind === 'yesno' || frame.noWhWord)) {
    const actual = position(s, { ...ctx, frame: { ...frame, kind: 'which', noWhWord: false } }, named.filter((e) => !inList.includes(e.id)));
    if (actual?.answered) {
      const placed = frame.ordinal === 99 ? seq.at(-1) : seq[(types.length > 0 ? 0 : start) + frame.ordinal - 1];
      const yes = placed === inList[0];
      return { ...actual, text: `${phrase(ctx, yes ? 'yesWord' : 'noWord')}: ${lowerLead(actual.text, ctx.language)}`, ...(yes ? {} : { corrects: true }) };
    }
  }
  if (inList.length === 1 && frame.ordinal === undefined) {
    const i = all.indexOf(inList[0]!);
    const n = i - start + 1;
    // An item named before the list proper (n < 1) is placed by its place in the whole list.
    const shown = n >= 1 ? n : i + 1;
    const key = n >= 1 && start > 0 ? 'positionRank' : 'positionNth';
    return done(phrase(ctx, key, { item: name(inList[0]!), n: String(shown), abs: String(i + 1), ordinal: ordinalWord(shown, ctx.language, true), before: listJoin(all.slice(0, start).map(name), ctx.language) }));
  }
  if (frame.ordinal === undefined || frame.ordinal < 1) return undefined;
  // "The first and the last states?": each place asked for, in turn ("the first or the second?" is a choice, not this).
  const places = [...new Set(frame.ordinals.filter((n) => n >= 1))];
  if (places.length >= 2 && frame.ordinal !== 98 && !frame.choice && frame.kind !== 'yesno' && frame.meetingOrdinal === undefined) {
    const each = places.map((n) => position(s, { ...ctx, frame: { ...frame, ordinal: n, ordinals: [n] } }, named));
    if (each.every((c) => c?.answered)) return { ...each[0]!, text: each.map((c) => c!.text).join(' ') };
  }
  // "The first two states after <A> and <B>", "the last three members": a few from an end.
  const few = frame.numbers.find((n) => n >= 2 && n <= 10);
  if (few && (frame.ordinal === 1 || frame.ordinal === 99)) {
    const pool = types.length > 0 ? seq : markersNamed ? all.slice(listStart) : all;
    const picked = frame.ordinal === 1 ? pool.slice(0, few) : pool.slice(-few);
    const n = countPhrase(picked.length, types[0] ?? 'member', ctx.language, ctx.lex);
    return done(phrase(ctx, frame.ordinal === 1 ? 'firstFew' : 'lastFew', { n, k: String(picked.length), list: listJoin(picked.map(name), ctx.language) }));
  }
  if (frame.ordinal === 99) return done(phrase(ctx, 'positionLast', { item: name(seq.at(-1)!) }));
  if (frame.ordinal === 98 && seq.length >= 2) return done(phrase(ctx, 'positionBefore', { ref: name(seq.at(-1)!), item: name(seq.at(-2)!) }));
  if (frame.ordinal === 1 && start > 0) {
    const lastLead = ctx.graph.surfaces[all[start - 1]!] ?? '';
    const cut = lastLead ? s.quote.indexOf(lastLead) + lastLead.length : -1;
    const lead = cut > 0 ? s.quote.slice(0, cut) : '';
    return done(phrase(ctx, 'positionFirst', { item: name(all[start]!), before: listJoin(all.slice(0, start).map(name), ctx.language), lead }));
  }
  const k = start + frame.ordinal - 1;
  if (k >= seq.length) return undefined;
  if (types.length > 0) {
    // "The first organisation": first among its type, and where that is in the whole list.
    const plural = ctx.lex.nouns.get(types[0]!)?.[ctx.language]?.[ctx.language === 'ar' ? 2 : 1] ?? types[0]!;
    return done(phrase(ctx, 'positionNthOfType', { item: name(seq[k]!), ordinal: ordinalWord(frame.ordinal, ctx.language, true), type: plural, abs: String(all.indexOf(seq[k]!) + 1) }));
  }
  return done(phrase(ctx, 'positionNth', { item: name(seq[k]!), n: String(frame.ordinal), ordinal: ordinalWord(frame.ordinal, ctx.language, true) }));
}

/** Two counts side by side ("more members than attendees?"): the states each statement counts. */
export function compare(a: Statement, b: Statement, ctx: OpContext): Composed | undefined {
  const states = (s: Statement): number | undefined => {
    const stated = s.counts?.find((c) => c.type === 'state')?.value;
    if (stated !== undefined && stated !== null) return stated;
    return s.exhaustive ? s.items.filter((id) => typeOf(ctx, id) === 'state').length : undefined;
  };
  const na = states(a);
  const nb = states(b);
  if (na === undefined || nb === undefined) return undefined;
  const label = (s: Statement) => phrase(ctx, ctx.relations.get(s.relation)?.cueSet === 'membership' ? 'memberStates' : 'attendingStates');
  // A yes/no comparison claims one is larger: the one named first, with "more", "larger", «أكثر».
  let verdict = '';
  if (ctx.frame.kind === 'yesno') {
    const w = ctx.frame.words;
    const cueA = ctx.relations.get(a.relation)?.cueSet ?? '';
    const cueB = ctx.relations.get(b.relation)?.cueSet ?? '';
    // The side claimed larger is the one named just before "than" (or «أكثر من»); else the one named first.
    const pivot = w.findIndex((x, i) => x === 'than' || (x === 'من' && i > 0 && ctx.lex.cues.get('compare')?.words.has(w[i - 1]!)));
    const last = (cue: string, end: number) => {
      for (let i = end - 1; i >= 0; i--) if (ctx.lex.cues.get(cue)?.words.has(w[i]!) || (w[i]!.length >= 4 && ctx.lex.cues.get(cue)?.stems.has(stem(w[i]!)))) return i;
      return -1;
    };
    const firstOf = (cue: string) => w.findIndex((x) => ctx.lex.cues.get(cue)?.words.has(x));
    const aFirst = pivot > 0 ? last(cueA, pivot) > last(cueB, pivot) : firstOf(cueA) >= 0 && (firstOf(cueB) < 0 || firstOf(cueA) < firstOf(cueB));
    const smaller = w.some((x) => LESS.has(x));
    const claimed = aFirst !== smaller ? na > nb : nb > na;
    verdict = `${phrase(ctx, claimed ? 'yesWord' : 'noWord')}: `;
  }
  const text =
    na === nb
      ? phrase(ctx, 'compareEqual', { a: label(a), b: label(b), na: String(na) })
      : phrase(ctx, 'compare', { a: label(na > nb ? a : b), b: label(na > nb ? b : a), cmp: phrase(ctx, 'more'), na: String(Math.max(na, nb)), nb: String(Math.min(na, nb)) });
  return { answered: true, text: sentence(verdict + text, ctx.language), citations: dedupe([citationOf(a), citationOf(b)]), facts: [a.id, b.id] };
}

/** "Is <name> the foreign minister?", "Who is Peru's foreign minister?": a post compared word by word. */
export function post(ctx: OpContext, named: EntityRef[], titleStatements: Statement[]): Composed | undefined {
  const { frame, lex } = ctx;
  const asked = frame.post;
  if (asked.length === 0) return undefined;
  const people = [...ctx.entities.values()].filter((e) => e.type === 'person' && e.title);
  const titleWords = (e: Entity, language: Language) => new Set(words(fold(e.title![language])).map(stem));
  const askedStems = asked.map(stem);
  const askedRank = asked.filter((w) => lex.rankWords.has(w)).map(stem);
  const namedPerson = named.find((e) => e.type === 'person');
  const namedState = named.find((e) => e.type === 'state');
  const fitsIn = (e: Entity, language: Language) => {
    const t = titleWords(e, language);
    const all = askedStems.every((w) => t.has(w));
    const rank = [...t].filter((w) => [...lex.rankWords].map(stem).includes(w));
    return { all, exact: all && rank.every((r) => askedRank.includes(r)) };
  };
  // (A post may be asked in the other language: «مين هو the Minister of State؟».)
  const fits = (e: Entity) => {
    const own = fitsIn(e, ctx.language);
    return own.all ? own : fitsIn(e, ctx.language === 'ar' ? 'en' : 'ar');
  };
  const titleOf = (e: Entity) => titleStatements.find((s) => s.items.includes(e.id));
  const cite = (e: Entity): Citation[] => {
    const s = titleOf(e);
    return s ? [citationOf(s)] : [];
  };
  const render = (e: Entity) => ({ name: nameIn(e, ctx.language, ctx.lex.definite), title: e.title![ctx.language] });
  if (namedPerson && (frame.kind === 'yesno' || frame.noWhWord)) {
    const e = ctx.entities.get(namedPerson.id);
    if (!e?.title) return undefined;
    const fit = fits(e);
    const specific = asked.length >= 2;
    const yes = fit.all && (fit.exact || !specific) && (!namedState || e.country === namedState.id);
    return { answered: true, text: phrase(ctx, yes ? 'titleYes' : 'notExactly', render(e)), citations: cite(e), facts: titleOf(e) ? [titleOf(e)!.id] : [], ...(yes ? {} : { corrects: true }) };
  }
  // ("Was Peru's foreign minister there?" asks of a post held by no one the article names: as "who".)
  if (namedPerson || (!['who', 'what', 'which'].includes(frame.kind) && !((frame.kind === 'yesno' || frame.noWhWord) && namedState))) return undefined;
  // "Who is Peru's Minister of State for Foreign Affairs?": the one whose post is exactly that.
  const candidates = people.filter((e) => !namedState || e.country === namedState.id);
  const exact = candidates.filter((e) => fits(e).exact);
  if (exact.length === 1) {
    const s = titleOf(exact[0]!);
    if (s) return lookup(s, ctx);
  }
  const near = (candidates.length > 0 ? candidates : people).filter((e) => fits(e).all || candidates.length > 0).slice(0, 2);
  const nearby = near.map((e) => phrase(ctx, 'postNearby', render(e))).join(' ');
  return {
    answered: false,
    text: `${phrase(ctx, 'postNotSaid')}${nearby ? ` ${nearby}` : ''}`,
    citations: dedupe(near.flatMap(cite)),
    facts: near.map((e) => titleOf(e)?.id).filter((x): x is string => !!x),
  };
}

/**
 * "Which African members?", "Which Gulf states are members?": members grouped by continent or by a
 * grouping from reference data, labelled as such. A name the article leaves ambiguous (one of two states) is in
 * a grouping only when every reading of it is.
 */
export function byRegion(s: Statement, ctx: OpContext, continentOf: (iso: string) => string | undefined): Composed | undefined {
  const code = ctx.frame.region;
  if (!code) return undefined;
  const grouping = ctx.lex.groupings.get(code);
  const isIn = (iso: string) => (grouping ? grouping.members.has(iso) : continentOf(iso) === code);
  const readings = (id: string) => {
    const e = ctx.entities.get(id);
    return e?.ambiguous?.length ? e.ambiguous : [e?.iso ?? id];
  };
  const excluded = new Set(excludedOf(s, ctx));
  // "Is there a European organisation among the members?": organisations by the regions reference data gives them.
  const { states, organisations } = ctx.frame.cues;
  if (organisations && !states) {
    const orgs = s.items.filter((id) => typeOf(ctx, id) === 'organisation' && !excluded.has(id));
    const inRegion = orgs.filter((id) => ctx.lex.organisationRegions.get(id)?.has(code));
    const region = ctx.lex.continentNames[ctx.language].get(code) ?? code;
    const values = { region, list: listJoin(inRegion.map((id) => displayName(ctx, id)), ctx.language), n: countPhrase(inRegion.length, 'organisation', ctx.language, ctx.lex) };
    const text = phrase(ctx, inRegion.length === 0 ? 'noOrganisationsInRegion' : 'organisationsByRegion', values);
    const citations = inRegion.length > 0 ? dedupe(inRegion.map((id) => itemCitation(s, id, ctx))) : [citationOf(s)];
    return { answered: true, text: sentence(text, ctx.language), citations, facts: [s.id] };
  }
  const members = s.items.filter((id) => typeOf(ctx, id) === 'state');
  const inRegion = members.filter((id) => readings(id).every(isIn) && !excluded.has(id));
  const region = ctx.lex.continentNames[ctx.language].get(code) ?? code;
  const values = { region, source: grouping?.source[ctx.language] ?? '', list: listJoin(inRegion.map((id) => displayName(ctx, id)), ctx.language), n: countPhrase(inRegion.length, 'state', ctx.language, ctx.lex) };
  const key = grouping ? (inRegion.length === 0 ? 'noneInGrouping' : 'byGrouping') : inRegion.length === 0 ? 'noneInContinent' : 'byContinent';
  const text = phrase(ctx, key, values);
  const citations = inRegion.length > 0 && inRegion.length <= 6 ? dedupe(inRegion.map((id) => itemCitation(s, id, ctx))) : [citationOf(s)];
  return { answered: true, text: sentence(text, ctx.language), citations, facts: [s.id] };
}

/** "So 30 countries showed up?", «وحدة من سبع مجموعات، مو؟»: a number the question states, checked. */
export function numberPremise(s: Statement, ctx: OpContext): Composed | undefined {
  const asked = ctx.frame.numbers.filter((n) => n > 1 && n < 1000);
  if (asked.length === 0) return undefined;
  // "Was <member> one of the 28?" asks about the member, not the number.
  if (ctx.frame.entities.some((m) => ['state', 'organisation', 'person'].includes(m.entity.type))) return undefined;
  // Each stated number with the type it counts ("28 states" is no "28 organisations").
  const stated = new Map<number, string[]>();
  const state = (n: number, type: string) => stated.set(n, [...(stated.get(n) ?? []), type]);
  for (const c of s.counts ?? []) if (c.value !== null) state(c.value, c.type);
  if (s.exhaustive && s.items.length > 2) {
    state(s.items.length, 'member');
    for (const [type, ids] of groupsOf(s, ctx)) state(ids.length, type);
  }
  if (stated.size === 0) return undefined;
  const { cues } = ctx.frame;
  const typeAsked = cues.organisations !== cues.states ? (cues.organisations ? 'organisation' : 'state') : undefined;
  const yes = asked.some((n) => stated.get(n)?.some((type) => !typeAsked || type === typeAsked));
  const base = lookup(s, ctx);
  return { ...base, text: `${phrase(ctx, yes ? 'yesWord' : 'noWord')}: ${s.answer[ctx.language]}`, ...(yes ? {} : { corrects: true }) };
}

/** The meeting asked about is not the one reported ("the first meeting"): corrected, or "not said". */
export function meetingPremise(ctx: OpContext, ordinalStatement: Statement | undefined, otherTopic: boolean): Composed | undefined {
  const asked = ctx.frame.meetingOrdinal;
  // "the last meeting" may well be this one: only a number that differs is a premise to correct.
  if (asked === undefined || asked === 99 || !ordinalStatement) return undefined;
  let meeting: Entity | undefined;
  for (const e of ctx.entities.values()) {
    if (e.type === 'meeting' && e.ordinal) {
      meeting = e;
      break;
    }
  }
  if (!meeting?.ordinal) return undefined;
  const rel = ctx.relations.get(ordinalStatement.relation);
  const v = new Map([['ordinal', ordinalWord(meeting.ordinal, ctx.language)]]);
  // "Was it the first or the second meeting?": the one it was, cited.
  if (ctx.frame.ordinals.includes(meeting.ordinal) && ctx.frame.ordinals.length >= 2 && !otherTopic) return lookup(ordinalStatement, ctx);
  if (ctx.frame.ordinals.includes(meeting.ordinal)) {
    // "Was this the third meeting?" when it was: yes, cited.
    const asksIt = (ctx.frame.kind === 'yesno' || ctx.frame.noWhWord) && !otherTopic && ctx.frame.ordinals.length === 1;
    return asksIt ? { answered: true, text: fill(rel?.templates.yes?.[ctx.language] ?? phrase(ctx, 'yesWord'), v), citations: [citationOf(ordinalStatement)], facts: [ordinalStatement.id] } : undefined;
  }
  // "Was this the first meeting, or what number?": asked for its number, the one it was, cited.
  if (!otherTopic && ctx.frame.kind !== 'yesno' && ctx.frame.words.some((w) => !!ctx.lex.cues.get('rank')?.words.has(w))) return lookup(ordinalStatement, ctx);
  // A bare phrase ("the first meeting's venue") asks about another topic, not whether this was the first.
  const positional = (w: string) => !!ctx.lex.cues.get('before')?.words.has(w) || !!ctx.lex.cues.get('after')?.words.has(w) || /^(قبل|بعد)/.test(w);
  // («مكان الاجتماع الأول»: a word of another relation, where or when, asks about that meeting's venue or date.)
  // (A verb of holding, "was it held before?", asks about this meeting's place in the series.)
  const otherCue = (w: string) => !ctx.lex.cues.get('holding')?.words.has(w) && [...ctx.relations.values()].some((r) => r !== rel && (r.cues.ar.some((c) => fold(c) === w) || r.cues.en.includes(w)));
  const moreThanTheMeeting = ctx.frame.content.some((c) => !c.context && !ctx.lex.ordinals.has(c.word) && !positional(c.word)) || ctx.frame.words.some((w) => !ctx.lex.ordinals.has(w) && otherCue(w));
  if ((ctx.frame.kind === 'yesno' || (ctx.frame.noWhWord && !moreThanTheMeeting)) && !otherTopic) {
    return { answered: true, text: fill(rel?.templates.no?.[ctx.language] ?? phrase(ctx, 'noWord'), v), citations: [citationOf(ordinalStatement)], facts: [ordinalStatement.id] };
  }
  return { answered: false, text: fill(rel?.templates.other?.[ctx.language] ?? ctx.graph.texts.notSaid[ctx.language], v), citations: [citationOf(ordinalStatement)], facts: [ordinalStatement.id] };
}
