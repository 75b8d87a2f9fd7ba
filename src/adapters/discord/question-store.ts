// Buttons carry their question in the custom_id when it fits; longer questions are kept here under a
// key. Keys are random (not guessable from another one) and start with a prefix drawn at each start,
// so a button from before a restart, or from another process, is recognised as old rather than
// mapped to someone else's question; each key is bound to the user who asked, so a question asked
// privately is never shown to another user. Bounded, so memory cannot grow with traffic.
import { randomBytes } from 'node:crypto';

export class QuestionStore {
  private readonly map = new Map<string, { question: string; userId: string }>();
  /** Drawn once per process: 4 characters, so 16.7 million boots before two can collide. */
  readonly boot: string;

  constructor(
    private readonly capacity = 1000,
    boot = randomBytes(3).toString('base64url'),
  ) {
    this.boot = boot;
  }

  /** Returns "=question" when it fits in `room`, else "#<boot><key>" (17 characters) for this user. */
  encode(question: string, userId: string, room: number): string {
    if (question.length + 1 <= room) return `=${question}`;
    // 72 random bits: a key cannot be guessed, and keys never repeat across restarts.
    const key = `${this.boot}${randomBytes(9).toString('base64url')}`;
    this.map.set(key, { question, userId });
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return `#${key}`;
  }

  /** The question behind a token, or undefined when it is unknown, old, evicted or another user's. */
  decode(token: string, userId: string): string | undefined {
    if (token.startsWith('=')) return token.slice(1);
    if (!token.startsWith('#')) return undefined;
    const entry = this.map.get(token.slice(1));
    return entry && entry.userId === userId ? entry.question : undefined;
  }

  get size(): number {
    return this.map.size;
  }
}
