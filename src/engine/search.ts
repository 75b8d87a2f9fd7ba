// Ranks the facts for a question. fuse.js does the fuzzy part, word by word against a vocabulary
// built from the facts' short search fields, so a misspelt word ("Gargsh", «الاجتماغ») still finds
// its term; the question's kind and entities then weigh in, and the share of the question a fact
// explains becomes the confidence.
import Fuse from 'fuse.js';
import type { Fact, QuestionKind } from '../data/schema.js';
import { isListable, isSpecific, type EntityRef, type EntityType, type Gazetteer } from './entities.js';
import { CONTEXT_STEMS, CONTEXT_WORDS, STOPWORDS } from './lexicon.js';
import { fold, stem, words } from './normalize.js';
import type { ContentWord, Understanding } from './understand.js';

interface IndexedFact {
  fact: Fact;
  words: Set<string>;
  stems: Set<string>;
  entities: Set<string>;
}

interface VocabEntry {
  term: string;
  /** Set where the term is the name of an entity rather than a fact word. */
  entity?: EntityRef;
}

export interface SearchIndex {
  /** Word, stem or entity id → the facts that hold it: only those are scored. */
  postings: Map<string, IndexedFact[]>;
  /** Facts that can speak of a country, organisation or city they do not list (membership, attendance, co-chairs, venue). */
  entityComposers: IndexedFact[];
  /** Position of each fact in the data, the last tie-breaker. */
  order: Map<string, number>;
  /** Fact words and stems, for exact lookups before any fuzzy matching. */
  known: Set<string>;
  fuse: Fuse<VocabEntry>;
  /** Memo of fuzzy lookups: questions repeat their words, and fuse is the costly step. */
  fuzzyMemo: Map<string, VocabEntry | null>;
}

export interface RankedFact {
  fact: Fact;
  /** 0..1: how much of the question this fact explains, adjusted for the kind of answer asked for. */
  score: number;
  coverage: number;
  /** The weighted amount of the question matched: the tie-breaker. */
  matched: number;
}

const GENERIC_KINDS: ReadonlySet<QuestionKind> = new Set(['what', 'which', 'how', 'list']);

const WEIGHT = { word: 1, outOfScope: 3, context: 0.3, entity: 1.5, setting: 0.3 } as const;
const MATCH = { word: 1, stem: 0.85, fuzzy: 0.7 } as const;
const FUZZY_THRESHOLD = 0.25;
const MEMO_LIMIT = 5000;

/** Keywords count whole (a keyword "do" is meant); sample questions lose their function words. */
function fieldWords(fact: Fact): string[] {
  const keywords = [...fact.keywords.ar, ...fact.keywords.en].flatMap((t) => words(fold(t)));
  const questions = [...fact.questions.ar, ...fact.questions.en].flatMap((t) => words(fold(t))).filter((w) => !STOPWORDS.has(w));
  return [...keywords, ...questions];
}

export function buildIndex(facts: readonly Fact[], gazetteer: Gazetteer): SearchIndex {
  const indexed = facts.map((fact) => {
    const w = fieldWords(fact);
    return { fact, words: new Set(w), stems: new Set(w.map(stem)), entities: new Set(fact.entities) };
  });
  const known = new Set<string>();
  for (const f of indexed) {
    for (const w of f.words) known.add(w);
    for (const s of f.stems) known.add(s);
  }
  const vocab: VocabEntry[] = [...new Set(indexed.flatMap((f) => [...f.words]))]
    .filter((term) => term.length >= 3)
    .map((term) => ({ term }));
  for (const [term, entity] of gazetteer.singleWordAliases) vocab.push({ term, entity });
  const postings = new Map<string, IndexedFact[]>();
  const post = (key: string, f: IndexedFact) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [f]);
    else if (list.at(-1) !== f) list.push(f);
  };
  for (const f of indexed) {
    for (const w of f.words) post(`w:${w}`, f);
    for (const st of f.stems) post(`s:${st}`, f);
    for (const e of f.entities) post(`e:${e}`, f);
  }
  const entityComposers = indexed.filter((f) => f.fact.compose !== undefined && f.fact.compose in SPEAKS_OF);
  const fuse = new Fuse(vocab, {
    keys: ['term'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
    isCaseSensitive: true, // both sides are folded already
    shouldSort: true,
  });
  return { postings, entityComposers, order: new Map(facts.map((f, i) => [f.id, i])), known, fuse, fuzzyMemo: new Map() };
}

/** The closest vocabulary term to a word not found as it is, or null. */
function fuzzy(index: SearchIndex, word: string): VocabEntry | null {
  const memo = index.fuzzyMemo.get(word);
  if (memo !== undefined) return memo;
  let best: VocabEntry | null = null;
  if (word.length >= 4 && !/^\d+$/.test(word)) {
    // Fuse proposes; an edit distance confirms. Folded Arabic words are short and alike («الرياض» is two
    // edits from «الرياسه»), so a typo may cost one edit, or two in a word of eight letters or more.
    const allowed = word.length >= 8 ? 2 : 1;
    for (const hit of index.fuse.search(word, { limit: 5 })) {
      if ((hit.score ?? 1) <= FUZZY_THRESHOLD && editDistance(word, hit.item.term, allowed) <= allowed) {
        best = hit.item;
        break;
      }
    }
  }
  if (index.fuzzyMemo.size >= MEMO_LIMIT) index.fuzzyMemo.clear();
  index.fuzzyMemo.set(word, best);
  return best;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

interface ResolvedWord {
  content: ContentWord;
  /** The vocabulary term a misspelt word stands for, if any. */
  fuzzyTerm?: string;
}

/**
 * Resolves misspelt words: to a fact term, or to an entity name (then it joins the question's entities).
 * Words that ask for something out of scope are never "corrected" into something the article has.
 */
export function resolveWords(index: SearchIndex, u: Understanding): { resolved: ResolvedWord[]; extraEntities: EntityRef[] } {
  const resolved: ResolvedWord[] = [];
  const extraEntities: EntityRef[] = [];
  for (const content of u.content) {
    if (content.outOfScope || content.context || index.known.has(content.word) || index.known.has(content.stem)) {
      resolved.push({ content });
      continue;
    }
    const hit = fuzzy(index, content.word);
    if (hit?.entity) extraEntities.push(hit.entity);
    // A misspelt function or setting word ("wich", "meting") is read as the word it stands for.
    else if (hit && STOPWORDS.has(hit.term)) continue;
    else if (hit && (CONTEXT_WORDS.has(hit.term) || CONTEXT_STEMS.has(stem(hit.term)))) resolved.push({ content: { ...content, context: true }, fuzzyTerm: hit.term });
    else resolved.push(hit ? { content, fuzzyTerm: hit.term } : { content });
  }
  return { resolved, extraEntities };
}

function wordMatch(f: IndexedFact, r: ResolvedWord): number {
  if (f.words.has(r.content.word)) return MATCH.word;
  // An out-of-scope word counts only as itself: «عملة» (currency) must not meet «عمل» (work) by its stem.
  if (r.content.outOfScope) return 0;
  if (f.stems.has(r.content.stem)) return MATCH.stem;
  if (r.fuzzyTerm && f.words.has(r.fuzzyTerm)) return MATCH.fuzzy;
  return 0;
}

/**
 * How well a fact can give the kind of answer asked for. A count needs a number, "when" a time and
 * "where" a place: a fact without one cannot answer however many words it shares.
 */
function kindFactor(kind: QuestionKind, fact: Fact): number {
  if (fact.kinds.includes(kind)) return 1;
  if (kind === 'identity') return fact.kinds.includes('who') ? 0.8 : 0.6;
  if (kind === 'title') return fact.kinds.includes('what') ? 0.85 : 0.6;
  if (GENERIC_KINDS.has(kind) || kind === 'yesno') return 0.85;
  if (kind === 'count' || kind === 'when' || kind === 'where') return 0.45;
  return 0.5;
}

/** Membership of the group and attendance of the meeting share most words; the question's cue decides. */
function cueFactor(u: Understanding, fact: Fact): number {
  const { membership, attendance } = u.cues;
  if (membership === attendance) return 1;
  if (fact.compose === 'membership') return attendance ? 0.85 : 1;
  if (fact.compose === 'attendance') return membership ? 0.85 : 1;
  return 1;
}

/** The composed facts that can speak of an entity they do not list, and of which types. */
const SPEAKS_OF: Partial<Record<NonNullable<Fact['compose']>, readonly EntityType[]>> = {
  membership: ['country', 'organisation'],
  attendance: ['country', 'organisation'],
  'co-chairs': ['country'],
  venue: ['city', 'country'],
};

/** Whether a fact can speak about an entity it does not list (the membership list answers for any country). */
function accepts(fact: Fact, entity: EntityRef): boolean {
  return fact.compose !== undefined && (SPEAKS_OF[fact.compose]?.includes(entity.type) ?? false);
}

/** Kinds that ask something other than "is it in the list?": who heads it, where, when, why, how. */
const NOT_A_LIST_QUESTION: ReadonlySet<QuestionKind> = new Set(['who', 'where', 'when', 'why', 'how', 'identity', 'title']);

/**
 * The membership list, the attendance line and the co-chairs line name countries, but say nothing else about them:
 * "Who heads the UN?" is not answered by "the UN is a member". They speak for a named country or
 * organisation only when the question is about membership or attendance (or is a yes/no, list or count).
 */
function speaksFor(fact: Fact, u: Understanding): boolean {
  // The venue speaks of a place named as one ("held in Dubai?"); then the lists do not, unless asked.
  if (fact.compose === 'venue') return u.cues.location;
  // The co-chairs line speaks of a country only as a chair ("Did France chair it?"), in any kind of question.
  if (fact.compose === 'co-chairs') return u.cues.chair;
  const cue = fact.compose === 'membership' ? u.cues.membership : fact.compose === 'attendance' ? u.cues.attendance : true;
  // A country named as a place ("in Germany") is not Germany the actor (a chair, a ministry).
  if (u.cues.location) return fact.compose ? cue : false;
  if (!NOT_A_LIST_QUESTION.has(u.kind)) return true;
  return cue;
}

export function rankFacts(index: SearchIndex, u: Understanding, resolved: ResolvedWord[], entities: EntityRef[]): RankedFact[] {
  // A fact that shares nothing with the question scores 0: score only those that share something.
  // Setting words and entities (meeting, the working group, Daesh…) only add a little to a fact: when
  // the question has anything more specific, a fact found by them alone cannot near the threshold.
  const hasSpecific = resolved.some((r) => !r.content.context) || entities.some((e) => isSpecific(e));
  const candidates = new Set<IndexedFact>();
  const add = (key: string) => index.postings.get(key)?.forEach((f) => candidates.add(f));
  for (const r of resolved) {
    if (r.content.context && hasSpecific) continue;
    add(`w:${r.content.word}`);
    add(`s:${r.content.stem}`);
    if (r.fuzzyTerm) add(`w:${r.fuzzyTerm}`);
  }
  for (const e of entities) {
    if (isSpecific(e) || !hasSpecific) add(`e:${e.id}`);
    if (isListable(e)) index.entityComposers.forEach((f) => candidates.add(f));
  }
  const ranked: RankedFact[] = [];
  for (const f of candidates) {
    let matched = 0;
    let total = 0;
    for (const r of resolved) {
      const m = wordMatch(f, r);
      if (r.content.context) {
        // The setting's words only ever add: every fact is about this meeting.
        matched += WEIGHT.context * m;
        total += WEIGHT.context * m;
      } else {
        const w = r.content.outOfScope ? WEIGHT.outOfScope : WEIGHT.word;
        matched += w * m;
        total += w;
      }
    }
    const listSpeaks = speaksFor(f.fact, u);
    for (const e of entities) {
      // A fact that names the entity beats one that merely can speak about it.
      const m = isListable(e) && !listSpeaks ? 0 : f.entities.has(e.id) ? 1 : accepts(f.fact, e) ? 0.8 : 0;
      if (isSpecific(e)) {
        matched += WEIGHT.entity * m;
        total += WEIGHT.entity;
      } else {
        matched += WEIGHT.setting * m;
        total += WEIGHT.setting * m;
      }
    }
    const coverage = total > 0 ? matched / total : 0;
    const score = Math.min(1, coverage * kindFactor(u.kind, f.fact) * cueFactor(u, f.fact));
    ranked.push({ fact: f.fact, score, coverage, matched });
  }
  // Equal scores go to the fact that matched more of the question, setting words included,
  // then to the earlier fact in the data (a stable order whatever the set's iteration order).
  const order = (r: RankedFact) => index.order.get(r.fact.id) ?? 0;
  return ranked.sort((a, b) => b.score - a.score || b.matched - a.matched || order(a) - order(b));
}
