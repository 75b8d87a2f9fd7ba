// Reads a question: its language, what kind of answer it wants, the entities it names,
// and the content words left to match against the facts.
import type { QuestionKind } from '../data/schema.js';
import { bare, expandCapitalForms, findEntities, isSpecific, type EntityMention, type Gazetteer } from './entities.js';
import {
  ATTENDANCE_CUES,
  CHAIR_CUES,
  CONTEXT_STEMS,
  CONTEXT_WORDS,
  DATE_DETAIL,
  FUTURE_CUES,
  NOT_FUTURE_VERBS,
  MEMBERSHIP_CUES,
  ORGANISATION_CUES,
  OUT_OF_SCOPE,
  OUT_OF_SCOPE_STEMS,
  STATE_CUES,
  STOPWORDS,
  stemSet,
} from './lexicon.js';
import { fold, isArabicWord, stem, words } from './normalize.js';

export type Language = 'ar' | 'en';

export interface ContentWord {
  word: string;
  stem: string;
  /** A word of the article's setting ("meeting", «الاجتماع»): never held against a fact. */
  context: boolean;
  /** A word asking for something the article never states (an age, a price…). */
  outOfScope: boolean;
}

export interface Understanding {
  question: string;
  language: Language;
  kind: QuestionKind;
  /** Folded words of the whole question. */
  words: string[];
  content: ContentWord[];
  entities: EntityMention[];
  cues: {
    membership: boolean;
    attendance: boolean;
    chair: boolean;
    /** A country or city named as a place: "held *in Dubai*", «في الرياض». */
    location: boolean;
    states: boolean;
    organisations: boolean;
    dateDetail: boolean;
  };
}

/** Arabic script anywhere decides: a mixed question ("هل UAE عضو؟") is still asked in Arabic. */
export function detectLanguage(text: string): Language {
  return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text) ? 'ar' : 'en';
}

const EN_YESNO = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'can', 'will', 'could', 'would', 'should', 'isnt', 'arent', 'wasnt', 'doesnt', 'didnt']);
const EN_LEADERS = new Set(['so', 'and', 'but', 'please', 'pls', 'ok', 'okay', 'hey', 'hi', 'tell', 'me', 'us', 'can', 'could', 'you', 'i', 'want', 'to', 'know', 'do', 'does', 'the', 'article', 'say', 'says']);

function englishKind(w: readonly string[]): QuestionKind {
  const text = ` ${w.join(' ')} `;
  if (/ how (many|much) | number of | count /.test(text)) return 'count';
  if (/ (what|which) (date|day|year|month|time) | what time /.test(text)) return 'when';
  if (/ (in|at) (which|what) (city|place|country|location|venue|building) /.test(text)) return 'where';
  // The first question word decides ("tell me who chaired" → who).
  for (const word of w) {
    if (['who', 'whos', 'whom', 'whose'].includes(word)) return 'who';
    if (['where', 'wheres'].includes(word)) return 'where';
    if (['when', 'whens'].includes(word)) return 'when';
    if (word === 'why') return 'why';
    if (word === 'how' || word === 'hows') return 'how';
    if (word === 'which') return 'which';
    if (word === 'what' || word === 'whats') return 'what';
  }
  // No wh-word: a request ("list the members", "can you name…") or a yes/no question ("is Sweden on the list?").
  let i = 0;
  if (EN_YESNO.has(w[0] ?? '') && w[1] === 'you') i = 2; // "can you …", "could you …": a request, not a yes/no
  while (i < w.length && EN_LEADERS.has(w[i]!) && !EN_YESNO.has(w[i]!)) i++;
  const first = w[i];
  if (first && ['list', 'name', 'enumerate', 'show', 'give'].includes(first)) return 'list';
  if (first && EN_YESNO.has(first)) return 'yesno';
  return 'what';
}

function arabicKind(w: readonly string[]): QuestionKind {
  const text = ` ${w.join(' ')} `;
  if (/ (كم|وكم|فكم) | (ما|وما) عدد | عدد /.test(text)) return 'count';
  if (/ (في )?(اي|أي) (يوم|تاريخ|سنه|عام|شهر|وقت|ساعه) /.test(text)) return 'when';
  if (/ في (اي|أي) (مدينه|مكان|بلد|دوله|مبني|موقع|عاصمه) /.test(text) || / (اي|أي) (مدينه|مكان|موقع) /.test(text)) return 'where';
  for (const word of w) {
    if (['اين', 'واين', 'وين', 'فاين'].includes(word)) return 'where';
    if (['متي', 'ومتي', 'امتي'].includes(word)) return 'when';
    if (['لماذا', 'ولماذا', 'ليش', 'لم', 'علام'].includes(word)) return 'why';
    if (['كيف', 'وكيف'].includes(word)) return 'how';
    if (['هل', 'وهل', 'اهل'].includes(word)) return 'yesno';
    if (['اي', 'ايه', 'ايا', 'واي'].includes(word)) return 'which';
    if (['ما', 'ماذا', 'مالذي', 'وما', 'وماذا', 'ماهي', 'ماهو', 'وش', 'شو', 'ايش', 'شنو'].includes(word)) return 'what';
    if (['اذكر', 'عدد', 'سم', 'عددي', 'قائمه'].includes(word)) return 'list';
    // «من» opens a who-question; later in the sentence it is the preposition "from".
    if (word === 'من' || word === 'ومن' || word === 'فمن' || word === 'منو' || word === 'مين') {
      if (w.indexOf(word) === 0) return 'who';
    }
  }
  return 'what';
}

export function detectKind(w: readonly string[], language: Language): QuestionKind {
  return language === 'ar' ? arabicKind(w) : englishKind(w);
}

/**
 * English by stem ("prices" → "price"); Arabic by the word without its clitics only, since Arabic
 * stems collide: «عملة» (currency) and «العمل» (work) share the stem «عمل».
 */
function isOutOfScope(word: string): boolean {
  if (OUT_OF_SCOPE.has(word)) return true;
  return isArabicWord(word) ? OUT_OF_SCOPE_BARE.has(bare(word)) : OUT_OF_SCOPE_STEMS.has(stem(word));
}
const OUT_OF_SCOPE_BARE = new Set([...OUT_OF_SCOPE].map(bare));

/** Chat shorthand and common misspellings of question words, as people type them in Discord. */
const ABBREVIATIONS: Record<string, string> = {
  ppl: 'people', govt: 'government', mtg: 'meeting', mtgs: 'meetings', wg: 'working group', wgs: 'working groups',
  org: 'organisation', orgs: 'organisations', intl: 'international', abt: 'about', bc: 'because', reps: 'representatives',
  rep: 'representative', dept: 'department', wich: 'which', whcih: 'which', wat: 'what', wut: 'what', wht: 'what',
  wher: 'where', whre: 'where', wen: 'when', whn: 'when', hw: 'how', hwo: 'who', waht: 'what', hte: 'the',
};

function expandAbbreviations(w: string[]): string[] {
  return w.flatMap((x) => ABBREVIATIONS[x]?.split(' ') ?? [x]);
}

const LOCATIVE = new Set(['in', 'at', 'inside', 'في', 'داخل']);
const HELD_WORDS = new Set(['meeting', 'held', 'hold', 'take', 'took', 'convened', 'met', 'meet', 'اجتماع', 'الاجتماع', 'عقد', 'انعقد', 'عقدت', 'اجتمع', 'اجتمعت', 'اجتمعوا']);

const KIND_WORDS: Partial<Record<QuestionKind, string>> = { where: 'where', when: 'when', why: 'why' };
const virtualWord = (word: string): ContentWord => ({ word, stem: stem(word), context: false, outOfScope: false });

/** "will …", «سوف», or an Arabic imperfect with the future prefix سـ («ستعقد», «سيجتمع»). */
function isFuture(w: readonly string[], language: Language): boolean {
  if (w.some((x) => FUTURE_CUES.has(x))) return true;
  if (language !== 'ar') return false;
  return w.some((x) => /^و?س[يتن]/.test(x) && x.replace(/^و/, '').length >= 5 && !NOT_FUTURE_VERBS.has(x.replace(/^و/, '')));
}

const COUNT_CUES = new Set(['many', 'much', 'number', 'كم', 'وكم', 'فكم', 'عدد']);

/** Positions of the (up to two) words naming what a count question counts. */
function countedWords(w: readonly string[]): Set<number> {
  const out = new Set<number>();
  const cue = w.findIndex((x) => COUNT_CUES.has(x));
  if (cue < 0) return out;
  for (let i = cue + 1; i < w.length && out.size < 2; i++) {
    const x = w[i]!;
    if (COUNT_CUES.has(x) || STOPWORDS.has(x)) {
      if (out.size > 0) break;
      continue;
    }
    out.add(i);
  }
  return out;
}

/** Cue lists matched by word or by stem, so «والمنظمات» meets «المنظمات» and "organisations" "organizations". */
const cueStems = new Map<Set<string>, Set<string>>();
const has = (w: readonly string[], set: Set<string>) => {
  let stems = cueStems.get(set);
  if (!stems) cueStems.set(set, (stems = stemSet(set)));
  return w.some((x) => set.has(x) || stems.has(stem(x)));
};

export function understand(question: string, gazetteer: Gazetteer): Understanding {
  const language = detectLanguage(question);
  const all = expandAbbreviations(words(fold(expandCapitalForms(question.replace(/(#|\bno\.)\s*of\b/gi, 'number of')))));
  const kind = detectKind(all, language);
  const entities = findEntities(gazetteer, all);
  const focus = kind === 'count' ? countedWords(all) : new Set<number>();
  // Words inside a named entity are the entity, not content; but what a count counts stays content
  // even inside a setting name («كم مجموعة عمل»: how many working groups, not "the working group").
  const inEntity = new Set<number>();
  for (const m of entities) {
    const counted = !isSpecific(m.entity) && focus.has(m.start);
    for (let i = m.start; i < m.end; i++) if (!counted) inEntity.add(i);
  }
  // "What does the group do (besides …)?": the second "do" is the question, not an auxiliary.
  const doIndex = language === 'en' && /^(what|whats) /.test(all.join(' ')) ? all.lastIndexOf('do') : -1;

  const content: ContentWord[] = [];
  all.forEach((word, i) => {
    if (inEntity.has(i) || (STOPWORDS.has(word) && !(i === doIndex && i > 1))) return;
    if (kind === 'count' && COUNT_CUES.has(word)) return; // "number of", «عدد»: the count itself, not a topic
    if ((word === 'first' || word === 'last') && all[i + 1] === 'name') return; // "first name" asks for the name
    const outOfScope = isOutOfScope(word);
    content.push({
      word,
      stem: stem(word),
      // What a count asks about ("how many *groups*") must match even when it is a setting word;
      // a word asking for something out of scope («عملة», currency) is never mere setting.
      context: !outOfScope && !focus.has(i) && (CONTEXT_WORDS.has(word) || CONTEXT_STEMS.has(stem(word))),
      outOfScope,
    });
  });
  // Where, when and why are themselves what is asked ("Why was it held?" is about the purpose, not
  // the holding), and so is the future tense ("Will they meet again?"): each becomes a word to match.
  const asked = KIND_WORDS[kind];
  if (asked) content.push(virtualWord(asked));
  if (isFuture(all, language) && !content.some((c) => c.word === 'future')) content.push(virtualWord('future'));

  return {
    question,
    language,
    kind,
    words: all,
    content,
    entities,
    cues: {
      membership: has(all, MEMBERSHIP_CUES),
      attendance: has(all, ATTENDANCE_CUES),
      chair: has(all, CHAIR_CUES),
      // Only a yes/no or where question about the meeting itself: "what does it want in Iraq?" is not about a venue.
      location:
        (kind === 'yesno' || kind === 'where') &&
        all.some((x) => HELD_WORDS.has(x)) &&
        entities.some((m) => ['country', 'city'].includes(m.entity.type) && LOCATIVE.has(all[m.start - (all[m.start - 1] === 'the' ? 2 : 1)] ?? '')),
      states: has(all, STATE_CUES),
      organisations: has(all, ORGANISATION_CUES),
      dateDetail: has(all, DATE_DETAIL),
    },
  };
}
