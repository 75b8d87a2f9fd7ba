// A second article, invented for the tests (another meeting: other people, venue, chairs, members,
// attendance and a calendar date), answered by the same engine with no change: what the engine knows
// of an article comes from its folder. Its QA set is judged like the first article's.
// qa-engine-gaps.jsonl holds questions the engine does not answer yet; it is kept apart, not asserted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.js';
import { createEngine } from '../../src/engine/engine.js';
import { judge, type QaItem } from '../qa/judge.js';
import { runProcess, type ProcessResult } from '../support/process.js';

const dirUrl = new URL('../fixtures/second-article/', import.meta.url);
const dir = fileURLToPath(dirUrl);
const root = fileURLToPath(new URL('../../', import.meta.url));
const relativeDir = 'tests/fixtures/second-article';

const readQa = (file: string): QaItem[] =>
  readFileSync(new URL(file, dirUrl), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QaItem);
const items = readQa('qa.jsonl');

const data = loadData(dir);
const engine = createEngine(data);

function run(cmd: string, args: string[], input: string): Promise<ProcessResult> {
  return runProcess(cmd, args, { input, cwd: root, env: { DISCORD_TOKEN: '', ARTICLE_DIR: '' } });
}

describe('the second article', () => {
  it('is its own article, not the first one', () => {
    expect(data.paragraphs).toHaveLength(12);
    expect(data.paragraphs[0]!.text).toContain('الرباط');
    const members = engine.membership()!;
    expect(members.members.map((e) => e.id)).toHaveLength(14);
    expect(engine.people().map((p) => p.person.id)).toEqual(['alami', 'bennis', 'devries']);
  });

  it('has a broad QA set of every kind, in both languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(new Set(items.map((i) => i.expect))).toEqual(new Set(['answer', 'refuse', 'negative']));
    expect(items.some((i) => /[\u0600-\u06FF]/.test(i.q))).toBe(true);
    expect(items.some((i) => /^[\x20-\x7E]+$/.test(i.q))).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('quotes every evidence string of its QA set verbatim from its own article', () => {
    for (const item of items) for (const e of item.evidence ?? []) expect(data.raw, `${item.id}: ${e}`).toContain(e);
  });

  it.each(items.map((i) => [i.id, i.q, i] as const))('%s %s', (_id, _q, item) => {
    expect(judge(item, engine.ask(item.q), data.raw)).toEqual([]);
  });

  it('keeps the engine gaps it found in a file of the same format (not asserted)', () => {
    const gaps = readQa('qa-engine-gaps.jsonl');
    for (const g of gaps) {
      expect(['answer', 'refuse', 'negative']).toContain(g.expect);
      expect(items.map((i) => i.q)).not.toContain(g.q);
    }
  });
});

describe('the second article from the command line', () => {
  it('answers its questions through `ask --data DIR --jsonl`, one contract line per question', async () => {
    const sample = items.slice(0, 12);
    const { code, stdout } = await run('npm', ['run', '--silent', 'ask', '--', '--data', relativeDir, '--jsonl'], `${sample.map((i) => i.q).join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(sample.length);
    lines.forEach((line, k) => {
      const o = JSON.parse(line) as { question: string; answered: boolean; text: string; citations: Array<{ paragraph: number; quote: string }> };
      expect(o.question).toBe(sample[k]!.q);
      const answer = { ...engine.ask(sample[k]!.q), answered: o.answered, text: o.text, citations: o.citations };
      expect(judge(sample[k]!, answer, data.raw)).toEqual([]);
    });
  });

  it('passes `validate-data` for its folder', async () => {
    const { code, stdout } = await run('npx', ['tsx', 'src/data/validate-cli.ts', relativeDir], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^data ok: 12 paragraphs/);
  });

  it('is selected by ARTICLE_DIR too', async () => {
    const child = await runProcess('npm', ['run', '--silent', 'ask', '--', 'Where was the meeting held?'], { cwd: root, env: { DISCORD_TOKEN: '', ARTICLE_DIR: relativeDir } });
    expect(child.code).toBe(0);
    expect(child.stdout).toMatch(/Rabat/);
  });
});
