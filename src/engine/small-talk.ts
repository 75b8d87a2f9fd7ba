// Greetings, thanks, "help", "who are you", «مرحبا», «شو بتعرف»: a message made only of one kind's
// words (and function words) is small talk, answered with what the bot knows, never with a fact.
import type { Lexicon } from './lexicon.js';

/** Kinds in the order a tie is settled: asking for help beats a greeting that opens it. */
const ORDER = ['help', 'identity', 'thanks', 'bye', 'greeting'];

export function smallTalkKind(w: readonly string[], lex: Lexicon, namesSomething: boolean): string | undefined {
  if (w.length === 0 || namesSomething) return undefined;
  let best: { kind: string; hits: number } | undefined;
  for (const kind of ORDER) {
    const set = lex.smallTalk.get(kind);
    if (!set) continue;
    const hits = w.filter((x) => set.has(x)).length;
    const covered = w.every((x) => set.has(x) || lex.stopwords.has(x) || lex.chatter.has(x) || isSmallTalkWord(lex, x));
    if (covered && hits > 0 && (!best || hits > best.hits)) best = { kind, hits };
  }
  return best?.kind;
}

function isSmallTalkWord(lex: Lexicon, x: string): boolean {
  for (const set of lex.smallTalk.values()) if (set.has(x)) return true;
  return false;
}
