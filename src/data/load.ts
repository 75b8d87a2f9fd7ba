// Loads and validates an article folder (article text, source, fact graph) and the shared language
// lexicon. Any problem stops the program with a message naming the file, the item and what is wrong;
// the same check runs in the tests and in CI (`npm run validate-data [DIR]`).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../paths.js';
import { isVerbatimIn, splitParagraphs, type Paragraph } from './article.js';
import {
  arabiziSchema,
  graphSchema,
  languageSchema,
  sourceSchema,
  worldSchema,
  type ArabiziTable,
  type Graph,
  type LanguageLexicon,
  type Source,
  type World,
} from './schema.js';

export interface LexiconData {
  en: LanguageLexicon;
  ar: LanguageLexicon;
  arabizi: ArabiziTable;
  world: World;
}

export interface ArticleData {
  source: Source;
  /** The article file exactly as stored. */
  raw: string;
  paragraphs: Paragraph[];
  graph: Graph;
  lexicon: LexiconData;
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
  graph: unknown;
  lexicon: { en: unknown; ar: unknown; arabizi: unknown; world: unknown };
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string, problems: string[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${file}: ${describePath(value, issue.path)}: ${issue.message}`);
  return undefined;
}

/** "statements[3] (id venue).quote" reads better than "statements.3.quote" when fixing a file. */
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

/** The graph's own consistency: every reference resolves, every quote and surface is verbatim. */
function checkGraph(graph: Graph, paragraphs: Paragraph[], problems: string[]): void {
  const where = 'graph.json';
  const byNumber = new Map(paragraphs.map((p) => [p.number, p]));
  const entityIds = new Set(graph.entities.map((e) => e.id));
  const relationIds = new Set(graph.relations.map((r) => r.id));
  const statementIds = new Set(graph.statements.map((s) => s.id));
  for (const id of duplicates(graph.entities.map((e) => e.id))) problems.push(`${where}: entity id "${id}" is used twice`);
  for (const id of duplicates(graph.statements.map((s) => s.id))) problems.push(`${where}: statement id "${id}" is used twice`);
  for (const id of duplicates(graph.relations.map((r) => r.id))) problems.push(`${where}: relation id "${id}" is used twice`);
  for (const e of graph.entities) {
    for (const ref of [e.within, e.country]) if (ref && !entityIds.has(ref)) problems.push(`${where}: entity "${e.id}" names unknown entity "${ref}"`);
  }
  for (const s of graph.statements) {
    const at = `${where}: statement "${s.id}"`;
    const paragraph = byNumber.get(s.paragraph);
    if (!paragraph) problems.push(`${at}: paragraph ${s.paragraph} does not exist (the article has ${paragraphs.length})`);
    else if (!isVerbatimIn(s.quote, paragraph.text)) problems.push(`${at}: quote is not verbatim in paragraph ${s.paragraph}: «${s.quote.slice(0, 60)}»`);
    if (!relationIds.has(s.relation)) problems.push(`${at}: unknown relation "${s.relation}"`);
    if (!entityIds.has(s.about)) problems.push(`${at}: "about" names unknown entity "${s.about}"`);
    for (const e of [...s.items, ...s.entities]) if (!entityIds.has(e)) problems.push(`${at}: unknown entity "${e}"`);
    for (const ref of s.alsoCite ?? []) if (!statementIds.has(ref)) problems.push(`${at}: alsoCite names unknown statement "${ref}"`);
    if (s.listStart !== undefined && s.listStart >= s.items.length) problems.push(`${at}: listStart ${s.listStart} is past the end of items`);
  }
  for (const [id, surface] of Object.entries(graph.surfaces)) {
    if (!entityIds.has(id)) {
      problems.push(`${where}: surfaces names unknown entity "${id}"`);
      continue;
    }
    const cited = graph.statements.filter((s) => s.items.includes(id));
    if (!cited.some((s) => isVerbatimIn(surface, s.quote))) problems.push(`${where}: surface «${surface}» of "${id}" is not in the quote of any statement listing it`);
  }
  for (const id of graph.texts.staples) if (!statementIds.has(id)) problems.push(`${where}: texts.staples names unknown statement "${id}"`);
}

/** Validates already-read data; returns every problem found, not just the first. */
export function validateData(raw: RawData): { data?: ArticleData; problems: string[] } {
  const problems: string[] = [];
  const source = parse(sourceSchema, raw.source, 'source.json', problems);
  const graph = parse(graphSchema, raw.graph, 'graph.json', problems);
  const en = parse(languageSchema, raw.lexicon.en, 'lexicon/en.json', problems);
  const ar = parse(languageSchema, raw.lexicon.ar, 'lexicon/ar.json', problems);
  const arabizi = parse(arabiziSchema, raw.lexicon.arabizi, 'lexicon/arabizi.json', problems);
  const world = parse(worldSchema, raw.lexicon.world, 'lexicon/world.json', problems);
  if (!source || !graph || !en || !ar || !arabizi || !world) return { problems };
  const paragraphs = splitParagraphs(raw.article, source.chrome);
  checkGraph(graph, paragraphs, problems);
  if (problems.length > 0) return { problems };
  return { data: { source, raw: raw.article, paragraphs, graph, lexicon: { en, ar, arabizi, world } }, problems };
}

export const defaultDataDir = (): string => join(projectRoot(), 'data');
export const lexiconDir = (): string => join(projectRoot(), 'data', 'lexicon');

/** The article folder: ARTICLE_DIR when set, else data/. */
export function articleDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ARTICLE_DIR ? resolve(env.ARTICLE_DIR) : defaultDataDir();
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push(`${path}: ${(err as Error).message}`);
    return undefined;
  }
}

export function readRawData(dir = articleDir(), lexicon = lexiconDir()): RawData {
  const problems: string[] = [];
  const source = readJson(join(dir, 'source.json'), problems) as { file?: unknown } | undefined;
  const graph = readJson(join(dir, 'graph.json'), problems);
  const lex = {
    en: readJson(join(lexicon, 'en.json'), problems),
    ar: readJson(join(lexicon, 'ar.json'), problems),
    arabizi: readJson(join(lexicon, 'arabizi.json'), problems),
    world: readJson(join(lexicon, 'world.json'), problems),
  };
  let article = '';
  const file = typeof source?.file === 'string' ? source.file : 'article.txt';
  try {
    article = readFileSync(join(dir, file), 'utf8');
  } catch (err) {
    problems.push(`${join(dir, file)}: ${(err as Error).message}`);
  }
  if (problems.length > 0) throw new DataError(problems);
  return { article, source, graph, lexicon: lex };
}

/** Reads and validates an article folder (default: ARTICLE_DIR or data/), or throws a DataError listing every problem. */
export function loadData(dir = articleDir()): ArticleData {
  const { data, problems } = validateData(readRawData(dir));
  if (!data) throw new DataError(problems);
  return data;
}
