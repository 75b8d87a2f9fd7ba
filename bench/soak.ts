// Soak: the bot as `npm start` runs it (its own process, compiled) against the emulator, fed events
// from distinct users (one in five a DM, each in its own DM channel; the rest /ask in the server), with
// the bot's RSS sampled along the way. Run once with the bounded caches and once with discord.js's
// defaults (DISCORD_CACHES=default), so the difference is measured in the same run. RSS alone swings
// by tens of MB with garbage not yet collected, so before each sample the bench asks the bot's V8,
// through the inspector on 127.0.0.1, for a full GC, and records RSS and the live heap after it.
import { spawn } from 'node:child_process';
import { WebSocket } from 'ws';
import { DiscordEmulator, snowflake, user } from '../tests/emulator/discord-emulator.js';
import { startArgs } from './e2e.js';

/** A minimal Chrome DevTools Protocol client: enough to collect garbage and read memoryUsage(). */
async function inspector(url: string) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let next = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<any>((resolve) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const id = ++next;
      const onMessage = (data: Buffer) => {
        const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown };
        if (msg.id !== id) return;
        ws.off('message', onMessage);
        resolve(msg.result);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return {
    async memoryAfterGc(): Promise<{ rssMb: number; heapMb: number }> {
      await call('HeapProfiler.collectGarbage');
      const { result } = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
      const m = JSON.parse(result.value as string) as { rss: number; heapUsed: number };
      return { rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 };
    },
    close: () => ws.close(),
  };
}

export interface SoakResult {
  caches: 'bounded' | 'default';
  /** RSS and live heap (MB, after a full GC) after each `every` events. */
  curve: Array<{ events: number; rssMb: number; heapMb: number }>;
  perSecond: number;
  /** Growth from 5,000 events to the end. */
  rssGrowthMb: number;
  heapGrowthMb: number;
}

const QUESTIONS = ['Who chaired the meeting?', 'هل الصين عضو في مجموعة العمل؟', 'How many states attended?', 'What is the price of oil?'];

export async function soak(caches: 'bounded' | 'default', total = 25_000, every = 2_500, batch = 100): Promise<SoakResult> {
  const emu = await DiscordEmulator.start();
  const bot = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...startArgs()], {
    env: { ...process.env, DISCORD_TOKEN: 'bench.token.not-a-real-discord-token', DISCORD_API_URL: emu.apiUrl, LOG_LEVEL: 'warn', DISCORD_CACHES: caches },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const debuggerUrl = new Promise<string>((resolve) =>
    bot.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const url = /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
      if (url) resolve(url);
      if (!d.includes('Debugger') && !d.includes('For help, see')) process.stderr.write(d);
    }),
  );
  const v8 = await inspector(await debuggerUrl);
  try {
    await emu.waitForIdentify();
    await new Promise((r) => setTimeout(r, 300));
    const curve: SoakResult['curve'] = [];
    const t0 = performance.now();
    let sampling = 0; // time spent in GC for the samples, left out of the throughput
    for (let sent = 0; sent < total; ) {
      const pending: Array<() => boolean> = [];
      for (let i = 0; i < batch && sent < total; i++, sent++) {
        const from = user(`soak${sent}`);
        const question = QUESTIONS[sent % QUESTIONS.length]!;
        // DMs are replies through REST, which Discord (and discord.js) cap at 50 requests a second
        // per bot; interaction callbacks are not capped. One DM in five keeps the soak to minutes.
        if (sent % 5 === 0) {
          const id = emu.messageCreate(question, { dm: true, author: from, channelId: snowflake() });
          pending.push(() => emu.repliesTo(id).length > 0);
        } else {
          const id = emu.command('ask', [{ name: 'question', type: 3, value: question }], { user: from });
          pending.push(() => emu.callbacksFor(id).length > 0);
        }
      }
      await emu.until(() => pending.every((done) => done()), 60_000, 'a soak batch');
      if (sent % every === 0) {
        const paused = performance.now();
        curve.push({ events: sent, ...(await v8.memoryAfterGc()) });
        sampling += performance.now() - paused;
      }
    }
    const perSecond = total / ((performance.now() - t0 - sampling) / 1000);
    const at5k = curve.find((p) => p.events >= 5_000)!;
    const last = curve[curve.length - 1]!;
    return { caches, curve, perSecond, rssGrowthMb: last.rssMb - at5k.rssMb, heapGrowthMb: last.heapMb - at5k.heapMb };
  } finally {
    v8.close();
    bot.kill('SIGTERM');
    await new Promise((r) => bot.once('exit', r));
    await emu.stop();
  }
}

/** The soak table: RSS along the run for both cache settings, side by side. */
export async function soakReport(total = 25_000): Promise<string> {
  const bounded = await soak('bounded', total);
  const defaults = await soak('default', total);
  const mb = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(1)} MB`);
  const rows = bounded.curve.map((p, i) => `| ${p.events} | ${mb(p.rssMb)} | ${mb(p.heapMb)} | ${mb(defaults.curve[i]?.rssMb)} | ${mb(defaults.curve[i]?.heapMb)} |`);
  return [
    `Soak: ${total} events from distinct users (one in five a DM, each in its own DM channel; the rest /ask), 100 at a time;`,
    "the bot's RSS and live heap after a full GC",
    '| events | bounded: RSS | bounded: heap | default caches: RSS | default caches: heap |',
    '|---|---|---|---|---|',
    ...rows,
    `| growth 5,000 → ${total} | ${mb(bounded.rssGrowthMb)} | ${mb(bounded.heapGrowthMb)} | ${mb(defaults.rssGrowthMb)} | ${mb(defaults.heapGrowthMb)} |`,
    `| events per second | ${bounded.perSecond.toFixed(0)} | | ${defaults.perSecond.toFixed(0)} | |`,
  ].join('\n');
}

// Lets `tsx bench/soak.ts [events]` run the soak alone.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  soakReport(Number(process.argv[2] ?? 25_000)).then(
    (table) => console.log(table),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}

