import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/data/article.js';
import { loadData, readRawData, validateData, type RawData } from '../../src/data/load.js';

const clone = <T>(v: T): T => structuredClone(v);
const raw = readRawData();

type Graph = { statements: Array<Record<string, unknown>>; entities: Array<Record<string, unknown>>; surfaces: Record<string, string> };
function withGraph(edit: (graph: Graph) => void): RawData {
  const copy = clone(raw);
  edit(copy.graph as Graph);
  return copy;
}

describe('article data', () => {
  it('loads and validates the shipped data', () => {
    const data = loadData();
    expect(data.paragraphs).toHaveLength(11);
    const members = data.graph.statements.find((s) => s.relation === 'member-of')!.items;
    expect(members).toHaveLength(34);
    const types = new Map(data.graph.entities.map((e) => [e.id, e.type]));
    expect(members.filter((id) => types.get(id) === 'state')).toHaveLength(31);
  });

  it('keeps page chrome out of the paragraph numbering', () => {
    const paragraphs = splitParagraphs(raw.article, ['صورة', 'ت + ت - الحجم الطبيعي', 'Email']);
    expect(paragraphs.map((p) => p.text)).not.toContain('صورة');
    expect(paragraphs.map((p) => p.text)).not.toContain('Email');
    expect(paragraphs[0]!.text.startsWith('«مجموعة الاستقرار»')).toBe(true);
    expect(paragraphs[2]!.text.startsWith('ترأس كل من دولة الإمارات')).toBe(true);
  });

  it('stores a verbatim copy of the article', () => {
    expect(raw.article).toContain('ممثلون عن 28 دولة، من ضمنها العراق');
  });

  it('rejects a corrupted quote and names the statement', () => {
    const bad = withGraph((g) => {
      g.statements[0]!.quote = String(g.statements[0]!.quote).replace('الثاني', 'الثالث');
    });
    const { data, problems } = validateData(bad);
    expect(data).toBeUndefined();
    expect(problems.join('\n')).toMatch(/statement "headline": quote is not verbatim in paragraph 1/);
  });

  it('rejects a duplicate id, an unknown paragraph and a missing language', () => {
    const bad = withGraph((g) => {
      (g.statements[3]!.answer as Record<string, string>).en = '';
    });
    expect(validateData(bad).problems.join('\n')).toMatch(/answer\.en/);
    const bad2 = withGraph((g) => {
      g.statements[1]!.id = g.statements[0]!.id;
      g.statements[2]!.paragraph = 99;
    });
    const all2 = validateData(bad2).problems.join('\n');
    expect(all2).toMatch(/statement id "headline" is used twice/);
    expect(all2).toMatch(/paragraph 99 does not exist/);
  });

  it('rejects a reference to an unknown entity, relation or statement', () => {
    const bad = withGraph((g) => {
      (g.statements[0]!.entities as string[]).push('atlantis');
      g.statements[1]!.alsoCite = ['no-such-statement'];
      g.statements[2]!.relation = 'no-such-relation';
    });
    const all = validateData(bad).problems.join('\n');
    expect(all).toMatch(/unknown entity "atlantis"/);
    expect(all).toMatch(/alsoCite names unknown statement "no-such-statement"/);
    expect(all).toMatch(/unknown relation "no-such-relation"/);
  });

  it("rejects an item surface that is not the article's spelling", () => {
    const bad = withGraph((g) => {
      g.surfaces.DK = 'والدانمرك';
    });
    expect(validateData(bad).problems.join('\n')).toMatch(/surface «والدانمرك» of "DK" is not in the quote/);
  });

  it('rejects a lexicon file of the wrong shape, naming the file', () => {
    const bad = clone(raw);
    (bad.lexicon.ar as { stopwords: unknown }).stopwords = 'not a list';
    expect(validateData(bad).problems.join('\n')).toMatch(/lexicon\/ar\.json: stopwords/);
  });
});
