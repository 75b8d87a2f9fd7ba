// The gateway bot in messages-only mode (DISCORD_INTERACTIONS=endpoint): the HTTP endpoint answers
// interactions, so this process leaves them alone and answers only direct messages and mentions.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.js';
import { startHarness, str, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ interactions: false });
});
afterAll(async () => h?.stop());

it('answers DMs and mentions, and never answers an interaction', async () => {
  const command = h.emu.command('ask', [str('question', 'Who chaired the meeting?')]);
  const button = h.emu.button('para:3');
  const dm = h.emu.messageCreate('Where was the meeting held?', { dm: true });
  const mention = h.emu.messageCreate(`<@${h.emu.bot.id}> who chaired the meeting?`, { mentionBot: true });
  await h.emu.until(() => h.emu.repliesTo(dm).length > 0 && h.emu.repliesTo(mention).length > 0, 5000, 'the message replies');
  expect(h.emu.repliesTo(dm)[0]!.body.embeds[0].description).toMatch(/Abu Dhabi/);
  await new Promise((r) => setTimeout(r, 300));
  expect(h.emu.callbacksFor(command)).toHaveLength(0);
  expect(h.emu.callbacksFor(button)).toHaveLength(0);
});

it('is chosen with DISCORD_INTERACTIONS=endpoint (gateway by default)', () => {
  expect(parseConfig({}).DISCORD_INTERACTIONS).toBe('gateway');
  expect(parseConfig({ DISCORD_INTERACTIONS: 'endpoint' }).DISCORD_INTERACTIONS).toBe('endpoint');
  expect(() => parseConfig({ DISCORD_INTERACTIONS: 'both' })).toThrow(/DISCORD_INTERACTIONS/);
});
