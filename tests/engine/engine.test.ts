import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVerbatimIn } from '../../src/data/article.js';
import { MAX_QUESTION_LENGTH } from '../../src/engine/input.js';
import { toContract } from '../../src/engine/types.js';
import { testEngine } from '../support/engine.js';

const engine = testEngine();
const article = engine.data.raw;

describe('composed answers', () => {
  it('answers no for a country that is not a member, citing the list', () => {
    const a = engine.ask('Is Iran a member?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No: Iran is not/);
    expect(a.citations[0]!.quote).toContain('تتألف عضوية مجموعة العمل');
  });
  it('answers yes for each member it is asked about, and no for the others', () => {
    const a = engine.ask('Are Japan and China members of the working group?');
    expect(a.text).toMatch(/Yes: Japan is a member/);
    expect(a.text).toMatch(/No: China is not/);
    expect(a.citations.some((c) => c.quote.includes('واليابان'))).toBe(true);
  });
  it('keeps attendance (28 states) apart from membership (34 members)', () => {
    expect(engine.ask('How many countries attended the meeting?').text).toMatch(/28/);
    expect(engine.ask('How many members does the working group have?').text).toMatch(/34 members: 31 states and 3 organisations/);
    expect(engine.ask('كم عدد الدول الأعضاء في مجموعة العمل؟').text).toMatch(/31/);
  });
  it('tells who chaired the meeting, who chaired the sessions and who opened it', () => {
    expect(engine.ask('Who chaired the meeting?').facts).toEqual(['co-chairs']);
    expect(engine.ask('Who chaired the sessions?').facts).toEqual(['session-chairs']);
    expect(engine.ask('Who opened the meeting?').facts).toEqual(['opening-speech']);
  });
  it('does not say whether an unnamed state attended', () => {
    const a = engine.ask('Did France attend the meeting?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/names only Iraq/);
    expect(a.text).toMatch(/France is a member/);
  });
  it('says the article gives no calendar date, but answers "when" with yesterday', () => {
    expect(engine.ask('When was the meeting?').text).toMatch(/yesterday/);
    const year = engine.ask('What was the exact date of the meeting?');
    expect(year.answered).toBe(false);
    expect(year.text).toMatch(/no calendar date/);
    expect(year.citations[0]!.quote).toContain('أمس');
  });
  it('does not answer what a named entity question asks but the article lacks', () => {
    for (const q of ['How old is Gargash?', 'What is the capital of Germany?', 'Who is the president of Iraq?']) {
      expect(engine.ask(q).answered, q).toBe(false);
    }
  });
  it('refuses with suggestions in the question\'s language', () => {
    const en = engine.ask('What is the price of gold?');
    expect(en.answered).toBe(false);
    expect(en.suggestions.length).toBeGreaterThan(0);
    expect(en.suggestions.length).toBeLessThanOrEqual(3);
    expect(en.suggestions.every((s) => !/[\u0600-\u06FF]/.test(s))).toBe(true);
    const ar = engine.ask('ما سعر الذهب؟');
    expect(ar.language).toBe('ar');
    expect(ar.suggestions.every((s) => /[\u0600-\u06FF]/.test(s))).toBe(true);
  });
  it('tolerates typos in names and words', () => {
    expect(engine.ask('who is gargsh').text).toMatch(/Minister of State/);
    expect(engine.ask('Who chaird the meeting?').text).toMatch(/Germany/);
  });
});

describe('bad input', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['🙂🙂🙂', 'no-words'],
    ['???!!!', 'no-words'],
    ['\u0000\u0001\u0002\u0003binary', 'binary'],
    ['\u200B\u200F\u202E', 'empty'],
  ])('%j gets a clear reply', (q) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.status).toBe('invalid-input');
    expect(a.text.length).toBeGreaterThan(10);
  });
  it('caps a very long question and says so', () => {
    const a = engine.ask(`Who chaired the meeting? ${'blah '.repeat(2000)}`);
    expect(a.text).toMatch(new RegExp(`only the first ${MAX_QUESTION_LENGTH}`));
  });
  it('ignores zero-width and bidi characters inside words', () => {
    expect(engine.ask('Who chai\u200Bred the mee\u202Eting?').facts).toEqual(['co-chairs']);
  });
});

describe('contract', () => {
  it('has exactly the contract fields', () => {
    expect(Object.keys(toContract(engine.ask('Who chaired?')))).toEqual([
      'question', 'language', 'answered', 'text', 'citations', 'facts', 'confidence', 'suggestions',
    ]);
  });
  it('any string yields a well-formed answer whose quotes are verbatim', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom(...engine.sampleQuestions('ar'), ...engine.sampleQuestions('en')),
      fc.tuple(fc.constantFrom(...engine.sampleQuestions('en')), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (q) => {
        const a = engine.ask(q);
        expect(['ar', 'en']).toContain(a.language);
        expect(typeof a.answered).toBe('boolean');
        expect(a.text.length).toBeGreaterThan(0);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(a.suggestions.length).toBeLessThanOrEqual(3);
        for (const c of a.citations) {
          expect(Number.isInteger(c.paragraph)).toBe(true);
          expect(isVerbatimIn(c.quote, article)).toBe(true);
          const paragraph = engine.data.paragraphs.find((p) => p.number === c.paragraph);
          expect(paragraph && isVerbatimIn(c.quote, paragraph.text)).toBe(true);
        }
        if (a.answered) expect(a.citations.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
  it('every sample question the bot suggests is one it answers', () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const q of engine.sampleQuestions(lang)) expect(engine.ask(q).answered, q).toBe(true);
    }
  });
});

describe('co-chairs', () => {
  it('says yes for a co-chair and no for any other country asked about', () => {
    expect(engine.ask('Did Germany chair the meeting?').text).toMatch(/^Yes: Germany co-chaired the meeting, with the (UAE|United Arab Emirates)/);
    const no = engine.ask('Did France chair the meeting?');
    expect(no.answered).toBe(true);
    expect(no.text).toMatch(/^No: France did not chair the meeting/);
    expect(no.citations[0]!.quote).toContain('ترأس كل من دولة الإمارات وألمانيا');
  });
  it('does not let the member list answer "who heads" a member', () => {
    expect(engine.ask('Who heads the United Nations?').answered).toBe(false);
  });
});
