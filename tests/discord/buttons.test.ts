// Buttons own their custom_ids: each encodes within Discord's 100 characters and decodes what it
// encoded; long questions are kept under keys bound to the asker and to this process's start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { askSuggestion, buttonIds, buttons, otherLanguage, showParagraph, sourcePage } from '../../src/adapters/discord/buttons.js';
import { LIMITS } from '../../src/adapters/discord/limits.js';
import { QuestionStore } from '../../src/adapters/discord/question-store.js';
import { createRouter } from '../../src/adapters/discord/router.js';
import { fakeButton, fakeCommand, testContext } from '../support/fakes.js';

const ALICE = '200000000000000001';
const BOB = '200000000000000002';
const LONG = `Who chaired the meeting of the Stabilization Working Group in Abu Dhabi, and who else spoke there at length?`;

describe('custom_id budgets', () => {
  it('every button encodes within 100 characters and decodes what it encoded', () => {
    const store = new QuestionStore();
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.constantFrom('ar' as const, 'en' as const), fc.nat(10_000), (q, lang, n) => {
        const ids = [
          showParagraph.encode(n + 1, lang),
          sourcePage.encode(n, lang),
          otherLanguage.encode(store, ALICE, lang, q),
          askSuggestion.encode(store, ALICE, q),
        ];
        for (const id of ids) expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
        const rest = (id: string) => id.slice(id.indexOf(':') + 1);
        expect(showParagraph.decode(rest(ids[0]!))).toEqual({ number: n + 1, language: lang });
        expect(sourcePage.decode(rest(ids[1]!))).toEqual({ page: n, language: lang });
        const lang2 = otherLanguage.decode(rest(ids[2]!))!;
        expect(lang2.language).toBe(lang);
        expect(store.decode(lang2.token, ALICE)).toBe(q);
        expect(store.decode(askSuggestion.decode(rest(ids[3]!))!.token, ALICE)).toBe(q);
      }),
    );
  });
  it('prefixes are unique, and a free-text tail may hold ":"', () => {
    expect(new Set(buttons.map((b) => b.prefix)).size).toBe(buttons.length);
    expect(otherLanguage.decode('en:=What: who?')).toEqual({ language: 'en', token: '=What: who?' });
    expect(otherLanguage.decode('fr:=x')).toBeUndefined();
    expect(showParagraph.decode('0')).toBeUndefined();
  });
});

describe('long questions behind keys', () => {
  it('keys are random, carry this start\'s prefix, and never repeat', () => {
    const store = new QuestionStore();
    const a = store.encode(LONG, ALICE, 50);
    const b = store.encode(LONG, ALICE, 50);
    expect(a).toMatch(new RegExp(`^#${store.boot}[\\w-]{12}$`));
    expect(a).not.toBe(b);
    expect(new QuestionStore().boot).not.toBe(store.boot); // 1 in 16.7 million to fail
  });
  it('the asker gets the answer; another user, or anyone after a restart, gets "expired"', async () => {
    const ctx = testContext();
    const router = createRouter(commands, buttons, ctx);
    const asked = fakeCommand('ask', { question: LONG, private: true }, ALICE);
    await router.handle(asked.interaction);
    const ids: string[] = asked.sent[0]!.payload.components.flatMap((r: { components: Array<{ custom_id: string }> }) => r.components.map((c) => c.custom_id));
    const lang = ids.find((id) => id.startsWith('lang:'))!;
    expect(lang).toMatch(/^lang:ar:#/);
    expect(lang).not.toContain('chaired');

    const mine = fakeButton(lang, ALICE);
    await router.handle(mine.interaction);
    expect(mine.sent[0]!.payload.embeds[0].title).toBe(LONG); // the same question, answered in Arabic

    const theirs = fakeButton(lang, BOB);
    await router.handle(theirs.interaction);
    expect(theirs.sent[0]!.payload.content).toMatch(/انتهت صلاحية/);
    expect(theirs.sent[0]!.payload.embeds).toEqual([]);

    const restarted = createRouter(commands, buttons, testContext());
    const old = fakeButton(lang, ALICE);
    await restarted.handle(old.interaction);
    expect(old.sent[0]!.payload.content).toMatch(/انتهت صلاحية/);
  });
  it('views get their ids from the buttons, bound to the user they answer', () => {
    const ctx = testContext();
    const ids = buttonIds(ctx, BOB);
    const id = ids.otherLanguage('en', LONG);
    expect(ctx.store.decode(id.slice('lang:en:'.length), BOB)).toBe(LONG);
    expect(ctx.store.decode(id.slice('lang:en:'.length), ALICE)).toBeUndefined();
    expect(ids.paragraph(3, 'en')).toBe('para:3');
    expect(ids.sourcePage(2, 'ar')).toBe('src:2:ar');
  });
});
