// `npm run bench`: the engine's speed and accuracy beside a baseline of plain fuse.js over the
// article's paragraphs, in the same run; its cost with the fact set grown 10× and 100×; and the
// time the `ask --jsonl` process takes to answer its first question; and a 25,000-event soak of the bot's memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { loadData, type ArticleData } from '../src/data/load.js';
import type { Fact } from '../src/data/schema.js';
import { createEngine, type Engine } from '../src/engine/engine.js';
import { judge, type QaItem } from '../tests/qa/judge.js';
import { e2eBench } from './e2e.js';
import { soakReport } from './soak.js';

const items: QaItem[] = readFileSync(new URL('../tests/qa/regression.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as QaItem);
const ROUNDS = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(fn: (q: string) => unknown): { p50: number; p99: number } {
  const samples: number[] = [];
  for (const it of items) fn(it.q); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const it of items) {
      const t = performance.now();
      fn(it.q);
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** Synthetic facts: copies of the real ones with invented keywords, so the index grows like real data would. */
function grow(data: ArticleData, factor: number): ArticleData {
  const facts: Fact[] = [...data.facts];
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'zu', 'no', 'bi', 'سا', 'مو', 'لي', 'كا'];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const word = () => Array.from({ length: 3 }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
  for (let i = 1; i < factor; i++) {
    for (const { compose: _compose, ...f } of data.facts) {
      // Copies answer in their own words: a composer reads entity data that is not grown with them.
      facts.push({
        ...f,
        id: `${f.id}-syn${i}`,
        keywords: { ar: f.keywords.ar.map(() => word()), en: f.keywords.en.map(() => word()) },
        questions: { ar: [word()], en: [word()] },
      });
    }
  }
  return { ...data, facts };
}

function baseline(data: ArticleData) {
  const fuse = new Fuse(data.paragraphs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  return (q: string) => fuse.search(q, { limit: 1 })[0]?.item;
}

function accuracy(engine: Engine, base: ReturnType<typeof baseline>) {
  let engineOk = 0;
  let baseOk = 0;
  for (const it of items) {
    if (judge(it, engine.ask(it.q), engine.data.raw).length === 0) engineOk++;
    // The baseline can only point at a paragraph: count it right when that paragraph holds the evidence
    // (answers), and never right for refusals, which it cannot make.
    const p = base(it.q);
    if (it.expect === 'answer' && p && (it.evidence ?? []).some((e) => p.text.includes(e))) baseOk++;
  }
  return { engine: engineOk / items.length, baseline: baseOk / items.length };
}

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
  const engine = createEngine(data);
  const base = baseline(data);

  const e = time((q) => engine.ask(q));
  const b = time((q) => base(q));
  const acc = accuracy(engine, base);
  console.log(`Questions: ${items.length} (tests/qa/regression.jsonl) × ${ROUNDS} rounds\n`);
  console.log('| | engine | baseline (fuse.js over paragraphs) | engine / baseline |');
  console.log('|---|---|---|---|');
  console.log(`| accuracy | ${(acc.engine * 100).toFixed(1)}% | ${(acc.baseline * 100).toFixed(1)}% | ${(acc.engine / acc.baseline).toFixed(2)}× |`);
  console.log(`| p50 latency | ${fmt(e.p50)} | ${fmt(b.p50)} | ${(e.p50 / b.p50).toFixed(2)}× |`);
  console.log(`| p99 latency | ${fmt(e.p99)} | ${fmt(b.p99)} | ${(e.p99 / b.p99).toFixed(2)}× |`);

  console.log('\n| facts | p50 | p99 | p99 vs 1× |');
  console.log('|---|---|---|---|');
  let p99at1 = 0;
  for (const factor of [1, 10, 100]) {
    const grown = createEngine(grow(data, factor));
    const t = time((q) => grown.ask(q));
    if (factor === 1) p99at1 = t.p99;
    console.log(`| ${grown.data.facts.length} (${factor}×) | ${fmt(t.p50)} | ${fmt(t.p99)} | ${(t.p99 / p99at1).toFixed(2)}× |`);
  }
  console.log(`\nProcess RSS after the engine runs: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  console.log('\nEnd to end: the bot as `npm start` runs it, in its own process, against the emulator in this one');
  console.log('| at a time | interactions | per second | round trip p50 | p99 | bot RSS after |');
  console.log('|---|---|---|---|---|---|');
  for (const c of [1, 10, 50, 200]) {
    const r = await e2eBench(c, c === 1 ? 200 : Math.max(5, Math.round(1000 / c)));
    console.log(`| ${c} | ${r.total} | ${r.perSecond.toFixed(0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.rssMb.toFixed(0)} MB |`);
  }
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
