// The engine's public types: the answer (the stable contract behind `ask --jsonl` and every
// adapter), the conversation context, and the language.

export type Language = 'ar' | 'en';

export interface Citation {
  /** 1-based paragraph of the article's text (page chrome not counted). */
  paragraph: number;
  /** A verbatim passage of that paragraph; "…" may join verbatim pieces. */
  quote: string;
  /** An English rendering of the quote, marked as a translation (never the article's words). */
  translation?: string;
}

/** Why a reply is what it is; adapters use it to choose a layout, the JSONL contract leaves it out. */
export type AnswerStatus = 'answered' | 'not-in-article' | 'invalid-input' | 'small-talk' | 'clarify';

export interface Answer {
  question: string;
  language: Language;
  answered: boolean;
  text: string;
  citations: Citation[];
  /** Ids of the statements the answer rests on. */
  facts: string[];
  /** 0..1. */
  confidence: number;
  /** Questions the bot can answer, in the question's language. */
  suggestions: string[];
  status: AnswerStatus;
  /** What to pass to the next `ask` of the same conversation (follow-up questions). */
  context?: ConversationContext;
}

/** What a conversation remembers between turns: the last question's reading, kept by the caller. */
export interface ConversationContext {
  /** Milliseconds since the epoch, for expiry. */
  at: number;
  language: Language;
  question: string;
  /** The frame the last answer was built from (opaque to callers). */
  frame: unknown;
  /** Entities the last answer was about, for "he", "it", "them". */
  focus: string[];
  /** People talked about in the turns before, for "and the Peruvian one?". */
  recent?: string[];
  /** The states or organisations the last answer listed, when it listed a few: "did they attend?". */
  listed?: string[];
}

/** The fields of the public contract, in its order. */
export function toContract(a: Answer) {
  return {
    question: a.question,
    language: a.language,
    answered: a.answered,
    text: a.text,
    citations: a.citations.map((c) => ({ paragraph: c.paragraph, quote: c.quote })),
    facts: a.facts,
    confidence: Math.round(a.confidence * 1000) / 1000,
    suggestions: a.suggestions,
  };
}
