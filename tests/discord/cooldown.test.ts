// The per-user cooldown under many distinct users: idle users are swept out, and sweeps stay rare
// however many users are active at once (a sweep visits every user).
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';

describe('cooldown memory', () => {
  it('sweeps idle users once past 10,000, and not again until the active set doubles', () => {
    let now = 0;
    const cooldown = new Cooldown(5, 10_000, () => now);
    let sweeps = 0;
    const prune = (cooldown as unknown as { prune(t: number): void }).prune.bind(cooldown);
    (cooldown as unknown as { prune(t: number): void }).prune = (t: number) => {
      sweeps++;
      prune(t);
    };
    const size = () => (cooldown as unknown as { hits: Map<string, number[]> }).hits.size;
    for (let i = 0; i < 15_000; i++) expect(cooldown.take(`a${i}`)).toBe(0); // all active in one window
    expect(sweeps).toBe(1);
    expect(size()).toBe(15_000);
    now = 20_000; // the window has passed: everyone so far is idle
    for (let i = 0; i < 5_002; i++) cooldown.take(`b${i}`); // 20,002 users: at the mark, not past it
    expect(sweeps).toBe(1); // the mark stood at 2 × 10,001
    cooldown.take('c');
    expect(sweeps).toBe(2);
    expect(size()).toBe(5_003); // the 15,000 idle ones swept out
  });
  it('still limits each user', () => {
    let now = 0;
    const cooldown = new Cooldown(2, 10_000, () => now);
    expect([cooldown.take('x'), cooldown.take('x')]).toEqual([0, 0]);
    expect(cooldown.take('x')).toBe(10_000);
    now = 10_000;
    expect(cooldown.take('x')).toBe(0);
  });
});
