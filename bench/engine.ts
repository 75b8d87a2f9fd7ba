// The answer engine measured: in-process latency and accuracy beside two baselines over the article's
// paragraphs (plain fuse.js and MiniSearch, the search library the engine's design follows), the graph
// grown 10× and 100×, and the black-box cost of one more question through `ask --jsonl`.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { ArticleData } from '../src/data/load.js';
import type { Statement } from '../src/data/schema.js';
import { createEngine } from '../src/engine/engine.js';
import { judge, type QaItem } from '../tests/qa/judge.js';

const ROUNDS = 30;
const read = (file: URL): QaItem[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as QaItem)
    .filter((x) => typeof x.q === 'string');

/** The project's own QA set and the blind batches' single questions. */
export function questionSet(): QaItem[] {
  const blind = new URL('../tests/qa/blind/', import.meta.url);
  const files = readdirSync(blind).filter((f) => f.endsWith('.jsonl') && !f.includes('conversation'));
  return [read(new URL('../tests/qa/regression.jsonl', import.meta.url)), ...files.map((f) => read(new URL(f, blind)))].flat();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function time(items: QaItem[], fn: (q: string) => unknown, rounds = ROUNDS): { p50: number; p99: number; mean: number } {
  const samples: number[] = [];
  for (const it of items) fn(it.q); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const it of items) {
      const t = performance.now();
      fn(it.q);
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

function fuseBaseline(data: ArticleData) {
  const fuse = new Fuse(data.paragraphs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  return (q: string) => fuse.search(q, { limit: 1 })[0]?.item;
}

function miniSearchBaseline(data: ArticleData) {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
  ms.addAll(data.paragraphs.map((p) => ({ id: p.number, text: p.text })));
  return (q: string) => {
    const hit = ms.search(q)[0];
    return hit ? { text: hit.text as string } : undefined;
  };
}

/** A baseline points at a paragraph: right when it holds the evidence of an answer; never right for a refusal. */
function baselineAccuracy(items: QaItem[], find: (q: string) => { text: string } | undefined): number {
  let ok = 0;
  for (const it of items) {
    const p = find(it.q);
    if (it.expect === 'answer' && p && (it.evidence ?? []).some((e) => p.text.includes(e))) ok++;
  }
  return ok / items.length;
}

/** Synthetic statements: copies of the real ones with invented keywords, so the index grows like real data. */
export function grow(data: ArticleData, factor: number): ArticleData {
  const statements: Statement[] = [...data.graph.statements];
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'zu', 'no', 'bi', 'سا', 'مو', 'لي', 'كا'];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const word = () => Array.from({ length: 3 }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
  for (let i = 1; i < factor; i++) {
    for (const f of data.graph.statements) {
      statements.push({ ...f, id: `${f.id}-syn${i}`, keywords: { ar: f.keywords.ar.map(() => word()), en: f.keywords.en.map(() => word()) }, questions: { ar: [word()], en: [word()] } });
    }
  }
  return { ...data, graph: { ...data.graph, statements } };
}

/** Wall time of one `ask --jsonl` process answering `lines` questions (the build is warm). */
function jsonlRun(lines: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn('npm', ['run', '--silent', 'ask', '--', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = 0;
    child.stdout.on('data', (d: Buffer) => {
      for (const b of d) if (b === 10) out++;
    });
    child.on('error', reject);
    child.on('close', () => (out === lines.length ? resolve(performance.now() - t) : reject(new Error(`expected ${lines.length} lines, got ${out}`))));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

export async function printEngineBench(data: ArticleData): Promise<void> {
  const items = questionSet();
  // Per-question cost is measured without the answer cache: every ask is answered afresh.
  const engine = createEngine(data, { answerCacheSize: 0 });
  const fuse = fuseBaseline(data);
  const mini = miniSearchBaseline(data);
  const e = time(items, (q) => engine.ask(q));
  const f = time(items, (q) => fuse(q), 3); // fuse.js over whole paragraphs is slow: fewer rounds suffice
  const m = time(items, (q) => mini(q));
  const accEngine = items.filter((it) => judge(it, engine.ask(it.q), data.raw).length === 0).length / items.length;
  console.log(`Questions: ${items.length} (the QA set and the blind batches) × ${ROUNDS} rounds, in process\n`);
  console.log('| | engine | MiniSearch over paragraphs | fuse.js over paragraphs | engine / MiniSearch |');
  console.log('|---|---|---|---|---|');
  const accM = baselineAccuracy(items, mini);
  const accF = baselineAccuracy(items, fuse);
  console.log(`| accuracy | ${(accEngine * 100).toFixed(1)}% | ${(accM * 100).toFixed(1)}% | ${(accF * 100).toFixed(1)}% | ${(accEngine / accM).toFixed(2)}× |`);
  console.log(`| p50 | ${fmt(e.p50)} | ${fmt(m.p50)} | ${fmt(f.p50)} | ${(e.p50 / m.p50).toFixed(2)}× |`);
  console.log(`| p99 | ${fmt(e.p99)} | ${fmt(m.p99)} | ${fmt(f.p99)} | ${(e.p99 / m.p99).toFixed(2)}× |`);
  console.log(`| mean | ${us(e.mean)} | ${us(m.mean)} | ${us(f.mean)} | ${(e.mean / m.mean).toFixed(2)}× |`);

  console.log('\n| statements | p50 | p99 | p99 vs 1× |');
  console.log('|---|---|---|---|');
  let p99at1 = 0;
  for (const factor of [1, 10, 100]) {
    const grown = createEngine(grow(data, factor), { answerCacheSize: 0 });
    const t = time(items, (q) => grown.ask(q), factor === 100 ? 5 : ROUNDS);
    if (factor === 1) p99at1 = t.p99;
    console.log(`| ${grown.data.graph.statements.length} (${factor}×) | ${fmt(t.p50)} | ${fmt(t.p99)} | ${(t.p99 / p99at1).toFixed(2)}× |`);
  }

  // Black box: the cost of one more question is (time for 3000 − time for 30) / 2970, start-up cancelled out.
  const qs = items.map((it) => it.q.replace(/\n/g, ' '));
  const many = Array.from({ length: 3000 }, (_, i) => qs[i % qs.length]!);
  const few = many.slice(0, 30);
  await jsonlRun(few); // a warm build
  const small: number[] = [];
  const large: number[] = [];
  for (let r = 0; r < 3; r++) {
    small.push(await jsonlRun(few));
    large.push(await jsonlRun(many));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const perQuestion = (median(large) - median(small)) / (many.length - few.length);
  console.log(
    `\nBlack box, \`npm run --silent ask -- --jsonl\`: 30 questions ${median(small).toFixed(0)} ms, 3000 questions ${median(large).toFixed(0)} ms (medians of 3) → ${us(perQuestion)} per question, against MiniSearch's ${us(m.mean)} and fuse.js's ${us(f.mean)} in process (mean). The 3000 lines cycle through the ${qs.length} distinct questions, so the answer cache serves about ${(100 * (1 - Math.min(qs.length, many.length) / many.length)).toFixed(0)}% of them; the in-process figures above are without it.`,
  );
}
