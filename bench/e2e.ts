// End-to-end figure: interactions through the local emulator and the real discord.js client.
// Round trip = from the emulator dispatching INTERACTION_CREATE to it recording the bot's reply.
import { startHarness, str } from '../tests/e2e/helpers.js';

export async function e2eBench(concurrency = 200, rounds = 5) {
  const h = await startHarness();
  try {
    const rtts: number[] = [];
    const started = performance.now();
    let total = 0;
    for (let r = 0; r < rounds; r++) {
      const sentAt = new Map<string, number>();
      for (let i = 0; i < concurrency; i++) {
        const t = performance.now();
        sentAt.set(h.emu.command('ask', [str('question', i % 2 ? 'Who chaired the meeting?' : 'هل الصين عضو في مجموعة العمل؟')]), t);
      }
      await h.emu.until(() => [...sentAt.keys()].every((id) => h.emu.callbacksFor(id).length > 0), 60_000, 'burst');
      for (const [id, t] of sentAt) rtts.push(h.emu.callbacksFor(id)[0]!.at - t);
      total += concurrency;
    }
    const seconds = (performance.now() - started) / 1000;
    rtts.sort((a, b) => a - b);
    const pct = (p: number) => rtts[Math.min(rtts.length - 1, Math.floor((p / 100) * rtts.length))]!;
    return { perSecond: total / seconds, p50: pct(50), p99: pct(99), rssMb: process.memoryUsage().rss / 1024 / 1024, total };
  } finally {
    await h.stop();
  }
}
