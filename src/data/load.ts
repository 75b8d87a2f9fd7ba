// Loads and validates the article and its facts. Any problem stops the program with a message
// that names the file, the fact and what is wrong; the same check runs in the tests and in CI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../paths.js';
import { isVerbatimIn, splitParagraphs, type Paragraph } from './article.js';
import {
  entitiesFileSchema,
  factsFileSchema,
  sourceSchema,
  type EntitiesFile,
  type Fact,
  type Source,
} from './schema.js';

export interface ArticleData {
  source: Source;
  /** The article file exactly as stored. */
  raw: string;
  paragraphs: Paragraph[];
  facts: Fact[];
  entities: EntitiesFile;
}

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The article data is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'DataError';
  }
}

export interface RawData {
  article: string;
  source: unknown;
  facts: unknown;
  entities: unknown;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string, problems: string[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${file}: ${describePath(value, issue.path)}: ${issue.message}`);
  }
  return undefined;
}

/** "facts[3] (id venue).quote" reads better than "facts.3.quote" when fixing a file. */
function describePath(root: unknown, path: PropertyKey[]): string {
  let node: unknown = root;
  let out = '';
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      out += `[${key}]${typeof id === 'string' ? ` (id ${id})` : ''}`;
    } else out += `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(file)';
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

/** Validates already-read data; returns every problem found, not just the first. */
export function validateData(raw: RawData): { data?: ArticleData; problems: string[] } {
  const problems: string[] = [];
  const source = parse(sourceSchema, raw.source, 'source.json', problems);
  const factsFile = parse(factsFileSchema, raw.facts, 'facts.json', problems);
  const entities = parse(entitiesFileSchema, raw.entities, 'entities.json', problems);
  if (!source || !factsFile || !entities) return { problems };

  const paragraphs = splitParagraphs(raw.article, source.chrome);
  const byNumber = new Map(paragraphs.map((p) => [p.number, p]));
  const facts = factsFile.facts;
  const factIds = new Set(facts.map((f) => f.id));

  const entityIds = new Set<string>([
    ...entities.people.map((p) => p.id),
    ...entities.members.map((m) => m.id),
    ...entities.organisations.map((o) => o.id),
    ...entities.others.map((o) => o.id),
  ]);

  for (const id of duplicates(facts.map((f) => f.id))) problems.push(`facts.json: fact id "${id}" is used twice`);
  for (const id of duplicates(entities.people.map((p) => p.id))) problems.push(`entities.json: person id "${id}" is used twice`);
  for (const id of duplicates(entities.members.map((m) => m.id))) problems.push(`entities.json: member id "${id}" is used twice`);

  for (const fact of facts) {
    const where = `facts.json: fact "${fact.id}"`;
    const paragraph = byNumber.get(fact.paragraph);
    if (!paragraph) {
      problems.push(`${where}: paragraph ${fact.paragraph} does not exist (the article has ${paragraphs.length})`);
    } else if (!isVerbatimIn(fact.quote, paragraph.text)) {
      problems.push(`${where}: quote is not verbatim in paragraph ${fact.paragraph}: «${fact.quote.slice(0, 60)}»`);
    }
    for (const ref of fact.alsoCite ?? []) {
      if (!factIds.has(ref)) problems.push(`${where}: alsoCite names unknown fact "${ref}"`);
    }
    for (const e of fact.entities) {
      if (!entityIds.has(e)) problems.push(`${where}: unknown entity "${e}"`);
    }
  }

  for (const person of entities.people) {
    for (const f of person.facts) {
      if (!factIds.has(f)) problems.push(`entities.json: person "${person.id}" names unknown fact "${f}"`);
    }
  }

  const membership = facts.find((f) => f.compose === 'membership');
  if (!membership) problems.push('facts.json: no fact composes the membership answers (compose: "membership")');
  for (const member of entities.members) {
    if (membership && !isVerbatimIn(member.surface, membership.quote)) {
      problems.push(`entities.json: member "${member.id}": surface «${member.surface}» is not in the membership quote`);
    }
  }
  const lines = facts.find((f) => f.compose === 'lines-of-effort');
  for (const line of entities.linesOfEffort) {
    if (!lines) {
      problems.push('facts.json: no fact composes the lines of effort (compose: "lines-of-effort")');
      break;
    }
    if (!isVerbatimIn(line.ar, lines.quote)) problems.push(`entities.json: line of effort "${line.id}": «${line.ar}» is not in the quote of fact "${lines.id}"`);
  }
  if (!facts.some((f) => f.compose === 'attendance')) {
    problems.push('facts.json: no fact composes the attendance answers (compose: "attendance")');
  }

  if (problems.length > 0) return { problems };
  return { data: { source, raw: raw.article, paragraphs, facts, entities }, problems };
}

export const defaultDataDir = join(projectRoot(), 'data');

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push(`${path}: ${(err as Error).message}`);
    return undefined;
  }
}

export function readRawData(dir = defaultDataDir): RawData {
  const problems: string[] = [];
  const source = readJson(join(dir, 'source.json'), problems) as { file?: unknown } | undefined;
  const facts = readJson(join(dir, 'facts.json'), problems);
  const entities = readJson(join(dir, 'entities.json'), problems);
  let article = '';
  const file = typeof source?.file === 'string' ? source.file : 'article.txt';
  try {
    article = readFileSync(join(dir, file), 'utf8');
  } catch (err) {
    problems.push(`${join(dir, file)}: ${(err as Error).message}`);
  }
  if (problems.length > 0) throw new DataError(problems);
  return { article, source, facts, entities };
}

/** Reads and validates the data folder, or throws a DataError listing every problem. */
export function loadData(dir = defaultDataDir): ArticleData {
  const { data, problems } = validateData(readRawData(dir));
  if (!data) throw new DataError(problems);
  return data;
}
