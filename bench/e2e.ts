// End-to-end figure: the bot started as in production (`src/main.ts`, its own process) against the
// local emulator in this process. Round trip = from the emulator dispatching INTERACTION_CREATE to it
// recording the bot's reply; RSS is the bot process's own, read from /proc after the load.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DiscordEmulator, user } from '../tests/emulator/discord-emulator.js';

export const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
};

/** The node arguments of `npm start`, so the bench runs the bot exactly as it is run. */
export function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const [cmd, ...args] = pkg.scripts.start.split(/\s+/);
  if (cmd !== 'node') throw new Error(`unexpected start script: ${pkg.scripts.start}`);
  return args;
}

export interface E2eResult {
  total: number;
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
  rssMb: number;
}

export async function e2eBench(concurrency = 200, rounds = 10): Promise<E2eResult> {
  const emu = await DiscordEmulator.start();
  const bot = spawn(process.execPath, startArgs(), {
    env: { ...process.env, DISCORD_TOKEN: 'bench.token.not-a-real-discord-token', DISCORD_API_URL: emu.apiUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await emu.waitForIdentify();
    await new Promise((r) => setTimeout(r, 300)); // let the client finish its ready sequence
    // Distinct users, as in a real server: the per-user cooldown is not what is measured here.
    const users = Array.from({ length: concurrency }, (_, i) => user(`reader${i}`));
    const questions = ['Who chaired the meeting?', 'هل الصين عضو في مجموعة العمل؟', 'How many states attended?', 'ما هدف الاجتماع؟'];
    const rtts: number[] = [];
    let elapsed = 0;
    for (let r = 0; r < rounds + 1; r++) {
      const sentAt = new Map<string, number>();
      const t0 = performance.now();
      for (let i = 0; i < concurrency; i++) {
        const id = emu.command('ask', [{ name: 'question', type: 3, value: questions[i % questions.length]! }], { user: users[i]! });
        sentAt.set(id, performance.now());
      }
      await emu.until(() => [...sentAt.keys()].every((id) => emu.callbacksFor(id).length > 0), 60_000, 'burst');
      if (r === 0) continue; // the first round warms the JIT and connections
      elapsed += performance.now() - t0;
      for (const [id, t] of sentAt) rtts.push(emu.callbacksFor(id)[0]!.at - t);
    }
    rtts.sort((a, b) => a - b);
    const pct = (p: number) => rtts[Math.min(rtts.length - 1, Math.floor((p / 100) * rtts.length))]!;
    return { total: rtts.length, concurrency, perSecond: rtts.length / (elapsed / 1000), p50: pct(50), p99: pct(99), rssMb: rssMb(bot.pid!) };
  } finally {
    bot.kill('SIGTERM');
    await new Promise((r) => bot.once('exit', r));
    await emu.stop();
  }
}

