// The shapes of the data files. Parsing with these is the only way data enters the engine.
//   <article dir>/graph.json   what the article says: entities, relations, statements, texts
//   <article dir>/source.json  the article file, its title, the page chrome to skip
//   data/lexicon/*.json        language knowledge shared by every article (words, dialects, Arabizi)
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);
export const bilingual = z.object({ ar: nonEmpty, en: nonEmpty });
const bilingualList = z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) });
const id = z.string().regex(/^[A-Za-z0-9-]+$/, 'ids are letters, digits and hyphens');

export const questionKinds = [
  'who', 'what', 'which', 'where', 'when', 'count', 'yesno', 'why', 'how', 'list', 'identity', 'title',
] as const;
export const questionKind = z.enum(questionKinds);

export const entityTypes = [
  'person', 'state', 'organisation', 'city', 'place', 'meeting', 'event', 'working-group', 'coalition',
  'organisation-named', 'medium', 'line-of-effort', 'topic', 'region', 'document',
] as const;
export const entityType = z.enum(entityTypes);

export const entitySchema = z.strictObject({
  id,
  type: entityType,
  name: bilingual,
  short: bilingual.optional(),
  /** A person's post, as the article words it. */
  title: bilingual.optional(),
  role: bilingual.optional(),
  aliases: bilingualList,
  /** ISO 3166 alpha-2 code of a state: joins the entity to the world's country names. */
  iso: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** The article's name could mean any of these states (a name two states share): a question about one of them is not answered yes. */
  ambiguous: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  /** Where a place lies (a city in a state), so "held in the country?" follows from "held in its capital". */
  within: id.optional(),
  /** A person's state. */
  country: id.optional(),
  /** Arabic grammatical gender of the name, for agreement (a feminine name takes «حضرت», a masculine one «حضر»); feminine by default. */
  gender: z.enum(['m', 'f']).optional(),
  /** A meeting's number in its series ("the second meeting"). */
  ordinal: z.number().int().positive().optional(),
});

/** What a statement deliberately leaves out, and what to reply when asked for it. */
const gapSchema = z.strictObject({
  /** The question asks for the gap when it has one of these words (folded when used)… */
  cues: bilingualList,
  /** …and, if given, is of one of these kinds. */
  kinds: z.array(questionKind).optional(),
  /** Only for a question about the future ("where will the next meeting be?"). */
  future: z.boolean().optional(),
  /** …unless it has one of these ("how many delegates" is a gap; "how many states' delegates" is not). */
  unless: bilingualList.optional(),
  /** …and, if given, one of these too ("the date, exactly" is a gap; "when, exactly" is answered). */
  with: bilingualList.optional(),
  text: bilingual,
});

export const countSchema = z.strictObject({
  type: entityType,
  /** null: the article gives no number («عدد من»). */
  value: z.number().int().nonnegative().nullable(),
  phrase: bilingual.optional(),
});

export const relationSchema = z.strictObject({
  id,
  /** Words that name the relation; a question holding one is about statements of this relation. */
  cues: bilingualList,
  /** Which cue list of the lexicon (membership, attendance, chair…) decides that a question is about it. */
  cueSet: z.string().optional(),
  /** Entity types a yes/no question can ask about ("Is Iran a member?"). */
  speaksOf: z.array(entityType).default([]),
  /** Templates for composed answers, by outcome; placeholders in braces (see engine/render.ts). */
  templates: z.record(z.string(), bilingual).default({}),
});

export const statementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
  relation: id,
  /** The entity the statement is about: the meeting, the working group, a person… */
  about: id,
  paragraph: z.number().int().positive(),
  quote: nonEmpty,
  /** An English rendering of the quote, shown under it to English readers and labelled as a translation. */
  translation: nonEmpty,
  /** The statement in plain words, in both languages: the answer to a lookup. */
  answer: bilingual,
  /** Kinds of question the statement answers as it stands. */
  forms: z.array(questionKind).min(1),
  /** The entities the statement lists, in the article's order (members, chairs, attendees named). */
  items: z.array(id).default([]),
  /** True when `items` is the whole list, so what is not in it is not (a "no" rather than "not said"). */
  exhaustive: z.boolean().default(false),
  /** Index in `items` where the article's enumeration proper starts (earlier items are named before it). */
  listStart: z.number().int().nonnegative().optional(),
  counts: z.array(countSchema).optional(),
  gaps: z.array(gapSchema).optional(),
  /** Other entities the statement names, for search. */
  entities: z.array(id),
  keywords: bilingualList,
  questions: bilingualList,
  alsoCite: z.array(nonEmpty).optional(),
  /**
   * Claims the statement contradicts, each as words that must all appear in a yes/no question ("rescue
   * … regimes", «ناجح»): asked, they get a "no" with what the statement says.
   */
  contradicts: bilingualList.optional(),
});

export const textsSchema = z.strictObject({
  /** What the article covers: said whenever it does not answer. */
  notSaid: bilingual,
  /** What the bot is and what it knows, for help and small talk. */
  about: bilingual,
  /** What the bot knows and does not, for /about. */
  knows: bilingual,
  /** Statements whose sample questions are offered when nothing nearer is found. */
  staples: z.array(nonEmpty).min(1),
  /** Phrases used around composed answers. */
  phrases: z.record(z.string(), bilingual),
});

export const graphSchema = z.strictObject({
  texts: textsSchema,
  entities: z.array(entitySchema).min(1),
  relations: z.array(relationSchema).min(1),
  statements: z.array(statementSchema).min(1),
  /** How the article writes each listed item, clitics included («وفنلندا» for a list item «فنلندا»), for citing it. */
  surfaces: z.record(z.string(), nonEmpty),
});

export const sourceSchema = z.strictObject({
  file: nonEmpty,
  title: bilingual,
  chrome: z.array(nonEmpty),
  /** What the text itself tells of its origin; "not stated" rather than a guess. */
  origin: bilingual.optional(),
});

// Language knowledge, shared by every article.
const wordList = z.array(nonEmpty);
export const languageSchema = z.strictObject({
  stopwords: wordList,
  /** Words of any meeting's setting (meeting, group…): never held against a statement. */
  context: wordList,
  /** Words asking for what a news report of this kind rarely states (a leader, an age, a price…). */
  outOfScope: wordList,
  dateDetail: wordList,
  /** Named cue lists: membership, attendance, chair, states, organisations, future, location… */
  cues: z.record(z.string(), wordList),
  /** Question words → the kind they ask (who, where, count…), dialect forms included. */
  questionWords: z.record(questionKind, wordList),
  /** Word → its standard form (dialect, chat spelling, misspelling); a value may hold several words. */
  normalize: z.record(z.string(), z.string()),
  ordinals: z.record(z.string(), z.number().int()),
  /** Region words → a continent code ("african" → AF), for groupings the article does not make. */
  regions: z.record(z.string(), z.string()).default({}),
  /** Continent code → its name. */
  continentNames: z.record(z.string(), nonEmpty).default({}),
  /** Number words ("five", «خمس») → their value, for numbers a question states. */
  numbers: z.record(z.string(), z.number().int().nonnegative()),
  /** Words that ask for a post (minister, director…), and those that change the rank of one. */
  postWords: wordList,
  /** Words that qualify a post (foreign, affairs…): compared, but never a post by themselves. */
  postQualifiers: wordList,
  rankWords: wordList,
  pronouns: wordList,
  /** Words about the asker rather than the article (report, teacher…): dropped. */
  chatter: wordList,
  /** Small talk: each kind's words; a message made only of them (and stopwords) gets that reply. */
  smallTalk: z.record(z.string(), wordList),
  /** Short replies to small talk, by kind (greeting, thanks, help, identity, bye), and other bot phrases. */
  replies: z.record(z.string(), nonEmpty),
  /** Entity type → how to say it: en [one, many]; ar [one, two, few(3–10), many(11+)]. */
  nouns: z.record(z.string(), z.array(nonEmpty).min(2)),
});

export const arabiziSchema = z.strictObject({
  /** Whole Arabizi words → Arabic (function and question words, which letters alone cannot settle). */
  words: z.record(z.string(), z.string()),
  /** Latin letters and digits → Arabic letters, longest first when read. */
  letters: z.record(z.string(), z.string()),
});

export const worldSchema = z.strictObject({
  countryAliases: z.record(z.string().regex(/^[A-Z]{2}$/), bilingualList),
  /** Organisations beyond the article's; `regions`: the region codes (continent or grouping) an organisation is of, reference data. */
  organisations: z.array(z.strictObject({ id, aliases: bilingualList, regions: z.array(z.string().regex(/^[A-Z0-9]{2,12}$/)).default([]) })),
  places: z.array(z.strictObject({ id, type: z.literal('city'), aliases: bilingualList })),
  /** Names people use for states whose ISO names are formal ("the Syrian Arab Republic"). */
  plainNames: z.record(z.string().regex(/^[A-Z]{2}$/), nonEmpty),
  /** States whose Arabic name is masculine («السودان», «اليمن»): the rest agree as feminine. */
  masculine: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  /** English names that take "the" in a sentence, by how they begin. */
  definitePrefixes: z.array(nonEmpty),
  /**
   * Groupings of states the article does not make (the Gulf Cooperation Council, the Nordic countries,
   * a UN M49 subregion): reference data, each with where its list comes from. Keys match the lexicons' region codes.
   */
  groupings: z.record(z.string().regex(/^[A-Z0-9]{2,12}$/), z.strictObject({ members: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1), source: bilingual })).default({}),
});

export type Entity = z.infer<typeof entitySchema>;
export type EntityType = z.infer<typeof entityType>;
export type Relation = z.infer<typeof relationSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Graph = z.infer<typeof graphSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type LanguageLexicon = z.infer<typeof languageSchema>;
export type ArabiziTable = z.infer<typeof arabiziSchema>;
export type World = z.infer<typeof worldSchema>;
export type QuestionKind = z.infer<typeof questionKind>;
export type Bilingual = z.infer<typeof bilingual>;
