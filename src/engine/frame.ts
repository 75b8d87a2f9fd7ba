// Reads one question (already through the language layers) into a frame: the form asked (who, where,
// how many, yes/no…), the entities named, the content words left to match, and the constraints a
// generic operation needs — types asked for, exclusions ("besides Peru"), ordinals and positions,
// comparison, pronouns. Nothing here knows the article; all words come from the lexicon.
import type { QuestionKind } from '../data/schema.js';
import { findEntities, isSpecific, type EntityMention, type Gazetteer } from './entities.js';
import { findPhrase, hasCue, indexOfPhrase, mayHaveCue, type Lexicon } from './lexicon.js';
import { isArabicWord, stem } from './normalize.js';
import type { Language } from './types.js';
import { cacheFor, remember } from './memo.js';

export interface ContentWord {
  word: string;
  stem: string;
  /** A word of the setting ("meeting", «الاجتماع»): never held against a statement. */
  context: boolean;
  /** A word asking for something reports like this never state (an age, a price…). */
  outOfScope: boolean;
}

export interface Frame {
  language: Language;
  words: string[];
  kind: QuestionKind;
  content: ContentWord[];
  entities: EntityMention[];
  cues: {
    membership: boolean;
    attendance: boolean;
    chair: boolean;
    location: boolean;
    states: boolean;
    organisations: boolean;
    dateDetail: boolean;
    future: boolean;
    compare: boolean;
  };
  /** Relation cue sets the question fires without naming the relation's own words ("in charge of" → chair). */
  cueSets: string[];
  /** Relations asked about in the negative ("which members did not attend?", «مين ما حضر؟»). */
  negatedCueSets: string[];
  /** Entity ids the question sets aside ("besides Peru"). */
  exclude: string[];
  /** "other than this one": the statement's own subject is set aside. */
  excludeSelf: boolean;
  /** An ordinal about a list position ("the first member"): 1, 2…, 99 for last. */
  ordinal?: number;
  /** Every ordinal the question holds ("the first or the second?"). */
  ordinals: number[];
  /** An ordinal attached to a meeting word ("the first meeting"): -1 for a previous one. */
  meetingOrdinal?: number;
  /** "between Chile and Peru". */
  between: boolean;
  /** "right after Chile": a position relative to a named item. */
  relative?: { dir: 'before' | 'after'; entity: string };
  /** "right after it", «بعدها»: a position relative to what was just talked about. */
  relativeBack?: 'before' | 'after';
  /** Numbers the question states ("30 countries", «سبع مجموعات»), for checking its premise. */
  numbers: number[];
  /** True when the question has no wh-word of its own (a statement with "?", "China member?"). */
  noWhWord: boolean;
  /** A yes/no question offering alternatives ("members or attendees?", «أم»): answered with the fact, not a yes. */
  choice: boolean;
  /** A continent asked about ("the African members"): a grouping the article does not make. */
  region?: string;
  /** Post words asked about ("foreign minister"). */
  post: string[];
  /** A pronoun or a demonstrative with nothing named for it ("his", "them", «منصبه»). */
  pronoun: boolean;
  /** Starts like a follow-up: "and…", "what about…", «و…», «طيب…». */
  continuation: boolean;
  /** "in Arabic", «بالإنجليزي»: the last answer again in another language. */
  otherLanguage?: Language;
  /** In a conversation, the statement the last answer gave: it wins a tie ("Will they meet again? — Why?"). */
  topic?: string;
  /** In a conversation, the last question asked for someone the article does not name ("Who represented Peru?"). */
  unnamedActor?: boolean;
}

const EN_LEADERS = new Set(['so', 'and', 'but', 'please', 'pls', 'ok', 'okay', 'hey', 'hi', 'well', 'then', 'also', 'now', 'quick', 'question', 'طب', 'طيب', 'وطيب', 'زين', 'اوكي', 'يعني', 'بس']);
const REQUEST_AFTER_AUX = new Set(['you', 'u', 'anyone']);
const PLACE_NOUNS = new Set(['city', 'place', 'location', 'venue', 'building', 'town', 'مدينه', 'مكان', 'موقع', 'مبني', 'عاصمه']);
const TIME_NOUNS = new Set(['date', 'day', 'year', 'month', 'time', 'hour', 'يوم', 'تاريخ', 'سنه', 'عام', 'شهر', 'وقت', 'ساعه']);
const LOCATIVE = new Set(['in', 'at', 'inside', 'في', 'داخل', 'ب']);
/** Words that take "for" as their own ("call for", "responsible for"): "what … for?" with them is not why. */
const FOR_VERBS = new Set(['call', 'called', 'calls', 'calling', 'ask', 'asked', 'asks', 'stand', 'stands', 'responsible', 'looking', 'wait', 'waiting', 'pay', 'paid', 'vote', 'voted', 'known', 'famous', 'used']);
const VIRTUAL: Partial<Record<QuestionKind, string>> = { where: 'where', when: 'when', why: 'why' };
const COUNT_WORDS = new Set(['many', 'much', 'number', 'count', 'كم', 'وكم', 'فكم', 'عدد', 'تعداد']);
const FIRST_NAME = new Set(['name', 'اسم']);
const TAG_END = new Set(['right', 'correct', 'innit', 'ليس', 'صح', 'صحيح', 'مش', 'مو', 'موو', 'بصح']);

const phraseWords = (p: { words: string[] }): string[] => p.words;

const CUE_SET_NAMES = ['chair', 'membership', 'attendance'];

/** A word that asks for something ("where", «مين»), not a yes/no auxiliary or "list". */
function asksFor(x: string, lex: Lexicon): boolean {
  const k = lex.questionWords.get(x);
  return k !== undefined && k !== 'yesno' && k !== 'list';
}

/** The kind of answer asked for. The first question word decides, with a few phrases read whole. */
export function detectKind(w: readonly string[], lex: Lexicon): QuestionKind {
  const phrase = findPhrase(w, lex.questionPhrases, phraseWords);
  // "Is 28 the number of members?", «هل عدد الدول 28؟»: an auxiliary first makes a yes/no question of it.
  const auxFirst = lex.questionWords.get(w.find((x) => !EN_LEADERS.has(x)) ?? '') === 'yesno';
  if (phrase?.kind === 'count' && !(auxFirst && !/^(how|كم)/.test(phrase.words.join(' ')))) return 'count';
  if (w.some((x) => x === 'كم' || x === 'وكم' || x === 'فكم')) return 'count';
  for (let i = 0; i + 1 < w.length; i++) {
    const a = w[i]!;
    const b = w[i + 1]!;
    const which = a === 'which' || a === 'what' || a === 'اي' || a === 'ايه' || a === 'ما';
    if (which && TIME_NOUNS.has(b)) return 'when';
    if (which && PLACE_NOUNS.has(b) && (LOCATIVE.has(w[i - 1] ?? '') || isArabicWord(a))) return 'where';
  }
  // Skip leading politeness, then: an auxiliary first is a yes/no question ("did Peru attend?"),
  // unless it asks "can you / do you know …" (a request: the wh-word after it decides).
  let i = 0;
  while (i < w.length && EN_LEADERS.has(w[i]!)) i++;
  // "Besides Peru, is Chile listed?": a set-aside opening before the auxiliary.
  // ("Besides Peru, which states are listed?" asks which: a wh-word before the auxiliary.)
  if (lex.cues.get('exclusion')?.words.has(w[i] ?? '')) {
    const aux = w.findIndex((x, k) => k > i && k <= i + 6 && lex.questionWords.get(x) === 'yesno');
    if (aux > 0 && !w.slice(i + 1, aux).some((x) => asksFor(x, lex))) i = aux;
  }
  const first = w[i];
  // "Does the article say who…?", «هل يذكر الخبر من…»: the question inside is the one asked.
  if (first !== undefined && lex.questionWords.get(first) === 'yesno' && w.slice(i + 1, i + 4).some((x) => DOC.has(x)) && w.slice(i + 1, i + 5).some((x) => SAY.has(x) || x === 'يذكر' || x === 'يقول')) {
    const inner = w.slice(i + 2).find((x, k) => k > 0 && lex.questionWords.has(x) && lex.questionWords.get(x) !== 'yesno' && lex.questionWords.get(x) !== 'list');
    if (inner) return lex.questionWords.get(inner)!;
  }
  // "The article mentions where it was held, doesn't it?": a question the article is said to answer is the one asked.
  for (let k = 0; k + 2 < w.length; k++) {
    if (!DOC.has(w[k]!) || !SAY.has(w[k + 1]!)) continue;
    const inner = w.slice(k + 2, k + 4).find((x) => asksFor(x, lex));
    if (inner) return lex.questionWords.get(inner)!;
  }
  const firstKind = first ? lex.questionWords.get(first) : undefined;
  // "What is the group for?", "what are those meetings meant to be for?": what it is for is why.
  // ("What regions is he the director for?", "what did he call for?" are not.)
  const copula = first === 'whats' || ['is', 'are', 'was', 'were', 's', 'the', 'this', 'that', 'these', 'those'].includes(w[i + 1] ?? '');
  // (Nor is "what is he the director general for?": a post before "for" is its own.)
  const postBefore = w.slice(-5, -1).some((x) => lex.postWords.has(x) || lex.postQualifiers.has(x));
  if ((first === 'what' || first === 'whats') && copula && w.at(-1) === 'for' && w.length >= 4 && !FOR_VERBS.has(w.at(-2) ?? '') && !postBefore) return 'why';
  // «هل تعرف أين…» asks where, as "do you know where…" does.
  const hal = w.findIndex((x) => x === 'هل' || x === 'وهل' || x === 'اهل' || x === 'فهل');
  if (hal >= 0 && /^(تعرف|تعلم|يمكنك|ممكن|تقدر|بتعرف|تستطيع|تعرفين|تدري|تتكرم|تتفضل|بامكانك|باستطاعتك|تخبرني|تفيدني)$/.test(w[hal + 1] ?? '')) {
    const embedded = w.slice(hal + 2, hal + 4).find((x) => asksFor(x, lex));
    if (embedded) return lex.questionWords.get(embedded)!;
  }
  if (firstKind === 'yesno' && !REQUEST_AFTER_AUX.has(w[i + 1] ?? '')) return 'yesno';
  // "Peru is a member, but did it chair the meeting too?": an auxiliary opening the clause after "but".
  const clause = w.findIndex((x, k) => k > 0 && (x === 'but' || x === 'so') && lex.questionWords.get(w[k + 1] ?? '') === 'yesno' && !REQUEST_AFTER_AUX.has(w[k + 2] ?? ''));
  if (clause > 0 && !w.some((x) => asksFor(x, lex))) return 'yesno';
  if (hal >= 0) return 'yesno';
  // "…, or not?", «… ولا لا؟»: a yes/no question without its particle.
  const tail = w.slice(-2).join(' ');
  if (/^(or (not|no|nah)|ولا لا|ولا ل|ام لا|او لا|والا لا|ولا ايه)$/.test(tail) || w.at(-1) === 'ولا') return 'yesno';
  // "Peru hosted it, right?", «…مو؟»: a tag at the end of a sentence with no wh-word.
  if (TAG_END.has(w.at(-1) ?? '') && w.length >= 3 && !w.some((x) => asksFor(x, lex) || lex.questionWords.get(x) === 'list')) return 'yesno';
  // "Can you confirm whether Peru is a member?": a yes/no question asked as a request.
  // ("If not the session chairs, who opened it?": an opening "if" is a condition, not "whether".)
  const whether = w.findIndex((x, k) => x === 'whether' || (x === 'if' && k > 0));
  if (whether >= 0 && !w.slice(0, whether).some((x) => asksFor(x, lex))) return 'yesno';
  if (phrase) return phrase.kind;
  for (let k = 0; k < w.length; k++) {
    const x = w[k]!;
    const kind = lex.questionWords.get(x);
    if (!kind || kind === 'yesno') continue;
    // «من» opens a who-question; later in a sentence it is the preposition "from".
    // (After English words, "Peru's delegation مين كان…", it is the first Arabic word: "who".)
    // (Last in the sentence it is "who": «ممثل بيرو مين؟», «محررة من منو؟» — "from" never ends one.)
    // («… من الذي كان…» is "who" wherever it stands.)
    if ((x === 'من' || x === 'ومن' || x === 'فمن') && k > 0 && k < w.length - 1 && !(k === 1 && EN_LEADERS.has(w[0]!)) && isArabicWord(w[k - 1]!) && !['الذي', 'اللي', 'التي'].includes(w[k + 1]!)) continue;
    if (kind === 'list' && k > i + 1) continue; // "list" deep in a sentence is a noun
    if (x === 'name' && k !== i) continue;
    return kind;
  }
  return 'what';
}

function isFuture(w: readonly string[], lex: Lexicon, language: Language, flags: readonly Uint8Array[], facts: readonly WordFacts[]): boolean {
  // ("What's the group's full name again?": a last "again" after a wh-word only asks to be reminded.)
  const reminder = w.at(-1) === 'again' && w.length >= 3 && (lex.questionWords.get(w[0]!) ?? 'yesno') !== 'yesno';
  if (hasCue(lex, 'future', reminder ? w.slice(0, -1) : w, reminder ? flags.slice(0, -1) : flags)) return true;
  if (language !== 'ar') return false;
  // An Arabic imperfect with a future prefix: سـ («ستعقد»), or in dialect هـ / حـ («هيجتمعوا», «حيكملوا»).
  return facts.some((f) => f.futureForm);
}

/** Positions of the (up to two) words naming what a count counts ("how many *groups*"). */
export function countedWords(w: readonly string[], lex: Lexicon): Set<number> {
  const out = new Set<number>();
  const cue = w.findIndex((x) => COUNT_WORDS.has(x));
  if (cue < 0) return out;
  for (let i = cue + 1; i < w.length && out.size < 2; i++) {
    const x = w[i]!;
    if (COUNT_WORDS.has(x) || lex.stopwords.has(x)) {
      if (out.size > 0) break;
      continue;
    }
    out.add(i);
  }
  return out;
}

/** What the frame reads of a word by itself, whatever its neighbours: read once per word, not once per check. */
interface WordFacts {
  stem: string;
  /** A function word, a word of politeness, a pronoun. */
  stop: boolean;
  chatter: boolean;
  pronoun: boolean;
  /** «وتخبرني», «فشكرا»: a function word with a conjunction written onto it. */
  conjoinedFunction: boolean;
  /** Its question kind, when it is a question word. */
  question: QuestionKind | undefined;
  count: boolean;
  exclusion: boolean;
  ordinal: number | undefined;
  /** A number it states (a figure or a number word). */
  number: number | undefined;
  say: boolean;
  context: boolean;
  outOfScope: boolean;
  /** An Arabic imperfect with a future prefix («ستعقد», «هيجتمعوا»). */
  futureForm: boolean;
  /** An ordinal, or a figure written as one ("3rd"). */
  position: number | undefined;
  /** A post's head noun ("minister", «وزير»), also after «و»/«ف» and «ل»/«ب». */
  postHead: boolean;
  postWord: boolean;
  qualifier: boolean;
  /** The word as a post word or qualifier of a post (without «ل»/«ب» in Arabic), when it is one. */
  postTerm: string | undefined;
  /** That term is a post's head noun. */
  postNoun: boolean;
}

function readWord(x: string, lex: Lexicon): WordFacts {
  const bare = /^[وف]/.test(x) && x.length >= 5 ? x.slice(1) : '';
  // A post word as written, or an Arabic one without «ل»/«ب» («لوزير»).
  const form = lex.postWords.has(x) || lex.postQualifiers.has(x) ? x : isArabicWord(x) ? x.replace(/^(و|ف)?(ل|ب)/, '') : x;
  return {
    stem: stem(x),
    stop: lex.stopwords.has(x),
    chatter: lex.chatter.has(x),
    pronoun: lex.pronouns.has(x),
    conjoinedFunction: !!bare && (lex.stopwords.has(bare) || lex.chatter.has(bare)) && !lex.questionWords.has(bare),
    question: lex.questionWords.get(x),
    count: COUNT_WORDS.has(x),
    exclusion: !!lex.cues.get('exclusion')?.words.has(x),
    ordinal: ordinalOf(x, lex),
    number: numberOf(x, lex),
    say: SAY.has(x),
    context: isContext(x, lex),
    outOfScope: isOutOfScope(x, lex),
    futureForm: !lex.stopwords.has(x) && !lex.context.has(x) && ((/^[هح][يتن]/.test(x) && x.length >= 6) || (/^و?س[يتن]/.test(x) && x.replace(/^و/, '').length >= 5 && !/^(سياس|سيار|سنو|سياد|سيطر|سيد)/.test(x.replace(/^و/, '')))),
    position: ordinalOf(x, lex) ?? (/^\d+(st|nd|rd|th)$/.test(x) ? parseInt(x, 10) : undefined),
    postHead: lex.postWords.has(x) || lex.postWords.has(x.replace(/^(و|ف)?(ل|ب)/, '')),
    postWord: lex.postWords.has(x),
    qualifier: lex.postQualifiers.has(x),
    postTerm: lex.postWords.has(form) || lex.postQualifiers.has(form) ? form : undefined,
    postNoun: lex.postWords.has(form),
  };
}

/** A number a word states: a figure or a number word, also with the article («ال28», «الثلاث», "the three states"). */
function numberOf(x: string, lex: Lexicon): number | undefined {
  if (/^\d+$/.test(x)) return Number(x);
  if (/^و?ال\d+$/.test(x)) return Number(x.replace(/^و?ال/, ''));
  if (lex.numbers.has(x)) return lex.numbers.get(x)!;
  if (/^و?ال/.test(x) && lex.numbers.has(x.replace(/^و?ال/, ''))) return lex.numbers.get(x.replace(/^و?ال/, ''))!;
  return undefined;
}

/** The values a fact has where it is defined, in word order. */
function defined(facts: readonly WordFacts[], value: (f: WordFacts) => number | undefined): number[] {
  const out: number[] = [];
  for (const f of facts) {
    const v = value(f);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Word facts by lexicon and word (bounded): the same words come back question after question. */
const wordFacts = new WeakMap<Lexicon, Map<string, WordFacts>>();
function factsOf(w: readonly string[], lex: Lexicon): WordFacts[] {
  const memo = cacheFor(wordFacts, lex);
  return w.map((x) => remember(memo, x, readWord, lex));
}

export interface FrameOptions {
  /** True for a word the article data knows (statement vocabulary): used to spot «منصبه» as «منصب» + "his". */
  known: (word: string) => boolean;
}

export function buildFrame(w: string[], language: Language, lex: Lexicon, gazetteer: Gazetteer, options: FrameOptions): Frame {
  const kind = detectKind(w, lex);
  // Each word's cue flags and facts read once: a dozen cue lists and word lists are checked against the same words.
  const flags = w.map((x) => lex.cueFlags(x));
  const facts = factsOf(w, lex);
  // "GCC countries", «دول مجلس التعاون»: an organisation the article does not name, beside a word for
  // states, is the region of its members, not the body.
  const statesWord = (x: string | undefined) => x !== undefined && !!lex.cues.get('states')?.words.has(x);
  const entities = findEntities(gazetteer, w).filter((m) => !(m.entity.type === 'organisation' && !m.entity.inArticle && (statesWord(w[m.end]) || statesWord(w[m.start - 1]) || (['من', 'في', 'of', 'in'].includes(w[m.start - 1] ?? '') && statesWord(w[m.start - 2])))));
  const focus = kind === 'count' ? countedWords(w, lex) : new Set<number>();

  const inEntity = new Set<number>();
  for (const m of entities) {
    const counted = !isSpecific(m.entity) && focus.has(m.start);
    for (let i = m.start; i < m.end; i++) if (!counted) inEntity.add(i);
  }

  // Exclusions: entities named right after "besides", «غير», «باستثناء»…
  const exclude: string[] = [];
  let excludeSelf = false;
  const exclusionCue = lex.cues.get('exclusion');
  const exclusionPhraseEnds = new Set<number>();
  for (const p of exclusionCue?.phrases ?? []) {
    const at = indexOfPhrase(w, p);
    if (at >= 0) exclusionPhraseEnds.add(at + p.length - 1);
  }
  w.forEach((x, i) => {
    if (!exclusionCue?.words.has(x) && !exclusionPhraseEnds.has(i)) return;
    // "…, but did Peru attend?": "but" before a clause joins it; only "all but Peru" excludes.
    if (x === 'but' && (lex.questionWords.has(w[i + 1] ?? '') || lex.pronouns.has(w[i + 1] ?? ''))) return;
    // Up to the auxiliary that opens the question: "besides Peru, is Chile…" sets aside Peru only.
    const aux = w.findIndex((y, k) => k > i && lex.questionWords.get(y) === 'yesno');
    const after = entities.filter((m) => m.start > i && m.start <= i + 5 && (aux < 0 || m.start < aux));
    for (const m of after) exclude.push(m.entity.id);
    const next = w.slice(i + 1, i + 4);
    if (after.length === 0 && next.some((y) => lex.pronouns.has(y) || y === 'one' || y === 'ones')) excludeSelf = true;
  });
  if (w.some((x, i) => (x === 'other' || x === 'others' || x === 'اخري' || x === 'الاخري' || x === 'غيرها') && !exclusionCue?.words.has(w[i - 1] ?? '') && i > 0)) excludeSelf = true;

  // Ordinals: next to a meeting word they ask which meeting; elsewhere a position in a list.
  let ordinal: number | undefined;
  let meetingOrdinal: number | undefined;
  const meetingOrdinals: number[] = [];
  const meetingAt = new Set<number>();
  for (const m of entities) if (m.entity.type === 'meeting') for (let i = m.start; i < m.end; i++) meetingAt.add(i);
  // "…this meeting was their first one?": with a meeting named, "one" stands for it.
  if (meetingAt.size > 0) w.forEach((x, i) => { if ((x === 'one' || x === 'ones') && lex.ordinals.has(w[i - 1] ?? '')) meetingAt.add(i); });
  // "the second time they meet", «ثاني مرة»: an occasion word stands for the meeting.
  w.forEach((x, i) => {
    if (OCCASIONS.has(x)) meetingAt.add(i);
  });
  // "second to last", "penultimate", «قبل الأخير»: one before the end (98, beside "last" at 99).
  const joined = ` ${w.join(' ')} `;
  if (/ (second to last|second last|penultimate|next to last) | قبل (ال)?اخير(ه)? /.test(joined)) ordinal = 98;
  // "Where was the first held?", «والأول وين انعقد؟»: with a word for convening and none for a list, an
  // ordinal within two words of it asks which meeting (the positions of such words, none when a list is asked of).
  const convened = lex.cues.get('convened')?.words;
  const convenedAt = w.some((x) => LIST_CUES.some((c) => lex.cues.get(c)?.words.has(x))) ? [] : w.flatMap((x, j) => (convened?.has(x) ? [j] : []));
  w.forEach((x, i) => {
    if (ordinal === 98) return;
    const n = facts[i]!.position;
    if (n === undefined) return;
    if (FIRST_NAME.has(w[i + 1] ?? '')) return; // "first name" asks for a name
    const nearMeeting = isNear(w, i, meetingAt);
    if (nearMeeting || convenedAt.some((j) => Math.abs(j - i) <= 2)) meetingOrdinals.push(n);
    else if (ordinal === undefined) ordinal = n;
  });

  const before = lex.cues.get('before');
  const after = lex.cues.get('after');
  // "the first or the second?": a meeting ordinal is a premise only when all the question's ones agree.
  if (meetingOrdinals.length > 0) meetingOrdinal = new Set(meetingOrdinals).size === 1 ? meetingOrdinals[0] : undefined;
  const meetingOrdinalsAsked = meetingOrdinals;
  void meetingOrdinalsAsked;
  // "before this one", «قبل هذا»: the statement's own subject set aside, as with "other than this one".
  w.forEach((x, i) => {
    if (before?.words.has(x) && w.slice(i + 1, i + 3).some((y) => y === 'this' || y === 'هذا' || y === 'هذه' || y === 'one')) excludeSelf = true;
  });
  // "after <A> and before <B>" is between them.
  const targetOf = (cue: ReturnType<typeof lex.cues.get>) => {
    const i = w.findIndex((x) => cue?.words.has(x));
    return i < 0 ? undefined : entities.find((m) => m.start > i && m.start <= i + 3 && isSpecific(m.entity))?.entity.id;
  };
  const afterTarget = targetOf(after);
  const beforeTarget = targetOf(before);
  // "right after Chile", «بعد تشيلي»
  let relative: Frame['relative'];
  w.forEach((x, i) => {
    if (relative) return;
    const dir = before?.words.has(x) ? 'before' : after?.words.has(x) ? 'after' : undefined;
    if (!dir) return;
    const target = entities.find((m) => m.start > i && m.start <= i + 3 && isSpecific(m.entity));
    if (target && !(before?.words.has(x) && w.slice(i + 1, i + 4).some((y) => y === 'or' || y === 'ولا' || y === 'او' || y === 'ام'))) relative = { dir, entity: target.entity.id };
  });
  // («بعدها», «قبله»: the pronoun on the word itself, in a question about a list.)
  const suffixed = w.find((x) => /^(بعد|قبل)(ه|ها|هم|هما|و)$/.test(x));
  // (…or a bare "and the one after it?", «ومين اللي بعده؟», going on from a question about the list.)
  const inListWords = w.some((x) => !!lex.cues.get('position')?.words.has(x) || !!lex.cues.get('membership')?.words.has(x)) || (w.length <= 4 && /^و/.test(w[0] ?? ''));
  const relativeBack = relative
    ? undefined
    : (['before', 'after'] as const).find((dir) => w.some((x, i) => (dir === 'before' ? before : after)?.words.has(x) && w.slice(i + 1, i + 3).some((y) => lex.pronouns.has(y) || y === 'it' || y === 'them'))) ??
      (suffixed && inListWords ? (suffixed.startsWith('بعد') ? 'after' : 'before') : undefined);

  // A post is asked about only when a head noun names one (minister, director…); its qualifiers join it.
  // Words right beside a post's head noun qualify it ("defence minister", «وزير الدفاع»).
  // («رئيس الجلسات», "the chair of the sessions", is a chair of the meeting, not a post.)
  const post = facts.some((f, i) => f.postNoun && !chairOf(w, i, lex)) ? postWords(w, facts, inEntity, lex) : [];
  const continuation = (() => {
    const first = w[0] ?? '';
    if (hasCue(lex, 'continuation', w.slice(0, 3), flags) && (first === 'and' || first === 'what' || first === 'how' || first === 'so' || first === 'ok' || first === 'okay' || first === 'also' || first === 'then' || first === 'but' || first === 'طيب' || first === 'طب' || first === 'و' || first === 'وعن' || first === 'وبالنسبه' || first === 'بالنسبه')) return true;
    if (!isArabicWord(first) || !first.startsWith('و') || first.length <= 2) return false;
    // («وفي أي مدينة؟», «ومن أي وزارة؟»: "and" on a preposition before the question word.)
    return lex.questionWords.has(first) || lex.questionWords.has(first.slice(1)) || (lex.stopwords.has(first.slice(1)) && w.slice(1, 3).some((x) => lex.questionWords.has(x)));
  })();
  const pronoun =
    w.some((x) => lex.pronouns.has(x)) ||
    // "the first one", "that one": a reference back to what was talked about.
    w.some((x, i) => x === 'one' && i > 0 && (lex.ordinals.has(w[i - 1]!) || ['that', 'this', 'other'].includes(w[i - 1]!))) ||
    w.some((x) => isArabicWord(x) && /.{3,}(ه|ها|هم|هما)$/.test(x) && !options.known(x) && possessed(x, options.known));

  const otherLanguageCue = lex.cues.get('otherLanguage');
  let otherLanguage: Language | undefined;
  // (In a longer message only as "in Arabic", «بالعربي»: "tell me in Arabic what <name> said".)
  const inLanguage = w.some((x, i) => (w[i - 1] === 'in' && (x === 'arabic' || x === 'english')) || /^(بال|بل)(عربي|انجليزي|انكليزي|انقليزي)/.test(x));
  if ((w.length <= 7 || inLanguage) && w.some((x) => otherLanguageCue?.words.has(x))) {
    if (w.some((x) => x === 'arabic' || /عربي/.test(x))) otherLanguage = 'ar';
    else if (w.some((x) => x === 'english' || /(انجليز|انكليز|انقليز)/.test(x))) otherLanguage = 'en';
  }

  // "What does the group do (besides …)?": the last "do" is what is asked, not an auxiliary.
  const doIndex = (w[0] === 'what' || w[0] === 'whats') && w.length > 1 ? w.lastIndexOf('do') : -1;
  const content: ContentWord[] = [];
  w.forEach((word, i) => {
    if (inEntity.has(i)) return;
    if (i === doIndex && i > 1) {
      content.push(virtual('do'));
      return;
    }
    const f = facts[i]!;
    // "tell me" is politeness; "what did he tell the meeting?" asks what was said.
    const tellsSomething = (word === 'tell' || word === 'told') && !['me', 'us', 'you'].includes(w[i + 1] ?? '');
    if ((f.stop && !tellsSomething) || f.chatter || f.pronoun) return;
    // «وتخبرني», «فشكرا»: a conjunction on a function word is still a function word.
    if (f.conjoinedFunction) return;
    if (f.question !== undefined && !focus.has(i) && !tellsSomething) return;
    if (f.count && (kind === 'count' || !focus.has(i))) return;
    // "Is the number of members 34?": a figure in a yes/no question is checked as a number, not matched as a word.
    // (A figure the data itself uses, like "28", still points at the statement that gives it.)
    // (A year stays a word: it asks about a date.)
    if (kind === 'yesno' && /^\d{1,3}$/.test(word) && !options.known(word)) return;
    if (f.exclusion) return;
    // "first", "last" are positions, not topics; "earlier", «السابقة» still tell one tweet from another.
    if ((f.ordinal ?? 0) > 0 && !isNear(w, i, meetingAt)) return;
    // "what does the article say about…": the article's saying is not a statement's.
    if (f.say && w.slice(Math.max(0, i - 2), i).some((x) => DOC.has(x))) return;
    // ("a press conference", «بمؤتمر صحفي»: two words that together name what reports like this never state.)
    // («رئيس الجلسات»: the chair of the sessions is asked by the sessions' own words.)
    if (chairOf(w, i, lex)) return;
    // (The word's own reading is memoized; a pair depends on the words beside it.)
    const outOfScope = f.outOfScope || outOfScopePair(w[i - 1], word, lex) || outOfScopePair(word, w[i + 1], lex);
    content.push({
      word,
      stem: f.stem,
      context: !outOfScope && !focus.has(i) && f.context,
      outOfScope,
    });
  });
  // Where, when and why are themselves what is asked ("Why was it held?" is about the purpose),
  // and so is the future tense ("Will they meet again?"): each becomes a word to match.
  const asked = VIRTUAL[kind];
  const future = isFuture(w, lex, language, flags, facts);
  // Read once, used for both the cues and the cue sets.
  const membership = hasCue(lex, 'membership', w, flags);
  const chair = hasCue(lex, 'chair', w, flags);
  // ("public services — where?": with two words of its own saying what is asked about, "where" is the
  // form of the answer and weighs as a setting word.)
  const said = content.filter((c) => !c.context && !c.outOfScope && options.known(c.word) && !lex.cues.get('holding')?.words.has(c.word)).length;
  if (asked) content.push(asked === 'where' && said >= 2 ? { ...virtual(asked), context: true } : virtual(asked));
  // "are there any…?" asks whether something exists; "was <member> there?" asks about attendance.
  // ("take part" is attending; "take place" is where or when; "in there" is not being there.)
  const notAttendance: number[] = [];
  w.forEach((x, i) => {
    if (x === 'there' && ['is', 'are', 'was', 'were', 'r'].includes(w[i - 1] ?? '') && EXISTENTIAL.has(w[i + 1] ?? '')) notAttendance.push(i);
    else if (/^(take|takes|took|taking)$/.test(x) && w[i + 1] === 'place') notAttendance.push(i);
    else if (x === 'there' && ['in', 'on'].includes(w[i - 1] ?? '')) notAttendance.push(i);
    // («موجودة في الليستة»: being in the list is membership, not being at the meeting.)
    else if (/^موجود/.test(x) && w.slice(i + 1, i + 4).some((y) => !!lex.cues.get('membership')?.words.has(y.replace(/^(في|ب)(?=ال)/, '')))) notAttendance.push(i);
  });
  if (future && !content.some((c) => c.word === 'future')) content.push(virtual('future'));
  // A region word inside a name ("the African Union") is the name's; a region the article names
  // (one in a title) is still a region.
  const inName = (at: number) => entities.some((m) => m.entity.type !== 'region' && m.start <= at && at < m.end);
  const region = findPhrase(w, lex.regions, phraseWords, (_r, at) => !inName(at))?.code;

  // One literal with every key (the optional ones undefined when absent), in one order: frames then share one shape.
  return {
    language,
    words: w,
    kind,
    content,
    entities,
    cues: {
      membership,
      attendance: notAttendance.length === 0 ? hasCue(lex, 'attendance', w, flags) : hasCue(lex, 'attendance', w.filter((_x, i) => !notAttendance.includes(i))),
      chair,
      // Only a yes/no or where question naming a place after "in": "held *in Dubai*?", «في الرياض».
      location:
        (kind === 'yesno' || kind === 'where') &&
        hasCue(lex, 'location', w, flags) &&
        entities.some((m) => ['state', 'city', 'place'].includes(m.entity.type) && LOCATIVE.has(w[m.start - (w[m.start - 1] === 'the' ? 2 : 1)] ?? '')),
      // "the last country, not counting the organisations": a type said with a negation is the one left out.
      // (A type word inside a name, such as "Nations" in an organisation's name, is the name's.)
      // («دولية», "international", shares the stem of «دول», "states", and is not one.)
      states: mayHaveCue(lex, 'states', flags) && hasCue(lex, 'states', unnegated(w, lex, 'states', 'organisations', flags).map((x, i) => (inEntity.has(i) || lex.cues.get('notStates')?.words.has(x) ? '' : x)), flags),
      organisations: mayHaveCue(lex, 'organisations', flags) && hasCue(lex, 'organisations', unnegated(w, lex, 'organisations', 'states', flags).map((x, i) => (inEntity.has(i) ? '' : x)), flags),
      dateDetail: w.some((x) => lex.dateDetail.has(x)),
      future,
      compare: hasCue(lex, 'compare', w, flags) && !(w.includes('more') && w.includes('about')),
    },
    region,
    numbers: defined(facts, (f) => f.number),
    // (A dialect yes/no question has no particle: "Peru a member or did it only attend?", «… لو بس حضر؟».)
    choice: (kind === 'yesno' || (kind === 'what' && !w.some((x) => { const k = lex.questionWords.get(x); return k !== undefined && k !== 'yesno' && k !== 'list'; }))) && w.some((x, i) => OR_WORDS.has(x) && (i > 1 || (i === 1 && w.length === 3)) && i < w.length - 1 && !['not', 'no', 'nah', 'لا', 'ل', 'شي', 'something', 'anything', 'anywhere', 'somewhere', 'whatever'].includes(w[i + 1]!) && !(w[i + 1] === 'did' && ['it', 'they'].includes(w[i + 2] ?? ''))),
    noWhWord: !w.some((x, k) => {
      const kind = facts[k]!.question;
      if (kind === undefined || kind === 'yesno') return false;
      if (kind === 'list' && k > 0) return false;
      return !((x === 'من' || x === 'ومن') && k > 0);
    }),
    cueSets: CUE_SET_NAMES.filter((name) => (name === 'chair' ? chair : name === 'membership' ? membership : hasCue(lex, name, w, flags))),
    // Only a question holding a negation can negate a cue (most hold none).
    negatedCueSets: w.some((x) => x === 'ما' || VERB_NEGATIONS.has(x)) ? CUE_SET_NAMES.filter((name) => negatedCue(w, lex, name)) : [],
    exclude: exclude.filter((id) => !(relative && relative.entity === id)),
    excludeSelf,
    between: hasCue(lex, 'between', w, flags) || (afterTarget !== undefined && beforeTarget !== undefined && afterTarget !== beforeTarget),
    ordinals: defined(facts, (f) => f.ordinal),
    ordinal,
    meetingOrdinal,
    relative,
    relativeBack,
    post,
    pronoun,
    continuation,
    otherLanguage,
  };
}

/** The post words of a question that names a post, with the words beside its head nouns and after its qualifiers. */
function postWords(w: readonly string[], facts: readonly WordFacts[], inEntity: ReadonlySet<number>, lex: Lexicon): string[] {
  const near: number[] = [];
  facts.forEach((f, i) => {
    if (f.postHead && !chairOf(w, i, lex)) near.push(i - 1, i + 1);
  });
  facts.forEach((f, i) => {
    if (f.qualifier) near.push(i + 1);
  });
  const modifiers = near.filter((k) => k >= 0 && k < w.length && !inEntity.has(k) && !facts[k]!.stop && !facts[k]!.postWord && facts[k]!.question === undefined && !facts[k]!.chatter);
  const terms: string[] = [];
  for (const f of facts) if (f.postTerm !== undefined) terms.push(f.postTerm);
  return [...new Set([...terms, ...modifiers.map((k) => w[k]!)])];
}

/** «منصبه», «بكلمته»: a known word (after a preposition, with «ة» written «ت») carrying a possessive. */
function possessed(x: string, known: (w: string) => boolean): boolean {
  // A word with the article «ال» takes no possessive: «المجموعه» is «المجموعة», not "its group".
  if (/^(و|ف)?(ب|ل|ك)?ال/.test(x) && !x.endsWith('ها') && !x.endsWith('هم')) return false;
  const base = x.replace(/(ه|ها|هم|هما)$/, '');
  const bare = base.replace(/^(و|ف)?(ب|ل|ك)/, '');
  return [base, bare].some((b) => b.length >= 3 && (known(b) || (b.endsWith('ت') && known(`${b.slice(0, -1)}ه`))));
}

/** Words asking for a sum ("in total", «بالمجموع»). */
const TOTAL_WORDS = new Set(['total', 'altogether', 'combined', 'overall', 'مجموع', 'المجموع', 'بالمجموع', 'اجمالي', 'الاجمالي', 'اجمالا', 'الكل', 'كلهم']);
/** English negative auxiliaries that open an inverted question ("why didn't…", "how come doesn't…"). */
const INVERTED_NEGATIONS = new Set(['didnt', 'doesnt', 'dont', 'wasnt', 'werent', 'isnt', 'arent', 'hasnt', 'havent']);
/** Negations of a verb: "did not attend", "wasn't there", «لم تحضر», «ما حضر», «مش عضو». */
const VERB_NEGATIONS = new Set(['not', 'never', 'didnt', 'doesnt', 'dont', 'wasnt', 'werent', 'isnt', 'arent', 'hasnt', 'havent', 'لم', 'لن', 'مش', 'مو', 'ماكو', 'ليست', 'ليس', 'ما']);

const ADVERBS = new Set(['even', 'actually', 'really', 'yet', 'also', 'ever', 'فعلا', 'ابدا', 'اصلا', 'حتي']);

function negatedCue(w: readonly string[], lex: Lexicon, name: string): boolean {
  const entry = lex.cues.get(name);
  if (!entry) return false;
  const at = (i: number) => {
    const x = w[i]!;
    // An Arabic imperfect («تحضر», «يحضروا») is its verb's cue too.
    const verb = isArabicWord(x) && /^[يتن]/.test(x) && x.length >= 4 ? x.slice(1).replace(/(وا|ون|و)$/, '') : '';
    return entry.words.has(x) || (!!verb && entry.words.has(verb)) || (x.length >= 4 && entry.stems.has(stem(x))) || entry.phrases.some((p) => p[0] === x && indexOfPhrase(w.slice(i), p) === 0);
  };
  for (let i = 1; i < w.length; i++) {
    // Right before the verb ("did not attend", «لم تحضر»), or one adverb away ("did not even attend");
    // "(not an organisation) member" negates the noun, not the verb.
    const gap = ADVERBS.has(w[i - 1]!) ? 2 : 1;
    const neg = w[i - gap];
    // «ما» is also "what" (and dialect «شو», «وش» read as it): a negation only after "who", "which", "how many".
    // (…or after "why": «ليش بيرو ما حضرت؟».)
    const negated = neg === 'ما' ? ['من', 'اي', 'كم'].includes(w[i - gap - 1] ?? '') || w.slice(0, i - gap).some((x) => lex.questionWords.get(x) === 'why') : neg !== undefined && VERB_NEGATIONS.has(neg);
    // (The negation first: it is cheaper to read than the cue, and most words follow none.)
    if (negated && at(i)) return true;
  }
  // "Why didn't Peru attend?": an auxiliary right after the question word negates the verb after its subject.
  const inverted = w.findIndex((x, k) => k > 0 && INVERTED_NEGATIONS.has(x) && lex.questionWords.has(w[k - 1]!));
  if (inverted > 0) for (let i = inverted + 2; i < Math.min(w.length, inverted + 5); i++) if (at(i)) return true;
  return false;
}

/** "or" between alternatives: «أم», «أو», dialect «ولا», «والا», «لو». */
export const OR_WORDS = new Set(['or', 'ام', 'او', 'ولا', 'والا', 'لو', 'wala', 'walla']);

/** Words that negate what follows them: "not", "excluding", «غير», «مش»… */
export const NEGATIONS = new Set(['not', 'no', 'non', 'excluding', 'غير', 'ليس', 'وليس', 'مش', 'لا', 'بدون']);

/** The words with those of a cue that follow a negation within three words blanked out. */
function unnegated(w: readonly string[], lex: Lexicon, cue: string, other: string, flags: readonly Uint8Array[]): string[] {
  const words = lex.cues.get(cue)?.words;
  // "besides the countries, who else…": a type set aside is not the type asked for either (unless the
  // other type is named: "which organisations besides the states" asks for organisations, as the list says).
  const otherNamed = hasCue(lex, other, w, flags);
  const aside = otherNamed ? undefined : lex.cues.get('exclusion')?.words;
  // "organisations alongside the states?", «منظمات ويا الدول»: the type after "with" accompanies the one asked.
  // ("…in total, countries plus organisations?": a total counts both.)
  const beside = otherNamed && !w.some((x) => TOTAL_WORDS.has(x)) ? lex.cues.get('companion')?.words : undefined;
  // "how many members, including the organisations?": a type counted in is not the only one asked for.
  const within = lex.cues.get('inclusion')?.words;
  // (It reaches along a list: "counting Peru, Chile and the organisations".)
  // ("which other organisations": "other" right before the type is its adjective, not a setting aside.)
  const setAside = (y: string, k: number) => NEGATIONS.has(y) || (!!aside?.has(y) && !(k === 1 && (y === 'other' || y === 'another')));
  return w.map((x, i) => (words?.has(x) && (w.slice(Math.max(0, i - 3), i).some((y, k, arr) => setAside(y, arr.length - k)) || w.slice(Math.max(0, i - 6), i).some((y) => !!within?.has(y)) || !!beside?.has(w[i - 1] ?? '')) ? '' : x));
}

/** Next to a meeting word, or one short word away ("the first meeting", «الاجتماع هو الأول»). */
function isNear(w: readonly string[], i: number, at: ReadonlySet<number>): boolean {
  if (at.has(i - 1) || at.has(i + 1)) return true;
  return (at.has(i + 2) && BETWEEN.has(w[i + 1] ?? '')) || (at.has(i - 2) && BETWEEN.has(w[i - 1] ?? ''));
}
/** What follows "is there" when it asks whether something exists ("are there any…", "is there a…"). */
const EXISTENTIAL = new Set(['any', 'a', 'an', 'some', 'many', 'more', 'other', 'others', 'anyone', 'anybody', 'anything', 'no', 'only', 'just', 'states', 'countries', 'organisations', 'organizations', 'members']);
/** Cue lists whose words make an ordinal a place in a list. */
const LIST_CUES = ['position', 'membership', 'states', 'organisations', 'attendance', 'chair'];
const OCCASIONS = new Set(['time', 'edition', 'round', 'session', 'مره', 'المره', 'دوره', 'الدوره', 'نسخه', 'النسخه']);
const BETWEEN = new Set(['the', 'this', 'of', 'its', 'their', 'number', 'no', 'هو', 'هي', 'كان', 'كانت', 'هذا', 'هذه', 'رقم']);
const SAY = new Set(['say', 'says', 'said', 'mention', 'mentions', 'tell', 'tells', 'talk', 'يقول', 'يذكر', 'قال', 'ذكر']);
const DOC = new Set(['article', 'text', 'report', 'story', 'news', 'piece', 'it', 'الخبر', 'المقال', 'المقاله', 'النص', 'التقرير']);
/** "the article", «الخبر»: the document itself, never what a question is about. */
export const isDocumentWord = (w: string): boolean => DOC.has(w) || DOC.has(w.replace(/^(و|ف)?(ب|ل|في)(?=ال)/, ''));

const virtual = (word: string): ContentWord => ({ word, stem: stem(word), context: false, outOfScope: false });

/** A setting word: English by stem, Arabic by the word without its clitics («الدول» is not «الدولي»). */
export function isContext(word: string, lex: Lexicon): boolean {
  if (lex.context.has(word)) return true;
  if (!isArabicWord(word)) return lex.contextStems.has(stem(word));
  const bare = word.replace(/^(و|ف)?(بال|لل|ال|ب|ل)?/, '');
  return bare.length >= 3 && (lex.context.has(bare) || lex.context.has(`ال${bare}`));
}

/** An ordinal word, also with «و» ("and the last", «وآخر»). */
function ordinalOf(x: string, lex: Lexicon): number | undefined {
  return lex.ordinals.get(x) ?? (x.length > 3 && x.startsWith('و') ? lex.ordinals.get(x.slice(1)) : undefined);
}

/** "the chair of the sessions", «رئيس الجلسات»: a chair of a meeting, not a post such as a president. */
function chairOf(w: readonly string[], i: number, lex: Lexicon): boolean {
  if (!lex.cues.get('chairHead')?.words.has(w[i]!)) return false;
  const chairable = lex.cues.get('chairable')?.words;
  const next = w[i + 1] === 'of' ? (w[i + 2] === 'the' ? w[i + 3] : w[i + 2]) : w[i + 1];
  return !!chairable?.has(next ?? '');
}

/** Two words, the first without its Arabic prefixes, listed together as out of scope. */
function outOfScopePair(a: string | undefined, b: string | undefined, lex: Lexicon): boolean {
  if (a === undefined || b === undefined) return false;
  return lex.outOfScope.has(`${a} ${b}`) || (isArabicWord(a) && lex.outOfScope.has(`${a.replace(/^(و|ف)?(بال|لل|ال|ب|ل|في)?/, '')} ${b}`));
}

/** English by stem ("prices" → "price"); Arabic by the word itself: Arabic stems collide («عملة», «العمل»). */
function isOutOfScope(word: string, lex: Lexicon): boolean {
  if (lex.outOfScope.has(word)) return true;
  if (isArabicWord(word)) {
    const bare = word.replace(/^(و|ف)?(بال|لل|ال|ب|ل)?/, '');
    // «متابعينه»: with a possessive on it too.
    const stems = [bare, bare.replace(/(ه|ها|هم|ك|ي|و)$/, '')];
    return stems.some((b) => b.length >= 3 && (lex.outOfScope.has(b) || lex.outOfScope.has(`ال${b}`)));
  }
  return lex.outOfScopeStems.has(stem(word));
}
