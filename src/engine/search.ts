// Ranks the graph's statements for a frame. fuse.js does the fuzzy part, word by word against a
// vocabulary built from the statements' short search fields and their relations' cue words, so a
// misspelt word ("Gargsh", «الاجتماغ») still finds its term; the frame's kind, cues and entities then
// weigh in, and the share of the question a statement explains becomes the confidence.
import Fuse from 'fuse.js';
import type { Graph, QuestionKind, Relation, Statement } from '../data/schema.js';
import { isSetting, isSpecific, type EntityRef, type Gazetteer } from './entities.js';
import { isContext, type ContentWord, type Frame } from './frame.js';
import type { Lexicon } from './lexicon.js';
import { fold, stem, words } from './normalize.js';
import type { EngineOptions } from './options.js';
import { remember } from './memo.js';

interface IndexedStatement {
  statement: Statement;
  relation: Relation;
  words: Set<string>;
  stems: Set<string>;
  /** Relation cue words, by word and stem. */
  cueWords: Set<string>;
  cueStems: Set<string>;
  entities: Set<string>;
  /** Types of the entities the statement lists. */
  itemTypes: Set<string>;
  /** Position in the data: the last tie-breaker. */
  order: number;
}

interface VocabEntry {
  term: string;
  /** Set where the term is the name of an entity rather than a statement word. */
  entity?: EntityRef;
}

export interface SearchIndex {
  statements: IndexedStatement[];
  /** Word, stem or entity id → the statements that hold it: only those are scored. */
  postings: { word: Map<string, IndexedStatement[]>; stem: Map<string, IndexedStatement[]>; entity: Map<string, IndexedStatement[]> };
  /** A relation cue word or stem → the relations it is a cue of (cue words belong to relations, not statements). */
  cueRelations: { word: Map<string, Set<Relation>>; stem: Map<string, Set<Relation>> };
  /** Statements that can speak of an entity they do not list (membership, attendance, co-chairs, venue). */
  listers: IndexedStatement[];
  order: Map<string, number>;
  /** Statement words and stems, for exact lookups before any fuzzy matching. */
  known: Set<string>;
  /** fuse.js over the vocabulary, one index per letter a term starts with or has second: a typo keeps
   *  one of its first two letters, and a small index answers many times faster than the whole. */
  fuse: Map<string, Fuse<VocabEntry>>;
  /** Memo of fuzzy lookups: questions repeat their words, and fuse is the costly step. */
  fuzzyMemo: Map<string, VocabEntry | null>;
  /** The vocabulary by term, for a word found as it is once its Arabic proclitics are off («لبيرو»). */
  vocabByTerm: Map<string, VocabEntry>;
  /** Memo of those look-ups by word (null: none). */
  procliticMemo: Map<string, VocabEntry | null>;
  /** Every vocabulary term with up to two letters deleted (one for short terms): a word within the edit
   *  distance fuzzy matching allows shares one of these with its term, so a word sharing none is no typo
   *  of anything, and fuse is not asked. */
  deleted: Set<string>;
}

export interface RankedStatement {
  statement: Statement;
  relation: Relation;
  /** 0..1: how much of the question this statement explains, adjusted for the kind of answer asked for. */
  score: number;
  coverage: number;
  /** The weighted amount of the question matched: the tie-breaker. */
  matched: number;
}

const GENERIC_KINDS: ReadonlySet<QuestionKind> = new Set(['what', 'which', 'how', 'list']);
/** Kinds that ask something other than "is it in the list?": who heads it, where, when, why, how. */
const NOT_A_LIST_QUESTION: ReadonlySet<QuestionKind> = new Set(['who', 'where', 'when', 'why', 'how', 'identity', 'title']);
/** World entities a list can speak of without naming them. */
const LISTABLE = new Set(['state', 'organisation', 'city']);
const isListable = (e: EntityRef) => LISTABLE.has(e.type);

function fieldWords(s: Statement, lex: Lexicon): string[] {
  const keywords = [...s.keywords.ar, ...s.keywords.en].flatMap((t) => words(fold(t)));
  const questions = [...s.questions.ar, ...s.questions.en].flatMap((t) => words(fold(t))).filter((w) => !lex.stopwords.has(w) && !lex.questionWords.has(w));
  return [...keywords, ...questions];
}

export function buildIndex(graph: Graph, gazetteer: Gazetteer, lex: Lexicon, options: EngineOptions): SearchIndex {
  const relations = new Map(graph.relations.map((r) => [r.id, r]));
  const order = new Map(graph.statements.map((s, i) => [s.id, i]));
  const statements: IndexedStatement[] = graph.statements.map((statement) => {
    const relation = relations.get(statement.relation)!;
    const cues = [...relation.cues.ar, ...relation.cues.en].flatMap((t) => words(fold(t)));
    // A relation's cue set ("in charge of" is a chair cue) counts as one of its words.
    const w = [...fieldWords(statement, lex), ...cues, ...(relation.cueSet ? [`#${relation.cueSet}`] : [])];
    return {
      statement,
      relation,
      words: new Set(w),
      stems: new Set(w.map(stem)),
      cueWords: new Set(cues),
      cueStems: new Set(cues.filter((c) => c.length >= 4).map(stem)),
      entities: new Set([...statement.entities, ...statement.items, statement.about]),
      itemTypes: new Set(statement.items.map((id) => graph.entities.find((e) => e.id === id)?.type ?? '')),
      order: order.get(statement.id) ?? 0,
    };
  });
  const known = new Set<string>();
  for (const s of statements) {
    for (const w of s.words) known.add(w);
    for (const st of s.stems) known.add(st);
  }
  const vocab: VocabEntry[] = [...new Set(statements.flatMap((s) => [...s.words]))].filter((term) => term.length >= 3).map((term) => ({ term }));
  for (const [term, entity] of gazetteer.singleWordAliases) vocab.push({ term, entity });
  // Setting words too, so "meting" is read as the setting word it stands for.
  for (const term of lex.context) if (term.length >= 5 && !known.has(term)) vocab.push({ term });
  const postings = { word: new Map<string, IndexedStatement[]>(), stem: new Map<string, IndexedStatement[]>(), entity: new Map<string, IndexedStatement[]>() };
  const post = (map: Map<string, IndexedStatement[]>, key: string, s: IndexedStatement) => {
    const list = map.get(key);
    if (!list) map.set(key, [s]);
    else if (list.at(-1) !== s) list.push(s);
  };
  const cueRelations = { word: new Map<string, Set<Relation>>(), stem: new Map<string, Set<Relation>>() };
  const cueOf = (map: Map<string, Set<Relation>>, key: string, r: Relation) => {
    const set = map.get(key);
    if (set) set.add(r);
    else map.set(key, new Set([r]));
  };
  for (const s of statements) {
    for (const w of s.words) post(postings.word, w, s);
    for (const st of s.stems) post(postings.stem, st, s);
    for (const e of s.entities) post(postings.entity, e, s);
    for (const w of s.cueWords) cueOf(cueRelations.word, w, s.relation);
    for (const st of s.cueStems) cueOf(cueRelations.stem, st, s.relation);
  }
  const listers = statements.filter((s) => s.relation.speaksOf.length > 0 && s.statement.items.length > 0);
  const buckets = new Map<string, VocabEntry[]>();
  for (const entry of vocab) {
    for (const letter of new Set([entry.term[0], entry.term[1]])) {
      if (!letter) continue;
      const list = buckets.get(letter) ?? [];
      list.push(entry);
      buckets.set(letter, list);
    }
  }
  const fuse = new Map<string, Fuse<VocabEntry>>();
  for (const [letter, list] of buckets) {
    fuse.set(
      letter,
      new Fuse(list, {
        keys: ['term'],
        includeScore: true,
        threshold: options.fuzzyThreshold,
        ignoreLocation: true,
        isCaseSensitive: true, // both sides are folded already
        shouldSort: true,
      }),
    );
  }
  const vocabByTerm = new Map<string, VocabEntry>();
  for (const entry of vocab) if (!vocabByTerm.has(entry.term) || entry.entity) vocabByTerm.set(entry.term, entry);
  const deleted = new Set<string>();
  for (const { term } of vocab) withDeletions(term, term.length >= 6 ? 2 : 1, deleted);
  return { statements, postings, cueRelations, listers, order, known, fuse, fuzzyMemo: new Map(), deleted, vocabByTerm, procliticMemo: new Map() };
}

/** Arabic proclitics, longest first: «وبال», «فال», «لل», «ب», «ل», «و»… */
const PROCLITICS = [/^(و|ف)(بال|لل|كال)/, /^(بال|لل|كال|وال|فال)/, /^(و|ف)(ب|ل|ك)/, /^(ب|ل|ك|و|ف)/];

/** «لبيرو», «وبالاجتماع»: the vocabulary term left once a preposition or conjunction written onto it is off. */
function procliticFree(index: SearchIndex, word: string): VocabEntry | undefined {
  // Read once per word (memoized, bounded): a question's words are looked up here more than once.
  return remember(index.procliticMemo, word, strippedTerm, index) ?? undefined;
}

function strippedTerm(word: string, index: SearchIndex): VocabEntry | null {
  for (const re of PROCLITICS) {
    const bare = word.replace(re, '');
    if (bare !== word && bare.length >= 3 && index.vocabByTerm.has(bare)) return index.vocabByTerm.get(bare)!;
  }
  return null;
}

/** Adds a word and every form of it with up to `depth` letters deleted. */
function withDeletions(word: string, depth: number, out: Set<string>): void {
  out.add(word);
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) withDeletions(word.slice(0, i) + word.slice(i + 1), depth - 1, out);
}

/** True when some vocabulary term may lie within `allowed` edits of the word (see `SearchIndex.deleted`). */
function mayHaveNeighbour(index: SearchIndex, word: string, allowed: number): boolean {
  const forms = new Set<string>();
  withDeletions(word, allowed, forms);
  for (const f of forms) if (index.deleted.has(f)) return true;
  return false;
}

/** The closest vocabulary term to a word not found as it is, or null. */
function fuzzy(index: SearchIndex, word: string, options: EngineOptions): VocabEntry | null {
  return remember(index.fuzzyMemo, word, (w) => closest(index, w, options), undefined, options.fuzzyMemoLimit);
}

function closest(index: SearchIndex, word: string, options: EngineOptions): VocabEntry | null {
  let best: VocabEntry | null = /^[\u0600-\u06FF]/.test(word) ? procliticFree(index, word) ?? null : null;
  // Fuse proposes; an edit distance confirms. Folded Arabic words are short and alike, so a typo may
  // cost one edit, or two in a word of eight letters or more.
  const allowed = word.length >= 8 ? 2 : 1;
  // A word no term lies that near is no typo of anything (most unknown words): fuse is not asked.
  if (!best && word.length >= 4 && !/^\d+$/.test(word) && mayHaveNeighbour(index, word, allowed)) {
    const hits = [word[0], word[1]]
      .flatMap((letter) => (letter ? index.fuse.get(letter)?.search(word, { limit: 5 }) ?? [] : []))
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1));
    for (const hit of hits) {
      // A name is matched more strictly: «الشمالية» is two edits from a state's name, and no misspelling of it.
      const limit = hit.item.entity && !/^[a-z]/.test(word) ? 1 : allowed;
      // (A short name keeps its first letter: Gulf «يبيه», "he wants it", is no «ليبيه».)
      if (hit.item.entity && word.length <= 5 && hit.item.term[0] !== word[0]) continue;
      if ((hit.score ?? 1) <= options.fuzzyThreshold && editDistance(word, hit.item.term, limit) <= limit) {
        best = hit.item;
        break;
      }
    }
  }
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

const CUE_SETS = ['chair', 'membership', 'attendance', 'location'];

export interface ResolvedWord {
  content: ContentWord;
  /** The vocabulary term a misspelt word stands for, if any. */
  fuzzyTerm?: string;
}

/**
 * Resolves misspelt words: to a statement term, or to an entity name (then it joins the frame's entities).
 * Words that ask for something out of scope are never "corrected" into something the article has.
 */
export function resolveWords(index: SearchIndex, frame: Frame, lex: Lexicon, options: EngineOptions): { resolved: ResolvedWord[]; extraEntities: EntityRef[] } {
  const resolved: ResolvedWord[] = [];
  const extraEntities: EntityRef[] = [];
  for (const content of frame.content) {
    // «لبيرو»: a name with a preposition written onto it is that name.
    const named = !content.outOfScope && /^[\u0600-\u06FF]/.test(content.word) ? procliticFree(index, content.word) : undefined;
    if (named?.entity) {
      extraEntities.push(named.entity);
      continue;
    }
    // An ordinal the lexicon knows («التالت») is itself, not a misspelling of a near word («التالي»).
    if (content.outOfScope || content.context || index.known.has(content.word) || index.known.has(content.stem) || lex.ordinals.has(content.word)) {
      resolved.push({ content });
      continue;
    }
    const hit = fuzzy(index, content.word, options);
    // A word of a relation's cue set ("ran" the meeting, "in charge") stands for that relation.
    const cueSet = hit ? undefined : CUE_SETS.find((name) => index.postings.word.has(`#${name}`) && (lex.cues.get(name)?.words.has(content.word) || (content.word.length >= 4 && lex.cues.get(name)?.stems.has(content.stem))));
    if (cueSet) {
      resolved.push({ content, fuzzyTerm: `#${cueSet}` });
      continue;
    }
    if (hit?.entity) extraEntities.push(hit.entity);
    // A misspelt function or setting word ("wich", "meting") is read as the word it stands for.
    else if (hit && lex.stopwords.has(hit.term)) continue;
    else if (hit && isContext(hit.term, lex)) resolved.push({ content: { ...content, context: true }, fuzzyTerm: hit.term });
    else resolved.push(hit ? { content, fuzzyTerm: hit.term } : { content });
  }
  return { resolved, extraEntities };
}

/** Each statement of a posting list gets at least `value` in `m`. */
function markPostings(list: readonly IndexedStatement[], value: number, m: Map<IndexedStatement, number>): void {
  for (const s of list) m.set(s, Math.max(m.get(s) ?? 0, value));
}

const NONE: readonly IndexedStatement[] = [];

/** The relations whose cue words a question's words (not its setting words) hold, by word, stem or misspelling's term. */
function cuedRelations(index: SearchIndex, resolved: readonly ResolvedWord[]): Set<Relation> {
  const out = new Set<Relation>();
  const add = (set: Set<Relation> | undefined) => {
    if (set) for (const r of set) out.add(r);
  };
  for (const r of resolved) {
    if (r.content.context) continue;
    add(index.cueRelations.word.get(r.content.word));
    if (r.content.word.length >= 4) add(index.cueRelations.stem.get(r.content.stem));
    if (r.fuzzyTerm) add(index.cueRelations.word.get(r.fuzzyTerm));
  }
  return out;
}

/** How well a statement can give the kind of answer asked for: a count needs a number, "when" a time. */
function kindFactor(kind: QuestionKind, s: Statement, itemTypes: ReadonlySet<string>, quoted: boolean): number {
  if (s.forms.includes(kind)) return 1;
  // "Who said «…»?": a passage's words found in a statement that names the person who said it.
  if (kind === 'who' && itemTypes.has('person') && quoted) return 0.9;
  if (kind === 'identity') return s.forms.includes('who') ? 0.8 : 0.6;
  if (kind === 'title') return s.forms.includes('what') ? 0.85 : 0.6;
  if (GENERIC_KINDS.has(kind) || kind === 'yesno') return 0.85;
  if (kind === 'count' || kind === 'when' || kind === 'where') return 0.45;
  return 0.5;
}

/** Membership of the group and attendance of the meeting share most words; the question's cue decides. */
function cueFactor(f: Frame, rel: Relation): number {
  const { membership, attendance } = f.cues;
  if (membership !== attendance) {
    if (rel.cueSet === 'membership') return attendance ? 0.7 : 1;
    if (rel.cueSet === 'attendance') return membership ? 0.7 : 1;
  }
  // "Who else was there?" asks about attendance: a list of chairs steps back, and the reverse.
  if (rel.cueSet === 'chair' || rel.cueSet === 'attendance' || rel.cueSet === 'membership') {
    if (f.cueSets.length > 0 && !f.cueSets.includes(rel.cueSet)) return 0.85;
  }
  return 1;
}

/**
 * Lists name states and organisations but say nothing else about them: "Who heads the UN?" is not
 * answered by "the UN is a member". They speak for a named one only when the question is about their
 * relation (or is a yes/no, list or count).
 */
function speaksFor(rel: Relation, f: Frame): boolean {
  if (rel.cueSet === 'location') return f.cues.location || f.kind === 'where';
  if (rel.cueSet === 'chair') return f.cues.chair;
  const cue = rel.cueSet === 'membership' ? f.cues.membership : rel.cueSet === 'attendance' ? f.cues.attendance : true;
  // A country named as a place ("in Peru") is not Peru the actor (a chair, a ministry).
  if (f.cues.location) return rel.cueSet ? cue : false;
  if (!NOT_A_LIST_QUESTION.has(f.kind)) return true;
  return cue;
}

export function rankStatements(index: SearchIndex, f: Frame, resolvedWords: ResolvedWord[], entities: EntityRef[], options: EngineOptions, settingIds: ReadonlySet<string>): RankedStatement[] {
  const w = options.weights;
  const resolved = resolvedWords;
  // Score only statements that share something with the question. Setting words and entities only
  // add a little: when the question has anything more specific, they alone cannot near the threshold.
  const hasSpecific = resolved.some((r) => !r.content.context) || entities.some((e) => isSpecific(e));
  // Each word's posting lists read once, for the candidates and for the matches.
  const lists = resolved.map((r) => ({
    exact: index.postings.word.get(r.content.word) ?? NONE,
    stem: index.postings.stem.get(r.content.stem) ?? NONE,
    fuzzy: r.fuzzyTerm ? index.postings.word.get(r.fuzzyTerm) ?? NONE : NONE,
  }));
  const candidates = new Set<IndexedStatement>();
  const add = (list: readonly IndexedStatement[]) => {
    for (const s of list) candidates.add(s);
  };
  resolved.forEach((r, i) => {
    if (r.content.context && hasSpecific) return;
    add(lists[i]!.exact);
    add(lists[i]!.stem);
    add(lists[i]!.fuzzy);
  });
  for (const e of entities) if (isSpecific(e) || !hasSpecific) add(index.postings.entity.get(e.id) ?? NONE);
  if (entities.some(isListable)) for (const s of index.listers) candidates.add(s);
  // Each word's matches read from the postings once (exact 1, stem 0.85, a misspelling's term 0.7), so
  // a statement's score costs a map look-up per word rather than three set look-ups.
  const matches = resolved.map((r, i) => {
    const m = new Map<IndexedStatement, number>();
    markPostings(lists[i]!.exact, 1, m);
    // An out-of-scope word counts only as itself: «عملة» (currency) must not meet «عمل» (work) by its stem.
    if (!r.content.outOfScope) {
      markPostings(lists[i]!.stem, 0.85, m);
      markPostings(lists[i]!.fuzzy, 0.7, m);
    }
    return m;
  });
  // A relation's own words ("said", "chaired", "members") point at its statements over others. Cue words
  // belong to the relation, so they are looked up once per question, not once per candidate.
  const cued = cuedRelations(index, resolved);
  const bareFollowUp = f.topic !== undefined && f.content.every((c) => c.context || BARE_WORDS.has(c.word));
  const cueHitOf = (s: IndexedStatement): boolean => cued.has(s.relation);
  let anyCue = false;
  for (const s of candidates) if (cueHitOf(s)) anyCue = true;
  const namedSettings = entities.filter((e) => isSetting(e) && settingIds.has(e.id)).map((e) => e.id);
  const namedAll = new Set(entities.map((e) => e.id));
  // A word no statement holds in any form may be a synonym the data lacks: beside two words a statement
  // does match, it weighs less than a word the article uses elsewhere (which then really is a mismatch).
  // Alone with one match ("Is <unknown name> a member?") it may be the very thing asked about, and weighs in full.
  const unknown = resolved.map((r, i) => !r.content.context && !r.content.outOfScope && matches[i]!.size === 0);
  const unknownCount = unknown.filter(Boolean).length;
  let knownTotal = 0;
  resolved.forEach((r, i) => {
    if (!r.content.context && !unknown[i]) knownTotal += r.content.outOfScope ? w.outOfScope : w.word;
  });
  // Per question, not per candidate: what the frame asks for.
  // "How many states co-chaired?": a list holding no state is not what is asked about.
  const wantsType = f.cues.states !== f.cues.organisations ? (f.cues.states ? 'state' : 'organisation') : undefined;
  const quotedLength = f.content.filter((c) => !c.context).length >= 4;
  const speaks = new Map<Relation, boolean>();
  const factorOfCue = new Map<Relation, number>();

  // Each entity's kind read once, not once per candidate.
  const named = entities.map((e) => ({ id: e.id, type: e.type, listable: isListable(e), specific: isSpecific(e) }));

  // Sort keys beside each entry, so the comparator reads numbers rather than maps.
  const keys: RankKey[] = [];
  // Each word's kind and weight read once, not once per candidate.
  const setting = resolved.map((r) => r.content.context);
  const weight = resolved.map((r) => (r.content.context ? w.context : r.content.outOfScope ? w.outOfScope : w.word));
  const wordMatch = new Array<number>(resolved.length).fill(0); // reused for every candidate
  for (const s of candidates) {
    let matched = 0;
    let hits = 0;
    for (let i = 0; i < resolved.length; i++) {
      const m = matches[i]!.get(s) ?? 0;
      wordMatch[i] = m;
      if (m === 0) continue;
      matched += weight[i]! * m;
      if (!setting[i]) hits++;
    }
    let total = knownTotal + unknownCount * (hits >= 2 ? w.unknown : w.word);
    for (let i = 0; i < resolved.length; i++) if (setting[i]) total += w.context * wordMatch[i]!;
    let listSpeaks = speaks.get(s.relation);
    if (listSpeaks === undefined) speaks.set(s.relation, (listSpeaks = speaksFor(s.relation, f)));
    for (const e of named) {
      const m = e.listable && !listSpeaks ? 0 : s.entities.has(e.id) ? 1 : s.statement.items.length > 0 && s.relation.speaksOf.includes(e.type) ? 0.8 : 0;
      if (e.specific) {
        matched += w.entity * m;
        total += w.entity;
      } else {
        matched += w.setting * m;
        total += w.setting * m;
      }
    }
    const coverage = total > 0 ? matched / total : 0;
    // (Asked with no words of its own, the statement a conversation is about is as good as named: "Will they meet again? — Why?")
    const cueHit = cueHitOf(s) || (bareFollowUp && s.statement.id === f.topic);
    const relationFit = anyCue && !cueHit ? options.offRelationFactor : 1;
    // A question about the meeting is not answered from what is said of the group, and the reverse.
    // A statement about something the question does not name, that knows nothing of the setting it does name.
    const aboutFit =
      namedSettings.length > 0 && !namedAll.has(s.statement.about) && !namedSettings.some((id) => s.entities.has(id) && id !== s.statement.about)
        ? options.offSettingFactor
        : 1;
    // A place named as a place ("held in Berlin?") is about where; lists of actors step back.
    const placeFit = f.cues.location && s.relation.cueSet !== 'location' && s.relation.speaksOf.length > 0 ? options.offRelationFactor : 1;
    const typeFit = wantsType && f.kind !== 'where' && s.relation.cueSet !== 'location' && s.itemTypes.size > 0 && !s.itemTypes.has(wantsType) ? options.offRelationFactor : 1;
    // A complete list can be counted when the question names its relation ("how many states chaired?").
    const countable = f.kind === 'count' && s.statement.exhaustive && s.statement.items.length > 1 && (cueHit || (!!s.relation.cueSet && f.cueSets.includes(s.relation.cueSet)));
    let cf = factorOfCue.get(s.relation);
    if (cf === undefined) factorOfCue.set(s.relation, (cf = cueFactor(f, s.relation)));
    const score = Math.min(1, coverage * (countable ? 1 : kindFactor(f.kind, s.statement, s.itemTypes, coverage >= 0.9 && quotedLength)) * cf * relationFit * aboutFit * placeFit * typeFit);
    const r = { statement: s.statement, relation: s.relation, score, coverage, matched };
    keys.push({ r, topic: s.statement.id === f.topic ? 1 : 0, about: namedAll.has(s.statement.about) ? 1 : 0, order: s.order });
  }
  // Ties go to the statement the conversation's last answer gave, then to the one about what the question names ("What is <name>?"), then to the one that
  // matched more of it, then to the earlier one in the data (a stable order).
  const before = (a: RankKey, b: RankKey) => b.r.score - a.r.score || b.topic - a.topic || b.about - a.about || b.r.matched - a.r.matched || a.order - b.order;
  return readable(keys, before).map((k) => k.r);
}

/** Content words a bare follow-up may hold ("why?", "and when?"). */
const BARE_WORDS = new Set(['where', 'when', 'why', 'future']);

interface RankKey {
  r: RankedStatement;
  /** 1 for the statement a conversation's last answer gave. */
  topic: number;
  about: number;
  order: number;
}

/**
 * What of a ranking is ever read, sorted: every statement scoring above RANKED_FLOOR or within
 * RANKED_MARGIN of the best, and at least the top RANKED_TOP. The rest (on a big graph, most of the
 * candidates) is neither sorted nor kept. What is kept is the head of the full sorted ranking, unchanged.
 */
function readable(keys: RankKey[], before: (a: RankKey, b: RankKey) => number): RankKey[] {
  let best = 0;
  for (const k of keys) if (k.r.score > best) best = k.r.score;
  const head: RankKey[] = [];
  const rest: RankKey[] = [];
  for (const k of keys) (k.r.score > RANKED_FLOOR || k.r.score >= best - RANKED_MARGIN ? head : rest).push(k);
  head.sort(before);
  // Fewer than the top few: the best of the rest follow, picked one by one (they all score lower).
  while (head.length < RANKED_TOP && rest.length > 0) {
    let at = 0;
    for (let i = 1; i < rest.length; i++) if (before(rest[i]!, rest[at]!) < 0) at = i;
    head.push(rest.splice(at, 1)[0]!);
  }
  return head;
}

/** Statements scoring at or below the floor are never suggested (the engine stops there). */
export const RANKED_FLOOR = 0.15;
/** Statements this close to the best are ties and rivals the engine compares with it. */
export const RANKED_MARGIN = 0.05;
/** The explanation of an answer shows this many. */
export const RANKED_TOP = 5;
