import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/data/article.js';
import { loadData, readRawData, validateData, type RawData } from '../../src/data/load.js';

const clone = <T>(v: T): T => structuredClone(v);
const raw = readRawData();

function withFacts(edit: (facts: Array<Record<string, unknown>>) => void): RawData {
  const copy = clone(raw);
  edit((copy.facts as { facts: Array<Record<string, unknown>> }).facts);
  return copy;
}

describe('article data', () => {
  it('loads and validates the shipped data', () => {
    const data = loadData();
    expect(data.paragraphs).toHaveLength(11);
    expect(data.entities.members).toHaveLength(34);
    expect(data.entities.members.filter((m) => m.kind === 'state')).toHaveLength(31);
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

  it('rejects a corrupted quote and names the fact', () => {
    const bad = withFacts((facts) => {
      facts[0]!.quote = String(facts[0]!.quote).replace('الثاني', 'الثالث');
    });
    const { data, problems } = validateData(bad);
    expect(data).toBeUndefined();
    expect(problems.join('\n')).toMatch(/fact "headline": quote is not verbatim in paragraph 1/);
  });

  it('rejects a duplicate id, an unknown paragraph and a missing language', () => {
    const bad = withFacts((facts) => {
      facts[1]!.id = facts[0]!.id;
      facts[2]!.paragraph = 99;
      (facts[3]!.answer as Record<string, string>).en = '';
    });
    const { problems } = validateData(bad);
    const all = problems.join('\n');
    expect(all).toMatch(/answer\.en/);
    const bad2 = withFacts((facts) => {
      facts[1]!.id = facts[0]!.id;
      facts[2]!.paragraph = 99;
    });
    const all2 = validateData(bad2).problems.join('\n');
    expect(all2).toMatch(/fact id "headline" is used twice/);
    expect(all2).toMatch(/paragraph 99 does not exist/);
  });

  it('rejects a reference to an unknown entity or fact', () => {
    const bad = withFacts((facts) => {
      (facts[0]!.entities as string[]).push('atlantis');
      facts[1]!.alsoCite = ['no-such-fact'];
    });
    const all = validateData(bad).problems.join('\n');
    expect(all).toMatch(/unknown entity "atlantis"/);
    expect(all).toMatch(/alsoCite names unknown fact "no-such-fact"/);
  });

  it('rejects a line of effort not worded as in the article', () => {
    const bad = clone(raw);
    (bad.entities as { linesOfEffort: Array<{ ar: string }> }).linesOfEffort[0]!.ar = 'الدعم الجوي';
    expect(validateData(bad).problems.join('\n')).toMatch(/line of effort "military-support": «الدعم الجوي» is not in the quote/);
  });

  it('rejects a member whose spelling is not the article\'s', () => {
    const bad = clone(raw);
    (bad.entities as { members: Array<{ surface: string }> }).members[5]!.surface = 'والدانمرك';
    expect(validateData(bad).problems.join('\n')).toMatch(/surface «والدانمرك» is not in the membership quote/);
  });
});
