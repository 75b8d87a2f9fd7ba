// The engine's answer: the stable contract behind `ask --jsonl` and every adapter.
import type { Language } from './understand.js';

export type { Language };

export interface Citation {
  /** 1-based paragraph of the article's text (page chrome not counted). */
  paragraph: number;
  /** A verbatim passage of that paragraph; "…" may join verbatim pieces. */
  quote: string;
}

/** Why a reply is what it is; adapters use it to choose a layout, the JSONL contract leaves it out. */
export type AnswerStatus = 'answered' | 'not-in-article' | 'invalid-input';

export interface Answer {
  question: string;
  language: Language;
  answered: boolean;
  text: string;
  citations: Citation[];
  /** Ids of the facts the answer rests on. */
  facts: string[];
  /** 0..1. */
  confidence: number;
  /** Questions the bot can answer, in the question's language. */
  suggestions: string[];
  status: AnswerStatus;
}

/** The fields of the public contract, in its order. */
export function toContract(a: Answer) {
  return {
    question: a.question,
    language: a.language,
    answered: a.answered,
    text: a.text,
    citations: a.citations,
    facts: a.facts,
    confidence: Math.round(a.confidence * 1000) / 1000,
    suggestions: a.suggestions,
  };
}
