// A message is not always just a question. This finds the question(s) inside it: sentences about the
// asker ("I'm writing a school report…", «عندي بحث تخرج») and greetings are set aside, so they never
// lower the confidence of a clear question; and a message that asks two things ("who chaired it and
// where was it held?", «مين ترأس ووين صار؟») becomes two questions, each answered.
import { isDocumentWord } from './frame.js';
import type { Lexicon } from './lexicon.js';
import { fold } from './normalize.js';
import type { Prepared } from './preprocess.js';
import { cacheFor, remember } from './memo.js';

export interface Segmented {
  /** One or more questions, each as prepared words; the first is the message's main question. */
  parts: Prepared[];
  /** The whole message's kept words, as one question (used when splitting reads worse). */
  whole: Prepared;
  /** True when every sentence was small talk or about the asker. */
  onlyChatter: boolean;
  /**
   * The sentences set aside, as one: what they name can be what a question's "him" or "it" means.
   * Their words, and the reading as one prepared text, made only when asked for.
   */
  setAside?: { words: string[]; read: () => Prepared };
}

// A full stop ends a sentence only after a word of four letters or more (not "Dr.", "U.S.", «د.»).
// (Or after a short lowercase word, "…what his title is. Who…": abbreviations are capitalised.)
// (Not after the few lowercase abbreviations: "meeting no. 2".)
// (Arabic has no such abbreviations of two or three letters: «شيء.», «له.» end sentences too.)
const SENTENCE = /(?<=[^\s.]{4}|(?:^|\s)[a-z]{2,3}|(?:^|\s)[\u0621-\u064A]{2,3})(?<!(?:^|\s)(?:no|nos|vs|cf|pp|vol|fig|etc|approx|ca))\.+(?=\s|$)|[!?؟;؛:\n]+|…/;
const CONJUNCTIONS = new Set(['and', 'also', 'plus', 'then', 'و', 'ثم', 'وكمان', 'وايضا']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'for', 'to', 'with', 'by', 'of', 'about', 'since', 'under', 'في', 'من', 'الي', 'علي', 'عن', 'مع']);
/** Kinds whose word may open a second question after "and" (yes/no auxiliaries only after a comma or a question mark). */
const SPLITTING_KINDS = new Set(['who', 'what', 'which', 'where', 'when', 'why', 'how', 'count']);

const isQuestionWord = (lex: Lexicon, w: string) => {
  const kind = lex.questionWords.get(w);
  return kind !== undefined && SPLITTING_KINDS.has(kind);
};

/** Tag questions: "right?", "isn't it?", «صحيح؟», «مو؟», «مش كده؟». */
const TAGS = new Set(['right', 'correct', 'true', 'yes', 'no', 'yeah', 'isnt', 'it', 'is', 'that', 'this', 'eh', 'didnt', 'doesnt', 'wasnt', 'werent', 'arent', 'dont', 'hasnt', 'havent', 'wont', 'he', 'she', 'they', 'ok', 'صحيح', 'صح', 'مو', 'ليس', 'مش', 'كده', 'كذا', 'كذلك', 'اليس', 'هل', 'هذا', 'ولا', 'لا', 'اكيد', 'اي', 'ايه', 'وله']);
/** Asking for a check of what was just said: "Is that what the article says?", "Could you confirm that?" */
const CHECK_WORDS = new Set(['confirm', 'verify', 'check', 'accurate', 'correct', 'true', 'right', 'صحيح', 'صح', 'تاكيد', 'تتاكد', 'تاكد', 'اكد']);
const CHECK_ALSO = new Set(['say', 'says', 'said', 'article', 'report', 'text', 'story', 'what', 'from', 'could', 'can', 'would', 'you', 'u', 'please', 'pls', 'so', 'does', 'did', 'according', 'me', 'for', 'الخبر', 'يقول', 'يذكر', 'ممكن', 'هيك', 'كذلك', 'فعلا']);
/** "According to the article", «حسب الخبر»: where to look, with nothing asked. */
function isSourceOnly(p: Prepared, lex: Lexicon): boolean {
  return ACCORDING.has(p.words[0] ?? '') && !hasQuestionWord(p, lex) && p.words.slice(1).every((w) => SOURCE_WORDS.has(w) || lex.stopwords.has(w) || isDocumentWord(w));
}
/** What such a sentence may name and still add nothing: the article and its parts. */
const SOURCE_WORDS = new Set(['to', 'paragraph', 'last', 'first', 'final', 'opening', 'line', 'sentence', 'فقره', 'الفقره', 'الاخيره', 'الاولي', 'اخر']);
/** A sentence opening with one of these says where to look ("according to the last paragraph"), not what to ask. */
const ACCORDING = new Set(['according', 'per', 'حسب', 'بحسب', 'وفق', 'وفقا', 'طبقا']);
const PARTITIVE = new Set(['of', 'among', 'amongst', 'from', 'out', 'between']);
const LEADERS = new Set(['and', 'so', 'also', 'but', 'then', 'ok', 'okay', 'و', 'طيب']);

/** «من» is also "from" and «ما» also "not": inside a sentence they ask nothing. */
const START_ONLY = new Set(['من', 'ما', 'ومن', 'وما']);

function hasQuestionWord(p: Prepared, lex: Lexicon): boolean {
  // A yes/no question opens with its auxiliary ("Is the EU a member…", «هل…»).
  const first = p.words.find((w) => !LEADERS.has(w));
  if (first !== undefined && lex.questionWords.get(first) === 'yesno' && !['you', 'u'].includes(p.words[p.words.indexOf(first) + 1] ?? '')) return true;
  if (p.words.some((w, i) => isQuestionWord(lex, w) && (!START_ONLY.has(w) || i <= 1))) return true;
  const joined = p.words.join(' ');
  return countPhrases(lex).some((q) => joined.includes(q));
}

/** The lexicon's count phrases ("how many", «ما عدد»), as text, built once per lexicon. */
const countPhraseTexts = new WeakMap<Lexicon, string[]>();
function countPhrases(lex: Lexicon): string[] {
  let out = countPhraseTexts.get(lex);
  if (!out) countPhraseTexts.set(lex, (out = lex.questionPhrases.filter((q) => q.kind === 'count').map((q) => q.words.join(' '))));
  return out;
}

/** English wh-words that also open relative clauses ("the article, which…", "the day when…"). */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
/** Verbs after which a wh-word asks ("I'd like to know which…", "tell me who…", "arguing about who…"). */
const ASKING_VERBS = new Set(['know', 'tell', 'wonder', 'wondering', 'wondered', 'ask', 'asking', 'asked', 'explain', 'understand', 'find', 'curious', 'sure', 'confirm', 'clarify', 'figure', 'check', 'say', 'show', 'learn', 'unclear', 'idea', 'remind', 'share', 'me', 'about', 'whether']);

/**
 * "…this article, which I can only half read.": in a sentence that does not end in "?", an English
 * wh-word inside it after no verb of asking is a relative pronoun, not a question.
 */
function relativeOnly(p: Prepared, lex: Lexicon): boolean {
  const first = p.words.findIndex((w) => !LEADERS.has(w));
  if (lex.questionWords.get(p.words[first] ?? '') === 'yesno' || !p.words.some((w) => isQuestionWord(lex, w))) return false;
  return p.words.every((w, i) => {
    if (!isQuestionWord(lex, w)) return true;
    if (!RELATIVE_PRONOUNS.has(w) || i <= first) return false;
    return !p.words.slice(Math.max(0, i - 3), i).some((x) => ASKING_VERBS.has(x));
  });
}

/** A word without a leading «و»/«ف» and «ال». */
const bare = (w: string) => w.replace(/^(و|ف)?(ال)?/, '');

/** What the segmenter reads of a word by itself. */
interface WordFacts {
  stop: boolean;
  /** The asker speaking of themselves ("I", «أنا»), with or without «و»/«ال». */
  firstPerson: boolean;
  /** Politeness or study, as written, bare, or bare with «ال». */
  chatty: boolean;
  /** Neither a function word, politeness (as written or bare), "I", a question word nor a pronoun. */
  content: boolean;
}

/** Word facts by lexicon and word (bounded): sentences are read several times, and words come back. */
const wordFacts = new WeakMap<Lexicon, Map<string, WordFacts>>();
function factsOf(w: string, lex: Lexicon): WordFacts {
  return remember(cacheFor(wordFacts, lex), w, readFacts, lex);
}

function readFacts(w: string, lex: Lexicon): WordFacts {
  const b = bare(w);
  return {
    stop: lex.stopwords.has(w),
    firstPerson: FIRST_PERSON.has(w) || FIRST_PERSON.has(b),
    chatty: lex.chatter.has(w) || lex.chatter.has(b) || lex.chatter.has(`ال${b}`),
    content: !lex.stopwords.has(w) && !lex.chatter.has(w) && !lex.chatter.has(b) && !FIRST_PERSON.has(w) && !lex.questionWords.has(w) && !lex.pronouns.has(w),
  };
}

/** Words that tell a sentence is about the asker or is politeness, not about the article. */
function isChatter(p: Prepared, lex: Lexicon): boolean {
  const facts = p.words.map((w) => factsOf(w, lex));
  const content = facts.filter((f) => !f.stop).length;
  if (content === 0) return true;
  if (isGreeting(p, lex)) return true;
  // The asker speaking of themselves ("I'm writing…", «أنا طالب…») or two words of politeness or study.
  if (facts.some((f) => f.firstPerson)) return true;
  const chatty = facts.filter((f) => f.chatty).length;
  return chatty > 0 && chatty >= Math.min(2, content);
}
/** Words that point back at something just said ("those areas", «هذه المناطق»). */
const DEMONSTRATIVES = new Set(['those', 'these', 'that', 'this', 'هذه', 'هذي', 'هاي', 'تلك', 'هديك', 'هاد', 'هذا', 'ذلك', 'دي', 'ده']);
/** A greeting alone ("Good day", "Hello there"). */
function isGreeting(p: Prepared, lex: Lexicon): boolean {
  const greeting = lex.smallTalk.get('greeting');
  return !!greeting && p.words.every((w) => greeting.has(w));
}
const FIRST_PERSON = new Set(['اعرف', 'بعرف', 'اعلم', 'احاول', 'واحاول', 'بحاول', 'اكتب', 'اجهز', 'ادرس', 'احتاج', 'نحتاج', 'بلدي', 'بلدنا', 'بلادي', 'بلادنا', 'i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'we', 'were', 'our', 'us', 'انا', 'احنا', 'نحن', 'عندي', 'عندنا', 'بدي', 'بدنا', 'ابغي', 'ابي', 'اريد', 'نريد', 'اود', 'لي', 'عني', 'مني']);

/** Openings that state what the article says ("The article says…", «يقول الخبر إن…»). */
const CLAIM_MARKERS: readonly string[][] = [['the', 'article', 'says'], ['the', 'article', 'said'], ['the', 'article', 'states'], ['the', 'report', 'says'], ['the', 'story', 'says'], ['the', 'piece', 'says'], ['المقال', 'يقول', 'ان'], ['يقول', 'المقال', 'ان'], ['ذكر', 'المقال', 'ان'], ['يقول', 'الخبر', 'ان'], ['يقول', 'الخبر'], ['الخبر', 'يقول', 'ان'], ['ذكر', 'الخبر', 'ان'], ['وذكر', 'الخبر', 'ان'], ['يذكر', 'الخبر', 'ان']];
/** Words that open a clause a question takes for granted: "since", "given that", «بما أن», «طالما». */
const PREMISE_MARKERS: readonly string[][] = [...CLAIM_MARKERS, ['given', 'that'], ['now', 'that'], ['since'], ['given'], ['because'], ['considering'], ['seeing', 'that'], ['بما', 'ان'], ['بما', 'انه'], ['بما', 'انها'], ['حيث', 'ان'], ['طالما'], ['طالما', 'ان'], ['لان'], ['كون'], ['باعتبار', 'ان'], ['مادام'], ['ما', 'دام']];

/** How many words open the clause as a premise (0 when it is not one). */
function premiseMarker(words: readonly string[], markers: readonly string[][] = PREMISE_MARKERS): number {
  let longest = 0;
  for (const m of markers) if (m.length > longest && m.every((x, i) => words[i] === x)) longest = m.length;
  return longest;
}

/** Markers that open a premise inside a sentence, after the question (not "because": it may be asked about). */
const TRAILING_PREMISES: readonly string[][] = [['since'], ['given', 'that'], ['seeing', 'that'], ['now', 'that'], ['بما', 'ان'], ['بما', 'انه'], ['بما', 'انها'], ['طالما'], ['طالما', 'ان'], ['مادام'], ['ما', 'دام']];

/** Where a premise starts after at least three words of question, leaving three or more words of claim. */
function trailingPremise(words: readonly string[]): { at: number; length: number } | undefined {
  for (let at = 3; at < words.length; at++) {
    const hit = TRAILING_PREMISES.filter((m) => m.every((x, k) => words[at + k] === x)).sort((a, b) => b.length - a.length)[0];
    if (hit && words.length - at - hit.length >= 3) return { at, length: hit.length };
  }
  return undefined;
}

/** Words that could name what is asked: not function words, politeness, question words or pronouns. */
function contentWords(p: Prepared, lex: Lexicon): string[] {
  return p.words.filter((w) => factsOf(w, lex).content);
}

/**
 * "my dad, who is a retired diplomat, asked…": a relative clause between commas is not a question;
 * nor is one closing a sentence that asks nothing ("…this article, which I can only half read.").
 */
function mergeRelativeClauses(pieces: string[], asked: boolean): string[] {
  const out: string[] = [];
  pieces.forEach((piece, i) => {
    const relative = i > 0 && (i < pieces.length - 1 || !asked) && /^(who|whom|whose|which)\s/i.test(piece.trim());
    if (relative && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${piece}`;
    else out.push(piece);
  });
  return out;
}

/** Splits prepared words before "and who…", «ووين…», «وكم…»: a second question in the same sentence. */
function splitOnConjunction(p: Prepared, lex: Lexicon): Prepared[] {
  // "Where and when was it held?", «أين ومتى عُقد؟»: two question words sharing one sentence.
  // ("Does the article say when and where…?", «هل يذكر الخبر متى وأين…؟»: after a few words of asking.)
  const at = p.words.slice(0, 5).findIndex((x) => isQuestionWord(lex, x));
  const [a, b, c] = at >= 0 ? p.words.slice(at) : [];
  if (a && b && isQuestionWord(lex, a)) {
    const second = b.startsWith('و') && b.length > 2 && isQuestionWord(lex, b.slice(1)) ? b.slice(1) : CONJUNCTIONS.has(b) && c && isQuestionWord(lex, c) ? c : undefined;
    if (second && second !== a) {
      const rest = p.words.slice(at + (second === c ? 3 : 2));
      if (rest.length > 0) return [{ ...p, words: [...p.words.slice(0, at), a, ...rest] }, { ...p, words: [...p.words.slice(0, at), second, ...rest] }];
    }
  }
  const out: Prepared[] = [];
  let start = 0;
  for (let i = 1; i < p.words.length; i++) {
    const w = p.words[i]!;
    const next = p.words[i + 1] ?? '';
    const attached = w.length > 2 && w.startsWith('و') && (isQuestionWord(lex, w.slice(1)) || (lex.ordinals.has(w.slice(1)) && p.words.slice(start, i).some((x) => lex.ordinals.has(x)))) && w.slice(1) !== 'من';
    const attachedWho = w === 'ومن' && i > 1;
    // "…and in which city…": a preposition may stand between "and" and the question word.
    // («وفي أي مبنى؟»: "and" and the preposition written as one word.)
    const viaPreposition = (CONJUNCTIONS.has(w) && PREPOSITIONS.has(next) && isQuestionWord(lex, p.words[i + 2] ?? '')) || (w.startsWith('و') && PREPOSITIONS.has(w.slice(1)) && isQuestionWord(lex, next));
    // "How many attended and was Peru one of them?": after a wh-question, "and" with an auxiliary opens a yes/no one.
    const yesNoAfterWh = CONJUNCTIONS.has(w) && lex.questionWords.get(next) === 'yesno' && !['you', 'u'].includes(p.words[i + 2] ?? '') && p.words.slice(start, i).some((x) => isQuestionWord(lex, x));
    // «أول منظمة وآخر منظمة؟», "the first state and the last one?": a second position asked beside the first.
    const positionBefore = p.words.slice(start, i).some((x) => lex.ordinals.has(x));
    const ordinalAfter = positionBefore && ((CONJUNCTIONS.has(w) && lex.ordinals.has(next)) || (w.length > 3 && w.startsWith('و') && lex.ordinals.has(w.slice(1))));
    const separate = (CONJUNCTIONS.has(w) && isQuestionWord(lex, next)) || viaPreposition || yesNoAfterWh || (ordinalAfter && CONJUNCTIONS.has(w));
    if ((attached || attachedWho || separate) && i - start >= 2) {
      out.push(out.length > 0 ? { ...p, words: p.words.slice(start, i), joined: true } : { ...p, words: p.words.slice(start, i) });
      start = separate ? i + 1 : i;
      if (attached) p.words[i] = w.slice(1);
    }
  }
  // (What follows "and" continues the question before it: "…and how many organisations?")
  out.push(out.length > 0 ? { ...p, words: p.words.slice(start), joined: true } : { ...p, words: p.words.slice(start) });
  // "How many states and how many organisations are members?": a bare count before "and" shares the
  // rest of the count after it.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!.words;
    const b = out[k + 1]!.words;
    const lead = countLead(a);
    if (lead === 0 || a.length !== lead + 1 || countLead(b) !== lead || b.slice(0, lead).join(' ') !== a.slice(0, lead).join(' ')) continue;
    const rest = b.slice(lead + 1);
    if (rest.length > 0) out[k] = { ...out[k]!, words: [...a, ...rest] };
  }
  return out.filter((x) => x.words.length > 0);
}

/** How many words open a count ("how many" 2, «كم» 1), 0 when none does. */
function countLead(w: readonly string[]): number {
  if (w[0] === 'how' && (w[1] === 'many' || w[1] === 'much')) return 2;
  return w[0] === 'كم' ? 1 : 0;
}

const AND = new Set(['and', 'or', 'و', 'او', 'أو', 'ولا']);

/** A piece between commas that continues a list of names rather than starting a sentence. */
function isListItem(piece: string, hasNext: boolean, lex: Lexicon): boolean {
  // Folded as the lexicon is («أين» is «اين»), so question words are known for what they are.
  const w = piece.toLowerCase().split(/\s+/).filter(Boolean).map((x) => fold(x));
  if (w.length === 0 || w.some((x) => isQuestionWord(lex, x.replace(/[?؟]/g, '')))) return false;
  // "Chile and Peru are…": one or two words, "and", a name, and the rest of the sentence. A bare
  // "day and month" stands as its own phrase.
  const and = w.findIndex((x, i) => i > 0 && i <= 2 && (AND.has(x) || (x.length > 3 && x.startsWith('و') && !isQuestionWord(lex, x.slice(1)))));
  if (and > 0 && w.length > and + (AND.has(w[and]!) ? 2 : 1)) return true;
  // A bare name between two commas.
  return hasNext && w.length <= 2;
}

/** "how many of Peru, Chile and Cuba…", «بيرو، تشيلي وكوبا»: a comma inside a list of names is not a sentence break. */
function joinEnumerations(pieces: string[], lex: Lexicon): string[] {
  const out: string[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0 && out.length > 0 && isListItem(piece, i < pieces.length - 1, lex) && !/\s(and|or|و)$/i.test(out[out.length - 1]!)) out[out.length - 1] = `${out[out.length - 1]}, ${piece}`;
    else out.push(piece);
  });
  return out;
}

/** Words of the sentences around a question may add to it but never dilute it; those of the question stay its own. */
function withOptional(p: Prepared, extra: readonly string[], ownWords: readonly string[]): Prepared {
  if (extra.length === 0 && !p.optional) return p; // nothing around it: nothing optional
  const own = new Set(ownWords);
  const optional = new Set([...(p.optional ?? []), ...extra.filter((w) => !own.has(w))]);
  return optional.size > 0 ? { ...p, optional } : p;
}

/** The words of sentences, one after another. */
function wordsOf(sentences: ReadonlyArray<{ p: Prepared }>): string[] {
  const out: string[] = [];
  for (const s of sentences) out.push(...s.p.words);
  return out;
}

/** "Of the states that attended the meeting, which one…?": a partitive opening is part of the question. */
function isPartitive(s: { p: Prepared }): boolean {
  return PARTITIVE.has(s.p.words[0] ?? '') || (s.p.words[0] === 'من' && s.p.words[1] === 'بين');
}

export function segment(text: string, prepare: (s: string) => Prepared, lex: Lexicon): Segmented {
  // Sentences keep their end mark: one that ends in "?" is a question whatever its words.
  const marked: Array<{ raw: string; asked: boolean }> = [];
  let rest = text;
  for (;;) {
    const m = SENTENCE.exec(rest);
    if (!m) {
      marked.push({ raw: rest, asked: false });
      break;
    }
    marked.push({ raw: rest.slice(0, m.index), asked: /[?؟]/.test(m[0]) });
    rest = rest.slice(m.index + m[0].length);
  }
  // Each sentence split at commas (not inside a list of names or around a relative clause), each piece prepared.
  const sentences: Array<{ raw: string; asked: boolean; at: number; p: Prepared }> = [];
  marked.forEach(({ raw, asked }, at) => {
    // (A dash between spaces, "… attended — which ones?", parts a sentence as a comma does.)
    const pieces = mergeRelativeClauses(joinEnumerations(raw.split(/[،,]\s*|\s[—–]\s/), lex), asked);
    pieces.forEach((piece, i) => {
      const trimmed = piece.trim();
      if (!trimmed) return;
      const p = prepare(trimmed);
      if (p.words.length === 0) return;
      // ("Could you tell me the date, according to the article?": the question mark is the sentence's, not the source's.)
      const last = sentences.at(-1);
      if (i > 0 && i === pieces.length - 1 && last?.at === at && isSourceOnly(p, lex)) {
        last.asked = asked;
        return;
      }
      sentences.push({ raw: trimmed, asked: asked && i === pieces.length - 1, at, p });
    });
  });
  // A one-sentence message (most are) is its own whole: prepared once. Of a longer one, only the
  // whole's language and flags are used (its words are the kept sentences'), so it is prepared when needed.
  // (Which of the two it is, is read now: the sentences may be joined below.)
  const single = sentences.length === 1 && sentences[0]!.raw === text.trim() ? sentences[0]!.p : undefined;
  let wholePrepared: Prepared | undefined;
  const whole = () => (wholePrepared ??= single ?? prepare(text));
  if (sentences.length === 0) return { parts: [whole()], whole: whole(), onlyChatter: false };

  // "…, من غير احتساب المنظمات" ("…, not counting the organisations") adds a condition, not a question.
  const exclusion = lex.cues.get('exclusion');
  // (", but could you tell me which…" is a question: one with a question word of its own is no condition.)
  // (So does "…, according to the last paragraph", «…، حسب الخبر»: where to look, not another question.)
  const condition = (s: { p: Prepared }) => (s.p.words.slice(0, 3).some((w) => exclusion?.words.has(w)) || ACCORDING.has(s.p.words[0] ?? '')) && !hasQuestionWord(s.p, lex);
  // "…, right?", «…، صحيح؟», «…، مو؟»: a tag makes the sentence before it the question.
  for (let i = sentences.length - 1; i > 0; i--) {
    const s = sentences[i]!;
    const tag = s.p.words.length <= 4 && s.p.words.every((w) => TAGS.has(w) || lex.stopwords.has(w)) && s.p.words.some((w) => TAGS.has(w));
    // ("Is that what this article says?" checks the sentence before it as "right?" does.)
    const says = s.p.words.includes('what') ? s.p.words.some((w) => w === 'say' || w === 'says') : s.p.words.some((w) => CHECK_WORDS.has(w));
    const check = s.p.words.length <= 8 && says && s.p.words.every((w) => TAGS.has(w) || CHECK_WORDS.has(w) || CHECK_ALSO.has(w) || lex.stopwords.has(w)) && !sentences[i - 1]!.asked;
    if (s.asked && (tag || check)) {
      const before = sentences[i - 1]!;
      sentences.splice(i - 1, 2, { raw: `${before.raw} ${s.raw}`, asked: true, at: before.at, p: { ...before.p, words: [...before.p.words, 'or', 'not'] } });
    }
  }
  const asking = sentences.filter((s, i) => (s.asked || (hasQuestionWord(s.p, lex) && !relativeOnly(s.p, lex))) && !(i > 0 && condition(s)));
  // Beside a question that is not about the asker, one that is ("I'm a teacher and explain how…", "Could
  // you help us out?") is tentative: a part only if it finds an answer. With nothing to ask ("help us"), it is no question.
  const plain = asking.filter((s) => !isChatter(s.p, lex));
  const tentative = new Set(plain.length > 0 ? asking.filter((s) => !plain.includes(s)) : []);
  const questions = asking.filter((s) => !(tentative.has(s) && contentWords(s.p, lex).length <= 1));
  // Before a question, only short sentences that are not about the asker stay ("Besides Peru,").
  // "Of the states that attended the meeting, which one…?": a partitive opening is part of the question.
  // A piece of the question's own sentence ("Peru posted on Instagram about it, what did he say?") is its lead-in, however long.
  const leadIn = (s: (typeof sentences)[number]) => sentences.some((q) => q !== s && q.at === s.at && questions.includes(q) && sentences.indexOf(q) > sentences.indexOf(s));
  const kept = sentences.filter((s) => questions.includes(s) || (!isChatter(s.p, lex) && (questions.length === 0 || s.p.words.length <= 6 || /[,،]/.test(s.raw) || isPartitive(s) || premiseMarker(s.p.words) > 0 || leadIn(s))));
  // ("…, according to the last paragraph": where to look adds nothing to what is asked.)
  // ("If not the session chairs, who opened it?": what the answer is not adds nothing to what it is.)
  const sourceOnly = (s: (typeof sentences)[number]) => (isSourceOnly(s.p, lex) || (s.p.words[0] === 'if' && s.p.words[1] === 'not' && !hasQuestionWord(s.p, lex))) && !questions.includes(s);
  if (kept.some(sourceOnly) && kept.some((s) => !sourceOnly(s))) kept.splice(0, kept.length, ...kept.filter((s) => !sourceOnly(s)));
  const onlyChatter = kept.length === 0;
  const use = onlyChatter ? sentences : kept;

  // Sentences that are not questions ("Besides Peru", "About the meeting in Lima") join the
  // question after them; each question sentence, split at "and who…", is a part.
  const parts: Prepared[] = [];
  let pending: string[] = [];
  // Of those, the words of other sentences: a piece of the question's own sentence ("The Peruvian
  // official who chaired the sessions, what is his name?") is part of what it asks.
  let around: string[] = [];
  let pendingAt = -1;
  const nextQuestionAt = (s: { at: number }) => use.slice(use.indexOf(s as (typeof use)[number])).find((x) => questions.includes(x))?.at ?? -1;
  let premise: Prepared | undefined;
  const premises = new Set<(typeof use)[number]>();
  const shortened = new Map<(typeof use)[number], string[]>();
  for (let s of use) {
    const marker = premiseMarker(s.p.words);
    // (Not one about the asker: "since I'm from Peru" is their story, not a claim about the article.)
    if (!questions.includes(s) && marker > 0 && s.p.words.length > marker && !isChatter(s.p, lex) && use.slice(use.indexOf(s)).some((x) => questions.includes(x))) {
      // "Since the meeting was in Dubai, who chaired it?": a clause the question takes for granted,
      // checked on its own rather than read into the question.
      premise = { ...s.p, words: s.p.words.slice(marker), ...(premiseMarker(s.p.words, CLAIM_MARKERS) > 0 ? { claim: true } : {}) };
      // "The article says 28 states attended. Which ones…?": a claim about the article is checked, and
      // when it holds its words still tell what "which ones" are; other premises stand apart.
      if (premiseMarker(s.p.words, CLAIM_MARKERS) === 0) {
        premises.add(s);
        continue;
      }
    }
    if (questions.includes(s)) {
      // "Was it held in Lima since Peru chaired it?": a premise after the question, checked on its own.
      // (The sentence itself stays what it was for its place and its marks; only its words are shortened.)
      const original = s;
      const mid = trailingPremise(s.p.words);
      if (mid && !premise) {
        premise = { ...s.p, words: s.p.words.slice(mid.at + mid.length) };
        const asked = { ...s, p: { ...s.p, words: s.p.words.slice(0, mid.at) } };
        shortened.set(s, asked.p.words);
        s = asked;
      }
      // "What are they?" with nothing of its own: the sentence before it says what "they" are.
      const at = sentences.indexOf(original);
      const since = sentences.slice(0, at).filter((x, k) => !sentences.slice(k, at).some((y) => questions.includes(y)));
      // (Not when a sentence kept before it already says it: "I think Peru chaired it. Is that right?")
      const bare = s.p.words.some((w) => lex.pronouns.has(w)) && contentWords(s.p, lex).length === 0 && !onlyChatter && pending.length === 0;
      // "The article mentions the areas in which… What are those areas?": "those" + a noun of the sentence before it.
      // (Only when it says little else: "what alternative did he offer in that earlier tweet?" says enough.)
      const pointedAt = contentWords(s.p, lex).length <= 2 ? s.p.words.find((w, k) => k > 0 && DEMONSTRATIVES.has(s.p.words[k - 1]!) && contentWords({ ...s.p, words: [w] }, lex).length > 0) : undefined;
      const told = pointedAt ? since.filter((x) => !use.includes(x) && !isGreeting(x.p, lex) && x.p.words.includes(pointedAt)) : [];
      const lead = bare ? wordsOf(since.filter((x) => !use.includes(x) && !isGreeting(x.p, lex))) : told.length > 0 ? wordsOf(told) : [];
      const own = pending.filter((w) => !around.includes(w));
      const split = splitOnConjunction({ ...s.p, words: [...lead, ...pending, ...s.p.words] }, lex).map((p) => withOptional(p, around, [...own, ...s.p.words]));
      const withPremise = premise ? split.map((p, k) => (k === 0 ? { ...p, premise } : p)) : split;
      parts.push(...(tentative.has(original) ? withPremise.map((p) => ({ ...p, tentative: true })) : withPremise));
      premise = undefined;
      pending = [];
      around = [];
      pendingAt = s.at;
    } else {
      pending.push(...s.p.words);
      // Before a question, a sentence other than the question's; after one, a sentence other than its.
      if (s.at !== nextQuestionAt(s)) around.push(...s.p.words);
    }
  }
  // Words after the last question join it ("…, besides Peru?"), as words that only add unless they exclude.
  if (pending.length > 0) {
    if (parts.length === 0) parts.push({ ...whole(), words: pending });
    else {
      const last = parts[parts.length - 1]!;
      const excludes = pending.slice(0, 3).some((w) => lex.cues.get('exclusion')?.words.has(w));
      const joined = { ...last, words: [...last.words, ...pending] };
      const closing = wordsOf(use.filter((s) => !questions.includes(s) && s.at !== pendingAt && use.indexOf(s) > use.findLastIndex((x) => questions.includes(x))));
      parts[parts.length - 1] = excludes ? joined : withOptional(joined, closing, [...last.words.filter((w) => !last.optional?.has(w)), ...pending.filter((w) => !closing.includes(w))]);
    }
  }
  const dropped = wordsOf(sentences.filter((s) => !use.includes(s)));
  let aside: Prepared | undefined;
  const setAside = { words: dropped, read: () => (aside ??= { ...whole(), words: dropped }) };
  const out = (segmented: Segmented): Segmented => {
    if (dropped.length > 0) segmented.setAside = setAside;
    return segmented;
  };
  // One question: it is the whole (with the words it took from around it).
  if (parts.length === 1 && !parts[0]!.premise) return out({ parts, whole: { ...parts[0]!, tentative: false }, onlyChatter });
  const keptWords: string[] = [];
  for (const s of use) if (!premises.has(s)) keptWords.push(...(shortened.get(s) ?? s.p.words));
  const keptWhole: Prepared = { ...whole(), words: keptWords };
  return out({ parts: parts.length > 0 ? parts : [keptWhole], whole: keptWhole, onlyChatter });
}
