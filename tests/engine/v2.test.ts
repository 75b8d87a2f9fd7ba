// The engine's v2 contract: robust by construction, truthful on traps, generic operations over the
// graph, follow-ups through the returned context, and English renderings beside Arabic quotes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVerbatimIn } from '../../src/data/article.js';
import { createEngine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/types.js';
import { testEngine } from '../support/engine.js';

const engine = testEngine();
const data = engine.data;

const ask = (q: string) => engine.ask(q);
const says = (a: Answer, re: RegExp) => expect(a.text).toMatch(re);

/** A conversation: each turn asked with the context the previous answer returned. */
function talk(...turns: string[]): Answer[] {
  const out: Answer[] = [];
  for (const q of turns) out.push(engine.ask(q, out.length > 0 ? { context: out.at(-1)!.context } : {}));
  return out;
}

describe('robust by construction', () => {
  const PROTO = Object.getOwnPropertyNames(Object.prototype).concat(['__proto__', 'prototype', 'constructor']);

  it('answers words that name Object.prototype members like any other word', () => {
    for (const w of PROTO) {
      for (const q of [w, `${w}?`, `what is ${w}`, `هل ${w} عضو؟`, `min ${w} ra2as`]) {
        const a = ask(q);
        expect(typeof a.text).toBe('string');
        expect(a.answered).toBe(false);
      }
    }
  });

  it('never throws and always cites verbatim, on hostile text', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(...PROTO).map((w) => `${w} ${w}?`),
      fc.array(fc.constantFrom('\uD800', '\uDFFF', '\u202E', '\u200B', '؟', '?', ',', '،', 'and', 'و', 'who', 'مين', 'Iraq', 'العراق'), { maxLength: 60 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(hostile, (q) => {
        const a = engine.ask(q);
        expect(['ar', 'en']).toContain(a.language);
        for (const c of a.citations) expect(isVerbatimIn(c.quote, data.raw)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 10 kB message without throwing, and says it read only the start', () => {
    const a = ask('who chaired the meeting? '.repeat(420));
    expect(a.text).toMatch(/read only the first 500/);
  });

  it('gives the same answer to the same question', () => {
    fc.assert(
      fc.property(fc.constantFrom(...engine.sampleQuestions('en'), ...engine.sampleQuestions('ar')), fc.string({ maxLength: 20 }), (q, tail) => {
        const a = engine.ask(q + tail);
        const b = engine.ask(q + tail);
        expect({ ...b, context: undefined }).toEqual({ ...a, context: undefined });
      }),
      { numRuns: 100 },
    );
  });

  it('turns an internal error into an answered:false reply and reports it', () => {
    const errors: unknown[] = [];
    const broken = createEngine(data, { onError: (err) => errors.push(err), now: () => { throw new Error('clock broke'); } });
    const a = broken.ask('Who chaired the meeting?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/something went wrong/i);
    expect(errors).toHaveLength(1);
  });
});

describe('truth before helpfulness: traps', () => {
  it('keeps attendance apart from membership', () => {
    for (const q of ['Was Egypt at the meeting?', 'Were the French there?', 'هل كانت مصر في الاجتماع؟', 'Did Japan attend?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      says(a, /(names only Iraq|سوى العراق)/);
    }
    says(ask('Did Iraq attend the meeting?'), /^Yes/);
  });

  it('says no to a wrong chair, venue, title or meeting, citing the right one', () => {
    says(ask('Did the United Nations chair the meeting?'), /^No/);
    says(ask('Was the meeting held in Dubai?'), /^No: .*Abu Dhabi/);
    says(ask("Is Gargash the UAE's foreign minister?"), /^Not exactly: .*Minister of State for Foreign Affairs/);
    says(ask('Was this the first meeting?'), /^No: .*second/);
  });

  it('refuses what it does not report, and says what it does', () => {
    const first = ask('Where was the first meeting held?');
    expect(first.answered).toBe(false);
    says(first, /second meeting/);
    const minister = ask("Who is Germany's foreign minister?");
    expect(minister.answered).toBe(false);
    says(minister, /von Goetze/);
    expect(ask('What did von Goetze tell the meeting?').answered).toBe(false);
    expect(ask('How many countries are in the whole coalition?').answered).toBe(false);
    const korea = ask('Is North Korea a member?');
    expect(korea.answered).toBe(false);
    says(korea, /without saying which/);
  });
});

describe('generic operations', () => {
  it('counts with filters and exclusions', () => {
    says(ask('Besides Iraq, how many states attended?'), /27/);
    says(ask('How many members are organisations?'), /3 organisations/);
    says(ask('How many working groups does the coalition have besides this one?'), /four|4/);
    says(ask('كم دولة عضو عدا الإمارات وألمانيا؟'), /29/);
  });

  it('finds positions in the list', () => {
    says(ask('Which member does the article list right after Austria?'), /Canada/);
    says(ask('Which country is listed right before Iraq?'), /Iceland/);
    says(ask('Does Norway appear before the Netherlands in the member list?'), /^No/);
    says(ask('What is the last member listed?'), /United Nations/);
    says(ask('Which member sits between Romania and Somalia in the list?'), /Saudi Arabia/);
  });

  it('counts the names a question lists against a complete list, commas and all', () => {
    const en = ask('Of Denmark, Finland, Iceland, Norway and Sweden, how many are members?');
    says(en, /Of the 5 you named, 4 .*Denmark, Iceland, Norway and Sweden.*not on it: Finland/);
    says(ask('how many of Chile, Peru and Finland are members?'), /None of the 3 you named/);
    const ar = ask('كم دولة من الدنمارك، فنلندا والنرويج عضو في المجموعة؟');
    says(ar, /الـ3 .*2 ضمن .*الدنمارك والنرويج.*فنلندا/);
    for (const a of [en, ar]) expect(a.citations.every((c) => isVerbatimIn(c.quote, data.raw))).toBe(true);
    // A phrase like "day and month" after a comma still reaches the question it belongs to.
    says(ask('Could you tell me the actual date, day and month, on which the meeting took place?'), /no calendar date/);
  });

  it('reads a polite «هل تتكرم وتخبرني أين…» as the wh-question inside it', () => {
    says(ask('هل تتكرم وتخبرني أين عُقد الاجتماع؟'), /أبوظبي/);
    says(ask('هل تعرف أين عقد الاجتماع؟'), /أبوظبي/);
    // Formal fillers («تولّى», «أعمال») do not hide what is asked.
    says(ask('مَن الذي تولّى افتتاحَ أعمال الاجتماع؟'), /قرقاش/);
  });

  it('finds who said a quoted passage', () => {
    says(ask('منو گال «لابد من محاربة الطائفية والتطرف»؟'), /قرقاش/);
    // A word of the passage that is also a list's cue ("nation") does not turn it into a list question.
    says(ask('who said that the alternative is the umbrella of the nation?'), /Gargash/);
    expect(ask('Who wrote the article?').answered).toBe(false);
  });

  it('does not take "alone" as a bare yes', () => {
    says(ask('Did the UAE chair the meeting alone?'), /^No.*Germany/);
    says(ask('هل ترأست الإمارات الاجتماع لوحدها؟'), /^لا.*ألمانيا/);
  });

  it('says when a list asked for in full is not given in full', () => {
    const a = ask('name the 28 states that attended');
    expect(a.answered).toBe(false);
    says(a, /full list.*Iraq/);
    expect(ask('Which country was named among the 28 attendees?').answered).toBe(true);
    expect(ask('Who attended the meeting?').answered).toBe(true);
    // Absence is not something the article reports.
    expect(ask('Which members of the working group were absent from the meeting?').answered).toBe(false);
  });

  it('never says yes to a premise about something the article does not mention', () => {
    const a = ask('قرقاش نشر كلامه عن الطائفية بالفيسبوك مو؟');
    expect(a.answered).toBe(false);
    says(a, /تويتر/);
    says(ask('did gargash post it on twitter?'), /^The article says: In a tweet on Twitter/);
    says(ask('germany co-chaired it right?'), /^Yes/);
    expect(ask('whos the iraqi rep at the mtg').answered).toBe(false);
  });

  it('answers both halves of a question about what the article leaves open', () => {
    const a = ask('متى الاجتماع الجاي ووين بيكون؟');
    expect(a.answered).toBe(false);
    says(a, /موعد الاجتماع القادم/);
    says(a, /مكان الاجتماع القادم/);
  });

  it('names the coalition a working group belongs to, citing where the article says so', () => {
    const a = ask('مجموعة الاستقرار تابعة لأي تحالف؟');
    says(a, /تحالف الدولي ضد تنظيم «داعش»/);
    expect(a.citations.some((c) => c.quote.includes('في إطار التحالف الدولي'))).toBe(true);
  });

  it('knows a state by its official or adjective name, and «أو» is not a country', () => {
    const a = ask('أَوَ ليست المملكةُ المغربية من أعضاء مجموعة العمل؟');
    says(a, /^نعم، المغرب عضو/);
    expect(a.text).not.toMatch(/بالاو/);
    says(ask('هل المملكة الأردنية الهاشمية عضو؟'), /^نعم، الأردن/);
  });

  it('reads a short restatement ("When exactly? Which day?") as the same question, and a new topic as a new one', () => {
    const [, b] = talk('شو كتب قرقاش على تويتر؟', 'وإمتى نشرها بالزبط؟ أي يوم؟');
    expect(b!.answered).toBe(false);
    const c = ask('which meeting was this, like 1st or 2nd? and what city?');
    says(c, /second/);
    says(c, /Abu Dhabi/);
  });

  it('reads colloquial ordinals and keeps names strict', () => {
    says(ask('مين يلي ترأس الاجتماع التاني لمجموعة الاستقرار؟'), /الإمارات وألمانيا/);
    says(ask('هاد الاجتماع التالت للمجموعة، صح؟'), /^لا، .*الثاني/);
    // «الشمالية» is no misspelling of «الألمانية».
    expect(ask('كوريا يلي بالقائمة هي الجنوبية ولا الشمالية؟').text).not.toMatch(/ألمانيا/);
  });

  it('answers "why" from the passage that gives a reason', () => {
    says(ask('سبب محاربة الطائفية عند قرقاش'), /مسؤولية/);
    says(ask('why does gargash say sectarianism must be fought?'), /responsibility/);
  });

  it('does not name who represented a state: the article does not', () => {
    for (const q of ['شكون اللي مثل العراق فالاجتماع؟', 'مين مثّل العراق بالاجتماع؟', 'who repped iraq at the mtg', 'who represented iraq?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      says(a, /Iraq|العراق/);
    }
    expect(ask('هل حضر العراق مثل باقي الدول؟').answered).toBe(true);
  });

  it('reads chat English: "the us", "go down", "smth", "n"', () => {
    says(ask('is the us even a member of the group or nah'), /^Yes: the United States/);
    says(ask('when did this go down?'), /yesterday/);
    says(ask('he called smth a failed project, what was it'), /sectarian regimes/);
  });

  it('never says a bare yes to a paraphrase of what someone said, or to a post with another qualifier', () => {
    const a = ask("Gargash said sectarian regimes must be rescued, didn't he?");
    expect(a.text).not.toMatch(/^Yes/);
    says(a, /failed project/);
    says(ask('Faris Al Mazrouei is the UAE Minister of Defence, correct?'), /^Not exactly/);
    says(ask('Is Faris Al Mazrouei an assistant foreign minister?'), /^Yes/);
  });

  it('reads "but" before a clause as a conjunction, and "but Iraq" as an exclusion', () => {
    says(ask('Iraq is the country being helped — but did Iraq itself attend the meeting?'), /^Yes: representatives of Iraq attended/);
    expect(ask('who attended but Iraq?').answered).toBe(false);
  });

  it('reads a yes/no question in the clause after "but"', () => {
    says(ask('Germany is listed as a member, but did it actually co-chair the meeting too?'), /^Yes: Germany co-chaired/);
  });

  it('answers two question words sharing one sentence ("where and when…?")', () => {
    const a = ask('أين ومتى عُقد الاجتماع الثاني لمجموعة العمل المعنية بالاستقرار؟');
    says(a, /أبوظبي/);
    says(a, /أمس/);
    const b = ask('where and when was the meeting held?');
    says(b, /Abu Dhabi/);
    says(b, /yesterday/);
  });

  it('keeps a long partitive opening ("Of the states that attended…,") with its question', () => {
    says(ask('Of the states that attended the meeting, which one does the article mention by name?'), /Iraq/);
  });

  it('takes a named exclusion off once', () => {
    says(ask('باستثناء مجموعة الاستقرار، كم مجموعة عمل أخرى تتبع للتحالف؟'), /4 مجموعات/);
  });

  it('compares two counts', () => {
    says(ask('Are there more member states than states that attended?'), /31.*28/);
  });

  it('answers two questions in one, each cited', () => {
    const a = ask('Who chaired the meeting and where was it held?');
    says(a, /Germany/);
    says(a, /Abu Dhabi/);
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the question inside greetings and context about the asker', () => {
    const a = ask("Hi! I'm writing a school report and my teacher wants to know: who opened the meeting? Thanks!");
    says(a, /Gargash/);
  });

  it('reads dialect, Arabizi and code-switching', () => {
    says(ask('شكون اللي ترأس الجلسات؟'), /المزروعي/);
    says(ask('wein kan el ijtima3?'), /أبوظبي/);
    // A spelling the word list lacks is snapped by its skeleton, to the word its written vowels fit.
    says(ask('meen elli efteta7 el egtima3?'), /قرقاش/);
    says(ask('who chaired the second meeting of the stabilization group?'), /Emirates.*Germany/);
    says(ask('the meeting كان وين؟'), /أبوظبي/);
  });
});

describe('conversation', () => {
  it('carries the person, the relation, the setting and the list over', () => {
    says(talk('Who opened the meeting?', 'What is his title?').at(-1)!, /Minister of State/);
    says(talk('Is Egypt a member?', 'and Iran?').at(-1)!, /^No/);
    says(talk('Who chaired the meeting?', 'where?', 'and when?').at(-1)!, /yesterday/);
    says(talk('How many members?', 'how many of them are states?').at(-1)!, /31/);
    says(talk('هل مصر عضو؟', 'وإيران؟').at(-1)!, /^لا/);
    expect(talk('Who attended?', 'which ones besides Iraq?').at(-1)!.answered).toBe(false);
  });

  it('repeats the last answer in the other language on request', () => {
    const [, again] = talk('Who chaired the meeting?', 'tell me in Arabic');
    expect(again!.language).toBe('ar');
    says(again!, /ألمانيا/);
  });

  it('starts afresh on a question that stands on its own', () => {
    const [, capital] = talk('Who chaired the sessions?', 'What is the capital of France?');
    expect(capital!.answered).toBe(false);
  });

  it('asks who is meant when a pronoun has nothing to refer to', () => {
    const a = ask('What is his title?');
    expect(a.answered).toBe(false);
    expect(a.status).toBe('clarify');
  });

  it('forgets a conversation after its time', () => {
    let now = 0;
    const e = createEngine(data, { now: () => now });
    const first = e.ask('Is Egypt a member?');
    now += 16 * 60 * 1000;
    // Read as if there were no conversation at all.
    expect(e.ask('and Iran?', { context: first.context }).text).toBe(e.ask('and Iran?').text);
    expect(e.ask('and Iran?', { context: first.context }).text).not.toMatch(/^No: Iran is not/);
  });
});

describe('small talk', () => {
  it('greets, thanks and helps without asserting a fact', () => {
    for (const q of ['hello', 'help me', 'what can you do', 'who are you', 'مرحبا', 'شكرا', 'ساعدني', 'شو بتعرف']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.status, q).toBe('small-talk');
      expect(a.citations, q).toHaveLength(0);
    }
  });
});

describe('quotes an English reader can check', () => {
  it('gives every statement an English rendering, and shows it only to English readers', () => {
    for (const s of data.graph.statements) expect(s.translation.length).toBeGreaterThan(10);
    const en = ask('Who opened the meeting?');
    expect(en.citations[0]!.translation).toMatch(/opened the meeting/);
    const ar = ask('من افتتح الاجتماع؟');
    expect(ar.citations[0]!.translation).toBeUndefined();
  });
});

describe('wording', () => {
  it('agrees with the gender of the name in Arabic, and never calls an organisation a state', () => {
    says(ask('هل حضر الأردن الاجتماع؟'), /ما إذا كان الأردن قد حضر:/);
    says(ask('هل حضرت مصر الاجتماع؟'), /ما إذا كانت مصر قد حضرت:/);
    says(ask('هل ترأس العراق الاجتماع؟'), /^لا، لم يترأس العراق/);
    says(ask('هل الصين عضو؟'), /^لا، الصين ليست ضمن/);
    says(ask('هل حضر الاتحاد الأوروبي الاجتماع؟'), /ما إذا كان الاتحاد الأوروبي قد حضر/);
    expect(ask('Is the EU a member?').text).not.toMatch(/\bstate\b/);
  });

  it('counts with Arabic number agreement', () => {
    says(ask('كم دولة حضرت الاجتماع؟'), /28 دولة/);
    says(ask('كم منظمة عضو في مجموعة العمل؟'), /3 منظمات/);
    says(ask('كم عضواً في مجموعة العمل؟'), /34 عضواً/);
    says(ask('كم دولة ترأست الاجتماع؟'), /دولتان \(2\)|\(2\)/);
  });

  it('says what the article calls Daesh, and that it does not define it', () => {
    says(ask('What is Daesh?'), /does not define it/);
  });
});

describe('conversation in Arabic', () => {
  it('carries the person and repeats an answer in English on request', () => {
    says(talk('من افتتح الاجتماع؟', 'وشو منصبه؟').at(-1)!, /وزير الدولة للشؤون الخارجية/);
    const [, english] = talk('من ترأس الاجتماع؟', 'بالإنجليزي');
    expect(english!.language).toBe('en');
    says(english!, /Germany/);
  });
});

describe('groupings the article does not make', () => {
  it('answers by continent from reference data, labelled as such, never as the article', () => {
    const a = ask('Which African countries are members?');
    says(a, /reference data/);
    says(a, /Egypt, Morocco and Somalia/);
    says(ask('كم دولة أفريقية في المجموعة؟'), /بيانات مرجعية/);
    says(ask('Are there any South American members?'), /none of the members/);
    // A region word inside a name is the name's: the European Union is a member.
    says(ask('Is the European Union a member?'), /^Yes: the European Union/);
  });

  it('answers by a grouping of states from reference data, with its source, never as the article', () => {
    const gulf = ask('Which Gulf states are in the working group?');
    says(gulf, /reference data/);
    says(gulf, /Cooperation Council/);
    says(gulf, /United Arab Emirates, Kuwait, Qatar and Saudi Arabia \(4 states\)/);
    expect(gulf.citations.every((c) => isVerbatimIn(c.quote, data.raw))).toBe(true);
    // «كوريا» is in Eastern Asia whichever Korea it is; a state is left out when asked to be.
    says(ask('Which members are in East Asia?'), /Japan and Korea/);
    const besides = ask('من دول الخليج غير الإمارات، من الأعضاء؟');
    says(besides, /الكويت، قطر والمملكة العربية السعودية/);
    expect(besides.text).not.toMatch(/هم: الإمارات/);
    says(ask('Which Baltic states are members?'), /Latvia/);
  });
});

describe('long messages: the question inside the story around it', () => {
  it('sets aside a sentence about the asker that holds a question word, and thanks after the question', () => {
    const a = ask('مرحباً، أنا مدرّسة وأحب أن أوضح لتلاميذي كيف تعمل المنظمات الدولية. سؤالي سريع: كم عدد مجموعات العمل في التحالف؟ ولكم جزيل الشكر والتقدير.');
    expect(a.answered).toBe(true);
    says(a, /خمس/);
    expect(a.text).not.toMatch(/لا يذكر/);
  });

  it('reads a relative clause between commas as part of its sentence, not as a question', () => {
    const a = ask("Hi! My uncle, who is a retired teacher, asked me something. He wants to know who chaired the sessions of the meeting. Can you help me out?");
    expect(a.answered).toBe(true);
    says(a, /Mazrouei/);
    expect(a.text).not.toMatch(/does not say/);
  });

  it('lets a bare "What are they?" take its topic from the sentence before it', () => {
    const a = ask("Hello. I'd like to list the lines of effort the coalition coordinates its activities in. What are they?");
    expect(a.answered).toBe(true);
    says(a, /military/i);
  });

  it('keeps a fronted topic in the question\'s own sentence as part of what it asks', () => {
    const a = ask('المسؤول الألماني اللي ترأس الجلسات، شو اسمه؟');
    says(a, /غويتز/);
  });
});

describe('types said with a negation', () => {
  it('"not the countries" leaves countries out rather than asking for them', () => {
    const a = ask('Who chaired the sessions of the meeting, not the countries but the officials?');
    expect(a.answered).toBe(true);
    says(a, /Mazrouei/);
    says(a, /Goetze/);
  });

  it('a list holding nothing of the type asked for is given as it is, never empty', () => {
    const a = ask('Which organisations chaired the sessions of the meeting?');
    expect(a.text).not.toMatch(/by\.\s*$/);
    says(a, /Mazrouei|Goetze/);
  });
});

describe('a pronoun the lexicon reads away', () => {
  it('«شو منصبه؟» after a name still means that person', () => {
    const [, b] = talk('فارس المزروعي', 'شو منصبه؟');
    says(b!, /مساعد وزير الخارجية/);
  });
});

describe('two questions where the second leans on the first', () => {
  it('a "he" pointing at someone the article does not name is not said either', () => {
    const a = ask('Who led the Iraqi delegation, and what did he say in his speech?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Gargash/);
  });

  it('"that one" after a meeting the article does not report is not answered with this one', () => {
    const a = ask('Where was the first meeting held and who chaired that one?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Germany/);
  });

  it('a second question of its own still stands after a first the article does not answer', () => {
    const a = ask("Who is the UAE's foreign minister? And who opened the meeting?");
    expect(a.answered).toBe(true);
    says(a, /Gargash/);
  });
});

describe('lists asked in the negative, by type and by position', () => {
  it('"which members did not attend?" is not said, with what the article does say', () => {
    for (const q of ['Which members did not attend the meeting?', 'أي الدول لم تحضر الاجتماع؟', 'مين ما حضر الاجتماع؟']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.citations.length, q).toBeGreaterThan(0);
    }
    // A negation of a noun ("a state, not an organisation") is not a negated relation.
    expect(ask('كم دولة (مو منظمة) عضو في المجموعة؟').answered).toBe(true);
    // «شو», «وش» are read as «ما» ("what"), never as a negation.
    expect(ask('جهود التحالف وش تشمل؟').answered).toBe(true);
  });

  it('the noun after a position word is the type counted, from the complete list', () => {
    says(ask('What is the last country listed before the organisations?'), /United States/);
    says(ask('ما آخر دولة في القائمة قبل المنظمات؟'), /الولايات المتحدة/);
    const org = ask('Which is the first organisation in the list?');
    says(org, /Arab League comes first among the organisations/);
    says(org, /number 32/);
  });

  it('«عدّد لي» asks for a list, and what is «مذكور» is what the article names', () => {
    const a = ask('عدّد لي مجالات جهود التحالف المذكورة');
    expect(a.answered).toBe(true);
    says(a, /الدعم العسكري/);
  });

  it('the number of sessions is not said, though who chaired them is', () => {
    expect(ask('How many sessions were held?').answered).toBe(false);
    says(ask('كم عدد رؤساء الجلسات؟'), /اثنان/);
  });
});

describe('words the data does not know', () => {
  it('a word no statement holds weighs less beside two that match, so a synonym does not sink a clear question', () => {
    const a = ask('What sort of project did Gargash brand as failed?');
    expect(a.answered).toBe(true);
    says(a, /failed project/);
    // With one word matched, the unknown one may be what is asked about: "Is <name> a member?"
    expect(ask('Is Narnia a member?').answered).toBe(false);
  });

  it('still refuses what reports like this never state, and knows more of those words', () => {
    expect(ask('What was the total amount pledged at the meeting?').answered).toBe(false);
    expect(ask('ما البيان الختامي للاجتماع؟').answered).toBe(false);
    // «الأمريكان» is the United States: its attendance is not said, its membership is.
    const us = ask('الأمريكان حضروا الاجتماع؟');
    expect(us.answered).toBe(false);
    says(us, /الولايات المتحدة/);
  });

  it('reads an article written apart («في ال اجتماع», Arabizi "fil ejtima3") as one word', () => {
    says(ask('ween sar el ejtima3 fl 3asima?'), /أبوظبي/);
    expect(ask('meen kan momassel el 3ira2 fil ejtima3?').answered).toBe(false);
  });
});

describe('a relation asked about with nothing else', () => {
  it('"who was there?" and "who else was there besides the countries?" ask about attendance', () => {
    for (const q of ['who was there?', 'besides the countries who else was there']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      says(a, /organisations/);
    }
    // "Are there any…?" still asks whether something exists.
    says(ask('Are there any African members?'), /Africa/);
  });
});

describe('vocabulary people use', () => {
  it('reads chat spellings, dialect numbers and words, and "old" for the earlier tweet', () => {
    says(ask('acc to gargash y did daesh spread'), /sectarian/);
    says(ask('which bldg was the meeting held in'), /Ministry of Foreign Affairs/);
    // «تلات» is three: a number the question takes for granted, checked.
    says(ask('هي مجموعة الاستقرار واحدة من تلات مجموعات بس؟'), /^لا/);
    says(ask('في التغريدة القديمة بتاعته، قال إيه البديل؟'), /مظلة الوطن/);
    says(ask('ما الدولة التي تصدّرت قائمة الأعضاء بعد الإمارات وألمانيا؟'), /النمسا/);
    // "How old" asks an age, never for the older tweet.
    expect(ask('How old is Anwar Gargash?').answered).toBe(false);
  });

  it('Arabic ordinals agree with «المرتبة»', () => {
    says(ask('مين خامس عضو في القائمة؟'), /المرتبة الخامسة/);
  });
});

describe("a person's state", () => {
  it('answers which country a person is from, with a ministry or post words around it', () => {
    says(ask("von goetze is from which country's foreign ministry"), /Goetze is from Germany/);
    says(ask('فون غويتز ده شغال في وزارة خارجية أنهي دولة؟'), /من ألمانيا/);
  });

  it('says no when the question gives a person another state', () => {
    says(ask('Mazrouei is a German official, right?'), /^No: Faris Al Mazrouei/);
    says(ask('هل كان فارس المزروعي يمثّل وزارة الخارجية الألمانية؟'), /^لا: فارس المزروعي/);
    says(ask('Is von Goetze German?'), /^Yes: Dr Clemens von Goetze/);
  });
});

describe('premises in a clause before the question', () => {
  it('says what the article does say when the premise is wrong, and answers when it holds', () => {
    const dubai = ask('Since the meeting was held in Dubai, who chaired it?');
    expect(dubai.answered).toBe(false);
    says(dubai, /Abu Dhabi/);
    const iran = ask('بما أن إيران عضو في المجموعة، ما الدور الذي قامت به في الاجتماع؟');
    expect(iran.answered).toBe(false);
    says(iran, /إيران ليست/);
    says(ask('Since the meeting was held in Abu Dhabi, who chaired it?'), /United Arab Emirates and Germany/);
    // The asker's own story is not a claim about the article.
    says(ask('Since I live in Egypt, is Egypt a member?'), /^Yes/);
  });
});

describe('entities of a type the article names', () => {
  it('counts and lists the people and cities it names, and refuses a condition it cannot check', () => {
    says(ask('How many people does the article name?'), /names 3 officials/);
    says(ask('كم شخصاً يذكر الخبر؟'), /3 مسؤولين/);
    says(ask('Which cities does the article mention?'), /Abu Dhabi/);
    const liberated = ask('ما أسماء المدن العراقية المحررة التي ذكرها الخبر؟');
    expect(liberated.answered).toBe(false);
    // "The German official who chaired the sessions": a relation asked about, not a count of people.
    says(ask('المسؤول الألماني اللي كان يرأس الجلسات شن اسمه؟'), /غويتز/);
  });
});

describe('dialect filler and modal words', () => {
  it('«يبي», «بدهم», «المفروض», «معمول», «أصلاً», «دي» do not dilute a question', () => {
    for (const q of ['الخدمات العامة دي المفروض تتوفر فين؟', 'وين بدهم يوفروا الخدمات العامة؟', 'هو الاجتماع ده كان معمول عشان إيه أصلاً؟']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      says(a, /المناطق المحررة/);
    }
  });
});

describe('names, lengths and places asked in dialect', () => {
  it('gives the name the article uses, verbatim', () => {
    says(ask('coalition full name'), /«التحالف الدولي ضد تنظيم «داعش» الإرهابي»/);
    const wg = ask('شو اسم مجموعة العمل يلي عملت هالاجتماع؟');
    says(wg, /مجموعة العمل المعنية بالاستقرار/);
    expect(wg.citations.every((c) => isVerbatimIn(c.quote, data.raw))).toBe(true);
  });

  it('«قديش طوّل» asks a length the article does not give; «على طول» is "right before"', () => {
    expect(ask('قديش طوّل الاجتماع؟').answered).toBe(false);
    says(ask('مين الدولة اللي جاية قبل العراق على طول في القائمة؟'), /ايسلندا/);
    says(ask('فأي بلاصة بالضبط تعقد الاجتماع؟'), /أبوظبي/);
    says(ask('soorya men dmn el a3da2?'), /^لا/);
  });

  it('a long lead-in with the topic, then "what was it?", is one question', () => {
    says(ask("gargash called something a 'failed project' in a tweet, wat was it"), /failed project/);
  });
});

describe('hosting and roles, which the article states only as place and chairing', () => {
  it('"who hosted?" is where it was held and who co-chaired; a state as host is checked against the place', () => {
    const who = ask('who hosted the meeting?');
    says(who, /Abu Dhabi/);
    says(who, /co-chaired/);
    says(ask('germany hosted it right?'), /^No: the meeting was held in Abu Dhabi/);
    says(ask('Did the UAE host the meeting?'), /^Yes/);
    says(ask('الدولة المضيفة'), /أبوظبي/);
  });

  it("a state's role is the most specific thing the article says it did", () => {
    says(ask('Germany role'), /^Germany co-chaired/);
    says(ask('دور ألمانيا في الاجتماع'), /ترأست ألمانيا/);
    says(ask("what was Iraq's role?"), /Representatives of Iraq attended/);
  });
});

describe('choice questions', () => {
  it('answers "members or attendees?" with the fact, never a bare yes or no', () => {
    const a = ask('is 28 the number of members or attendees?');
    says(a, /^Representatives of 28 states attended/);
    says(ask('الرقم 28 في الخبر: هل هو عدد أعضاء المجموعة أم عدد الدول التي حضرت الاجتماع؟'), /^حضر الاجتماع ممثلون عن 28 دولة/);
    const place = ask('Was the meeting in Abu Dhabi or Dubai?');
    expect(place.text).not.toMatch(/^(Yes|No)/m);
    says(place, /Abu Dhabi/);
  });

  it('"Is the number of members 34?" checks the figure', () => {
    says(ask('Is the number of members 34?'), /^Yes/);
    says(ask('Is the number of members 30?'), /^No/);
  });
});

describe('more dialect and edge counts', () => {
  it('Iraqi «مال» is "of"; «اتجمعت» is holding; a count of a type a list lacks is not said, never "0"', () => {
    expect(ask('مجموعات العمل مال التحالف شنو مهمتها؟').answered).toBe(true);
    says(ask('اسم المجموعة اللي اتجمعت ايه؟'), /مجموعة العمل المعنية بالاستقرار/);
    const a = ask('كم دولةً مُثِّلت في الاجتماع الذي عُقد بديوان عام الوزارة؟');
    says(a, /28/);
    expect(a.text).not.toMatch(/^0 /);
  });
});

describe('what a question is, read from its own words', () => {
  it('"Does the article say who…?" asks who', () => {
    expect(ask('Does the article say who headed the Iraqi delegation at this meeting?').answered).toBe(false);
    says(ask('Does the article say who opened the meeting?'), /Gargash/);
  });

  it('"Besides <A>, is <B> listed?" is a yes/no about B alone', () => {
    says(ask('Besides the UAE, is Kuwait listed as a member of this working group?'), /^Yes: Kuwait/);
  });

  it('a sentence around the question lends it words, never its cues ("mind the difference" is no comparison)', () => {
    const a = ask('أهلاً، سؤالي عن الحضور وليس عن العضوية، فأرجو الانتباه للفرق. إلى جانب ممثلي الدول، ما الجهات الأخرى التي حضرت الاجتماع؟');
    says(a, /المنظمات/);
    expect(a.text).not.toMatch(/مقابل/);
  });

  it('"the coalition is fighting whom?" is Daesh', () => {
    says(ask('التحالف ده بيحارب مين؟'), /داعش/);
  });
});

describe('lists and facts added to the graph', () => {
  it('counts the tweets the article quotes and the regions in a title', () => {
    says(ask('How many tweets does the article quote?'), /two tweets/);
    says(ask('كم تغريدة لقرقاش نقلها المقال؟'), /تغريدتين/);
    says(ask("How many regions does von Goetze's directorate cover?"), /5 regions: Africa, Asia, Latin America, the Near East and the Middle East/);
    // A region said in passing is background, and the continents still group the members.
    says(ask('Which members are in Africa?'), /Egypt, Morocco and Somalia/);
  });

  it('says what the liberated areas were freed from, and that it does not name them', () => {
    says(ask('Liberated from whom?'), /Daesh/);
    expect(ask('Which liberated areas exactly? Mosul?').answered).toBe(false);
    // Followers are not something the article states.
    expect(ask('كم عدد متابعينه على تويتر؟').answered).toBe(false);
  });

  it('reads a name with a preposition written onto it («لقرقاش»)', () => {
    says(ask('شو كان موضوع التغريدة السابقة لقرقاش؟'), /مظلة الوطن/);
  });
});

describe('more traps and code-switching', () => {
  it('a minister of a state no person in the article is from is not named', () => {
    expect(ask("What's the name of the Iraqi minister who attended the meeting?").answered).toBe(false);
    // "the minister who opened the meeting" still names its person by what they did.
    says(ask('Who is the minister who opened the meeting?'), /Gargash/);
  });

  it('«مين» after English words asks who', () => {
    expect(ask("Iraq's delegation مين كان يرأسها؟").answered).toBe(false);
  });

  it('"where and when" after a premise clause is still two questions about the meeting asked', () => {
    expect(ask('بما أن هذا هو الاجتماع الثاني، أين ومتى عُقد الاجتماع الأول؟').answered).toBe(false);
  });
});

describe('two questions joined by "and" with a preposition, and positions relative to "it"', () => {
  it('splits "… and in which city …" and answers both', () => {
    const a = ask('Who co-chaired the meeting and in which city was it held?');
    says(a, /Germany/);
    says(a, /Abu Dhabi/);
  });

  it('"which comes right after it?" is relative to what the first part asked about', () => {
    says(ask('Is Latvia a member, and which country comes right after it in the list?'), /Luxembourg/);
    const [, b] = talk('Is Japan a member?', 'which country comes right before it?');
    says(b!, /Italy/);
  });
});

describe('"only" asked of a list', () => {
  it('"are the members only states?" is answered from what the list holds', () => {
    says(ask("Are the group's members only states?"), /^No: The working group has 34 members: 31 states and 3 organisations/);
    says(ask('المجموعة أعضاؤها دول بس؟'), /^لا/);
    says(ask('Did only states attend?'), /^No/);
    // The article counts 28 states present and names one: that one is not the only one.
    says(ask('Is Iraq the only state that attended?'), /^No/);
  });

  it('"or did it only attend?" is a choice, not "alone"', () => {
    expect(ask('العراق نفسه عضو بمجموعة العمل لو بس حضر؟').text).not.toMatch(/^لا/);
  });
});

describe('claims a statement contradicts', () => {
  it('says no to the opposite of what was said, and still not to a faithful paraphrase', () => {
    says(ask('هل قال قرقاش إن إنقاذ النظم الطائفية مشروع ناجح؟'), /^لا/);
    says(ask("Gargash said sectarian regimes must be rescued, didn't he?"), /^No/);
    expect(ask('Did Gargash say rescuing sectarian regimes is a failed project?').text).not.toMatch(/^No/);
  });
});

describe('"and the Emirati one?"', () => {
  it('picks, among the people talked about, the one from the state named', () => {
    const [, , c] = talk("who chaired the working group's sessions?", "what's the german guy's title", 'and the emirati one?');
    says(c!, /Faris Al Mazrouei/);
  });
});

describe('names starting with a word or letter', () => {
  it('counts and lists the members whose names start so, as the article writes them or in English', () => {
    says(ask("How many member countries have an English name starting with 'United'?"), /^3 of the members.*United Kingdom/);
    says(ask('كم عضو في القائمة اسمه يبدأ بكلمة «المملكة»؟'), /^2 .*المملكة العربية السعودية والمملكة المتحدة/);
    says(ask('Which members start with the letter K?'), /Korea and Kuwait/);
    // Any other "start" is not this.
    expect(ask('When did the meeting start?').text).not.toMatch(/starting with/);
  });
});

describe('truth guards for yes/no questions', () => {
  it('a platform the article never names gets no yes from what it does say', () => {
    expect(ask('قرقاش نشر الكلام ده على فيسبوك؟').answered).toBe(false);
    // A word reports seldom state that this statement does say is fine: a line of effort.
    expect(ask('واش التحالف كيحارب التمويل ديال داعش؟').answered).toBe(true);
  });

  it("a post of a state no one named holds is not said, even asked yes/no", () => {
    expect(ask('أكان وزير الخارجية العراقي في عداد الحاضرين؟').answered).toBe(false);
    expect(ask("Was Germany's foreign minister at the meeting?").answered).toBe(false);
    says(ask('Did the German director-general chair the sessions?'), /Goetze/);
  });

  it('«مين» last in a sentence asks who', () => {
    expect(ask('ممثل العراق مين').answered).toBe(false);
  });
});

describe('more counting and positions', () => {
  it('counts the officials of a state the article names, before any list position', () => {
    says(ask('كم مسؤول إماراتي مذكور بالخبر؟'), /مسؤولان \(2\): د. أنور بن محمد قرقاش وفارس المزروعي/);
  });

  it('an item named before the list proper is placed by its place in the whole list', () => {
    expect(ask('where is the UAE in the list?').text).not.toMatch(/-1/);
  });

  it('"was it 30 countries or smth" checks the figure against the statement that gives one', () => {
    says(ask('was it 30 countries or smth'), /^No: Representatives of 28 states attended/);
  });
});

describe('gaps with conditions, and the venue in the article\'s words', () => {
  it('"how many delegates?" is not said; "how many states\' representatives?" is 28', () => {
    expect(ask('How many delegates attended?').answered).toBe(false);
    says(ask('How many state representatives attended?'), /28/);
    expect(ask('iraqi delegate name').answered).toBe(false);
    says(ask('Besides country representatives, who else attended?'), /organisations/);
  });

  it('the building is given as the article writes it', () => {
    says(ask('اتعمل في أنهي مبنى؟'), /ديوان عام الوزارة/);
  });
});

describe('two-in-one forms from round 8', () => {
  it('splits «وفي أي…» and reads «جلساته» as "its sessions"', () => {
    const a = ask('من ترأس الاجتماع؟ ومن ترأس جلساته؟');
    says(a, /ألمانيا/);
    says(a, /المزروعي/);
    const b = ask('متى عُقد الاجتماع وفي أي مبنى؟');
    says(b, /أمس/);
    says(b, /ديوان/);
  });

  it('the same answer to a tag and a follow-up is said once, with its "No"', () => {
    says(ask('The coalition has three working groups, right? which are they?'), /^No: /);
  });
});

describe('more round 8 forms', () => {
  it('«من قِبَل مَن» is "by whom"', () => {
    says(ask('من قِبَل مَن تمّت رئاسة الاجتماع الثاني لمجموعة العمل المعنية بالاستقرار؟'), /الإمارات وألمانيا/);
  });

  it('a grouping of the attendees is not said: the article names one of them', () => {
    expect(ask('How many of the 28 attending states were Arab countries?').answered).toBe(false);
  });

  it('"…and was Iraq one of them?" after a wh-question is a second question', () => {
    const a = ask('how many states attended and was iraq one of them?');
    says(a, /28/);
    says(a, /Iraq/);
  });
});

describe('a few from an end of the list, and "take place"', () => {
  it('"the first two states after the UAE and Germany" and "the last three members"', () => {
    says(ask('ما أول دولتين وردتا في قائمة الأعضاء بعد الإمارات وألمانيا؟'), /النمسا وكندا/);
    says(ask('What are the last three members listed?'), /the Arab League, the European Union and the United Nations/);
  });

  it('"Did it take place in Germany?" asks where, not a place in the list', () => {
    says(ask('Did the meeting take place in Germany?'), /^No: the meeting was not held in Germany/);
  });
});

describe('"did all the members attend?"', () => {
  it('is not said: the article counts attendees and members, never whether every member came', () => {
    const a = ask('Did all the member states attend the meeting?');
    expect(a.answered).toBe(false);
    says(a, /28 states/);
    says(a, /34 members/);
  });
});

describe('"…and where?" after a meeting the article does not report', () => {
  it('stays not said rather than answering for the meeting it does report', () => {
    expect(ask('متى عُقد الاجتماع الأول لمجموعة العمل المعنية بالاستقرار، وأين؟').answered).toBe(false);
    const [, b] = talk('When was the first meeting held?', 'and where?');
    expect(b!.answered).toBe(false);
  });
});

describe('a member of another type, and a number that is not the list\'s', () => {
  it('"Is the Arab League one of the member states?" — a member, but an organisation', () => {
    says(ask('هل الجامعة العربية إحدى الدول الأعضاء في مجموعة العمل؟'), /ليست دولة/);
    // A type word inside a name is the name's.
    says(ask('Is the United Nations a member?'), /^Yes/);
  });

  it('"the 28 member states — which are they?" says the list has 31', () => {
    says(ask('The article says the working group has 28 member states. Which are they?'), /^The article names 31 states, not 28/);
  });
});

describe('choices between meetings, places and relations', () => {
  it('answers "the first or the second meeting?", "Abu Dhabi or Dubai?" and "attendee or member?"', () => {
    says(ask('الاجتماع هذا كان الأول ولا الثاني لمجموعة الاستقرار؟'), /الاجتماع الثاني/);
    says(ask('where was it held lol abu dhabi or dubai?'), /Abu Dhabi/);
    const both = ask('Iraq كان مجرد attendee ولا member كمان؟');
    says(both, /حضر ممثلون عن العراق/);
    says(both, /العراق عضو/);
  });
});

describe('round 9 vocabulary', () => {
  it('«شكون اللي كان مترأسها» asks who chaired; Arabizi "fata7 … b kalime" is the opening speech', () => {
    says(ask('الجلسات ديال الاجتماع شكون اللي كان مترأسها؟'), /المزروعي/);
    says(ask('min eli fata7 el ejtima3 b kalime?'), /قرقاش/);
  });
});

describe('more list positions and counts', () => {
  it('"second to last", «قبل الأخيرة», and the number of lines of effort', () => {
    says(ask('second to last country in the members list?'), /United Kingdom/);
    says(ask('ما الدولة قبل الأخيرة في القائمة؟'), /المملكة المتحدة/);
    says(ask('how many lines of effort does the article list?'), /^The article names 4 lines of effort/);
    // No figure for what a line of effort is about.
    expect(ask('How many fighters does Daesh have?').answered).toBe(false);
  });
});

describe('what a closing tag is', () => {
  it('"…, by name?" is not a tag question; "…, didn\'t he?" is', () => {
    expect(ask('which multilateral organisations actually attended, by name?').answered).toBe(false);
    says(ask("Gargash said sectarian regimes must be rescued, didn't he?"), /^No/);
  });
});
