// The engine and the adapters hold no knowledge of the article: no name of a person, place, country or
// organisation of data/graph.json appears in src/ or commands/. Names come from an article folder, so
// another article (tests/fixtures/second-article) is answered by the same code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.js';
import type { EntityType } from '../../src/data/schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Kinds of entity that are names of this article; setting words ("meeting", "coalition") are not. */
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'state', 'organisation', 'city', 'place']);
const MIN_LETTERS = 4;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every name and alias of the article's named entities, in both languages, of four letters or more. */
function articleNames(): Array<{ name: string; entity: string }> {
  const { graph } = loadData(join(root, 'data'));
  const out = new Map<string, { name: string; entity: string }>();
  for (const e of graph.entities) {
    if (!NAMED.has(e.type)) continue;
    const all = [e.name.ar, e.name.en, ...(e.short ? [e.short.ar, e.short.en] : []), ...e.aliases.ar, ...e.aliases.en];
    for (const raw of all) {
      const name = raw.normalize('NFC').trim();
      if ((name.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) continue;
      if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { name, entity: e.id });
    }
  }
  return [...out.values()];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Latin name as a whole word ("Iraq", not "Iraqi"); an Arabic one anywhere, clitics and all («والعراق»). */
function pattern(name: string): RegExp {
  const body = escape(name).replace(/\s+/g, '\\s+');
  return /\p{Script=Arabic}/u.test(name) ? new RegExp(body, 'giu') : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

describe('no article knowledge in code', () => {
  const names = articleNames();
  const files = ['src', 'commands'].flatMap((d) => filesUnder(join(root, d)));

  it('reads the names it looks for from the article data', () => {
    expect(names.length).toBeGreaterThan(30);
    expect(files.length).toBeGreaterThan(10);
  });

  it('finds no name of a person, place, country or organisation of data/graph.json in src/ or commands/', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').normalize('NFC').split('\n');
      for (const { name, entity } of names) {
        const re = pattern(name);
        lines.forEach((line, i) => {
          re.lastIndex = 0;
          if (re.test(line)) found.push(`"${name}" (${entity}) in ${relative(root, file)}:${i + 1}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
