// A per-user sliding window: a few questions per window, then a polite wait. Bounded in memory.
export class Cooldown {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly limit = 5,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use; returns 0 when allowed, else the milliseconds to wait. */
  take(userId: string): number {
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(userId, recent);
      return this.windowMs - (t - recent[0]!);
    }
    recent.push(t);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return 0;
  }

  private prune(t: number): void {
    for (const [user, list] of this.hits) if (list.every((x) => t - x >= this.windowMs)) this.hits.delete(user);
  }
}
