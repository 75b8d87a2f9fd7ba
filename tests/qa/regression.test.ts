// The QA regression set: our own questions in both languages, judged like the evaluation set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../support/engine.js';
import { judge, type QaItem } from './judge.js';

const items: QaItem[] = readFileSync(new URL('./regression.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as QaItem);

describe('QA regression set', () => {
  const engine = testEngine();
  it('has a broad set of questions of every kind', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.expect))).toEqual(new Set(['answer', 'refuse', 'negative']));
  });
  it.each(items.map((i) => [i.id, i.q, i] as const))('%s %s', (_id, _q, item) => {
    expect(judge(item, engine.ask(item.q), engine.data.raw)).toEqual([]);
  });
});
