import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { buttons } from '../../src/adapters/discord/buttons.js';
import type { SlashCommand } from '../../src/adapters/discord/context.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { LIMITS } from '../../src/adapters/discord/limits.js';
import { createRouter } from '../../src/adapters/discord/router.js';
import { fakeAutocomplete, fakeButton, fakeCommand, testContext } from '../support/fakes.js';

const ctx = testContext();
const router = createRouter(commands, buttons, ctx);
const article = ctx.engine.data.raw;
const isEphemeral = (p: { flags?: number }) => ((p.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe('command definitions', () => {
  it('are valid and within Discord\'s limits', () => {
    const names = commands.map((c) => c.data.toJSON().name);
    expect(names).toEqual(['ask', 'members', 'who', 'source', 'help', 'about']);
    for (const c of commands) {
      const json = c.data.toJSON();
      expect(json.description.length).toBeLessThanOrEqual(100);
      for (const o of json.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('/ask', () => {
  it('replies publicly with a cited embed, no mentions, and buttons', async () => {
    const { interaction, sent } = fakeCommand('ask', { question: 'Who chaired the meeting?' });
    await router.handle(interaction);
    expect(sent).toHaveLength(1);
    const p = sent[0]!.payload;
    expect(isEphemeral(p)).toBe(false);
    expect(p.allowedMentions.parse).toEqual([]);
    const embed = p.embeds[0];
    expect(embed.description).toMatch(/Germany/);
    expect(embed.fields[0].name).toBe('Paragraph 3');
    // English readers get the quote's rendering under it, labelled as a translation.
    expect(embed.fields[0].value).toMatch(/Translation, not the article's words/);
    expect(article).toContain(embed.fields[0].value.split('\n')[0].replace(/^> «|»$/g, ''));
    const ids = p.components.flatMap((r: { components: Array<{ custom_id: string }> }) => r.components.map((c) => c.custom_id));
    expect(ids).toContain('para:3');
    expect(ids.some((id: string) => id.startsWith('lang:ar:'))).toBe(true);
  });
  it('answers privately when asked to', async () => {
    const { interaction, sent } = fakeCommand('ask', { question: 'من ترأس الاجتماع؟', private: true });
    await router.handle(interaction);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.embeds[0].description).toMatch(/الإمارات/);
  });
  it('offers suggested questions as buttons when the article does not say', async () => {
    const { interaction, sent } = fakeCommand('ask', { question: 'What is the price of oil?' });
    await router.handle(interaction);
    const rows = sent[0]!.payload.components;
    expect(rows).toHaveLength(2);
    expect(rows[1].components.length).toBeGreaterThan(0);
    expect(rows[1].components[0].custom_id).toMatch(/^ask:=/);
  });
  it('never lets echoed input ping anyone', async () => {
    const { interaction, sent } = fakeCommand('ask', { question: '@everyone <@&123456789012345678> who chaired?' });
    await router.handle(interaction);
    expect(sent[0]!.payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
  it('autocompletes with at most 25 short choices in the typed script', async () => {
    for (const typed of ['', 'who', 'من', 'member', 'zzzzzz']) {
      const { interaction, sent } = fakeAutocomplete('ask', typed);
      await router.handle(interaction);
      const choices = sent[0]!.payload as Array<{ name: string; value: string }>;
      expect(choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
      for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
      if (typed === 'من') expect(choices.every((c) => /[\u0600-\u06FF]/.test(c.name))).toBe(true);
      if (typed === 'member') expect(choices.length).toBeGreaterThan(0);
    }
  });
});

describe('autocomplete input', () => {
  it('matches at most 100 typed characters, however much is typed', async () => {
    const seen: string[] = [];
    const engine = ctx.engine;
    const spy = testContext({ engine: { ...engine, complete: (typed: string, limit: number) => (seen.push(typed), engine.complete(typed, limit)) } });
    const r = createRouter(commands, buttons, spy);
    const { interaction, sent } = fakeAutocomplete('ask', `who chaired ${'x'.repeat(6000)}`);
    await r.handle(interaction);
    expect(seen.map((t) => t.length)).toEqual([100]);
    expect(Array.isArray(sent[0]!.payload)).toBe(true);
    const who = fakeAutocomplete('who', `قرق${'ش'.repeat(6000)}`);
    await r.handle(who.interaction);
    expect(who.sent[0]!.method).toBe('respond');
  });
});

describe('buttons', () => {
  it('shows the whole cited paragraph, verbatim, ephemerally', async () => {
    const { interaction, sent } = fakeButton('para:10');
    await router.handle(interaction);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.embeds[0].description).toBe(ctx.engine.data.paragraphs[9]!.text);
  });
  it('answers the same question in the other language', async () => {
    const { interaction, sent } = fakeButton('lang:ar:=Who chaired the meeting?');
    await router.handle(interaction);
    expect(sent[0]!.payload.embeds[0].description).toMatch(/ألمانيا/);
  });
  it('asks a suggested question', async () => {
    const { interaction, sent } = fakeButton('ask:=Where was the meeting held?');
    await router.handle(interaction);
    expect(sent[0]!.payload.embeds[0].description).toMatch(/Abu Dhabi/);
  });
  it('says a button whose question has expired should be asked again', async () => {
    const { interaction, sent } = fakeButton('lang:en:#zzz');
    await router.handle(interaction);
    expect(sent[0]!.payload.content).toMatch(/expired/);
  });
});

describe('/members, /who, /source, /help, /about', () => {
  it('/members lists 34 with counts, or a filtered list', async () => {
    const all = fakeCommand('members');
    await router.handle(all.interaction);
    const e = all.sent[0]!.payload.embeds[0];
    expect(e.title).toMatch(/\(34\)/);
    expect(e.fields.map((f: { name: string }) => f.name)).toEqual(['States (31)', 'Organisations (3)']);
    const orgs = fakeCommand('members', { filter: 'organisations', language: 'ar' });
    await router.handle(orgs.interaction);
    expect(orgs.sent[0]!.payload.embeds[0].fields[0].value).toMatch(/جامعة الدول العربية/);
  });
  it('/who finds a person by any spelling, and autocompletes names', async () => {
    const w = fakeCommand('who', { name: 'Götze' });
    await router.handle(w.interaction);
    expect(w.sent[0]!.payload.embeds[0].title).toBe('Dr Clemens von Goetze');
    const unknown = fakeCommand('who', { name: 'Napoleon' });
    await router.handle(unknown.interaction);
    expect(isEphemeral(unknown.sent[0]!.payload)).toBe(true);
    const ac = fakeAutocomplete('who', 'قرق');
    await router.handle(ac.interaction);
    expect(ac.sent[0]!.payload).toEqual([{ name: 'د. أنور بن محمد قرقاش', value: 'د. أنور بن محمد قرقاش' }]);
  });
  it('/source shows a paragraph, the index, and a clear reply out of range', async () => {
    const one = fakeCommand('source', { paragraph: 4 });
    await router.handle(one.interaction);
    expect(one.sent[0]!.payload.embeds[0].description).toBe(ctx.engine.data.paragraphs[3]!.text);
    const index = fakeCommand('source');
    await router.handle(index.interaction);
    expect(index.sent[0]!.payload.embeds[0].description).toMatch(/\*\*10\.\*\*/);
    expect(index.sent[0]!.payload.embeds[0].footer.text).toMatch(/Page 1 of 2/);
    const next = fakeButton('src:2');
    await router.handle(next.interaction);
    expect(next.sent[0]!.method).toBe('update');
    expect(next.sent[0]!.payload.embeds[0].description).toMatch(/\*\*11\.\*\*/);
    const bad = fakeCommand('source', { paragraph: 99 });
    await router.handle(bad.interaction);
    expect(bad.sent[0]!.payload.content).toMatch(/paragraphs 1 to 11/);
  });
  it('/help and /about answer in both languages', async () => {
    for (const name of ['help', 'about']) {
      const { interaction, sent } = fakeCommand(name);
      await router.handle(interaction);
      const fields = sent[0]!.payload.embeds[0].fields;
      expect(fields.map((f: { name: string }) => f.name)).toEqual(['English', 'العربية']);
    }
  });
});

describe('robustness', () => {
  it('answers a failing handler with an ephemeral error, and a late failure with a follow-up', async () => {
    const boom: SlashCommand = { data: { name: 'boom', toJSON: () => ({ name: 'boom', description: 'x' }) }, execute: async () => { throw new Error('kaput'); } };
    const r = createRouter([boom, ...commands], [], ctx);
    const a = fakeCommand('boom');
    await r.handle(a.interaction);
    expect(a.sent).toHaveLength(1);
    expect(a.sent[0]!.method).toBe('reply');
    expect(isEphemeral(a.sent[0]!.payload)).toBe(true);
    // The reply was acknowledged, then its request failed: the error goes as a follow-up.
    const b = fakeCommand('help', {}, undefined, 'ack-then-fail');
    await r.handle(b.interaction);
    expect(b.sent.map((s) => s.method)).toEqual(['followUp']);
    expect(b.sent[0]!.payload.content).toMatch(/something went wrong/);
    expect(isEphemeral(b.sent[0]!.payload)).toBe(true);
  });
  it('sends the same reply once more when the connection dropped, instead of the error', async () => {
    const { interaction, sent } = fakeCommand('ask', { question: 'Who chaired the meeting?' }, undefined, 'socket-once');
    await router.handle(interaction);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('reply');
    expect(sent[0]!.payload.embeds[0].description).toMatch(/Germany/);
    const update = fakeButton('src:2', undefined, { fault: 'socket-once' });
    await router.handle(update.interaction);
    expect(update.sent.map((s) => s.method)).toEqual(['update']);
  });
  it('answers malformed interactions with the generic notice, never silence', async () => {
    const noFocus = fakeAutocomplete('ask', undefined);
    await router.handle(noFocus.interaction);
    expect(noFocus.sent).toEqual([{ method: 'respond', payload: [] }]);
    const noMessage = fakeButton('para:3', undefined, { message: false });
    await router.handle(noMessage.interaction);
    expect(noMessage.sent[0]!.payload.content).toMatch(/something went wrong/);
    expect(isEphemeral(noMessage.sent[0]!.payload)).toBe(true);
    const noUser = fakeCommand('ask', { question: 'Who chaired?' });
    Object.assign(noUser.interaction, { user: null });
    await router.handle(noUser.interaction);
    expect(noUser.sent[0]!.payload.content).toMatch(/something went wrong/);
    expect(isEphemeral(noUser.sent[0]!.payload)).toBe(true);
    for (const id of ['nope:1', 'para:x', 'lang:fr:=Who?', 'para', '']) {
      const bad = fakeButton(id);
      await router.handle(bad.interaction);
      expect(bad.sent[0]!.payload.content).toMatch(/something went wrong/);
    }
  });
  it('answers an unknown command without throwing', async () => {
    const { interaction, sent } = fakeCommand('nope');
    await router.handle(interaction);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.content).toMatch(/do not know this command.*\/help/);
  });
  it('rate-limits a user with an ephemeral notice', async () => {
    let now = 0;
    const limited = createRouter(commands, buttons, testContext({ cooldown: new Cooldown(2, 10_000, () => now) }));
    const results = [];
    for (let i = 0; i < 3; i++) {
      const { interaction, sent } = fakeCommand('ask', { question: 'Who chaired?' }, '200000000000000009');
      await limited.handle(interaction);
      results.push(sent[0]!.payload);
    }
    expect(results[2].content).toMatch(/wait \d+s/);
    expect(isEphemeral(results[2])).toBe(true);
    now = 10_001;
    const { interaction, sent } = fakeCommand('ask', { question: 'Who chaired?' }, '200000000000000009');
    await limited.handle(interaction);
    expect(sent[0]!.payload.embeds).toHaveLength(1);
  });
});
