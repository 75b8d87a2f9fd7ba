// The blind batches (written from the article alone, scored once on their first run: see
// first-runs.md) kept as a regression check: no batch may fall below the share it passes today.
// These scores are on questions the engine was since tuned on, so they are not estimates of accuracy.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../support/engine.js';
import { scoreBatch } from './blind-score.js';

const dir = new URL('./blind/', import.meta.url);
const floors = JSON.parse(readFileSync(new URL('./blind-floors.json', import.meta.url), 'utf8')) as Record<string, number>;
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();

describe('blind batches, as a regression check', () => {
  it('has a recorded floor for every batch', () => {
    expect(files.filter((f) => floors[f] === undefined)).toEqual([]);
  });
  it.each(files)('%s stays at or above its floor', (file) => {
    const { passed, total, failed } = scoreBatch(testEngine(), new URL(file, dir));
    expect({ share: passed / total >= floors[file]! ? 'ok' : passed / total, failed }).toMatchObject({ share: 'ok' });
  });
});
