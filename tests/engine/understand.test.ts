import { describe, expect, it } from 'vitest';
import { detectKind, detectLanguage, understand } from '../../src/engine/understand.js';
import { fold, words } from '../../src/engine/normalize.js';
import { testEngine } from '../support/engine.js';

const kind = (q: string) => detectKind(words(fold(q)), detectLanguage(q));
const gazetteer = testEngine().gazetteer;
const entityIds = (q: string) => understand(q, gazetteer).entities.map((m) => m.entity.id);

describe('language', () => {
  it('answers in Arabic when the question has Arabic script', () => {
    expect(detectLanguage('من ترأس الاجتماع؟')).toBe('ar');
    expect(detectLanguage('هل UAE عضو؟')).toBe('ar');
    expect(detectLanguage('Who chaired it?')).toBe('en');
    expect(detectLanguage('12345')).toBe('en');
  });
});

describe('question kind', () => {
  it.each([
    ['Who chaired the meeting?', 'who'],
    ['Where was it held?', 'where'],
    ['When did they meet?', 'when'],
    ['How many states attended?', 'count'],
    ['Is Morocco a member?', 'yesno'],
    ['Why did they meet?', 'why'],
    ['List the members', 'list'],
    ['In which city did they meet?', 'where'],
    ['من ترأس الاجتماع؟', 'who'],
    ['أين عقد الاجتماع؟', 'where'],
    ['متى عقد الاجتماع؟', 'when'],
    ['كم عدد الدول؟', 'count'],
    ['هل المغرب عضو؟', 'yesno'],
    ['لماذا اجتمعوا؟', 'why'],
    ['من حضر من العراق', 'who'],
  ])('%s → %s', (q, k) => expect(kind(q)).toBe(k));
});

describe('entities', () => {
  it('tells Iran from Iraq, in both languages', () => {
    expect(entityIds('Is Iran a member?')).toEqual(['IR']);
    expect(entityIds('Is Iraq a member?')).toEqual(['IQ']);
    expect(entityIds('هل إيران عضو؟')).toEqual(['IR']);
    expect(entityIds('والعراق')).toEqual(['IQ']);
  });
  it('knows countries beyond the members, and common aliases', () => {
    expect(entityIds('Is Syria a member?')).toEqual(['SY']);
    expect(entityIds('هل الصين عضو؟')).toEqual(['CN']);
    expect(entityIds('Is the UK in it?')).toEqual(['GB']);
  });
  it('prefers the longest name: North Korea is not Korea', () => {
    expect(entityIds('Is North Korea a member?')).toEqual(['KP']);
    expect(entityIds('Is Korea a member?')).toEqual(['KR']);
  });
  it('reads "US" as a country only in capitals', () => {
    expect(entityIds('Is the US a member?')).toEqual(['US']);
    expect(entityIds('tell us who chaired')).toEqual([]);
    expect(entityIds('who is gargash')).toEqual(['gargash']);
  });
  it('knows the people by their spelling variants', () => {
    expect(entityIds('Qarqash')).toEqual(['gargash']);
    expect(entityIds('Clemens von Götze')).toEqual(['goetze']);
    expect(entityIds('fares al mazroui')).toEqual(['mazrouei']);
    expect(entityIds('كليمينز فون غويتز')).toEqual(['goetze']);
  });
});

describe('out-of-scope words', () => {
  const gz = testEngine().gazetteer;
  const oos = (q: string) => understand(q, gz).content.filter((c) => c.outOfScope).map((c) => c.word);
  it('flags what the article never states, in both languages', () => {
    expect(oos('What is the price of oil?')).toEqual(['price', 'oil']);
    expect(oos('ما هي عملة العراق؟')).toEqual(['عمله']);
  });
  it('does not mistake an Arabic word for another that shares its stem', () => {
    // «العمل» (work, as in مجموعة العمل) and «عملة» (currency) share the stem «عمل».
    expect(oos('ما مهمة مجموعة العمل؟')).toEqual([]);
  });
});
