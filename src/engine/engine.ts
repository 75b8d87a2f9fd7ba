// The answer engine: screen → understand → search → compose. Pure TypeScript with no I/O of its
// own, so the CLI, the console and the Discord bot all answer exactly alike.
import type { ArticleData } from '../data/load.js';
import type { Fact } from '../data/schema.js';
import Fuse from 'fuse.js';
import { compose, type ComposeContext } from './compose.js';
import { fold } from './normalize.js';
import { buildGazetteer, isListable, type EntityRef, type Gazetteer } from './entities.js';
import { inputProblemMessage, screenInput, truncationNote } from './input.js';
import { buildIndex, rankFacts, resolveWords, type RankedFact, type SearchIndex } from './search.js';
import type { Answer, Language } from './types.js';
import { detectLanguage, understand } from './understand.js';

/** At or below this confidence the engine says the article does not tell, rather than guess:
 *  a fact must explain more than half of what the question asks. */
export const ANSWER_THRESHOLD = 0.5;
const MAX_SUGGESTIONS = 3;

export interface Engine {
  readonly data: ArticleData;
  readonly gazetteer: Gazetteer;
  /** Answers a question; `language` forces the reply's language (the "other language" button). */
  ask(question: string, options?: { language?: Language }): Answer;
  /** Sample questions closest to what is typed, in its script: for autocomplete. */
  complete(typed: string, limit: number): string[];
  /** The ranking behind an answer, best first: for tuning the data, not for users. */
  explain(question: string): { kind: string; entities: string[]; words: string[]; ranked: Array<{ id: string; score: number; coverage: number }> };
  /** Questions the bot answers well, in one language: for suggestions and autocomplete. */
  sampleQuestions(language: Language): string[];
}

const NOT_IN_ARTICLE: Record<Language, string> = {
  en: 'The article does not say. It covers the Stabilization Working Group\'s second meeting in Abu Dhabi: who chaired and attended it, where, its purpose, the members, and what Dr Anwar Gargash said.',
  ar: 'لا يذكر الخبر ذلك. يتناول الخبر الاجتماع الثاني لمجموعة العمل المعنية بالاستقرار في أبوظبي: من ترأسه وحضره، ومكانه، وهدفه، والأعضاء، وما قاله د. أنور قرقاش.',
};

export function createEngine(data: ArticleData): Engine {
  const gazetteer = buildGazetteer(data.entities);
  const index: SearchIndex = buildIndex(data.facts, gazetteer);
  const factsById = new Map(data.facts.map((f) => [f.id, f]));
  const samples: Record<Language, string[]> = {
    ar: data.facts.flatMap((f) => f.questions.ar),
    en: data.facts.flatMap((f) => f.questions.en),
  };

  function suggestionsFor(language: Language, ranked: RankedFact[], exclude: Set<string>): string[] {
    const out: string[] = [];
    const push = (q: string | undefined) => {
      if (q && !out.includes(q) && out.length < MAX_SUGGESTIONS) out.push(q);
    };
    // Nearest facts first (they are what the asker was circling), then the staples.
    for (const r of ranked) if (r.score > 0.15 && !exclude.has(r.fact.id)) push(r.fact.questions[language][0]);
    for (const id of ['co-chairs', 'venue', 'membership', 'purpose']) push(factsById.get(id)?.questions[language][0]);
    return out;
  }

  /** Understanding and ranking: the part of answering that `ask` and `explain` share. */
  function analyse(text: string, language: Language) {
    const u = understand(text, gazetteer);
    u.language = language;
    const { resolved, extraEntities } = resolveWords(index, u);
    const entities: EntityRef[] = [...u.entities.map((m) => m.entity), ...extraEntities];
    // A named person with nothing else asked about ("Who is Gargash?", "Gargash") wants their profile.
    const asksAboutSomethingElse = resolved.some((r) => !r.content.context);
    if (!asksAboutSomethingElse && entities.some((e) => e.type === 'person') && ['who', 'what'].includes(u.kind)) {
      u.kind = 'identity';
    }
    return { u, entities, resolved, ranked: rankFacts(index, u, resolved, entities) };
  }

  function ask(question: string, options: { language?: Language } = {}): Answer {
    const screened = screenInput(question);
    const language = options.language ?? detectLanguage(screened.text || question);
    if (screened.problem) {
      return {
        question,
        language,
        answered: false,
        text: inputProblemMessage(screened.problem, language),
        citations: [],
        facts: [],
        confidence: 0,
        suggestions: suggestionsFor(language, [], new Set()),
        status: 'invalid-input',
      };
    }

    const { u, entities, ranked } = analyse(screened.text, language);
    const best = ranked[0];
    const note = screened.truncatedFrom ? `\n${truncationNote(screened.truncatedFrom, language)}` : '';

    if (!best || best.score <= ANSWER_THRESHOLD) {
      return {
        question,
        language,
        answered: false,
        text: NOT_IN_ARTICLE[language] + note,
        citations: [],
        facts: [],
        confidence: best?.score ?? 0,
        suggestions: suggestionsFor(language, ranked, new Set()),
        status: 'not-in-article',
      };
    }

    const named = uniqueById(entities.filter(isListable));
    const ctx: ComposeContext = { data, factsById, u, named };
    const composed = compose(best.fact, ctx);
    return {
      question,
      language,
      answered: composed.answered,
      text: composed.text + note,
      citations: composed.citations,
      facts: composed.facts,
      confidence: best.score,
      suggestions: suggestionsFor(language, ranked.slice(1), new Set(composed.facts)),
      status: composed.answered ? 'answered' : 'not-in-article',
    };
  }

  function explain(question: string) {
    const text = screenInput(question).text;
    const { u, entities, resolved, ranked } = analyse(text, detectLanguage(text || question));
    const top = ranked
      .slice(0, 5)
      .map((r) => ({ id: r.fact.id, score: Math.round(r.score * 1000) / 1000, coverage: Math.round(r.coverage * 1000) / 1000 }));
    return { kind: u.kind, entities: entities.map((e) => e.id), words: resolved.map((r) => r.content.word + (r.fuzzyTerm ? `~${r.fuzzyTerm}` : '')), ranked: top };
  }

  const foldedSamples = { ar: samples.ar.map((q) => ({ q, folded: fold(q) })), en: samples.en.map((q) => ({ q, folded: fold(q) })) };
  const completion = {
    ar: new Fuse(foldedSamples.ar, { keys: ['folded'], threshold: 0.3, ignoreLocation: true }),
    en: new Fuse(foldedSamples.en, { keys: ['folded'], threshold: 0.3, ignoreLocation: true }),
  };
  function complete(typed: string, limit: number): string[] {
    const folded = fold(typed);
    if (!folded) {
      // Nothing typed yet: alternate the languages, so both readers see something they can use.
      const mixed = samples.en.flatMap((q, i) => [q, samples.ar[i]]).filter((q): q is string => !!q);
      return mixed.slice(0, limit);
    }
    const lang = detectLanguage(typed);
    // What starts with the typed text first, then what contains it, then fuzzy matches for typos.
    const starts = foldedSamples[lang].filter((s) => s.folded.startsWith(folded)).map((s) => s.q);
    const contains = foldedSamples[lang].filter((s) => s.folded.includes(folded)).map((s) => s.q);
    const fuzzy = completion[lang].search(folded, { limit }).map((r) => r.item.q);
    return [...new Set([...starts, ...contains, ...fuzzy])].slice(0, limit);
  }

  return {
    data,
    gazetteer,
    ask,
    complete,
    explain,
    sampleQuestions: (language) => samples[language],
  };
}

function uniqueById(list: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

export type { Fact };
