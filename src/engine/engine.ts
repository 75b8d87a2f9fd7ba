// The answer engine: screen → language layers → segment → frame → rank → operate → compose.
// Pure TypeScript with no I/O of its own, so the CLI, the console and the Discord bot all answer alike.
// What the article says comes from `data`; what a language is comes from the lexicon; none is here.
import { countries as worldCountries } from 'countries-list';
import Fuse from 'fuse.js';
import type { ArticleData } from '../data/load.js';
import type { Entity, Relation, Statement } from '../data/schema.js';
import { skeleton, skeletonIndex } from './arabizi.js';
import { buildGazetteer, findEntities, isSetting, isSpecific, type EntityMention, type EntityRef, type Gazetteer } from './entities.js';
import { buildFrame, isDocumentWord, OR_WORDS, type Frame } from './frame.js';
import { inputProblemMessage, screenInput, truncationNote } from './input.js';
import { compileLexicon, hasCue, type Lexicon } from './lexicon.js';
import { fold, isArabicWord, stem, words } from './normalize.js';
import * as ops from './operations.js';
import { resolveOptions, type EngineOptions } from './options.js';
import { detectLanguage, languageOf, prepare, type Prepared, type Vocabulary } from './preprocess.js';
import { countPhrase, listJoin, sentence } from './render.js';
import { buildIndex, RANKED_FLOOR, RANKED_MARGIN, RANKED_TOP, rankStatements, resolveWords, type RankedStatement, type ResolvedWord, type SearchIndex } from './search.js';
import { segment } from './segment.js';
import { smallTalkKind } from './small-talk.js';
import type { Answer, Citation, ConversationContext, Language } from './types.js';

export interface AskOptions {
  /** Forces the reply's language (the "other language" button). */
  language?: Language;
  /** The context returned by the previous answer of the same conversation, for follow-ups. */
  context?: ConversationContext;
}

export interface Explanation {
  language: Language;
  parts: Array<{
    words: string[];
    kind: string;
    entities: string[];
    content: string[];
    constraints: Record<string, unknown>;
    ranked: Array<{ id: string; relation: string; score: number; coverage: number }>;
    operation: string;
  }>;
}

export interface Engine {
  readonly data: ArticleData;
  readonly gazetteer: Gazetteer;
  readonly lexicon: Lexicon;
  readonly options: EngineOptions;
  /** Answers a question; never throws. Pass the returned `context` back for follow-up questions. */
  ask(question: string, options?: AskOptions): Answer;
  /** Sample questions closest to what is typed, in its script: for autocomplete. */
  complete(typed: string, limit: number): string[];
  /** How a question was read and answered: the frame, the statements ranked, the operation. */
  explain(question: string): Explanation;
  /** Questions the bot answers well, in one language: for suggestions and autocomplete. */
  sampleQuestions(language: Language): string[];
  /** The entities of a type in the article, in its order (members, people…). */
  entitiesOfType(type: Entity['type']): Entity[];
  /** A statement by id, and the statements a relation has. */
  statement(id: string): Statement | undefined;
  statementsOf(relation: string): Statement[];
  /** The list of members (the statement of the relation the lexicon's membership cues name), in the article's order. */
  membership(): { statement: Statement; members: Entity[] } | undefined;
  /** The people the article names, each with the statements that name them (their post first). */
  people(): Array<{ person: Entity; statements: Statement[] }>;
}

interface Outcome extends ops.Composed {
  confidence: number;
  ranked: RankedStatement[];
  frame: Frame;
  operation: string;
  focus: string[];
}

export function createEngine(data: ArticleData, partial: Partial<EngineOptions> = {}): Engine {
  const options = resolveOptions(partial);
  const { graph } = data;
  const lex = compileLexicon(data.lexicon);
  const gazetteer = buildGazetteer(graph, data.lexicon.world);
  const index: SearchIndex = buildIndex(graph, gazetteer, lex, options);
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  const statements = new Map(graph.statements.map((s) => [s.id, s]));
  const relations = new Map<string, Relation>(graph.relations.map((r) => [r.id, r]));
  const settingIds = new Set(graph.entities.filter((e) => isSetting(e)).map((e) => e.id));
  const samples: Record<Language, string[]> = {
    ar: graph.statements.flatMap((s) => s.questions.ar),
    en: graph.statements.flatMap((s) => s.questions.en),
  };

  // What the language layers need to know of the article's vocabulary (Arabizi reading).
  const allText = [
    ...graph.statements.flatMap((s) => [...s.keywords.ar, ...s.keywords.en, ...s.questions.ar, ...s.questions.en]),
    ...graph.relations.flatMap((r) => [...r.cues.ar, ...r.cues.en]),
    ...graph.entities.flatMap((e) => [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en]),
    ...[...lex.cues.values()].flatMap((c) => [...c.words]),
    ...lex.questionWords.keys(),
  ];
  const vocabularyWords = new Set(allText.flatMap((t) => words(fold(t))));
  const latinNames = new Set(graph.entities.flatMap((e) => [e.name.en, ...e.aliases.en, ...(e.short ? [e.short.en] : [])]).flatMap((t) => words(fold(t))).filter((w) => w.length >= 3));
  const vocabulary: Vocabulary = {
    known: (w) => knownAnywhere(w),
    knownExact: (w) => index.known.has(w) || lexiconWords.has(w) || gazetteer.byFirst.has(w),
    names: latinNames,
    // (A place or state the world data names in Latin, "Mosul", stays a name in an Arabizi message.)
    latin: new Set([...vocabularyWords, ...[...gazetteer.byFirst.keys()].filter((w) => !lex.arabizi.words.has(w))].filter((w) => !isArabicWord(w) && w.length >= 4)),
    english: new Set([...data.lexicon.en.stopwords, ...Object.values(data.lexicon.en.questionWords).flat(), ...data.lexicon.en.chatter].flatMap((t) => words(fold(t)))),
    // (World names too: "3oman" is «عمان», a state the article does not list.)
    // (Only names of three consonants or more: shorter skeletons, «ايران» "rn", would catch English "ran".)
    skeletons: skeletonIndex([...[...vocabularyWords].filter(isArabicWord), ...[...gazetteer.byFirst.keys()].filter((w) => isArabicWord(w) && skeleton(w).length >= 3)]),
  };
  const titleCues = new Set(graph.relations.filter((r) => graph.statements.some((s) => s.relation === r.id && s.forms.includes('title'))).flatMap((r) => [...r.cues.ar, ...r.cues.en].flatMap((t) => words(fold(t)))));
  /** The people a statement lists, in its order (found once for each of the graph's statements). */
  const listedPeople = (s: Statement) => s.items.filter((id) => entities.get(id)?.type === 'person');
  const peopleIn = new Map(graph.statements.map((s) => [s, listedPeople(s)]));
  const peopleOf = (s: Statement) => peopleIn.get(s) ?? listedPeople(s);
  /** Each person's title words, by stem. */
  const titleStemsOf = new Map(graph.entities.filter((e) => e.type === 'person').map((e) => [e.id, new Set(words(fold(`${e.title?.en ?? ''} ${e.title?.ar ?? ''}`)).map(stem))]));
  /** Statements that give one person's post. */
  const titleStatements = graph.statements.filter((s) => s.items.length === 1 && entities.get(s.items[0]!)?.type === 'person' && s.forms.includes('title'));
  const isTitleStatement = new Set(titleStatements);
  const known = (w: string) => index.known.has(w) || index.known.has(stem(w));
  const lexiconWords = new Set([...vocabularyWords, ...lex.stopwords, ...lex.questionWords.keys(), ...lex.pronouns]);
  const knownAnywhere = (w: string) => known(w) || lexiconWords.has(w) || gazetteer.byFirst.has(w);
  const prep = (text: string): Prepared => prepare(text, lex, vocabulary);
  const frames = new WeakMap<Prepared, Frame>();
  const frameOf = (p: Prepared): Frame => {
    const had = frames.get(p);
    if (had) return had;
    const built = buildFrame(p.words, p.language, lex, gazetteer, { known });
    // Words from the sentences around the question count like setting words: they only ever add, and
    // what the question is (its kind, its cues) is read from its own words.
    const optional = p.optional;
    const own = optional ? buildFrame(p.words.filter((w) => !optional.has(w)), p.language, lex, gazetteer, { known }) : undefined;
    const read = optional && own
      ? { ...built, kind: own.kind, cues: own.cues, cueSets: own.cueSets, negatedCueSets: own.negatedCueSets, choice: own.choice, noWhWord: own.noWhWord, content: built.content.map((c) => (optional.has(c.word) && !c.outOfScope ? { ...c, context: true } : c)) }
      : built;
    // "Twitter or Facebook?": an alternative offered is not asked for as such (the fact answers which).
    const offered = read.choice && read.entities.some((m) => m.entity.type === 'medium') ? { ...read, content: read.content.map((c) => (c.outOfScope ? { ...c, outOfScope: false, context: true } : c)) } : read;
    const suffixed = p.pronounSuffix && !offered.pronoun ? { ...offered, pronoun: true } : offered;
    // (Only a bare one, naming nothing and no relation of its own, leans on the question before it.)
    const leans = p.joined && !suffixed.continuation && suffixed.entities.length === 0 && suffixed.cueSets.length === 0;
    const f = leans ? { ...suffixed, continuation: true } : suffixed;
    frames.set(p, f);
    return f;
  };
  // "Members or attendees?": the fact answers it; a "Yes"/"No" before it would answer the first half only.
  const yesNoLeadOf = (language: Language) => new RegExp(`^(${[graph.texts.phrases.yesWord?.[language], graph.texts.phrases.noWord?.[language]].filter(Boolean).join('|')})[:،,]\\s*`, 'gmu');
  const yesNoLeads: Record<Language, RegExp> = { ar: yesNoLeadOf('ar'), en: yesNoLeadOf('en') };
  const reply = (language: Language, key: string) => lex.replies[language].get(key) ?? '';
  /** A yes/no answer's fact without its "Yes: " lead, to be stated as it is or under another lead. */
  const withoutYes = (text: string, language: Language): string => {
    const yes = graph.texts.phrases.yesWord?.[language] ?? '';
    return yes && text.startsWith(yes) ? text.slice(yes.length).replace(/^[:،,]\s*/, '') : text;
  };

  function suggestionsFor(language: Language, ranked: RankedStatement[], exclude: Set<string>): string[] {
    const out: string[] = [];
    const push = (q: string | undefined) => {
      if (q && !out.includes(q) && out.length < options.maxSuggestions) out.push(q);
    };
    // Nearest statements first (what the asker was circling), then the staples.
    for (const r of ranked) {
      if (out.length >= options.maxSuggestions || r.score <= RANKED_FLOOR) break; // ranked is sorted by score
      if (!exclude.has(r.statement.id)) push(r.statement.questions[language][0]);
    }
    for (const id of graph.texts.staples) push(statements.get(id)?.questions[language][0]);
    return out;
  }

  /** Matching and ranking: the part of answering that `ask` and `explain` share. */
  function analyse(frame: Frame) {
    const { resolved: own, extraEntities } = resolveWords(index, frame, lex, options);
    // "Who was there?": nothing but a relation's cue; the relation itself is what is asked about.
    const cueOnly = (w: string) => frame.cueSets.some((name) => lex.cues.get(name)?.words.has(w));
    // (A cue word a statement also holds, like "belong", already finds what it is about.)
    const bare = frame.cueSets.length === 1 && own.every((r) => r.content.context || (cueOnly(r.content.word) && !r.fuzzyTerm && !known(r.content.word))) && frame.entities.every((m) => !isSpecific(m.entity));
    const resolved: ResolvedWord[] = bare ? [...own, ...frame.cueSets.map((name) => ({ content: { word: `#${name}`, stem: `#${name}`, context: false, outOfScope: false } }))] : own;
    const named = uniqueById([...frame.entities.map((m) => m.entity), ...extraEntities]);
    let f = frame;
    // A named person with nothing else asked about ("Who is <name>?", "<name>") wants their profile.
    const asksElse = resolved.some((r) => !r.content.context);
    if (!asksElse && named.some((e) => e.type === 'person') && ['who', 'what', 'list'].includes(frame.kind)) f = { ...frame, kind: 'identity' };
    const ranked = rankStatements(index, f, resolved, named, options, settingIds);
    return { frame: f, resolved, named, ranked };
  }

  /** The statement about the meeting's place in its series (its relation speaks of other meetings). */
  const ordinalStatement = graph.statements.find((s) => relations.get(s.relation)?.templates.other);
  /** Complete lists of three or more, where items stand in a position. */
  const completeLists = graph.statements.filter((x) => x.items.length >= 3 && x.exhaustive);

  const statementOfCueSet = (cueSet: string, itemType?: string) =>
    graph.statements.find((x) => relations.get(x.relation)?.cueSet === cueSet && x.items.length > 0 && (!itemType || x.items.every((id) => entities.get(id)?.type === itemType)));
  /** The places a thing lies within (a ministry → its city → its state). */
  const chainOf = (id: string): string[] => {
    const out = [id];
    for (let cur = entities.get(id)?.within; cur && !out.includes(cur); cur = entities.get(cur)?.within) out.push(cur);
    return out;
  };

  /**
   * "How many members have a name starting with 'United'?", «يبدأ اسمها بكلمة «المملكة»»: names as the
   * article writes them (Arabic) or as English writes them.
   */
  function namesStartingWith(frame: Frame, ctx: ops.OpContext): { composed: ops.Composed; statement: Statement } | undefined {
    const w = frame.words;
    const at = w.findIndex((x) => lex.cues.get('startsWith')?.words.has(x));
    // "starting with …", «يبدأ بـ…»: the cue and what it starts with, or it is another "start".
    if (at < 0 || !w.slice(at + 1, at + 6).some((x) => x === 'with' || (x.startsWith('ب') && x.length > 2))) return undefined;
    // The word after "with" / «بكلمة», or the next word after the cue and a name word.
    const LETTER = ['letter', 'حرف', 'بحرف', 'الحرف'];
    const after = w.slice(at + 1).filter((x) => !['with', 'the', 'word', 'name', 'names', 'its', 'their', 'a', 'an', 'اسمها', 'اسمه', 'اسماوها', 'اسماوهم', 'اسمهم', 'اسما', 'اسم', 'لها', 'لهم', ...LETTER].includes(x) && !isDocumentWord(x) && !(lex.stopwords.has(x) && x.length > 1));
    const word = (after[0] === 'بكلمه' || after[0] === 'بلفظ' ? after[1] : after[0]?.replace(/^ب(?=ال)/, '')) ?? '';
    if (word.length < (w.some((x) => LETTER.includes(x)) ? 1 : 2)) return undefined;
    const s = statementOfCueSet('membership');
    if (!s) return undefined;
    const arabic = isArabicWord(word);
    const nameOf = (id: string) => {
      const e = entities.get(id);
      const written = arabic ? (graph.surfaces[id] ?? e?.name.ar ?? '').replace(/^و(?=ال)/, '') : (gazetteer.byId.get(id)?.name.en ?? e?.name.en ?? '');
      return fold(written).replace(/^the /, '');
    };
    // "member countries": the type asked for, when one is.
    const type = frame.cues.states !== frame.cues.organisations ? (frame.cues.states ? 'state' : 'organisation') : undefined;
    const ids = s.items.filter((id) => nameOf(id).startsWith(word) && (!type || entities.get(id)?.type === type || (type === 'state' && !!entities.get(id)?.iso)));
    const list = listJoin(ids.map((id) => ops.displayName(ctx, id)), ctx.language);
    const shown = arabic ? (w.includes('المملكه') && word === 'المملكه' ? 'المملكة' : word) : word.charAt(0).toUpperCase() + word.slice(1);
    const text = ids.length === 0 ? ops.phrase(ctx, 'startsWithNone', { word: shown }) : ops.phrase(ctx, 'startsWith', { n: String(ids.length), word: shown, list });
    return { composed: { answered: true, text: sentence(text, ctx.language), citations: [ops.citationOf(s)], facts: [s.id] }, statement: s };
  }

  /** "Are the members only states?", «الأعضاء دول بس؟»: the list's make-up answers it, yes or no. */
  function onlyOfType(frame: Frame, specificNamed: EntityRef[], ctx: ops.OpContext): { composed: ops.Composed; statement: Statement } | undefined {
    if ((frame.kind !== 'yesno' && !frame.noWhWord) || specificNamed.length > 0 || !ops.hasCueWord(ctx, 'only') || frame.cues.states === frame.cues.organisations) return undefined;
    const type = frame.cues.states ? 'state' : 'organisation';
    const cueSet = frame.cueSets.find((c) => c === 'membership' || c === 'attendance') ?? 'membership';
    const s = statementOfCueSet(cueSet);
    if (!s) return undefined;
    // The types the list holds, named or only counted ("a number of organisations").
    const types = new Set([...s.items.map((id) => entities.get(id)?.type ?? ''), ...(s.counts ?? []).map((c) => c.type)]);
    const yes = types.size === 1 && types.has(type);
    const word = ops.phrase(ctx, yes ? 'yesWord' : 'noWord');
    return { composed: { answered: true, text: `${word}: ${s.answer[ctx.language]}`, citations: [ops.citationOf(s)], facts: [s.id] }, statement: s };
  }

  /**
   * "Who hosted the meeting?", «الدولة المضيفة», "Peru hosted it, right?": where it was held (and so
   * whose ground it was), with who co-chaired it: the article never uses the word "host".
   */
  function hostOf(frame: Frame, specificNamed: EntityRef[], ctx: ops.OpContext): { composed: ops.Composed; statement: Statement } | undefined {
    if (!ops.hasCueWord(ctx, 'host') || frame.cues.future || specificNamed.some((e) => e.type !== 'state')) return undefined;
    const venue = statementOfCueSet('location');
    const chairs = statementOfCueSet('chair', 'state');
    if (!venue || !chairs) return undefined;
    const language = ctx.language;
    const lines = [venue.answer[language], chairs.answer[language]];
    const citations = [ops.citationOf(venue), ops.citationOf(chairs)];
    if (frame.kind === 'yesno' && specificNamed.length === 1) {
      const yes = venue.items.some((id) => chainOf(id).includes(specificNamed[0]!.id));
      const word = ops.phrase(ctx, yes ? 'yesWord' : 'noWord');
      const first = language === 'en' ? lines[0]!.charAt(0).toLowerCase() + lines[0]!.slice(1) : lines[0]!;
      return { composed: { answered: true, text: `${word}: ${[first, ...lines.slice(1)].join('\n')}`, citations, facts: [venue.id, chairs.id] }, statement: venue };
    }
    if (specificNamed.length > 0 || !['who', 'which', 'what', 'where'].includes(frame.kind)) return undefined;
    return { composed: { answered: true, text: lines.join('\n'), citations, facts: [venue.id, chairs.id] }, statement: venue };
  }

  /** "Peru's role in the meeting?", «دور بيرو»: what the article says a state or organisation did there. */
  function roleOf(frame: Frame, specificNamed: EntityRef[], ctx: ops.OpContext): { composed: ops.Composed; statement: Statement } | undefined {
    if (!ops.hasCueWord(ctx, 'role') || specificNamed.length === 0 || specificNamed.length > 4 || frame.kind === 'yesno') return undefined;
    if (specificNamed.some((e) => e.type !== 'state' && e.type !== 'organisation')) return undefined;
    // (Of several, only when nothing else is asked: "what led Peru to join Chile in chairing it?" is not this.)
    if (specificNamed.length > 1 && frame.cueSets.length > 0) return undefined;
    // For each one ("Peru and Chile: what is their connection?"), the most specific thing the article
    // says of it: chairing, then attending, then membership.
    // ("peru co-chair role": a relation named is the one checked, and a "no" is said.)
    const askedSets = frame.cueSets.filter((c) => LIST_CUE_SETS.includes(c));
    if (askedSets.length === 1 && specificNamed.length === 1) {
      const s = statementOfCueSet(askedSets[0]!);
      if (s?.exhaustive && !s.items.includes(specificNamed[0]!.id)) return { composed: ops.yesNo(s, relations.get(s.relation)!, specificNamed, ctx), statement: s };
    }
    const each = specificNamed.map((actor) => {
      for (const cueSet of LIST_CUE_SETS) {
        const s = graph.statements.find((x) => relations.get(x.relation)?.cueSet === cueSet && x.items.includes(actor.id));
        if (!s) continue;
        const said = ops.yesNo(s, relations.get(s.relation)!, [actor], ctx);
        if (!said.answered) continue;
        // A "yes" answers a yes/no question; here the fact is stated as it is.
        return { composed: { ...said, text: sentence(withoutYes(said.text, ctx.language), ctx.language) }, statement: s };
      }
      return undefined;
    });
    if (each.some((x) => !x)) return undefined;
    const found = each as Array<{ composed: ops.Composed; statement: Statement }>;
    if (found.length === 1) return found[0];
    return { composed: ops.joinComposed(found.map((x) => x.composed), true), statement: found[0]!.statement };
  }

  /** "The coalition's full name?", «شو اسم مجموعة العمل؟»: the name the article uses, verbatim. */
  function nameOf(frame: Frame, named: EntityRef[], ctx: ops.OpContext): { composed: ops.Composed; statement: Statement } | undefined {
    const asked = lex.cues.get('nameAsked')?.words;
    if (!asked) return undefined;
    // ("their names", «أسماؤها», ask for a list's names: not this.)
    if (frame.words.some((w) => !!lex.cues.get('namesAsked')?.words.has(w))) return undefined;
    const nameWord = frame.words.some((w) => asked.has(w) && !['full', 'official', 'exact', 'complete', 'whole', 'proper', 'formal', 'الكامل', 'كامل', 'الكامله', 'الرسمي', 'رسمي', 'الرسميه'].includes(w));
    const belong = lex.cues.get('belong')?.words;
    const belonging = frame.words.some((w) => !!belong?.has(w));
    // "Which coalition does the group belong to?": "which" right before a thing named asks for its name.
    // ("which larger coalition…": one word may stand between.)
    const isWhich = (w: string | undefined) => lex.questionWords.get(w ?? '') === 'which';
    const whichOf = (e: EntityRef) => frame.kind === 'which' && frame.entities.some((m) => m.entity.id === e.id && m.start > 0 && (isWhich(frame.words[m.start - 1]) || isWhich(frame.words[m.start - 2])));
    // One thing named (a setting like the group or the coalition counts; the meeting beside it does not);
    // of two, with a word of belonging, the one the other is part of ("the coalition the group belongs to").
    const parentOf = (a: EntityRef, b: EntityRef) => graph.statements.some((x) => x.about === a.id && x.items.includes(b.id));
    // "Under which framework does the group operate?", «في أي إطار تعمل المجموعة؟»: a word for a parent
    // after "which" stands for the parent of the one thing named.
    // («تبع مين؟», "whose is it?": "who" with a word of belonging asks for the parent too.)
    // (The group before the word of belonging is what belongs: "who belongs to the group?" asks its members.)
    const belongAt = frame.words.findIndex((w) => !!belong?.has(w));
    const belongsItself = belongAt > 0 && frame.entities.some((m) => isSetting(m.entity) && m.entity.type !== 'meeting' && m.start >= 0 && m.start < belongAt);
    const parentNoun = frame.words.some((w, i) => !!lex.cues.get('parentNoun')?.words.has(w) && (isWhich(frame.words[i - 1]) || isWhich(frame.words[i - 2]))) || (frame.kind === 'who' && belongsItself);
    const onlyChild = named.filter((e) => isSetting(e) && e.type !== 'meeting');
    const parent = parentNoun && onlyChild.length === 1 ? [...gazetteer.byId.values()].find((e) => isSetting(e) && parentOf(e, onlyChild[0]!)) : undefined;
    const withParent = parent && !named.some((e) => e.id === parent.id) ? [...named, parent] : named;
    const candidates = withParent.filter((e) => e.type !== 'meeting' || withParent.length === 1);
    // (Of two, the ones named right after a name word or "which": "the name of this group, and which
    // coalition is it part of?" asks both; "…and what is the name of the group itself?" the last.)
    const askAt = frame.words.flatMap((w, i) => (asked.has(w) || lex.questionWords.get(w) === 'which' ? [i] : []));
    const after = (at: number) => candidates.find((e) => frame.entities.some((m) => m.entity.id === e.id && m.start > at && m.start <= at + 2));
    const rightAfter = [...new Set(askAt.map(after).filter((e): e is EntityRef => !!e))];
    const lastAfter = askAt.length > 0 ? after(askAt.at(-1)!) : undefined;
    const both = candidates.length === 2 && rightAfter.length === 2;
    const things = candidates.length === 2 && both ? rightAfter : candidates.length === 2 && lastAfter ? [lastAfter] : candidates.length === 2 && belonging ? candidates.filter((a) => candidates.some((b) => b !== a && parentOf(a, b))) : candidates;
    // ("belong" is also a word of membership: with the parent found, it asks for the parent.)
    const parentAsked = things.length < candidates.length || both;
    // (Two settings, one part of the other, asked with "which": "the coalition the group belongs to, against which body?")
    const settingsOnly = candidates.length === 2 && candidates.every((e) => isSetting(e) && e.type !== 'meeting');
    if (things.length === 0 || (things.length > 1 && !both) || !(nameWord || things.every(whichOf) || (parentAsked && settingsOnly && belonging && (frame.kind === 'which' || frame.kind === 'who'))) || !['what', 'which', 'identity', 'title', ...(parentAsked ? ['who'] : [])].includes(frame.kind) || frame.cueSets.some((c) => !(parentAsked && (c === 'membership' || c === 'compare')))) return undefined;
    // "…the group that held this meeting": words of holding it add nothing to the name asked for.
    const holding = lex.cues.get('holding')?.words;
    // (Asked of the parent, "which larger coalition or framework is the group part of?", other words
    // describe the parent rather than ask something else.)
    const idle = parentAsked && settingsOnly;
    if (!frame.content.every((c) => c.context || asked.has(c.word) || isDocumentWord(c.word) || !!holding?.has(c.word) || !!belong?.has(c.word) || idle)) return undefined;
    const texts: string[] = [];
    const citations: Citation[] = [];
    const facts: string[] = [];
    let first: Statement | undefined;
    for (const thing of things) {
      const entity = entities.get(thing.id);
      if (!entity || entity.type === 'person' || entity.type === 'state') return undefined;
      // The longest of its names found word for word in the article.
      const surface = [entity.name.ar, ...entity.aliases.ar].filter((n) => data.raw.includes(n)).sort((a, b) => b.length - a.length)[0];
      const statement = surface ? graph.statements.find((x) => x.quote.includes(surface)) : undefined;
      if (!surface || !statement) return undefined;
      first ??= statement;
      facts.push(statement.id);
      texts.push(sentence(ops.phrase(ctx, 'nameIs', { name: entity.name[ctx.language], surface }), ctx.language));
      // The passage it stands in, not the bare name: a reader sees it in its sentence.
      citations.push({ paragraph: statement.paragraph, quote: statement.quote });
    }
    return { composed: { answered: true, text: texts.join('\n'), citations: ops.dedupe(citations), facts: [...new Set(facts)] }, statement: first! };
  }

  /**
   * "How many people does the article name?", "Which Peruvian cities does it mention?": the entities of a
   * type the article names. Any other condition ("liberated cities") is one the data cannot check: not said.
   */
  function namedOfType(frame: Frame, specificNamed: EntityRef[], ctx: ops.OpContext): ops.Composed | undefined {
    // The words themselves, not their stems: «المسؤول» (the official) is not «المسؤولين» (officials).
    const cueWords = (name: string) => lex.cues.get(name)?.words;
    const has = (name: string) => frame.words.some((w) => cueWords(name)?.has(w));
    const type = has('typePerson') ? 'person' : has('typeCity') ? 'city' : undefined;
    if (!type || !has('named') || frame.cueSets.length > 0 || !['count', 'list', 'which', 'who', 'what'].includes(frame.kind)) return undefined;
    if (!specificNamed.every((e) => e.type === 'state')) return undefined;
    const condition = frame.content.filter((c) => !c.context && !isDocumentWord(c.word) && !cueWords('typePerson')?.has(c.word) && !cueWords('typeCity')?.has(c.word) && !cueWords('named')?.has(c.word) && !cueWords('states')?.has(c.word) && !cueWords('position')?.has(c.word));
    const all = graph.entities.filter((e) => e.type === type);
    const state = specificNamed[0];
    const inState = (e: Entity) => e.country === state?.id || e.within === state?.id || (!!e.within && entities.get(e.within)?.within === state?.id);
    const ids = (state ? all.filter(inState) : all).map((e) => e.id);
    const citations = ops.dedupe(ids.flatMap((id) => {
      const own = graph.statements.find((x) => x.items.length === 1 && x.items[0] === id) ?? graph.statements.find((x) => x.entities.includes(id) || x.items.includes(id));
      return own ? [ops.citationOf(own)] : [];
    }));
    const names = (list: string[]) => listJoin(list.map((id) => ops.displayName(ctx, id)), ctx.language);
    if (condition.length > 0 || ids.length === 0) {
      return { answered: false, text: sentence(ops.phrase(ctx, 'noneOfType', { list: names(all.map((e) => e.id)) }), ctx.language), citations: [], facts: [] };
    }
    return { answered: true, text: sentence(ops.phrase(ctx, 'namedOfType', { n: countPhrase(ids.length, type, ctx.language, lex), list: names(ids) }), ctx.language), citations, facts: [] };
  }

  /** The words of the statements that name a person (bare, folded), read once per person. */
  const wordsOfPerson = new Map<string, Set<string>>();
  const wordsAbout = (id: string): Set<string> => {
    let got = wordsOfPerson.get(id);
    if (!got) {
      got = new Set(graph.statements.filter((x) => x.items.includes(id)).flatMap((x) => [...x.keywords.ar, ...x.keywords.en].flatMap((k) => words(fold(k)))).map((w) => w.replace(/^ال/, '')));
      wordsOfPerson.set(id, got);
    }
    return got;
  };

  /**
   * "Which country is <name> from?", "<name> is a Peruvian official, right?": a person's state, with the
   * passage that names their post. Only when the question holds nothing but words of affiliation.
   */
  function personAffiliation(frame: Frame, specificNamed: EntityRef[], ctx: ops.OpContext): { composed: ops.Composed; statement: Statement } | undefined {
    const people = specificNamed.filter((e) => e.type === 'person');
    const states = specificNamed.filter((e) => e.type === 'state');
    // A place named with the person (where they work) is part of the affiliation.
    // (The meeting or the group named beside him is the setting, not another affiliation: "…at the meeting?")
    const others = specificNamed.filter((e) => e.type !== 'person' && e.type !== 'state' && e.type !== 'place' && !isSetting(e));
    const person = people.length === 1 && others.length === 0 ? entities.get(people[0]!.id) : undefined;
    if (!person?.country || !person.title) return undefined;
    const affiliatedWord = (w: string) => lex.postWords.has(w) || lex.postQualifiers.has(w) || !!lex.cues.get('affiliation')?.words.has(w) || !!lex.cues.get('states')?.words.has(w) || !!lex.cues.get('parentNoun')?.words.has(w);
    // («بخارجية أي دولة»: a preposition on the word.)
    // («ممثلاً»: the accusative ending too.)
    const affiliated = (w: string) => affiliatedWord(w) || (/^[بل]/.test(w) && w.length > 4 && affiliatedWord(w.slice(1))) || (w.length > 4 && w.endsWith('ا') && affiliatedWord(w.slice(0, -1)));
    // ("Was <name> representing Peru in the sessions?": words of what the article says of him may stand beside.)
    const ofHim = frame.kind === 'yesno' || frame.noWhWord ? wordsAbout(person.id) : undefined;
    const aboutHim = (w: string) => !!ofHim && (ofHim.has(w) || ofHim.has(w.replace(/^(و|ف)?(بال|لل|ال|ب|ل)/, '')));
    if (!frame.content.every((c) => c.context || affiliated(c.word) || aboutHim(c.word) || ['where', 'when', 'why'].includes(c.word))) return undefined;
    const own = graph.statements.find((x) => x.items.length === 1 && x.items[0] === person.id && x.forms.includes('title'));
    if (!own) return undefined;
    const language = ctx.language;
    const citations = [ops.citationOf(own)];
    // (A fragment, "Peru support – <name> remarks", is no question of his state unless it says so: "<name> representing Peru?")
    // ("Did <name> mention Peru in his speech?" asks what he said, not where he is from.)
    const affiliationAsked = frame.words.some((w) => !!lex.cues.get('affiliation')?.words.has(w) || !!lex.cues.get('representing')?.words.has(w)) || (frame.kind === 'yesno' && COPULAS.has(frame.words[0] ?? '') && frame.content.every((c) => c.context || affiliated(c.word)) && !frame.words.some((w) => !!lex.cues.get('topic')?.words.has(w)));
    if ((frame.kind === 'yesno' || frame.noWhWord) && affiliationAsked && states.length === 1) {
      const yes = states[0]!.id === person.country;
      const word = ops.phrase(ctx, yes ? 'yesWord' : 'noWord');
      return { composed: { answered: true, text: `${word}: ${own.answer[language]}`, citations, facts: [own.id] }, statement: own };
    }
    // "Which government body does he belong to?", «إلى أي جهة يتبع؟»: his post, which says where he serves.
    const belongs = frame.words.some((w) => !!lex.cues.get('affiliation')?.words.has(w)) && frame.words.some((w) => !!lex.cues.get('parentNoun')?.words.has(w) || lex.postQualifiers.has(w));
    if (states.length === 0 && !frame.cues.states && belongs && ['which', 'what'].includes(frame.kind)) {
      return { composed: { answered: true, text: own.answer[language], citations, facts: [own.id] }, statement: own };
    }
    if (states.length === 0 && frame.cues.states && ['which', 'what', 'where'].includes(frame.kind)) {
      const text = (graph.texts.phrases.personCountry?.[language] ?? '{name}: {country}').replace('{name}', person.name[language]).replace('{country}', ops.displayName(ctx, person.country)).replace('{title}', person.title[language]);
      return { composed: { answered: true, text, citations, facts: [own.id] }, statement: own };
    }
    return undefined;
  }

  /** The one person of a state named as a speaker ("What did Peru say?") whose words the article reports. */
  function speakerFor(frame: Frame, specificNamed: EntityRef[]): { state: string; person: EntityRef } | undefined {
    if (frame.kind === 'yesno' || frame.kind === 'count' || specificNamed.some((e) => e.type === 'person')) return undefined;
    const states = specificNamed.filter((e) => e.type === 'state' && !frame.exclude.includes(e.id));
    if (states.length !== 1 || !frame.words.some((w) => !!lex.cues.get('speech')?.words.has(w))) return undefined;
    const state = states[0]!.id;
    const speaking = (id: string) => graph.statements.some((x) => x.items.length === 1 && x.items[0] === id && relations.get(x.relation)?.speaksOf.includes('person') && !x.forms.includes('title'));
    const people = graph.entities.filter((e) => e.type === 'person' && e.country === state && speaking(e.id));
    const person = people.length === 1 ? gazetteer.byId.get(people[0]!.id) : undefined;
    return person ? { state, person } : undefined;
  }

  /**
   * A state or organisation asked about as the one acting, when the article names no one of it doing so:
   * "What did Peru say?" (the words are a person's, none from Peru), "Who represented Peru?" (the
   * article says Peru attended and names no one of it). What the article does say is given instead.
   */
  function actorNotSaid(frame: Frame, specificNamed: EntityRef[], s: Statement, rel: Relation, ctx: ops.OpContext): ops.Composed | undefined {
    if (frame.kind === 'yesno' || frame.kind === 'count' || frame.choice || specificNamed.some((e) => e.type === 'person')) return undefined;
    const groups = specificNamed.filter((e) => (e.type === 'state' || e.type === 'organisation') && !frame.exclude.includes(e.id) && e.id !== frame.relative?.entity);
    if (groups.length !== 1) return undefined;
    const group = groups[0]!;
    const statePeople = graph.entities.filter((e) => e.type === 'person' && e.country === group.id);
    const items = s.items.map((id) => entities.get(id));
    const bySpeakers = items.length > 0 && items.every((e) => e?.type === 'person') && rel.speaksOf.includes('person');
    // The state speaks when a word of speaking or representing stands next to it ("did Peru say", «ممثل
    // بيرو»); "What did the minister say about Peru?" has it after "about": the topic, not the speaker.
    const mention = frame.entities.find((m) => m.entity.id === group.id);
    const near = (cue: string) => !!mention && frame.words.slice(Math.max(0, mention.start - 3), mention.end + 3).some((w) => lex.cues.get(cue)?.words.has(w));
    const topic = !!mention && mention.start > 0 && !!lex.cues.get('topic')?.words.has(frame.words[mention.start - 1] ?? '');
    const speaking = (near('speech') || near('affiliation')) && !topic;
    const speakerless = bySpeakers && speaking && !s.items.includes(group.id) && !items.some((e) => e?.country === group.id);
    // "Who attended for Peru?": the state is all the statement names, so "who" asks for its people.
    // ("Which Peruvian officials attended?" asks the same of its people. "Who attended from Peru?" asks
    // whether anyone did: the article says so, without names.)
    const peopleWord = frame.words.some((w) => !!lex.cues.get('typePerson')?.words.has(w) || !!lex.cues.get('representing')?.words.has(w));
    const onBehalf = !!mention && ['عن', 'for'].includes(frame.words[mention.start - 1] ?? '');
    const personWord = frame.words.some((w) => !!lex.cues.get('typePerson')?.words.has(w));
    const asksPeople = (frame.kind === 'who' && (peopleWord || onBehalf)) || (['which', 'what', 'list'].includes(frame.kind) && personWord);
    const faceless = asksPeople && s.items.length > 0 && s.items.every((id) => id === group.id) && statePeople.length === 0 && rel.speaksOf.includes('state');
    if (!speakerless && !faceless) return undefined;
    const stated = ops.lookup(s, ctx);
    const text = ops.phrase(ctx, 'actorNotSaid', { name: ops.displayName(ctx, group.id), stated: stated.text });
    return { answered: false, text, citations: stated.citations, facts: stated.facts };
  }

  function opContext(frame: Frame, language: Language): ops.OpContext {
    return { graph, lex, gazetteer, entities, statements, relations, frame, language };
  }

  /** What the article does say nearest to a question it does not answer, cited. */
  function nearby(named: EntityRef[], ranked: RankedStatement[], language: Language, exclude: Set<string>): { text: string; citations: Citation[]; facts: string[] } | undefined {
    const specific = named.filter((e) => isSpecific(e) && entities.has(e.id));
    const about = specific
      .map((e) => graph.statements.find((s) => s.relation !== 'member-of' && s.items.includes(e.id) && s.items.length === 1) ?? graph.statements.find((s) => s.items.includes(e.id)))
      .find((s): s is Statement => !!s && !exclude.has(s.id));
    const near = about ?? (ranked[0] && ranked[0].score >= 0.3 && !exclude.has(ranked[0].statement.id) ? ranked[0].statement : undefined);
    if (!near) return undefined;
    const phrase = graph.texts.phrases.whatItSays?.[language] ?? '';
    return { text: `${phrase} ${near.answer[language]}`, citations: [ops.citationOf(near)], facts: [near.id] };
  }

  function notSaid(frame: Frame, named: EntityRef[], ranked: RankedStatement[], language: Language, lead?: ops.Composed): ops.Composed {
    const base = lead ?? { answered: false, text: graph.texts.notSaid[language], citations: [], facts: [] };
    if (lead && lead.citations.length > 0) return base;
    const near = nearby(named, ranked, language, new Set(base.facts));
    if (!near) return base;
    return { answered: false, text: `${base.text}\n${near.text}`, citations: ops.dedupe([...base.citations, ...near.citations]), facts: [...base.facts, ...near.facts] };
  }

  /**
   * A wh-question that gives a person a post the article does not ("What did foreign minister <name>
   * say?", «منصب فلان بصفته وزيراً للخارجية»): the article's title first, then the answer.
   */
  function answerFrame(input: Frame): Outcome {
    const out = negatedTag(answerFrameAsked(input));
    const frame = out.frame;
    if (frame.kind === 'yesno' || frame.noWhWord || frame.post.length === 0 || out.operation === 'post' || out.operation.startsWith('premise')) return out;
    const people = frame.entities.filter((m) => m.entity.type === 'person');
    if (people.length !== 1) return out;
    const ctx = opContext({ ...frame, kind: 'yesno' }, frame.language);
    const check = ops.post(ctx, [people[0]!.entity], titleStatements);
    if (!check?.corrects) return out;
    const citations = ops.dedupe([...check.citations, ...out.citations]);
    // (Asked for the post itself, the correction is the answer; otherwise the answer follows it, as it was.)
    const same = out.answered && out.facts.length > 0 && out.facts.every((id) => check.facts.includes(id));
    const text = same ? check.text : `${check.text}\n${out.text}`;
    return { ...out, answered: same || out.answered, text, citations, facts: [...new Set([...check.facts, ...out.facts])] };
  }

  /** A number said as known ("which three", "the three", «الثلاث»), not a request for so many ("name three"). */
  function definiteCount(frame: Frame): boolean {
    return frame.words.some((w, i) => {
      const bare = w.replace(/^و?ال/, '');
      const isNumber = /^\d+$/.test(w) || lex.numbers.has(w) || (bare !== w && lex.numbers.has(bare));
      return isNumber && (bare !== w || ['which', 'what', 'the', 'these', 'those'].includes(frame.words[i - 1] ?? '') || lex.questionWords.get(frame.words[i - 1] ?? '') === 'which');
    });
  }

  /**
   * "Peru didn't attend, right?", «بيرو ما حضرت، صح؟»: a negative claim with a tag; when the article says
   * the opposite, the reply opens with "No" (what was claimed does not hold), not "Yes".
   */
  function negatedTag(out: Outcome): Outcome {
    const w = out.frame.words;
    const tagged = out.frame.kind === 'yesno' && w.at(-2) === 'or' && w.at(-1) === 'not';
    if (!tagged || !out.answered || !w.slice(0, -2).some((x) => NEGATED.has(x))) return out;
    const yes = graph.texts.phrases.yesWord?.[out.frame.language];
    const no = graph.texts.phrases.noWord?.[out.frame.language];
    if (!yes || !no || !out.text.startsWith(yes)) return out;
    return { ...out, text: `${no}${out.text.slice(yes.length)}` };
  }

  /** Answers one frame: premises first, then the operation its kind and the best statement call for. */
  function answerFrameAsked(input: Frame): Outcome {
    const { frame, named, ranked } = analyse(input);
    const language = frame.language;
    const ctx = opContext(frame, language);
    const best = ranked[0];
    const specificNamed = named.filter(isSpecific);
    const s0 = best?.statement;
    void s0;
    const focus = (s?: Statement) => [...new Set([...(s ? [s.about, ...peopleOf(s)] : []), ...specificNamed.map((e) => e.id)])];
    // "Members or attendees?": the fact answers it; a "Yes"/"No" before it would answer the first half only.
    const yesNoLead = yesNoLeads[language];
    // "Did Peru post it on Facebook?": a yes/no question about something reports like this never state
    // (a platform, a price) is not answered yes by what the article does say.
    // (Unless the statement itself says that word: "does it fight the group's financing?" asks about a line of effort.)
    // (So is a question about an event reports like this never carry: "What did he say in his closing
    // speech?" is not answered by the opening one.)
    const unreported = lex.cues.get('unreported')?.words;
    const unstatedWords = frame.content.filter((c) => c.outOfScope && (frame.kind === 'yesno' || frame.noWhWord || !!unreported?.has(c.word))).map((c) => c.word);
    const saysWord = (st: Statement | undefined, w: string) => !!st && fold([st.quote, st.answer.ar, st.answer.en, ...st.keywords.ar, ...st.keywords.en].join(' ')).includes(w.replace(/^(و|ف)?(بال|لل|ال|ب|ل)/, ''));
    const guard = (c: ops.Composed, operation: string, st?: Statement): ops.Composed =>
      unstatedWords.some((w) => !saysWord(st, w)) && c.answered && !operation.startsWith('premise') && operation !== 'continent' && !c.text.startsWith(graph.texts.phrases.noWord?.[language] ?? '\u0000')
        ? { ...c, answered: false, text: ops.saidInstead(ctx, c.text) }
        : c;
    // (An outcome is built field by field: composed answers come from many places, in more than one shape.)
    const done = (raw: ops.Composed, operation: string, s?: Statement): Outcome => { const c = guard(raw, operation, s); return { answered: c.answered, text: frame.choice ? c.text.replace(yesNoLead, '').split('\n').map((l) => sentence(l, language)).join('\n') : c.text, citations: c.citations, facts: c.facts, corrects: c.corrects, confidence: c.answered ? best?.score ?? 0 : Math.min(best?.score ?? 0, options.answerThreshold), ranked, frame, operation, focus: focus(s) }; };

    // "Not said", then what the statement does say, cited (as `ops.saidInstead` words it).
    const saidInstead = (x: Statement): ops.Composed => {
      const stated = ops.lookup(x, ctx);
      return { answered: false, text: ops.saidInstead(ctx, stated.text), citations: stated.citations, facts: stated.facts };
    };
    // "No: " and what the statement does say: a premise it corrects.
    const noWith = (x: Statement): ops.Composed => {
      const stated = ops.lookup(x, ctx);
      return { ...stated, text: `${ops.phrase(ctx, 'noWord')}: ${ops.lowerLead(stated.text, language)}`, corrects: true };
    };
    // Another meeting of the series than the one reported ("Where was the first meeting held?").
    const otherTopic = !!best && best.statement !== ordinalStatement && best.score > options.answerThreshold;
    // "Who leads the other four?" beside "five working groups": the rest of a count whose members the
    // article does not name are not said of.
    const othersOf = frame.kind !== 'count' && frame.words.some((w) => REST_WORDS.has(w)) && frame.numbers.length === 1 ? graph.statements.find((x) => (x.counts ?? []).some((c) => c.value === frame.numbers[0]! + 1) && x.items.length <= frame.numbers[0]!) : undefined;
    if (othersOf) return done(saidInstead(othersOf), 'not-said:others', othersOf);
    // "What did Peru say?": a state speaks through the one of its people whose words the article reports.
    const speaker = speakerFor(frame, specificNamed);
    if (speaker) return answerFrameAsked({ ...frame, entities: [...frame.entities.filter((m) => m.entity.id !== speaker.state), { entity: speaker.person, start: -1, end: -1 }] });
    const premise = ops.meetingPremise(ctx, ordinalStatement, otherTopic);
    if (premise) return done(premise, 'premise:meeting', ordinalStatement);
    // "Why did Peru chair the meeting?", «ليش بيرو حضرت؟»: a why, when or how that takes for granted what
    // the article does not say is answered with what it does say of that one.
    const relationAsked = frame.cueSets.length === 1 && LIST_CUE_SETS.includes(frame.cueSets[0]!) ? statementOfCueSet(frame.cueSets[0]!) : undefined;
    if (relationAsked && ['why', 'when', 'how'].includes(frame.kind) && !frame.negatedCueSets.includes(frame.cueSets[0]!)) {
      const parties = specificNamed.filter((e) => (e.type === 'state' || e.type === 'organisation') && !frame.exclude.includes(e.id) && !relationAsked.items.includes(e.id));
      if (parties.length > 0) {
        const c = ops.yesNo(relationAsked, relations.get(relationAsked.relation)!, parties, ctx);
        return done(c.answered ? { ...c, corrects: true } : c, 'premise:relation', relationAsked);
      }
    }
    // "Why didn't Peru attend?" when the article says it did: no, it did.
    const negatedAsked = frame.negatedCueSets.length === 1 && LIST_CUE_SETS.includes(frame.negatedCueSets[0]!) ? statementOfCueSet(frame.negatedCueSets[0]!) : undefined;
    if (negatedAsked && ['why', 'when', 'how'].includes(frame.kind)) {
      const held = specificNamed.filter((e) => (e.type === 'state' || e.type === 'organisation') && negatedAsked.items.includes(e.id));
      if (held.length > 0) {
        const c = ops.yesNo(negatedAsked, relations.get(negatedAsked.relation)!, held, ctx);
        if (c.answered) return done({ ...c, text: `${ops.phrase(ctx, 'noWord')}: ${withoutYes(c.text, language)}`, corrects: true }, 'premise:negated', negatedAsked);
      }
    }
    // "What number meeting was this?", «الاجتماع الكم؟»: its place in the series, not a place in a list.
    // (The rank word beside the meeting's mention: "the meeting took place" is not a rank.)
    const meetingAt = frame.entities.filter((m) => m.entity.type === 'meeting');
    const rankAsked = frame.words.some((w, i) => w !== 'place' && !!lex.cues.get('rank')?.words.has(w) && meetingAt.some((m) => i >= m.start - 2 && i <= m.end + 1));
    const listAsked = frame.cues.membership || frame.cues.attendance || frame.cues.chair || frame.cues.states || frame.cues.organisations || specificNamed.some((e) => e.type === 'state' || e.type === 'organisation' || e.type === 'person');
    if (ordinalStatement && rankAsked && !listAsked && ['what', 'which', 'count'].includes(frame.kind)) return done(ops.lookup(ordinalStatement, ctx), 'lookup', ordinalStatement);

    // A post asked about ("Is <name> the foreign minister?", "Who is Peru's foreign minister?").
    // Who holds a post ("Who is Peru's foreign minister?", "the full name of the Minister of State"), or
    // does a person hold it ("Is <name> the foreign minister?"); "what did the minister say" is neither.
    const asksName = frame.words.some((w) => NAME_WORDS.has(w));
    const postState = named.find((e) => e.type === 'state');
    // A post of that state no one the article names holds ("Was Peru's foreign minister there?").
    const postAsked = frame.post.filter((w) => !lex.cues.get('chair')?.words.has(w));
    const unheldPost = !!postState && !graph.entities.some((e) => e.type === 'person' && e.country === postState.id && postAsked.every((w) => titleStemsOf.get(e.id)!.has(stem(w))));
    const personNamed = named.some((e) => e.type === 'person');
    const asksPost =
      frame.post.length > 0 &&
      ((frame.kind === 'yesno' || frame.noWhWord) && (personNamed || unheldPost) ? true : !personNamed && (['who', 'which'].includes(frame.kind) || asksName));
    // "the minister who opened the meeting" names its person by what they did: not a question about the post.
    let titleScore = 0;
    for (const r of ranked) if (isTitleStatement.has(r.statement) && r.score > titleScore) titleScore = r.score;
    // ("the Peruvian minister who attended": no one the article names is from that state, so it names no such minister.)
    const noneFromState = !!postState && !graph.entities.some((e) => e.type === 'person' && e.country === postState.id);
    const aboutPost = !best || best.score <= options.answerThreshold || titleScore >= best.score - 0.01 || frame.kind === 'yesno' || frame.noWhWord || noneFromState;
    if (asksPost && aboutPost) {
      const p = ops.post(ctx, named, titleStatements);
      // Asked by name ("the full name of the Minister of State"), the answer starts with the full name.
      const holder = p?.answered && asksName ? graph.entities.find((e) => e.type === 'person' && p.facts.some((id) => statements.get(id)?.items.includes(e.id))) : undefined;
      if (p && holder) p.text = `${holder.name[language]}. ${p.text}`;
      if (p) return done(p.answered ? p : notSaid(frame, [], ranked, language, p), 'post');
    }

    // Where items stand in a list: the longest complete list holding the items named.
    const listFor = (): Statement | undefined => {
      // (A complete list of two counts too when it is what the question is about: "who is named first among the session chairs?")
      const pairAsked = !!best && (frame.cueSets.includes(best.relation.cueSet ?? '') || [...best.relation.cues.ar, ...best.relation.cues.en].some((c) => frame.words.includes(fold(c))));
      const pair = best && pairAsked && best.statement.exhaustive && best.statement.items.length === 2 && (frame.ordinal === 1 || frame.ordinal === 99) ? [best.statement] : [];
      const lists = [...completeLists, ...pair];
      const ids = specificNamed.map((e) => e.id);
      const holding = lists.filter((x) => ids.length > 0 && ids.every((id) => x.items.includes(id) || id === frame.relative?.entity));
      // "The last country listed…": a position asks about a complete list, which may tie with a partial one.
      const ownList = (best?.statement.items.length ?? 0) >= 3;
      const listWords = frame.cues.membership || frame.cues.states || frame.cues.organisations || (!ownList && frame.words.some((w) => lex.cues.get('position')?.words.has(w)));
      const tied = (x: Statement) => frame.ordinal !== undefined && (listWords || ranked.some((r) => r.statement === x && r.score >= (best?.score ?? 0) - RANKED_MARGIN));
      // (A complete list the question clearly asks about comes first: "who is named first among the session chairs?")
      const scoreOf = (x: Statement) => ranked.find((r) => r.statement === x)?.score ?? 0;
      const clearly = (x: Statement) => x === best?.statement && lists.every((y) => y === x || scoreOf(y) < scoreOf(x) - RANKED_MARGIN);
      return (holding.length > 0 ? holding : lists.filter((x) => x === best?.statement || tied(x))).sort((a, b) => Number(clearly(b)) - Number(clearly(a)) || b.items.length - a.items.length)[0];
    };
    // "How many Peruvian officials does the article name?": people or cities, before any list position.
    const ofType = namedOfType(frame, specificNamed, ctx);
    if (ofType) return done(ofType, 'named-of-type');
    // "Was it the first or the second meeting?": which meeting it was answers it.
    if (frame.choice && frame.ordinals.filter((n) => n >= 1 && n < 99).length >= 2) {
      const which = graph.statements.find((x) => relations.get(x.relation)?.templates.other);
      if (which) return done(ops.lookup(which, ctx), 'choice:ordinal', which);
    }
    // "Is Peru only an attendee, or a member too?": both relations, each answered for it.
    // (So is "a member, or only a co-chair?": any two of attending, membership and chairing.)
    const relationsOffered = (['attendance', 'membership', 'chair'] as const).filter((name) => frame.cues[name]);
    if (frame.choice && relationsOffered.length >= 2 && specificNamed.length === 1) {
      const both = relationsOffered
        .map((name) => statementOfCueSet(name))
        .filter((x): x is Statement => !!x)
        .map((x) => ops.yesNo(x, relations.get(x.relation)!, specificNamed, ctx));
      if (both.length === 2) return done(ops.joinComposed(both), 'choice:relations');
    }
    const listStatement = listFor();
    if (listStatement && ops.asksPosition(ctx, listStatement, specificNamed) && !(frame.kind === 'count' && listStatement !== best?.statement && !frame.between && specificNamed.length === 0)) {
      const pos = ops.position(listStatement, ctx, specificNamed);
      if (pos) return done(pos, 'position', listStatement);
    }
    // "Which African members?": a grouping the article does not make, from reference data, labelled.
    if (frame.region && (frame.cues.membership || frame.cues.states || ['list', 'which', 'count', 'who'].includes(frame.kind))) {
      const list = graph.statements.find((x) => relations.get(x.relation)?.cueSet === 'membership' && x.items.length > 0);
      const grouped = list && (!frame.cues.attendance || frame.cues.membership) ? ops.byRegion(list, ctx, continentOf) : undefined;
      if (grouped) return done(grouped, 'continent', list);
      // "How many of the 28 attending states were Arab?": the article names one of them only.
      const attended = frame.cues.attendance && !frame.cues.membership ? statementOfCueSet('attendance') : undefined;
      if (attended && !attended.exhaustive) return done(saidInstead(attended), 'not-said:region', attended);
    }
    // "Is 28 the members or the attendees?": the statement that gives that number answers it.
    if (frame.choice && frame.numbers.length > 0) {
      const stating = graph.statements.find((x) => (x.counts ?? []).some((c) => c.value !== null && frame.numbers.includes(c.value)));
      if (stating) return done(ops.lookup(stating, ctx), 'choice:number', stating);
    }
    // "Did all the member states attend?": the article counts who attended and who is a member, and
    // never says whether every member came.
    if ((frame.kind === 'yesno' || frame.noWhWord) && frame.cues.attendance && ops.hasCueWord(ctx, 'fullList') && specificNamed.length === 0) {
      const came = statementOfCueSet('attendance');
      const members = statementOfCueSet('membership');
      if (came && !came.exhaustive && members) {
        const said = `${came.answer[language]} ${members.answer[language]}`;
        return done({ answered: false, text: ops.saidInstead(ctx, said), citations: [ops.citationOf(came), ops.citationOf(members)], facts: [came.id, members.id] }, 'not-said:all', came);
      }
    }
    // "What does the article call <name>?": a person is called by the post the article gives them.
    // (The article is the one calling: "<name> described X as…" asks what he said.)
    const callsPerson = named.length === 1 && named[0]!.type === 'person' && frame.words.some((w) => !!lex.cues.get('calledBy')?.words.has(w)) && frame.words.some((w) => w !== 'it' && isDocumentWord(w));
    const calledAs = callsPerson ? titleStatements.find((x) => x.items.includes(named[0]!.id)) : undefined;
    if (calledAs) return done(ops.lookup(calledAs, ctx), 'title', calledAs);
    const starting = namesStartingWith(frame, ctx);
    if (starting) return done(starting.composed, 'starts-with', starting.statement);
    const only = onlyOfType(frame, specificNamed, ctx);
    if (only) return done(only.composed, 'only-type', only.statement);
    const host = hostOf(frame, specificNamed, ctx);
    if (host) return done(host.composed, 'host', host.statement);
    const role = roleOf(frame, specificNamed, ctx);
    if (role) return done(role.composed, 'role', role.statement);
    const name = nameOf(frame, named, ctx);
    if (name) return done(name.composed, 'name', name.statement);
    const affiliation = personAffiliation(frame, specificNamed, ctx);
    if (affiliation) return done(affiliation.composed, 'person-state', affiliation.statement);
    if (!best || best.score <= options.answerThreshold) return done(notSaid(frame, named, ranked, language), 'not-said');
    // "Who wrote the article?": asked of the report itself (its author, its source), not of what it reports.
    // («مين كتب الخبر؟»: the report right after the one verb asked with.)
    const verbs = frame.content.filter((c) => !c.context).map((c) => c.word);
    const reportObject = verbs.length === 1 && frame.words.some((w, i) => w !== 'it' && isDocumentWord(w) && (frame.words[i - 1] === verbs[0] || (['the', 'this', 'هذا'].includes(frame.words[i - 1] ?? '') && frame.words[i - 2] === verbs[0])));
    const ofTheReport = frame.kind === 'who' && named.length === 0 && frame.content.length > 0 && (reportObject || (frame.content.every((c) => c.context) && frame.content.some((c) => isDocumentWord(c.word)) && frame.content.filter((c) => !isDocumentWord(c.word)).length <= 1));
    if (ofTheReport) return done(notSaid(frame, named, ranked, language), 'not-said:report');
    // "Which member states attended?": the members that attended are asked for; the attending decides.
    const attending = frame.cues.attendance && frame.cues.membership && !frame.choice && !specificNamed.some((e) => !frame.exclude.includes(e.id)) && !frame.cues.compare && ['list', 'which', 'what', 'who'].includes(frame.kind) ? statementOfCueSet('attendance') : undefined;
    const s = attending ?? best.statement;
    const rel = attending ? relations.get(attending.relation)! : best.relation;
    // "the liberated areas: Mosul or Tikrit?": a place or state the article never names is not what it says.
    // (Offered as the wrong one of two, "Lima or Cusco?", the other place answers it.)
    const offered = named.some((e) => e.type === 'city' && e.inArticle) && frame.words.some((w) => OR_WORDS.has(w));
    const foreign = offered ? undefined : named.find((e) => isSpecific(e) && !e.inArticle && e.type === 'city');
    if (foreign && !['yesno', 'count'].includes(frame.kind) && !frame.cues.location && !frame.noWhWord) return done(notSaid(frame, [foreign], ranked, language), 'not-said:other-entity');

    // The question is about another setting than the statement's ("members of the whole coalition").
    const namedSettings = named.filter((e) => isSetting(e) && settingIds.has(e.id) && entities.get(e.id)?.type !== 'meeting');
    const meetingNamed = named.some((e) => entities.get(e.id)?.type === 'meeting');
    const relationCued = !!rel.cueSet && !!(frame.cues as Record<string, boolean>)[rel.cueSet];
    const aboutMeeting = entities.get(s.about)?.type === 'meeting';
    if (s.items.length > 0 && namedSettings.length > 0 && !namedSettings.some((e) => e.id === s.about) && settingIds.has(s.about) && (!aboutMeeting || (!meetingNamed && !relationCued)) && !s.entities.some((id) => namedSettings.some((e) => e.id === id))) {
      const text = ops.lookup(s, ctx);
      const aboutName = ops.displayName(ctx, s.about);
      const asked = ops.displayName(ctx, namedSettings[0]!.id);
      const lead = (graph.texts.phrases.aboutNotSaid?.[language] ?? '').replace('{about}', aboutName).replace('{asked}', asked);
      return done({ answered: false, text: `${lead}\n${graph.texts.phrases.whatItSays?.[language] ?? ''} ${text.text}`, citations: text.citations, facts: text.facts }, 'premise:setting', s);
    }

    // "Which other working group does Peru chair?": what a state does in another group than the one
    // reported is not said (the article speaks of this group alone).
    const otherGroup = frame.entities.find((m) => isSetting(m.entity) && m.entity.type !== 'meeting' && (OTHER_WORDS.has(frame.words[m.start - 1] ?? '') || OTHER_WORDS.has(frame.words[m.end] ?? '')));
    if (otherGroup && (frame.cues.chair || frame.cues.membership || frame.cues.attendance) && frame.kind !== 'count') return done(saidInstead(s), 'not-said:other-setting', s);

    // Comparison of two lists' counts ("more members than attendees?").
    if (frame.cues.compare && frame.cues.membership && frame.cues.attendance) {
      const a = graph.statements.find((x) => relations.get(x.relation)?.cueSet === 'membership');
      const b = graph.statements.find((x) => relations.get(x.relation)?.cueSet === 'attendance');
      const c = a && b ? ops.compare(a, b, ctx) : undefined;
      if (c) return done(c, 'compare', s);
    }

    // A number the question takes for granted ("So 30 countries attended?") is checked first.
    if (frame.kind === 'yesno' || frame.noWhWord) {
      // Among statements that tie for the question, the one that states a number checks the figure.
      const counted = [s, ...ranked.filter((r) => r.score >= best.score - 0.05).map((r) => r.statement)].find((x) => (x.counts ?? []).some((c) => c.value !== null) || (x.exhaustive && x.items.length > 2)) ?? s;
      const np = ops.numberPremise(counted, ctx);
      if (np) return done(np, 'premise:number', counted);
    }
    // "Which three states co-chaired?": a count the question takes for granted, when the list is of another size.
    if (['which', 'what', 'who', 'list'].includes(frame.kind) && !frame.noWhWord && frame.numbers.length === 1 && s.exhaustive && definiteCount(frame)) {
      const np = ops.numberPremise(s, ctx);
      if (np?.corrects) return done(np, 'premise:number', s);
    }
    const speaksOf = (e: EntityRef) => rel.speaksOf.includes(e.type) || (rel.speaksOf.includes('state') && e.type === 'state');
    const asked = specificNamed.filter((e) => speaksOf(e) && !frame.exclude.includes(e.id) && e.id !== frame.relative?.entity);

    // "Which members did not attend?": the article lists who did; who did not, it never says.
    const negatedList = frame.kind === 'yesno' || frame.negatedCueSets.length === 0 ? undefined : [s, ...graph.statements].find((x) => x.items.length > 0 && frame.negatedCueSets.includes(relations.get(x.relation)?.cueSet ?? ''));
    if (negatedList) {
      const stated = ops.lookup(negatedList, ctx);
      const text = (graph.texts.phrases.negatedNotSaid?.[language] ?? graph.texts.notSaid[language]).replace('{stated}', stated.text);
      return done({ answered: false, text, citations: stated.citations, facts: stated.facts }, 'not-said:negated', negatedList);
    }

    const acting = actorNotSaid(frame, specificNamed, s, rel, ctx);
    if (acting) return done(acting, 'not-said:actor', s);

    // "Is it the only working group?", «الوحيدة، صح؟»: a statement counting more than one says no.
    // (Only of what the statement speaks of: "did Peru just attend?" asks something else.)
    // (The statement that counts the thing named, if another: "does the coalition have only one working group?")
    const countsNamed = (x: Statement) => (x.counts ?? []).some((c) => (c.value ?? 0) > 1 && named.some((e) => e.id === c.type || e.type === c.type));
    // ("Is Peru a member or just a guest?" is a choice, not this.)
    // ("just one of several working groups" is so: one of many is not the only one.)
    const oneOf = frame.words.some((w, i) => (w === 'one' && ['of', 'among'].includes(frame.words[i + 1] ?? '')) || ((w === 'واحده' || w === 'واحد') && frame.words[i + 1] === 'من') || w === 'several' || w === 'عده');
    const onlyOf = frame.choice || oneOf ? undefined : (s.counts ?? []).some((c) => (c.value ?? 0) > 1) ? s : graph.statements.find(countsNamed);
    const ofIt = !!onlyOf && specificNamed.every((e) => onlyOf.items.includes(e.id) || onlyOf.entities.includes(e.id) || onlyOf.about === e.id);
    // (Said as "the only" or "only", not "just" or «بس», which also mean "but".)
    if ((frame.kind === 'yesno' || frame.noWhWord) && onlyOf && ofIt && frame.words.some((w) => SOLE_WORDS.has(w))) {
      return done(noWith(onlyOf), 'premise:only', onlyOf);
    }

    // "Who chairs the group on countering financing?": a line of effort named where the statement does not
    // speak of it (a chair, a place, a date of that group) is not said.
    const otherLine = specificNamed.find((e) => e.type === 'line-of-effort' && !s.items.includes(e.id) && !s.entities.includes(e.id));
    if (otherLine && rel.cueSet && ['chair', 'attendance', 'location'].includes(rel.cueSet)) return done(saidInstead(s), 'not-said:other-entity', s);
    // "Did <name> mention Peru in his tweet?": words that name no such state were not said of it.
    const strangerInWords = frame.kind === 'yesno' && !frame.cues.location && rel.speaksOf.includes('person') && !rel.speaksOf.includes('state') && specificNamed.some((e) => (e.type === 'state' || e.type === 'organisation') && !s.items.includes(e.id) && !s.entities.includes(e.id) && !frame.exclude.includes(e.id));
    if (strangerInWords) return done(saidInstead(s), 'not-said:other-entity', s);
    // (Of statements tied at the top, the one whose claim it contradicts: the question is about that one.)
    const contradictedOne = [s, ...ranked.filter((r) => r.statement !== s && r.score >= (best?.score ?? 0) - RANKED_MARGIN).map((r) => r.statement)].find((x) => ops.contradicted(x, ctx));
    // ("So <name> said the regimes must be saved, right?": a yes/no about a claim a statement contradicts is no.)
    if (contradictedOne && frame.kind === 'yesno' && !ops.gapAnswer(s, ctx)) return done(ops.corrected(contradictedOne, ctx), 'premise:contradicted', contradictedOne);
    if (s.items.length > 0) {
      const bare = (frame.kind === 'what' || frame.kind === 'list') && frame.noWhWord;
      // "peruvian delegate name": a fragment asking for what the article leaves out is that gap, not a yes/no.
      // («هل يذكر الخبر اسم ممثل بيرو؟»: asked whether the article gives a name it leaves out, the gap answers.)
      const namesAsked = frame.kind === 'yesno' && frame.words.some((w) => !!lex.cues.get('nameAsked')?.words.has(w));
      const fragmentGap = bare ? ops.gapAnswer(s, ctx) : namesAsked ? ops.gapAnswer(s, { ...ctx, frame: { ...frame, kind: 'what' } }) : undefined;
      if (fragmentGap) return done(fragmentGap, 'gap', s);
      // («بيرو ترأست الاجتماع لحالها؟», a statement with "alone" and no particle, asks yes or no too.)
      const aloneAsked = bare && hasCue(lex, 'alone', frame.words);
      if (frame.kind === 'yesno' || (bare && asked.length > 0 && (aloneAsked || !asked.every((e) => s.items.includes(e.id) && rel.speaksOf.includes('person'))))) {
        if (asked.length > 0) {
          const c = ops.yesNo(s, rel, asked, ctx);
          if (c.answered) return done(c, 'yes-no', s);
          // "Did Peru attend?" when Peru chaired the meeting: chairing it is taking part in it, said as such.
          const chairing = rel.cueSet === 'attendance' && asked.length === 1 ? statementOfCueSet('chair') : undefined;
          if (chairing && chairing.items.includes(asked[0]!.id)) {
            const chaired = ops.yesNo(chairing, relations.get(chairing.relation)!, asked, ctx);
            if (chaired.answered) return done(chaired, 'yes-no:chair', chairing);
          }
          // "Did <member> attend?" may not be said; that it is a member is, and is worth saying.
          // (So is that it is not one: "Did Peru attend?" — the article does not say, and Peru is not a member.)
          const ofMembers = (x: Statement) => relations.get(x.relation)?.cueSet === 'membership';
          const also = graph.statements
            .filter((x) => x !== s && x.exhaustive && x.items.length > 2 && (ofMembers(x) || asked.some((e) => x.items.includes(e.id))))
            .map((x) => ops.yesNo(x, relations.get(x.relation)!, ofMembers(x) ? asked : asked.filter((e) => x.items.includes(e.id)), ctx))
            .filter((x) => x.answered);
          const merged = also.length > 0 ? ops.joinComposed([c, ...also], false) : c;
          return done(notSaid(frame, named, ranked, language, merged), 'yes-no', s);
        }
      }
      if (frame.kind === 'count') {
        const among = asked.length >= 2 ? ops.countAmong(s, rel, asked, ctx) : undefined;
        return among ? done(among, 'count-among', s) : done(ops.count(s, rel, ctx), 'count', s);
      }
      // "Peru and Chile: which of them is a member?": each named one checked against the list.
      const candidatesAsked = specificNamed.filter((e) => (e.type === 'state' || e.type === 'organisation') && !frame.exclude.includes(e.id));
      if (['who', 'which'].includes(frame.kind) && candidatesAsked.length >= 2 && s.exhaustive && rel.cueSet && (frame.cues as Record<string, boolean>)[rel.cueSet]) {
        const each = ops.yesNo(s, rel, candidatesAsked, ctx);
        if (each.answered) return done(each, 'which-of', s);
      }
      // "Who heads the UN?": a state or organisation the statement does not name is not what it speaks of.
      const stranger = specificNamed.find((e) => (e.type === 'state' || e.type === 'organisation') && !s.items.includes(e.id) && !s.entities.includes(e.id) && !frame.exclude.includes(e.id));
      // (Asked yes or no, "Does it support the Peruvian government?": not said, and what the article does say.)
      if (stranger && !frame.cues.location && (frame.kind === 'yesno' || frame.noWhWord)) return done(saidInstead(s), 'not-said:other-entity', s);
      if (stranger && !frame.cues.location) return done(notSaid(frame, [stranger], ranked, language), 'not-said:other-entity');
      // A person named who is not among those the statement names: the article says it of someone else.
      const otherPerson = specificNamed.find((e) => e.type === 'person' && rel.speaksOf.includes('person') && !s.items.includes(e.id));
      if (otherPerson && frame.kind !== 'yesno') {
        const lead = (graph.texts.phrases.subjectNotSaid?.[language] ?? '').replace('{name}', ops.displayName(ctx, otherPerson.id));
        return done(notSaid(frame, [otherPerson], ranked, language, { answered: false, text: lead, citations: [], facts: [] }), 'not-said:subject');
      }
      // A list is listed when asked for, and only by a relation that knows how to say it; a question
      // about one of its items ("What did <name> affirm?") is about that item's statement instead.
      const hasListWording = !!rel.templates.list || !!rel.templates.listOf || !s.exhaustive;
      const aboutAnItem = specificNamed.some((e) => s.items.includes(e.id) && !frame.exclude.includes(e.id));
      const wantsList = ['list', 'which', 'who', 'what'].includes(frame.kind) || frame.exclude.length > 0 || frame.cues.states !== frame.cues.organisations;
      if (wantsList && hasListWording && !aboutAnItem && (s.items.length > 1 || !s.exhaustive)) {
        const c = ops.list(s, rel, ctx);
        return done(c.answered ? c : notSaid(frame, named, ranked, language, c), 'list', s);
      }
    } else if (frame.kind === 'count' && s.counts?.length) {
      return done(ops.count(s, rel, ctx), 'count', s);
    } else {
      // "support for the Syrian government": a state the article never names, beside a statement that
      // names another, is not what it speaks of.
      const stranger = specificNamed.find((e) => e.type === 'state' && !e.inArticle && !s.entities.includes(e.id) && !frame.exclude.includes(e.id));
      // (Asked yes or no, "Does it support the Peruvian government?": not said, and what the article does say.)
      if (stranger && !frame.cues.location && (frame.kind === 'yesno' || frame.noWhWord)) return done(saidInstead(s), 'not-said:other-entity', s);
      if (stranger && !frame.cues.location) return done(notSaid(frame, [stranger], ranked, language), 'not-said:other-entity');
    }
    const gap = ops.gapAnswer(s, ctx);
    if (gap) return done(gap, 'gap', s);
    // "He called the regimes a successful project — why?": a claim the statement contradicts is corrected.
    // (Of statements tied at the top, the one whose claim it contradicts: the question is about that one.)
    // (Only where the question asserts or presupposes the claim: "…a successful project — why?", "…the alternative
    // is the caliphate?"; "What did he tweet about saving the regimes?" asserts nothing.)
    const asserts = frame.kind === 'yesno' || frame.kind === 'why' || frame.noWhWord;
    if (contradictedOne && asserts) return done(ops.corrected(contradictedOne, ctx), 'premise:contradicted', contradictedOne);
    // "What did <name> tweet?" with two tweets reported: when nothing in the question tells two statements
    // of one relation apart, both are the answer.
    const twin = ranked[1]?.statement;
    if (twin && ranked[1]!.score === ranked[0]!.score && ranked[0]!.statement === s && twin.relation === s.relation && twin.items.join() === s.items.join() && !ops.gapAnswer(twin, ctx)) {
      const a = ops.lookup(s, ctx);
      const b = ops.lookup(twin, ctx);
      return done(ops.joinComposed([a, b], true), 'lookup:both', s);
    }
    return done(ops.lookup(s, ctx), 'lookup', s);
  }

  /** A follow-up's frame filled from the previous one: "and Iran?", "where?", "what is his title?". */
  function followUp(prev: Frame, asked: Frame, focusIds: string[], recentIds: string[] = [], listedIds: string[] = []): Frame | undefined {
    // "Which organisations are members? — Did they attend?": "they" is the few just listed, asked of another relation.
    const otherRelation = (['attendance', 'membership', 'chair'] as const).some((c) => asked.cues[c] && !prev.cues[c]);
    // («حضروا»: a verb in the plural is its own "they".)
    const they = asked.pronoun || pluralVerb(asked.words);
    if (listedIds.length > 0 && they && (asked.kind === 'yesno' || asked.kind === 'count') && otherRelation && !asked.entities.some((m) => isSpecific(m.entity))) {
      const listedMentions = listedIds.map((id) => gazetteer.byId.get(id)).filter((e): e is EntityRef => !!e).map((entity) => ({ entity, start: -1, end: -1 }));
      return { ...asked, entities: [...asked.entities, ...listedMentions], pronoun: false, continuation: false };
    }
    const own = asked.content.filter((c) => !c.context && !['where', 'when', 'why', 'future'].includes(c.word));
    // "…and the Peruvian one?" after talk of two people: the one from that state.
    const states = asked.entities.filter((m) => isSpecific(m.entity));
    const fromState =
      own.length === 0 && states.length === 1 && states[0]!.entity.type === 'state'
        ? [...focusIds, ...recentIds].map((id) => entities.get(id)).find((e) => e?.type === 'person' && e.country === states[0]!.entity.id)
        : undefined;
    const personRef = fromState ? gazetteer.byId.get(fromState.id) : undefined;
    // "Was this the first meeting? — Where did the first one take place?": an ordinal referring back to
    // a meeting asks which meeting, not a place in a list.
    // (After two people named, "the second one" is the second of them.)
    const aboutMeeting = focusIds.some((id) => entities.get(id)?.type === 'meeting') && focusIds.filter((id) => entities.get(id)?.type === 'person').length < 2 && !asked.cues.membership && !asked.cues.attendance && !asked.cues.states && !asked.cues.organisations;
    const ordinalBack = asked.ordinal !== undefined && asked.meetingOrdinal === undefined && aboutMeeting && asked.words.some((x, i) => (x === 'one' || x === 'ones') && lex.ordinals.has(asked.words[i - 1] ?? ''));
    const base: Frame = ordinalBack ? { ...asked, meetingOrdinal: asked.ordinal, ordinal: undefined } : asked;
    const cur: Frame = personRef ? { ...base, entities: [{ entity: personRef, start: -1, end: -1 }] } : base;
    const curSpecific = cur.entities.filter((m) => isSpecific(m.entity));
    // ("What about Peru?", "How about Peru?" ask the question before again, of Peru.)
    const aboutOnly = ['what', 'how'].includes(cur.words[0] ?? '') && cur.words[1] === 'about' && !cur.words.slice(2).some((w) => lex.questionWords.has(w));
    const explicitKind = !aboutOnly && (cur.words.some((w) => lex.questionWords.has(w)) || lex.questionPhrases.some((p) => cur.words.join(' ').includes(p.words.join(' '))));
    const focusMentions: EntityMention[] = focusIds
      .map((id) => gazetteer.byId.get(id))
      .filter((e): e is EntityRef => !!e)
      .map((entity) => ({ entity, start: -1, end: -1 }));
    // "and NATO?" after a list or a count asks whether NATO is in it.
    const asksIn = !explicitKind && curSpecific.length > 0 && ['count', 'list', 'who', 'which', 'what'].includes(prev.kind);
    const kind = explicitKind ? cur.kind : asksIn ? 'yesno' : prev.kind;
    if (own.length > 0) {
      if (!cur.pronoun && !cur.continuation) return undefined;
      // The previous topic's words stay as setting words: they only add, and settle a tie for the topic.
      const carried = prev.content.filter((c) => !c.outOfScope && !['where', 'when', 'why', 'future'].includes(c.word) && !cur.content.some((x) => x.word === c.word)).map((c) => ({ ...c, context: true }));
      const typed = cur.cues.states || cur.cues.organisations;
      // "How many states attended, and how many organisations?": with no relation of its own, the one before.
      const related = cur.cues.attendance || cur.cues.membership || cur.cues.chair;
      const relation = related ? {} : { attendance: prev.cues.attendance, membership: prev.cues.membership, chair: prev.cues.chair };
      const cues = typed ? { ...cur.cues, ...relation } : { ...cur.cues, ...relation, states: prev.cues.states, organisations: prev.cues.organisations };
      // "it", "them" with words of its own refer to what was talked about, not to a state named in passing.
      // (But after "Is Peru a member?", "did it attend?" asks the same of Peru: the one state a yes/no was about.)
      const party = (m: EntityMention) => isSpecific(m.entity) && (m.entity.type === 'state' || m.entity.type === 'organisation');
      const askedOf = prev.kind === 'yesno' && cur.kind === 'yesno' && (cur.cues.attendance || cur.cues.membership) && !cur.entities.some(party) ? prev.entities.filter(party) : [];
      // ("Who chaired the sessions, and who opened it?": a "who" asks for a person, so "it" is not one of them.)
      // ("Who is he?" does mean a person.)
      const thingAsked = cur.kind === 'who' && !cur.words.some((w) => PERSON_PRONOUNS.has(w));
      const referents = focusMentions.filter((m) => m.entity.type !== 'state' && m.entity.type !== 'organisation' && !(thingAsked && m.entity.type === 'person'));
      // "Is Peru a member? And which comes right after it?": the position is relative to what was asked about.
      const back = cur.relativeBack && !cur.relative ? focusMentions.find(party) ?? focusMentions.find((m) => isSpecific(m.entity)) : undefined;
      if (back) return { ...cur, kind, cues, content: [...cur.content, ...carried], entities: [...cur.entities, back], relative: { dir: cur.relativeBack!, entity: back.entity.id } };
      // "Where was the first meeting held? — And who chaired it?": "it" is still that other meeting.
      const reported = graph.entities.find((e) => e.type === 'meeting' && e.ordinal)?.ordinal;
      // (Not after "the first or the second?", which the reported one answers.)
      const otherMeeting = prev.meetingOrdinal !== undefined && prev.meetingOrdinal !== 99 && prev.meetingOrdinal !== reported && !prev.ordinals.includes(reported ?? -1);
      // (Not into a count over the series: "how many have they held so far?" is answered by which one this was.)
      // (A question of its own, "and what does the coalition want to provide there?", is about what the article reports.)
      const sameMeeting = otherMeeting && cur.meetingOrdinal === undefined && !cur.cues.future && cur.kind !== 'count' && (cur.pronoun || own.length <= 2) ? { meetingOrdinal: prev.meetingOrdinal } : {};
      // "…<name>? — Is he the Peruvian foreign minister?": a state qualifying a post is not who "he" is.
      const people = focusMentions.filter((m) => m.entity.type === 'person');
      const postOfHim = cur.post.length > 0 && people.length === 1 && !curSpecific.some((m) => m.entity.type === 'person');
      // "…two people? — Which ministry does the second one work for?": the one in that place.
      const nthAt = cur.words.findIndex((x, i) => lex.ordinals.has(x) && (cur.words[i + 1] === 'one' || isArabicWord(x)));
      const nth = nthAt >= 0 && cur.ordinal !== undefined && people.length >= 2 && curSpecific.length === 0 ? (cur.ordinal === 99 ? people.at(-1) : people[cur.ordinal - 1]) : undefined;
      if (nth) return { ...cur, kind, cues, content: [...cur.content, ...carried], entities: [...cur.entities, nth], ordinal: undefined, ordinals: [], ...sameMeeting, topic: prev.topic };
      // "Who chaired the sessions with him? — What's his title?": of two people, "his" is the one the last answer brought in.
      const singular = cur.pronoun && !cur.words.some((w) => PLURAL_PRONOUNS.has(w) || (isArabicWord(w) && /.{3,}(هم|هما)$/.test(w)));
      const referredPeople = referents.filter((m) => m.entity.type === 'person');
      const fresh = referredPeople.filter((m) => !prev.entities.some((p) => p.entity.id === m.entity.id));
      const referred = singular && referredPeople.length >= 2 && fresh.length === 1 ? [...referents.filter((m) => m.entity.type !== 'person'), fresh[0]!] : referents;
      // ("And he opened the meeting, right?": "he" is the person talked about, whatever else is named.)
      const himNamed = cur.words.some((w) => PERSON_PRONOUNS.has(w)) && !curSpecific.some((m) => m.entity.type === 'person') ? referred.filter((m) => m.entity.type === 'person') : [];
      const entitiesNow = askedOf.length === 1 ? [...cur.entities, ...askedOf] : postOfHim ? [...cur.entities, ...people] : himNamed.length === 1 ? [...cur.entities, ...himNamed] : curSpecific.length > 0 ? cur.entities : [...cur.entities, ...referred];
      return { ...cur, kind, cues, content: [...cur.content, ...carried], entities: entitiesNow, ...sameMeeting };
    }
    const kindChanged = explicitKind && cur.kind !== prev.kind && ['where', 'when', 'why'].includes(cur.kind);
    // (A new question word keeps the previous topic's words as setting words: "Will they meet again? — Why?")
    const content = kindChanged ? [...prev.content.filter((c) => !['where', 'when', 'why'].includes(c.word) && !cur.content.some((x) => x.word === c.word)).map((c) => ({ ...c, context: true })), ...cur.content] : [...prev.content.filter((c) => !['where', 'when', 'why'].includes(c.word)), ...cur.content.filter((c) => !prev.content.some((p) => p.word === c.word))];
    const keepEntities = prev.entities.filter((m) => !isSpecific(m.entity) || curSpecific.length === 0);
    const words = [...prev.words, ...cur.words];
    return {
      ...prev,
      language: cur.language,
      words,
      kind,
      content,
      // (The words are the previous question's then this one's: this one's mentions move along.)
      entities: [...keepEntities, ...cur.entities.map((m) => (m.start < 0 ? m : { ...m, start: m.start + prev.words.length, end: m.end + prev.words.length }))],
      cues: {
        ...prev.cues,
        states: cur.cues.states || (!cur.cues.organisations && prev.cues.states),
        organisations: cur.cues.organisations || (!cur.cues.states && prev.cues.organisations),
        location: cur.cues.location || prev.cues.location,
        dateDetail: cur.cues.dateDetail,
        compare: false,
      },
      exclude: cur.exclude,
      excludeSelf: cur.excludeSelf,
      ...(cur.ordinal !== undefined ? { ordinal: cur.ordinal } : { ordinal: undefined }),
      ...(cur.relative ? { relative: cur.relative } : { relative: undefined }),
      // "…the first one? — Will they meet again?": a question about what is to come leaves the other meeting behind.
      // "…which one was this? — And the first, where was it held?": a meeting named by its own ordinal is that meeting.
      ...(cur.cues.future || cur.meetingOrdinal !== undefined ? { meetingOrdinal: cur.meetingOrdinal } : {}),
      post: cur.post,
      pronoun: false,
      continuation: false,
    } as Frame;
  }

  /** What opens a question of being ("Is <name> Peruvian?", «هل <name> بيروفي؟»), not of doing ("Did he thank Peru?"). */
  const COPULAS = new Set(['is', 'was', 'are', 'were', 'isnt', 'wasnt', 'هل', 'اهو', 'واش']);
  /** "The only one", «الوحيدة», «فقط»: one alone. */
  const SOLE_WORDS = new Set(['only', 'sole', 'single', 'فقط', 'الوحيد', 'الوحيده', 'وحيد', 'وحيده', 'فحسب']);
  /** "The other four", «الأربع الأخرى», «الباقية»: the rest of a set. */
  const REST_WORDS = new Set(['other', 'others', 'remaining', 'rest', 'الاخري', 'الباقيه', 'الباقين', 'الباقي', 'التانيين', 'الباقيين']);
  /** Pronouns that stand for more than one ("their titles", «هم»). */
  const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'هم', 'هما']);
  /** Pronouns that stand for a person ("who is he?", «مين هو؟»). */
  const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'هو', 'هي', 'هوه', 'هيه', 'وهو', 'وهي', 'معه', 'معها', 'وياه', 'وياها', 'معاه', 'معاها']);

  function answerPart(p: Prepared, context: ConversationContext | undefined): Outcome {
    const frame = frameOf(p);
    // The question read alone, answered when it is needed: a follow-up's answer may settle it without.
    let alone: Outcome | undefined;
    const standalone = (): Outcome => (alone ??= answerFrame(frame));
    const prev = context && options.now() - context.at <= options.contextTtlMs ? (context.frame as Frame) : undefined;
    const incomplete = frame.continuation || frame.pronoun || !frame.content.some((c) => !c.context && !['where', 'when', 'why'].includes(c.word)) || (frame.kind === 'what' && frame.content.length === 0);
    // "My dad says he wants to know who chaired…": a pronoun before the question word is the asker's story.
    const wh = frame.words.findIndex((w) => { const k = lex.questionWords.get(w); return k !== undefined && k !== 'yesno'; });
    const asked = wh > 0 ? frame.words.slice(wh) : frame.words;
    const personPronoun = () => asked.some((w) => ['he', 'him', 'his', 'she', 'her'].includes(w)) || (frame.pronoun && frame.words.some((w) => isArabicWord(w) && /.{3,}(ه|ها)$/.test(w) && !known(w) && titleCues.has(w.replace(/(ه|ها)$/, ''))));
    // "Who represented Peru? — And what did he say?": "he" is someone the article does not name.
    if (prev?.unnamedActor && personPronoun() && !frame.entities.some((m) => m.entity.type === 'person')) {
      const single = standalone();
      return { ...single, answered: false, text: graph.texts.notSaid[frame.language], citations: [], facts: [], operation: 'not-said:actor' };
    }
    if (prev && incomplete && !frame.content.some((c) => c.outOfScope)) {
      const merged = followUp(prev, frame, context!.focus, context!.recent ?? [], context!.listed ?? []);
      if (merged) {
        const out = answerFrame(merged);
        // "…and what about the foreign fighters?": a new name the merged answer says nothing of, but the
        // question read alone does, is a new topic.
        const mentions = (o: Outcome, id: string) => {
          const st = statements.get(o.facts[0] ?? '');
          return !!st && (st.items.includes(id) || st.entities.includes(id));
        };
        const fresh = frame.entities.filter((m) => isSpecific(m.entity) && !prev.entities.some((p) => p.entity.id === m.entity.id)).map((m) => m.entity.id);
        // (A yes/no about the new name is about it, said or not: "Did Peru attend? — And Chile?")
        const newTopic = fresh.length > 0 && !out.operation.startsWith('yes-no') && standalone().answered && fresh.some((id) => mentions(standalone(), id) && !mentions(out, id));
        // A deliberate "not said" about the earlier topic ("…and where will the next one be?") stands.
        const aboutListed = merged.entities.some((m) => m.start < 0 && (context!.listed ?? []).includes(m.entity.id));
        // ("…and how many organisations?": an explicit "and" continues the question, unless that reading finds nothing.)
        const continues = frame.continuation && frame.cueSets.length === 0 && out.operation !== 'not-said';
        if (!newTopic && (out.answered || !standalone().answered || frame.pronoun || aboutListed || continues || out.operation === 'gap' || out.operation === 'premise:meeting')) return out;
        if (newTopic) return standalone();
      }
    }
    // "What is his title?" with no one to refer to: ask, unless the article leaves only one reading.
    const single = standalone();
    const top = single.ranked;
    const ambiguous = !single.answered || (top.length > 1 && top[1]!.score >= top[0]!.score - RANKED_MARGIN && top[1]!.statement.items.join() !== top[0]!.statement.items.join());
    if (!prev && personPronoun() && ambiguous && !frame.entities.some((m) => m.entity.type === 'person') && single.frame.kind !== 'identity') {
      return { ...single, answered: false, text: graph.texts.phrases.clarify?.[frame.language] ?? graph.texts.notSaid[frame.language], citations: [], facts: [], operation: 'clarify' };
    }
    return single;
  }

  /** A premise read as a yes/no question: the correction when the article says otherwise or does not say it. */
  function failedPremise(p: Prepared): Outcome | undefined {
    // Read as the yes/no question it stands for: «هل …», "is it so that …".
    const frame = frameOf({ ...p, words: [p.language === 'ar' ? 'هل' : 'is', ...p.words] });
    const out = answerFrame(frame);
    const no = graph.texts.phrases.noWord?.[frame.language] ?? 'No';
    const says = (o: Outcome) => o.answered && !fold(o.text).startsWith(fold(no));
    // "Since Peru did not attend…": a negated premise holds when the article says no.
    const holds = frame.negatedCueSets.length > 0 ? out.answered && !says(out) : says(out);
    if (holds || out.operation === 'not-said' && !frame.entities.some((m) => isSpecific(m.entity))) return undefined;
    // ("The article says the coalition wants to help Peru…": a claim the check cannot confirm is no contradiction.)
    if (p.claim && !out.answered) return undefined;
    const lead = graph.texts.phrases.premiseNotSaid?.[frame.language] ?? '';
    return { ...out, answered: false, text: `${lead}\n${out.text}`, operation: 'premise:clause' };
  }

  function smallTalkAnswer(question: string, language: Language, kind: string): Answer {
    const examples = suggestionsFor(language, [], new Set());
    const opener = reply(language, kind);
    const body = kind === 'thanks' || kind === 'bye' ? opener : `${opener} ${graph.texts.about[language]}\n${reply(language, 'examples')}\n${examples.map((q) => `• ${q}`).join('\n')}`;
    return { question, language, answered: false, text: body, citations: [], facts: [], confidence: 0, suggestions: examples, status: 'small-talk' };
  }

  function askInner(question: string, opts: AskOptions): Answer {
    const screened = screenInput(question, options.maxQuestionLength);
    // Each text of the message prepared once: a sentence that is the whole text without its end mark
    // ("Who chaired it" of "Who chaired it?") reads alike, and is not prepared again.
    const prepared: Array<{ text: string; p: Prepared }> = [];
    const prepText = (t: string): Prepared => {
      for (const x of prepared) if (x.text === t || sameReading(t, x.text) || sameReading(x.text, t)) return x.p;
      const p = prep(t);
      prepared.push({ text: t, p });
      return p;
    };
    const detected = screened.text ? languageOf(screened.text, lex, vocabulary) : detectLanguage(question);
    const language = opts.language ?? detected;
    if (screened.problem) {
      return { question, language, answered: false, text: inputProblemMessage(screened.problem, language), citations: [], facts: [], confidence: 0, suggestions: suggestionsFor(language, [], new Set()), status: 'invalid-input', ...(opts.context ? { context: opts.context } : {}) };
    }
    const note = screened.truncatedFrom ? `\n${truncationNote(screened.truncatedFrom, options.maxQuestionLength, language)}` : '';
    // Every sentence is answered in the message's language ("وغير بيرو، which other…?" in Arabic).
    const seg = segment(screened.text, (t) => {
      const p = prepText(t);
      return p.language !== language ? { ...p, language } : p;
    }, lex);

    // "in Arabic", «بالإنجليزي»: the last answer again, in the other language.
    const whole = frameOf(seg.whole);
    const context = opts.context && options.now() - opts.context.at <= options.contextTtlMs ? opts.context : undefined;
    // ("Tell me in Arabic what <name> said": a question of its own, answered in the language asked for.)
    // ("Tell me in Arabic" alone repeats the last answer.)
    const ownQuestion = whole.words.length > 5 || whole.entities.some((m) => isSpecific(m.entity));
    if (whole.otherLanguage && !opts.language && ownQuestion) return askInner(question, { ...opts, language: whole.otherLanguage });
    if (whole.otherLanguage && context && !opts.language && !ownQuestion) {
      const again = askInner(context.question, { language: whole.otherLanguage });
      return { ...again, question, context: { ...context, at: options.now(), language: whole.otherLanguage } };
    }

    const asksSomething = ['count', 'where', 'when', 'why'].includes(whole.kind) || whole.cueSets.length > 0 || (!!context && (whole.pronoun || whole.continuation));
    const talk = asksSomething ? undefined : smallTalkKind(seg.whole.words, lex, whole.entities.length > 0);
    if (talk && (seg.onlyChatter || !whole.content.some((c) => !c.context && !lex.smallTalk.get(talk)?.has(c.word)))) {
      return { ...smallTalkAnswer(question, language, talk), ...(context ? { context } : {}) };
    }

    let outcomes: Outcome[] = [];
    // "I translate a text about <person>… What post does the article give him?": a pronoun with nothing
    // to refer to in the question may mean who the asker named in the sentences set aside.
    // (The names first, as the frame would find them: the whole reading only when it may be used.)
    // (Not a place: the city the asker lives in, "I teach in Lima", is not what "which one" means.)
    const asideNamed = seg.setAside ? findEntities(gazetteer, seg.setAside.words).filter((m) => isSpecific(m.entity) && !['city', 'state', 'place'].includes(m.entity.type)).map((m) => m.entity.id) : [];
    const aside = seg.setAside && !context && asideNamed.length > 0 ? frameOf(seg.setAside.read()) : undefined;
    const fromAside: ConversationContext | undefined =
      aside ? { at: options.now(), language, question: '', frame: { ...aside, kind: 'what', content: [], entities: aside.entities.filter((m) => isSpecific(m.entity)) }, focus: [...new Set(asideNamed)] } : undefined;
    let ctx = context ?? fromAside;
    // "Since the meeting was in Dubai, who chaired it?": a premise the article contradicts or does not
    // state is said first, and the question built on it is not answered as if it held.
    for (const part of seg.parts) {
      const failed = part.premise ? failedPremise(part.premise) : undefined;
      // "The article says it has 28 member states. Which are they?": an answer that corrects the
      // figure itself ("31 states, not 28: …") says more than the premise check alone.
      const corrected = failed && part.premise?.claim ? answerPart(seg.parts.length === 1 ? seg.whole : part, ctx) : undefined;
      if (corrected?.corrects) {
        outcomes = [corrected];
        break;
      }
      if (failed) {
        outcomes = [failed];
        break;
      }
    }
    if (outcomes.length === 0 && seg.parts.length >= 2) {
      // A part with nothing to ask (a blessing, a thank-you between two questions) is left out.
      const frames = seg.parts.map((p) => frameOf(p));
      const asking = seg.parts.filter((p, i) => {
        const f = frames[i]!;
        // "When did he post it exactly? Which day?": a short restatement of the question before it.
        const prev = i > 0 ? frames[i - 1]! : undefined;
        const nothingNew = !!prev && f.content.every((c) => c.context || prev.content.some((x) => x.word === c.word || x.stem === c.stem));
        const restates = !!prev && f.kind === prev.kind && p.words.length <= 3 && !f.entities.some((m) => isSpecific(m.entity)) && (nothingNew || (f.kind === 'when' && !!f.cues.dateDetail));
        return !restates && (f.content.some((c) => !c.context) || f.entities.some((m) => isSpecific(m.entity)) || f.pronoun || !f.noWhWord);
      });
      for (const part of asking.length > 0 ? asking : seg.parts) {
        const prevOut = outcomes.at(-1);
        const f = frameOf(part);
        // "Who represented Peru, and what did he say?": a "he" that points at what the article does not
        // say is not said either, rather than read as someone else.
        // («وقالوا إيه؟»: a verb in the plural is its own "they".)
        const they = f.pronoun || pluralVerb(f.words);
        const refersBack = they && !f.entities.some((m) => isSpecific(m.entity)) && f.content.some((c) => !c.context && !['where', 'when', 'why', 'future'].includes(c.word));
        const out: Outcome =
          prevOut && !prevOut.answered && prevOut.operation !== 'small-talk' && refersBack
            ? { ...prevOut, answered: false, text: sentence(graph.texts.phrases.dependsOnUnsaid?.[f.language] ?? graph.texts.notSaid[f.language], f.language), citations: [], facts: [], operation: 'depends', frame: f, confidence: 0 }
            : answerPart(part, ctx);
        const before = ctx;
        ctx = contextOf(part.words.join(' '), out, language);
        // A question read from a sentence about the asker stands only if it finds an answer; what it
        // names is still what a later "his" means.
        if (part.tentative && !out.answered) {
          if (!out.frame.entities.some((m) => isSpecific(m.entity))) ctx = before;
          continue;
        }
        outcomes.push(out);
      }
      // Two questions in one: each part answered (or said to be unanswered) in turn, as long as the
      // parts read as questions of their own and at least one is answered.
      const answered = outcomes.filter((o) => o.answered);
      const distinct = new Set(outcomes.map((o) => o.text));
      // Nothing answered, and a part refers back to what is not said: the first refusal says it all.
      if (answered.length === 0 && outcomes.some((o) => o.operation === 'depends')) outcomes = outcomes.filter((o) => o.operation !== 'depends');
      else if (answered.length === 0 && !outcomes.every((o) => o.operation === 'gap')) outcomes = [];
      // The same answer twice ("…right? which are they?"): said once.
      else if (distinct.size < outcomes.length) outcomes = outcomes.filter((o, i) => outcomes.findIndex((x) => x.text === o.text) === i);
      // A line a part said already is not said again by the next ("the coalition's name? and the group's?").
      const said = new Set<string>();
      outcomes = outcomes.flatMap((o) => {
        const lines = o.text.split('\n').filter((l) => !said.has(l));
        if (lines.length === 0) return [];
        // (Lines of an answered part only: an unanswered one may say in passing what a later part answers.)
        if (o.answered) for (const l of o.text.split('\n')) said.add(l);
        return [lines.length === o.text.split('\n').length ? o : { ...o, text: lines.join('\n') }];
      });
    }
    if (outcomes.length === 0) {
      // The very object read above (its frame is built once); the segmenter already gave it the forced language.
      const wholePart = opts.language && opts.language !== seg.whole.language ? { ...seg.whole, language: opts.language } : seg.whole;
      const out = answerPart(wholePart, context ?? fromAside);
      outcomes = [out];
    }
    const answered = outcomes.some((o) => o.answered);
    const text = outcomes.map((o) => o.text).join('\n\n') + note;
    const citations = withTranslations(ops.dedupe(concat(outcomes.map((o) => o.citations))), language);
    const facts = [...new Set(concat(outcomes.map((o) => o.facts)))];
    const confidence = Math.min(...outcomes.map((o) => o.confidence));
    const last = outcomes.at(-1)!;
    const status = outcomes.some((o) => o.operation === 'clarify') ? 'clarify' : answered ? 'answered' : 'not-in-article';
    return {
      question,
      language,
      answered,
      text,
      citations,
      facts,
      confidence: answered ? Math.max(confidence, Math.min(1, Math.max(...outcomes.map((o) => o.confidence)))) : confidence,
      suggestions: suggestionsFor(language, answered ? last.ranked.slice(1) : last.ranked, new Set(facts)),
      status,
      context: contextOf(question, last, language, context),
    };
  }

  /** The statement whose quote holds every piece of a shortened citation ("… " between them). */
  const withPieces = (c: Citation): Statement | undefined => {
    const pieces = c.quote.split(' … ');
    return graph.statements.find((s) => s.paragraph === c.paragraph && pieces.every((piece) => s.quote.includes(piece)));
  };

  /** English readers get each quote's English rendering beside it; the verbatim quote stays Arabic. */
  function withTranslations(citations: Citation[], language: Language): Citation[] {
    if (language !== 'en') return citations;
    return citations.map((c) => {
      const own = graph.statements.find((s) => s.paragraph === c.paragraph && s.quote === c.quote) ?? withPieces(c);
      return own ? { ...c, translation: own.translation } : c;
    });
  }

  function contextOf(question: string, out: Outcome, language: Language, before?: ConversationContext): ConversationContext {
    // The people of earlier turns are remembered a little longer, for "and the other one?".
    const people = [...(before?.focus ?? []), ...(before?.recent ?? [])].filter((id) => entities.get(id)?.type === 'person' && !out.focus.includes(id));
    const recent = [...new Set(people)].slice(0, 4);
    // A short list answered ("the organisations", "the Gulf members") is what a later "they" may mean.
    const st = statements.get(out.facts[0] ?? '');
    // (A list narrowed by a region, a type or a "besides": not a whole list.)
    const f = out.frame;
    const narrowed = !!f.region || f.exclude.length > 0 || f.cues.states !== f.cues.organisations;
    const listed = out.answered && st && narrowed && ['list', 'continent'].includes(out.operation) ? st.items.filter((id) => ['state', 'organisation'].includes(entities.get(id)?.type ?? '') && out.text.includes(entities.get(id)?.name[language] ?? '\u0000')) : [];
    const few = listed.length > 0 && listed.length <= 12 && listed.length < (st?.items.length ?? 0);
    // ("Who represented Peru?" unanswered: a "he" after it is that unnamed one.)
    const askedActor = !out.answered && f.kind === 'who' && f.entities.some((m) => m.entity.type === 'state' || m.entity.type === 'organisation') && f.words.some((w) => !!lex.cues.get('representing')?.words.has(w) || !!lex.cues.get('affiliation')?.words.has(w));
    const topic = out.answered && st ? { topic: st.id } : askedActor ? { unnamedActor: true } : {};
    return { at: options.now(), language, question, frame: { ...out.frame, ...topic }, focus: out.focus, ...(recent.length > 0 ? { recent } : {}), ...(few ? { listed } : {}) };
  }

  // The same question without a conversation gets the same answer: popular questions (and the
  // suggestion buttons' fixed texts) are answered once and then served from a bounded cache.
  const answers = new Map<string, Answer>();
  function cached(question: string, opts: AskOptions): Answer {
    if (opts.context || options.answerCacheSize <= 0) return askInner(question, opts);
    const key = `${opts.language ?? ''}\u0000${question}`;
    const hit = answers.get(key);
    if (hit) {
      answers.delete(key);
      answers.set(key, hit);
    } else {
      answers.set(key, askInner(question, opts));
      if (answers.size > options.answerCacheSize) answers.delete(answers.keys().next().value!);
    }
    const a = answers.get(key)!;
    return { ...a, citations: a.citations.map((c) => ({ ...c })), facts: [...a.facts], suggestions: [...a.suggestions], ...(a.context ? { context: { ...a.context, at: options.now() } } : {}) };
  }

  function ask(question: string, opts: AskOptions = {}): Answer {
    try {
      return cached(typeof question === 'string' ? question : String(question), opts);
    } catch (err) {
      // A defect must cost one reply, never the batch or the process: say so plainly, report it.
      options.onError?.(err, question);
      const language = detectLanguage(String(question));
      return { question: String(question), language, answered: false, text: reply(language, 'internalError'), citations: [], facts: [], confidence: 0, suggestions: suggestionsFor(language, [], new Set()), status: 'invalid-input' };
    }
  }

  function explain(question: string): Explanation {
    const screened = screenInput(question, options.maxQuestionLength);
    const seg = segment(screened.text, prep, lex);
    const parts = (seg.parts.length >= 2 ? seg.parts : [seg.whole]).map((p) => {
      const frame = frameOf(p);
      const a = analyse(frame);
      const out = answerFrame(frame);
      return {
        words: p.words,
        kind: a.frame.kind,
        entities: a.named.map((e) => e.id),
        content: a.resolved.map((r) => r.content.word + (r.fuzzyTerm ? `~${r.fuzzyTerm}` : '') + (r.content.context ? ' (setting)' : '') + (r.content.outOfScope ? ' (out of scope)' : '')),
        constraints: { cues: Object.entries(frame.cues).filter(([, v]) => v).map(([k]) => k), exclude: frame.exclude, excludeSelf: frame.excludeSelf, ordinal: frame.ordinal, meetingOrdinal: frame.meetingOrdinal, relative: frame.relative, post: frame.post, pronoun: frame.pronoun, continuation: frame.continuation },
        ranked: a.ranked.slice(0, RANKED_TOP).map((r) => ({ id: r.statement.id, relation: r.relation.id, score: round(r.score), coverage: round(r.coverage) })),
        operation: out.operation,
      };
    });
    return { language: seg.whole.language, parts };
  }

  const foldedSamples = { ar: samples.ar.map((q) => ({ q, folded: fold(q) })), en: samples.en.map((q) => ({ q, folded: fold(q) })) };
  const completion = {
    ar: new Fuse(foldedSamples.ar, { keys: ['folded'], threshold: 0.3, ignoreLocation: true }),
    en: new Fuse(foldedSamples.en, { keys: ['folded'], threshold: 0.3, ignoreLocation: true }),
  };
  function complete(typed: string, limit: number): string[] {
    // A choice holds at most 100 characters, so nothing longer is worth matching (and it bounds the cost).
    const folded = fold(String(typed).slice(0, 100));
    if (!folded) {
      // Nothing typed yet: alternate the languages, so both readers see something they can use.
      const mixed = samples.en.flatMap((q, i) => [q, samples.ar[i]]).filter((q): q is string => !!q);
      return mixed.slice(0, limit);
    }
    const lang = detectLanguage(typed);
    const starts = foldedSamples[lang].filter((s) => s.folded.startsWith(folded)).map((s) => s.q);
    const contains = foldedSamples[lang].filter((s) => s.folded.includes(folded)).map((s) => s.q);
    const fuzzy = completion[lang].search(folded, { limit }).map((r) => r.item.q);
    return [...new Set([...starts, ...contains, ...fuzzy])].slice(0, limit);
  }

  return {
    data,
    gazetteer,
    lexicon: lex,
    options,
    ask,
    complete,
    explain,
    sampleQuestions: (language) => samples[language],
    entitiesOfType: (type) => graph.entities.filter((e) => e.type === type),
    statement: (id) => statements.get(id),
    statementsOf: (relation) => graph.statements.filter((s) => s.relation === relation),
    membership: () => {
      const statement = graph.statements.find((s) => relations.get(s.relation)?.cueSet === 'membership' && s.items.length > 0);
      return statement ? { statement, members: statement.items.map((id) => entities.get(id)).filter((e): e is Entity => !!e) } : undefined;
    },
    people: () =>
      graph.entities
        .filter((e) => e.type === 'person')
        .map((person) => ({
          person,
          statements: graph.statements
            .filter((s) => s.items.includes(person.id))
            .sort((a, b) => Number(b.forms.includes('title') && b.items.length === 1) - Number(a.forms.includes('title') && a.items.length === 1)),
        })),
  };
}

/** The relations a list of states and organisations answers, most specific first: chairing, attending, membership. */
const LIST_CUE_SETS: readonly string[] = ['chair', 'attendance', 'membership'];
const NAME_WORDS = new Set(['name', 'names', 'called', 'اسم', 'الاسم', 'اسمه', 'يدعي', 'يسمي']);
/** "another", "other", «أخرى»: beside a group's name, a group other than the one reported. */
const OTHER_WORDS = new Set(['other', 'another', 'different', 'اخرى', 'الاخرى', 'اخري', 'الاخري', 'ثانيه', 'تانيه', 'التانيه', 'الثانيه']);
/** Words that make a claim negative: "didn't", «ما حضر», «مش», «لم». */
const NEGATED = new Set(['not', 'didnt', 'wasnt', 'isnt', 'werent', 'arent', 'doesnt', 'dont', 'hasnt', 'havent', 'never', 'ما', 'مش', 'مو', 'لم', 'ليس', 'مب', 'مهوب', 'موش', 'ماشي']);
/** «حضروا», «وقالوا»: an Arabic verb in the plural is its own "they". */
const pluralVerb = (words: readonly string[]): boolean => words.some((w) => /^[\u0600-\u06FF]{3,}وا$/.test(w));
/** A state's continent, from the countries-list package (reference data, not the article). */
const continentOf = (iso: string): string | undefined => (worldCountries as Record<string, { continent?: string } | undefined>)[iso]?.continent;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Latin end marks and spaces: folding drops them, and no layer before it reads them as Arabic or as a word. */
const LATIN_END = /^[\s.!?;:…]*$/;
/** Arabic end marks too, once the text holds Arabic script (it is then Arabic with or without them). */
const ANY_END = /^[\s.!?;:…؟؛]*$/;
/**
 * True when `text` is `start` with only end marks after it, so both prepare to the same words, language
 * and flags: an Arabic mark after Latin words would make the message Arabic, so it counts only after Arabic.
 */
function sameReading(start: string, text: string): boolean {
  if (start.length === 0 || !text.startsWith(start)) return false;
  const tail = text.slice(start.length);
  return LATIN_END.test(tail) || (/[\u0600-\u06FF]/.test(start) && ANY_END.test(tail));
}

/** Lists one after another (a plain loop: flatMap is slow on hot paths). */
function concat<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const x of list) out.push(x);
  return out;
}

function uniqueById(list: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}
