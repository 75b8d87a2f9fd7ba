// The HTTP interactions endpoint under load: `npm run serve` as it runs in production (one worker per
// CPU) beside a floor measured in the same run (bench/floor.ts: signature check and a canned reply,
// same worker count), and the gateway bot at the same concurrency (bench/e2e.ts). Every request is a
// signed /ask from a distinct user; latency is from sending a request to its last response byte.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism } from 'node:os';
import { DiscordEmulator, user } from '../tests/emulator/discord-emulator.js';

export interface HttpResult {
  total: number;
  answered: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** RSS of each worker after the load, MB. */
  rss: number[];
  /** CPU time the server's processes spent per answered request during the measured rounds, µs. */
  cpuPerRequest: number;
}

/** User + system CPU time of a process so far, ms (from /proc: clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
};

/** Starts a server process and waits for `workers` "listening" lines; returns its port and worker pids. */
async function start(args: string[], env: Record<string, string>, workers: number): Promise<{ child: ChildProcess; port: number; pids: number[] }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const listening: Array<{ port: number; pid: number }> = [];
  let buffered = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 30_000);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      buffered += d;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const l of lines) if (l.includes('"msg":"listening"')) listening.push(JSON.parse(l) as { port: number; pid: number });
      if (listening.length === workers) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return { child, port: listening[0]!.port, pids: listening.map((l) => l.pid) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** The endpoint's reply to "Who chaired the meeting?", made by the bot's own handlers in this process. */
async function askReply(): Promise<string> {
  const { createDispatcher } = await import('../src/adapters/discord/dispatch.js');
  const { commands } = await import('../commands/index.js');
  const { buttons } = await import('../src/adapters/discord/buttons.js');
  const { Cooldown } = await import('../src/adapters/discord/cooldown.js');
  const { QuestionStore } = await import('../src/adapters/discord/question-store.js');
  const { toResponseBody } = await import('../src/adapters/http/interaction.js');
  const { createEngine } = await import('../src/engine/engine.js');
  const { loadData } = await import('../src/data/load.js');
  const { default: pino } = await import('pino');
  const ctx = { engine: createEngine(loadData()), logger: pino({ level: 'silent' }), store: new QuestionStore(), cooldown: new Cooldown(), conversations: new (await import('../src/adapters/conversations.js')).ConversationStore() };
  const response = await createDispatcher(commands, buttons, ctx)({ kind: 'command', request: { id: '1', userId: '2', name: 'ask', options: { question: 'Who chaired the meeting?' } } });
  return JSON.stringify(toResponseBody(response));
}

interface Target {
  pids: number[];
  cpu: number;
  port: number;
  agent: Agent;
  latencies: number[];
  answered: number;
  elapsed: number;
}

/** One burst of `concurrency` signed /ask POSTs, all at once, on kept-alive sockets. */
async function burst(emu: DiscordEmulator, target: Target, concurrency: number, record: boolean, next: () => string): Promise<void> {
  const questions = ['Who chaired the meeting?', 'هل الصين عضو في مجموعة العمل؟', 'How many states attended?', 'ما هدف الاجتماع؟'];
  // Signed before the clock starts: signing is Discord's work, not the server's.
  const bodies = Array.from({ length: concurrency }, (_, i) => {
    const body = JSON.stringify(emu.commandPayload('ask', [{ name: 'question', type: 3, value: questions[i % questions.length]! }], { user: user(next()) }));
    return { body, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...emu.sign(body) } };
  });
  const t0 = performance.now();
  const cpu0 = target.pids.reduce((n, pid) => n + cpuMs(pid), 0);
  const results = await Promise.all(
    bodies.map(
      ({ body, headers }) =>
        new Promise<{ ms: number; ok: boolean }>((resolve) => {
          const t = performance.now();
          const req = request({ host: '127.0.0.1', port: target.port, path: '/interactions', method: 'POST', headers, agent: target.agent }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({ ms: performance.now() - t, ok: res.statusCode === 200 && text.includes('"type":4') });
            });
          });
          req.on('error', () => resolve({ ms: performance.now() - t, ok: false }));
          req.end(body);
        }),
    ),
  );
  if (!record) return; // warm-up: JIT and connections
  target.elapsed += performance.now() - t0;
  target.cpu += target.pids.reduce((n, pid) => n + cpuMs(pid), 0) - cpu0;
  for (const x of results) {
    target.latencies.push(x.ms);
    if (x.ok) target.answered++;
  }
}

function summary(t: Target): Omit<HttpResult, 'rss' | 'cpuPerRequest'> {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { total: sorted.length, answered: t.answered, perSecond: sorted.length / (t.elapsed / 1000), p50: pct(50), p99: pct(99) };
}

export interface HttpBench {
  /** The floor in one process, and with as many workers as the endpoint. */
  floor1: HttpResult;
  floor: HttpResult;
  endpoint: HttpResult;
  workers: number;
}

/**
 * The endpoint as `npm run serve` runs it (`workers` workers) and the floor (one process, and
 * `workers` workers), all running; their bursts alternate round by round, so whatever else the
 * machine does weighs on each alike.
 */
export async function httpBench(concurrency = 200, rounds = 5, workers = availableParallelism()): Promise<HttpBench> {
  const emu = await DiscordEmulator.start();
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { serve: string } };
  const [cmd, ...serveArgs] = pkg.scripts.serve.split(/\s+/);
  if (cmd !== 'node') throw new Error(`unexpected serve script: ${pkg.scripts.serve}`);
  const env = { DISCORD_PUBLIC_KEY: emu.publicKey, WORKERS: String(workers), LOG_LEVEL: 'info' };
  // The floor is plain JavaScript, run by node with the endpoint's flags, and sends a real /ask reply.
  const reply = await askReply();
  const floor1 = await start(['--max-semi-space-size=2', 'bench/floor.mjs'], { ...env, WORKERS: '1', FLOOR_REPLY: reply }, 1);
  const floor = await start(['--max-semi-space-size=2', 'bench/floor.mjs'], { ...env, FLOOR_REPLY: reply }, workers);
  const endpoint = await start(serveArgs, env, workers);
  let n = 0;
  const next = () => `u${n++}`;
  const servers = [floor1, floor, endpoint];
  const targets = servers.map((s) => ({ pids: s.pids, cpu: 0, port: s.port, agent: new Agent({ keepAlive: true, maxSockets: concurrency }), latencies: [], answered: 0, elapsed: 0 }) as Target);
  try {
    for (let r = 0; r < rounds + 1; r++) for (const t of targets) await burst(emu, t, concurrency, r > 0, next);
    const result = (i: number) => ({ ...summary(targets[i]!), rss: servers[i]!.pids.map(rssMb), cpuPerRequest: (targets[i]!.cpu * 1000) / targets[i]!.latencies.length });
    return { floor1: result(0), floor: result(1), endpoint: result(2), workers };
  } finally {
    for (const t of targets) t.agent.destroy();
    for (const s of servers) await stop(s.child);
    await emu.stop();
  }
}

/** The comparison as a README table: the floor, the endpoint and the gateway bot at the same concurrency. */
export async function printHttpBench(concurrency = 200, rounds = 5): Promise<void> {
  const { e2eBench } = await import('./e2e.js');
  const { floor1, floor, endpoint, workers } = await httpBench(concurrency, rounds);
  const gateway = await e2eBench(concurrency, rounds);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`| ${concurrency} at a time, ${rounds} rounds | answered | per second | p50 | p99 | server CPU per request | RSS per process |`);
  console.log('|---|---|---|---|---|---|---|');
  const rows: Array<[string, HttpResult]> = [
    ['floor, 1 process (signature check, canned reply)', floor1],
    [`floor, ${workers} workers`, floor],
    [`endpoint, ${workers} workers (npm run serve)`, endpoint],
  ];
  for (const [name, r] of rows) console.log(`| ${name} | ${r.answered}/${r.total} | ${r.perSecond.toFixed(0)} | ${f(r.p50)} | ${f(r.p99)} | ${r.cpuPerRequest.toFixed(0)} µs | ${r.rss.map((m) => m.toFixed(0)).join(', ')} MB |`);
  console.log(`| gateway bot, 1 process (npm start) | ${gateway.total}/${gateway.total} | ${gateway.perSecond.toFixed(0)} | ${f(gateway.p50)} | ${f(gateway.p99)} | | ${gateway.rssMb.toFixed(0)} MB |`);
  console.log(`\nendpoint p99 / floor p99: ${(endpoint.p99 / floor.p99).toFixed(2)}× against ${workers} floor workers, ${(endpoint.p99 / floor1.p99).toFixed(2)}× against one floor process`);
}

// `tsx bench/http.ts`: this comparison alone.
if (import.meta.url === `file://${process.argv[1]}`) await printHttpBench();
