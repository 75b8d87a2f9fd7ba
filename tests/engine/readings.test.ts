// How the engine reads who acts, what a "they" or "it" means, and claims folded into a question:
// one behaviour per test, checked on the article in data/ with the names it holds.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { testEngine } from '../support/engine.js';

const engine = testEngine();
const ask = (q: string) => engine.ask(q);

function talk(...turns: string[]): Answer[] {
  const out: Answer[] = [];
  for (const q of turns) out.push(engine.ask(q, out.length > 0 ? { context: out.at(-1)!.context } : {}));
  return out;
}

describe('who acts', () => {
  it('does not lend a speech to a state no one of which is named speaking', () => {
    for (const q of ['What did Iraq say at the meeting?', 'شو حكى ممثل العراق بالاجتماع؟']) {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.citations.length).toBeGreaterThan(0); // what the article does say, cited
    }
    // A state after "about" is the topic, and the speech is answered.
    expect(ask('What did the minister say about Iraq?').answered).toBe(true);
  });

  it('does not name people of a state the article names only as a state', () => {
    for (const q of ['Who represented Iraq at the meeting?', 'مين اللي حضر عن العراق في الاجتماع؟', 'which Iraqi officials حضروا الاجتماع؟']) {
      expect(ask(q).answered, q).toBe(false);
    }
    // "Was there a delegation from Iraq?" is answered: the article says Iraq attended.
    expect(ask('اكو وفد من العراق حضر لو ماكو؟').answered).toBe(true);
  });

  it('puts the article title first when a question gives a person another post', () => {
    const a = ask('What did foreign minister Gargash say at the opening?');
    expect(a.text).toMatch(/^Not exactly: .*Minister of State/);
  });

  it('corrects a count taken for granted, but not a request for so many', () => {
    expect(ask('Which three countries co-chaired the meeting?').text).toMatch(/names 2 states, not 3/);
    expect(ask('Which two countries co-chaired the meeting?').text).not.toMatch(/not 2/);
  });

  it('answers "who said …?" from what was said, and not "who wrote the article?"', () => {
    expect(ask('Who talked about sectarianism and extremism?').text).toMatch(/Gargash/);
    expect(ask('Who wrote the article?').answered).toBe(false);
    expect(ask('مين كتب الخبر؟').answered).toBe(false);
  });
});

describe('names, regions and types', () => {
  it('names the coalition a group belongs to, and both when both are asked', () => {
    expect(ask('Which coalition does the working group belong to?').text).toMatch(/coalition against Daesh/);
    const both = ask('shu esm majmou3et el 3amal hay w la ay ta7aluf btetba3?').text;
    expect(both).toMatch(/مجموعة العمل المعنية بالاستقرار/);
    expect(both).toMatch(/التحالف الدولي/);
  });

  it('groups organisations by region from labelled reference data', () => {
    const a = ask('اكو منظمة أوروبية بين الأعضاء؟ شنو اسمها؟');
    expect(a.text).toMatch(/الاتحاد الأوروبي/);
    expect(a.text).toMatch(/بيانات مرجعية/);
  });

  it('reads "GCC countries" as the region, not the body', () => {
    const a = ask('Besides the UAE, which GCC countries are on the member list?');
    expect(a.text).toMatch(/Kuwait/);
    expect(a.text).not.toMatch(/Austria/);
  });

  it('keeps the type asked for beside "with", "other" and "including"', () => {
    expect(ask('besides the EU, which other organisations are members?').text).toMatch(/Arab League and the United Nations/);
    expect(ask('how many members total incl the orgs').text).toMatch(/34/);
    expect(ask('اكو منظمات ويا الدول بالعضوية؟').text).toMatch(/منظمات/);
  });
});

describe('what "they" and "it" mean', () => {
  it('asks "did they attend?" of the few just listed', () => {
    const [, they] = talk('Which organisations are members?', 'did they attend?');
    expect(they!.answered).toBe(false);
    expect(they!.text).toMatch(/Arab League/);
  });

  it('keeps to another meeting the article does not report, until the question turns to what comes', () => {
    const [, chair] = talk('Where was the first meeting held?', 'and who chaired it?');
    expect(chair!.answered).toBe(false);
    const [, , again] = talk("was this the group's first meeting?", 'where did the first one take place then?', 'will they meet again?');
    expect(again!.answered).toBe(true);
  });

  it('answers a negative claim with a tag by what the article says', () => {
    expect(ask("Iraq didn't attend, right?").text).toMatch(/^No: representatives of Iraq attended/);
    expect(ask('Iraq attended, right?').text).toMatch(/^Yes/);
  });
});

describe('long messages', () => {
  it('finds the question after a closing relative clause and a "but"', () => {
    const a = ask(
      "Hi there! I'm a grad student, and my professor sent me this Arabic article, which I can only half read. Sorry if this is basic, but could you tell me which two countries jointly chaired this second meeting?",
    );
    expect(a.text).toMatch(/United Arab Emirates and Germany/);
    expect(a.text).not.toMatch(/28 states/);
  });

  it('ends a sentence after a short lowercase word, not after "no." in "meeting no. 2"', () => {
    const a = ask('My colleague and I are arguing about who opened the meeting and what his title is. Who opened it, and what is his title?');
    expect(a.text).toMatch(/Gargash/);
    expect(a.text).toMatch(/Minister of State/);
    expect(ask('meeting no. - 1st or 2nd?').text).toMatch(/second meeting/);
  });
});

describe('claims, kinds and positions', () => {
  it('corrects a claim the article contradicts, whatever the form of the question', () => {
    expect(ask('In his tweet Gargash called single-colour sectarian regimes a successful project — why?').text).toMatch(/^No: /);
    expect(ask('هل قال قرقاش في تغريدته إن البديل عن الطائفية هو الخلافة؟').text).toMatch(/^لا/);
    expect(ask('Why did Gargash call rescuing sectarian regimes a failed project?').text).not.toMatch(/^No/);
  });

  it('checks "the article says …" before answering, and answers with its words when it holds', () => {
    expect(ask('The article says 30 states attended — which ones were they?').answered).toBe(false);
    expect(ask('The article says 28 states attended. Which ones were named?').text).toMatch(/Iraq/);
  });

  it('answers what kind of organisations attended, and each of two states asked about', () => {
    expect(ask('what kind of organisations attended?').text).toMatch(/multilateral/);
    const each = ask('which of somalia and sudan is a member?').text;
    expect(each).toMatch(/Yes: Somalia/);
    expect(each).toMatch(/No: Sudan/);
  });

  it('reads chairing as taking part, and "what is it for?" as why', () => {
    expect(ask('Did Germany attend?').text).toMatch(/Germany co-chaired/);
    expect(ask('what is the group for?').text).toMatch(/aim|support/);
  });

  it('answers two positions asked together', () => {
    const a = ask('أول منظمة وآخر منظمة في قائمة الأعضاء؟').text;
    expect(a).toMatch(/جامعة الدول العربية/);
    expect(a).toMatch(/الأمم المتحدة/);
  });

  it('says what an unreported event is not, rather than a neighbouring fact', () => {
    expect(ask('What did Gargash say in his closing speech at the end of the meeting?').answered).toBe(false);
    expect(ask('Which other working group of the coalition does Germany chair?').answered).toBe(false);
  });
});
