// User text shown back (the question as an embed title) cannot restyle the reply, hide its direction
// or overflow its limit; and no surface shows a quote with doubled guillemets.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { renderAnswerText } from '../../src/adapters/cli/render.js';
import { buttonIds } from '../../src/adapters/discord/buttons.js';
import { createDispatcher } from '../../src/adapters/discord/dispatch.js';
import { buttons } from '../../src/adapters/discord/buttons.js';
import { LIMITS } from '../../src/adapters/discord/limits.js';
import { apiPayload } from '../../src/adapters/discord/reply.js';
import { MARKDOWN, escapeMarkdown, plainText, shownText } from '../../src/adapters/discord/user-text.js';
import { answerView, helpView } from '../../src/adapters/discord/views.js';
import { enclose } from '../../src/adapters/quote.js';
import { testContext } from '../support/fakes.js';

const ctx = testContext();
const ids = buttonIds(ctx, '200000000000000001');

const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Reads shown text as Discord's markdown would: every markdown character must come escaped. Returns the text shown, or null. */
function unescapeStrict(shown: string): string | null {
  let out = '';
  for (let i = 0; i < shown.length; i++) {
    const c = shown[i]!;
    if (c === '\\') {
      const next = shown[i + 1];
      // An escape is always of a markdown character (or the list dot): never a dangling or stray "\".
      if (next === undefined || !(MARKDOWN.test(next) || next === '.')) return null;
      out += next;
      i++;
    } else if (MARKDOWN.test(c)) return null;
    else out += c;
  }
  // A leading "1." left unescaped would start a numbered list.
  if (/^\d+\./.test(shown)) return null;
  return out;
}

const markdownish = fc.constantFrom('*', '**', '_', '__', '~~', '`', '```', '||', '>', '>>>', '# ', '-# ', '- ', '1. ', '[x](https://example.com)', '<@123456789012345678>', '<t:0>', '\\', '\n', '\r\n', '\t', '\u202E', '\u2066', '\u200F', '\u061C', '\u0000', '\u0085', '\u2028', '\uD800', 'من', '👨‍👩‍👧‍👦', 'é', 'a');
const hostile = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(markdownish, { maxLength: 200 }).map((parts) => parts.join('')),
);

describe('shown user text', () => {
  it('is plain, escaped, within its limit and faithful to what was typed', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: 300 }), (text, max) => {
        const shown = shownText(text, max);
        expect(shown.length).toBeLessThanOrEqual(max);
        expect(shown).not.toMatch(FORBIDDEN);
        const cut = shown !== escapeMarkdown(plainText(text));
        if (cut) expect(shown === '' || shown.endsWith('…')).toBe(true);
        const read = unescapeStrict(cut ? shown.slice(0, -1) : shown);
        expect(read).not.toBeNull();
        // What Discord shows is the typed text, cleaned, or the start of it.
        if (cut) expect(plainText(text).startsWith(read!.trimEnd())).toBe(true);
        else expect(read).toBe(plainText(text));
      }),
      { numRuns: 400 },
    );
  });

  it('escapes each way out of plain text', () => {
    expect(shownText('**bold** _it_ `code` ||spoiler|| ~~gone~~', 256)).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\~\\~gone\\~\\~');
    expect(shownText('[click](https://example.com)', 256)).toBe('\\[click\\]\\(https://example.com\\)');
    expect(shownText('> quoted\n# heading', 256)).toBe('\\> quoted \\# heading');
    expect(shownText('1. first', 256)).toBe('1\\. first');
    expect(shownText('<@123456789012345678> hi', 256)).toBe('\\<@123456789012345678\\> hi');
    expect(escapeMarkdown('a\\*b')).toBe('a\\\\\\*b');
  });

  it('removes bidi overrides, isolates and marks, and controls', () => {
    expect(shownText('\u202Eteem eht deriahc ohw', 256)).toBe('teem eht deriahc ohw');
    expect(shownText('who\u0000 chaired\u2066 it\u2069?\u200F', 256)).toBe('who chaired it?');
    expect(shownText('من\u061C ترأس\r\nالاجتماع؟', 256)).toBe('من ترأس الاجتماع؟');
  });

  it('cuts a long question between graphemes, never inside an escape', () => {
    const shown = shownText('*'.repeat(300), LIMITS.embedTitle);
    expect(shown.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(shown.endsWith('\\*…')).toBe(true);
    expect(shownText('👨‍👩‍👧‍👦'.repeat(40), 30)).toBe(`${'👨‍👩‍👧‍👦'.repeat(2)}…`);
  });
});

describe('the question as an embed title', () => {
  it('cannot break out of formatting or exceed Discord\'s limits, whatever is asked', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const body = apiPayload(answerView(ctx.engine.ask(question), ctx.engine.data, ids));
        const embed = body.embeds![0]!;
        expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
        expect(embed.title).not.toMatch(FORBIDDEN);
        const title = embed.title!.endsWith('…') ? embed.title!.slice(0, -1) : embed.title!;
        expect(unescapeStrict(title)).not.toBeNull();
        expect(body.allowed_mentions).toEqual({ parse: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('shows a question made only of invisible characters as the "not in the article" title', () => {
    const body = apiPayload(answerView(ctx.engine.ask('\u202E\u2066\u0000'), ctx.engine.data, ids));
    expect(body.embeds![0]!.title!.length).toBeGreaterThan(0);
    expect(body.embeds![0]!.title).not.toMatch(FORBIDDEN);
  });
});

describe('quotes', () => {
  const questions = readFileSync(new URL('../qa/regression.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  const doubled = /««|»»/;

  it('are set off by guillemets unless their own open or close them', () => {
    expect(enclose('نص')).toBe('«نص»');
    expect(enclose('«مجموعة الاستقرار» في أبوظبي')).toBe('«مجموعة الاستقرار» في أبوظبي');
    expect(enclose('قال: «نص»')).toBe('قال: «نص»');
  });

  it('never show doubled guillemets, in embeds or on the terminal, for any question of the QA set', () => {
    for (const q of questions) {
      const answer = ctx.engine.ask(q);
      const body = JSON.stringify(apiPayload(answerView(answer, ctx.engine.data, ids)).embeds);
      expect(body, q).not.toMatch(doubled);
      expect(renderAnswerText(answer), q).not.toMatch(doubled);
    }
  });

  it('never show doubled guillemets in the quote-bearing commands', async () => {
    const dispatch = createDispatcher(commands, buttons, ctx);
    const requests = [
      { name: 'members', options: {} },
      { name: 'members', options: { language: 'ar', filter: 'states' } },
      ...['gargash', 'mazrouei', 'goetze'].flatMap((name) => [{ name: 'who', options: { name } }, { name: 'who', options: { name, language: 'ar' } }]),
      ...ctx.engine.data.paragraphs.map((p) => ({ name: 'source', options: { paragraph: p.number } })),
      { name: 'about', options: {} },
    ];
    for (const [i, r] of requests.entries()) {
      const res = await dispatch({ kind: 'command', request: { id: String(i), userId: '200000000000000001', ...r } });
      expect(res.type).toBe('reply');
      if (res.type === 'reply') expect(JSON.stringify(apiPayload(res.view)), `${r.name} ${JSON.stringify(r.options)}`).not.toMatch(doubled);
    }
  });
});

describe('/about', () => {
  it('says what the source is, from the data, without an outlet or a date', () => {
    const { source } = ctx.engine.data;
    const [en, ar] = helpView('about', ctx.engine.data).embeds![0]!.fields!;
    expect(source.origin).toBeDefined();
    expect(en!.value).toContain(source.origin!.en);
    expect(ar!.value).toContain(source.origin!.ar);
    expect(en!.value).toContain(source.title.ar);
    expect(en!.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    expect(ar!.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
  });

  it('and the answer footer gives the headline and says the outlet and date are not stated', () => {
    const view = answerView(ctx.engine.ask('Who chaired the meeting?'), ctx.engine.data, ids);
    expect(view.embeds![0]!.footer!.text).toBe(`${ctx.engine.data.source.title.en} · outlet and date not stated in the text · ¶3`);
    const ar = answerView(ctx.engine.ask('من ترأس الاجتماع؟'), ctx.engine.data, ids);
    expect(ar.embeds![0]!.footer!.text).toMatch(/لا يذكر النص الناشر ولا التاريخ · ¶3$/);
  });
});
