// The real discord.js client, created by the bot's own code, against the local emulator.
import { Client, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVerbatimIn } from '../../src/data/article.js';
import { testEngine } from '../support/engine.js';
import { FAKE_TOKEN, startHarness, str, type Harness } from './helpers.js';

let h: Harness;
const article = testEngine().data.raw;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const callback = (id: string) => h.emu.firstCallback(id);

describe('slash commands on the wire', () => {
  it('identifies with exactly the intents the bot needs, no privileged one', () => {
    expect(h.emu.identifiedIntents[0]).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
  });

  it.each([
    ['Who chaired the meeting?', /Germany/],
    ['هل المغرب عضو في مجموعة العمل؟', /نعم/],
  ])('/ask %s → a cited embed, mentions off', async (q, pattern) => {
    const body = await callback(h.emu.command('ask', [str('question', q)]));
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions.parse).toEqual([]);
    const embed = body.data.embeds[0];
    expect(embed.description).toMatch(pattern);
    const quote = embed.fields[0].value.split('\n')[0].replace(/^> «|»$/g, '');
    expect(isVerbatimIn(quote, article)).toBe(true);
  });

  it('autocomplete returns at most 25 choices with names of at most 100', async () => {
    const body = await callback(h.emu.autocomplete('ask', 'question', 'who'));
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    for (const c of body.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('answers the "show the paragraph" and "other language" buttons', async () => {
    const para = await callback(h.emu.button('para:3'));
    expect(para.type).toBe(4);
    expect(para.data.flags & 64).toBe(64);
    expect(para.data.embeds[0].description).toContain('ترأس كل من دولة الإمارات وألمانيا');
    const other = await callback(h.emu.button('lang:ar:=Who chaired the meeting?'));
    expect(other.data.embeds[0].description).toMatch(/ألمانيا/);
  });

  it('/members, /who, /source, /help each answer', async () => {
    expect((await callback(h.emu.command('members'))).data.embeds[0].title).toMatch(/34/);
    expect((await callback(h.emu.command('who', [str('name', 'Gargash')]))).data.embeds[0].title).toMatch(/Gargash/);
    expect((await callback(h.emu.command('source', [{ name: 'paragraph', type: 4, value: 2 }]))).data.embeds[0].description).toBe('قرقاش: لابد من محاربة الطائفية والتطرف');
    expect((await callback(h.emu.command('help'))).data.embeds[0].fields).toHaveLength(2);
  });

  it('turns the source index page in place (an update, type 7)', async () => {
    const body = await callback(h.emu.button('src:2'));
    expect(body.type).toBe(7);
    expect(body.data.embeds[0].description).toMatch(/\*\*11\.\*\*/);
  });
});

describe('direct messages and mentions', () => {
  it('replies to a DM with a cited answer', async () => {
    const id = h.emu.messageCreate('Where was the meeting held?', { dm: true });
    await h.emu.until(() => h.emu.repliesTo(id).length > 0, 5000, 'DM reply');
    const body = h.emu.repliesTo(id)[0]!.body;
    expect(body.embeds[0].description).toMatch(/Abu Dhabi/);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('a client without the Channel partial would drop that DM', async () => {
    const bare = new Client({ intents: [GatewayIntentBits.DirectMessages], rest: { api: h.emu.apiUrl } });
    let seen = 0;
    bare.on('messageCreate', () => seen++);
    await bare.login(FAKE_TOKEN);
    await new Promise<void>((r) => (bare.isReady() ? r() : bare.once('clientReady', () => r())));
    const id = h.emu.messageCreate('Who opened the meeting?', { dm: true });
    await h.emu.until(() => h.emu.repliesTo(id).length > 0, 5000, 'the bot\'s reply');
    expect(seen).toBe(0);
    await bare.destroy();
  });

  it('replies to a guild message that mentions it, and ignores the others', async () => {
    const quiet = h.emu.messageCreate('who chaired the meeting?');
    const loud = h.emu.messageCreate(`<@${h.emu.bot.id}> who chaired the meeting?`, { mentionBot: true });
    await h.emu.until(() => h.emu.repliesTo(loud).length > 0, 5000, 'mention reply');
    expect(h.emu.repliesTo(loud)[0]!.body.embeds[0].description).toMatch(/Germany/);
    expect(h.emu.repliesTo(quiet)).toHaveLength(0);
  });

  it('ignores other bots', async () => {
    const other = { ...h.emu.member, id: '1200000000000000001', bot: true };
    const id = h.emu.messageCreate('who chaired?', { dm: true, author: other });
    const marker = h.emu.messageCreate('who chaired?', { dm: true });
    await h.emu.until(() => h.emu.repliesTo(marker).length > 0, 5000, 'marker reply');
    expect(h.emu.repliesTo(id)).toHaveLength(0);
  });
});

describe('bad input', () => {
  it.each([
    ['a 6000-character question', `Who chaired the meeting? ${'x'.repeat(5970)}`],
    ['@everyone', '@everyone who chaired the meeting? <@&123456789012345678>'],
    ['zero-width and bidi characters', 'Who\u200B chaired\u202E the\u2066 meeting?'],
    ['emoji only', '🙂🙃🙂'],
  ])('%s: a clear reply, no ping, no crash', async (_label, content) => {
    const id = h.emu.messageCreate(content, { dm: true });
    await h.emu.until(() => h.emu.repliesTo(id).length > 0, 5000, 'reply');
    const body = h.emu.repliesTo(id)[0]!.body;
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(body.embeds[0].description.length).toBeGreaterThan(0);
    expect(body.embeds[0].title.length).toBeLessThanOrEqual(256);
  });

  it('a mention with nothing after it gets a clear reply', async () => {
    const id = h.emu.messageCreate(`<@${h.emu.bot.id}>`, { mentionBot: true });
    await h.emu.until(() => h.emu.repliesTo(id).length > 0, 5000, 'reply');
    expect(h.emu.repliesTo(id)[0]!.body.embeds[0].description).toMatch(/Please ask a question/);
  });
});
