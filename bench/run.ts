// `npm run bench`: the engine's speed and accuracy beside MiniSearch and fuse.js over the article's
// paragraphs, in the same run; its cost with the graph grown 10× and 100× and through `ask --jsonl`; the bot end
// to end; the HTTP interactions endpoint beside a floor and the gateway bot; the time the `ask --jsonl`
// process takes to answer its first question; and a 25,000-event soak of the bot's memory.
import { spawn } from 'node:child_process';
import { loadData } from '../src/data/load.js';
import { printEngineBench } from './engine.js';
import { e2eBench } from './e2e.js';
import { printHttpBench } from './http.js';
import { soakReport } from './soak.js';

async function firstAnswerMs(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout.once('data', () => {
      resolve(performance.now() - t);
      child.stdin.end();
    });
    child.on('error', reject);
    child.stdin.write('Who chaired the meeting?\n');
  });
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

async function main() {
  const data = loadData();

  await printEngineBench(data);
  console.log(`\nProcess RSS after the engine runs: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  console.log('\nEnd to end: the bot as `npm start` runs it, in its own process, against the emulator in this one');
  console.log('| at a time | interactions | per second | round trip p50 | p99 | bot RSS after |');
  console.log('|---|---|---|---|---|---|');
  for (const c of [1, 10, 50, 200]) {
    const r = await e2eBench(c, c === 1 ? 200 : Math.max(5, Math.round(1000 / c)));
    console.log(`| ${c} | ${r.total} | ${r.perSecond.toFixed(0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.rssMb.toFixed(0)} MB |`);
  }
  console.log('\nThe HTTP interactions endpoint beside a floor (signature check and a canned /ask reply, same bytes) and the gateway bot, signed /ask from distinct users:');
  await printHttpBench(200, 5);
  const viaNpm = await firstAnswerMs('npm', ['run', '--silent', 'ask', '--', '--jsonl']);
  const bundled = await firstAnswerMs(process.execPath, ['dist/ask.js', '--jsonl']);
  const tsx = await firstAnswerMs(process.execPath, ['--import', 'tsx', 'src/adapters/cli/ask.ts', '--jsonl']);
  console.log(
    `\nask --jsonl, first answer after spawn: ${viaNpm.toFixed(0)} ms through npm run; the process alone ${bundled.toFixed(0)} ms compiled (dist/), ${tsx.toFixed(0)} ms through tsx`,
  );
  console.log(`\n${await soakReport()}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
