import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, customId, fitChoices, fitContent, fitEmbed, fitEmbeds, truncate, type EmbedData } from '../../src/adapters/discord/limits.js';
import { messagePayload } from '../../src/adapters/discord/reply.js';

const hostile = fc.oneof(
  fc.string({ maxLength: 9000 }),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
  fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '\u202Eevil', '👨‍👩‍👧‍👦'.repeat(800), 'ب'.repeat(7000)),
);

function total(e: EmbedData): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

describe('Discord limits', () => {
  it('fits any embed to every limit', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.array(fc.tuple(hostile, hostile), { maxLength: 40 }), hostile, (title, description, fields, footer) => {
        const e = fitEmbed({ title, description, fields: fields.map(([name, value]) => ({ name, value })), footer: { text: footer } });
        expect(e.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
        expect(e.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
        for (const f of e.fields!) {
          expect(f.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
          expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
          expect(f.value.length).toBeGreaterThan(0);
        }
        expect(total(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
      }),
      { numRuns: 150 },
    );
  });
  it('keeps several embeds within the shared total', () => {
    const big = { description: 'x'.repeat(4000) };
    const out = fitEmbeds([big, big, big]);
    expect(out.reduce((n, e) => n + total(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(out).toHaveLength(1);
  });
  it('fits content, choices and custom ids', () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { maxLength: 60 }), (s, list) => {
        expect(fitContent(s).length).toBeLessThanOrEqual(LIMITS.content);
        const choices = fitChoices(list);
        expect(choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
        for (const c of choices) {
          expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
          expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
          expect(c.name.length).toBeGreaterThan(0);
        }
        expect(customId('lang', 'en', s).length).toBeLessThanOrEqual(LIMITS.customId);
      }),
      { numRuns: 150 },
    );
  });
  it('never cuts a character in half', () => {
    const t = truncate('😀'.repeat(100), 51);
    expect(t.length).toBeLessThanOrEqual(51);
    expect(t).toMatch(/^(😀)+…$/u);
    expect(customId('ask', '😀'.repeat(100))).toMatch(/^ask:(😀)+$/u);
  });
  it('disables every mention in every payload', () => {
    const p = messagePayload({ content: '@everyone <@123456789012345678> hi', embeds: [{ description: '@here' }] });
    expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});
