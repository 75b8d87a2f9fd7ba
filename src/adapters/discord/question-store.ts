// Buttons carry their question in the custom_id when it fits (100 characters); longer questions are
// kept here under a short key. Bounded, so memory cannot grow with traffic; a key that has aged out
// (or a restart) gets a friendly "ask again" instead of a wrong answer.
export class QuestionStore {
  private readonly map = new Map<string, string>();
  private next = 0;
  constructor(private readonly capacity = 1000) {}

  /** Returns "=question" when it fits in `room`, else "#key". */
  encode(question: string, room: number): string {
    if (question.length + 1 <= room) return `=${question}`;
    const key = (this.next++).toString(36);
    this.map.set(key, question);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return `#${key}`;
  }

  decode(token: string): string | undefined {
    if (token.startsWith('=')) return token.slice(1);
    if (token.startsWith('#')) return this.map.get(token.slice(1));
    return undefined;
  }

  get size(): number {
    return this.map.size;
  }
}
