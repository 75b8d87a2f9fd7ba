// Every tuning number of the engine in one documented object; `createEngine(data, options)` takes
// any subset of it.

export interface EngineOptions {
  /** At or below this confidence the engine says the article does not tell, rather than guess. */
  answerThreshold: number;
  /** fuse.js score above which a near word is not considered at all (0 exact … 1 anything). */
  fuzzyThreshold: number;
  fuzzyMemoLimit: number;
  /** Weights of what a question holds, when measuring how much of it a statement explains. */
  weights: {
    /** An ordinary content word. */
    word: number;
    /** A content word no statement holds in any form (a synonym the data may lack). */
    unknown: number;
    /** A word asking for something the article never states (a leader, a price): weighs heavily. */
    outOfScope: number;
    /** A setting word (meeting, group): only ever adds. */
    context: number;
    /** A specific entity (a person, a state). */
    entity: number;
    /** A setting entity (the meeting, the coalition). */
    setting: number;
  };
  /** Factor for a statement whose relation's words the question lacks while another's are present. */
  offRelationFactor: number;
  /** Factor for a statement about another setting than the one the question names (group vs meeting). */
  offSettingFactor: number;
  maxSuggestions: number;
  /** Questions (without a conversation) whose answers are kept for reuse; 0 turns the cache off. */
  answerCacheSize: number;
  /** Longest question read, in characters; the rest is cut with a note. */
  maxQuestionLength: number;
  /** A conversation's context is forgotten after this long (milliseconds). */
  contextTtlMs: number;
  /** Clock, for the context's age (tests pass their own). */
  now: () => number;
  /** Told of an internal error that `ask` turned into a generic reply (the CLI logs it on stderr). */
  onError?: (err: unknown, question: string) => void;
}

export const defaultOptions: EngineOptions = {
  answerThreshold: 0.5,
  fuzzyThreshold: 0.25,
  fuzzyMemoLimit: 50_000,
  weights: { word: 1, unknown: 0.5, outOfScope: 3, context: 0.3, entity: 1.5, setting: 0.3 },
  offRelationFactor: 0.75,
  offSettingFactor: 0.75,
  maxSuggestions: 3,
  answerCacheSize: 2000,
  maxQuestionLength: 500,
  contextTtlMs: 15 * 60 * 1000,
  now: () => Date.now(),
};

export function resolveOptions(partial: Partial<EngineOptions> = {}): EngineOptions {
  return { ...defaultOptions, ...partial, weights: { ...defaultOptions.weights, ...partial.weights } };
}
