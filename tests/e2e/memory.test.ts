// Bounded memory, as a count rather than a timing: after traffic from many distinct users the client
// caches no messages, no users or members but the bot itself, and its DM channels go at the sweep.
// (The RSS curve of a 25,000-event soak is in `npm run bench`.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SWEEP_INTERVAL_MS, dropDmChannels } from '../../src/adapters/discord/client.js';
import { snowflake, user } from '../emulator/discord-emulator.js';
import { startHarness, str, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

it('keeps no messages, users or members from 300 distinct users, and sweeps their DM channels', async () => {
  const pending: Array<() => boolean> = [];
  for (let i = 0; i < 300; i++) {
    const from = user(`visitor${i}`);
    if (i % 3 === 0) {
      const id = h.emu.messageCreate('Who chaired the meeting?', { dm: true, author: from, channelId: snowflake() });
      pending.push(() => h.emu.repliesTo(id).length > 0);
    } else if (i % 3 === 1) {
      const id = h.emu.messageCreate(`<@${h.emu.bot.id}> Where was the meeting held?`, { mentionBot: true, author: from });
      pending.push(() => h.emu.repliesTo(id).length > 0);
    } else {
      const id = h.emu.command('ask', [str('question', 'How many states attended?')], { user: from });
      pending.push(() => h.emu.callbacksFor(id).length > 0);
    }
  }
  await h.emu.until(() => pending.every((done) => done()), 30_000, '300 replies');
  const client = h.bot.client;
  expect([...client.users.cache.keys()]).toEqual([client.user!.id]);
  const guild = client.guilds.cache.first()!;
  expect(guild.members.cache.filter((m) => m.id !== client.user!.id).size).toBe(0);
  const messages = client.channels.cache.reduce((n, c) => n + ('messages' in c ? c.messages.cache.size : 0), 0);
  expect(messages).toBe(0);
  expect(client.channels.cache.filter((c) => c.isDMBased()).size).toBe(100); // until the sweep…
  expect(dropDmChannels(client)).toBe(100);
  expect(client.channels.cache.filter((c) => c.isDMBased()).size).toBe(0);
  expect(client.channels.cache.has(h.emu.channelId)).toBe(true); // …which leaves server channels alone
  // discord.js keeps a REST queue per channel written to (one per DM), for an hour by default.
  expect(client.rest.options.handlerSweepInterval).toBe(SWEEP_INTERVAL_MS);

  // A DM after the sweep still gets its answer (the Channel partial).
  const again = h.emu.messageCreate('Who chaired the meeting?', { dm: true, author: user('returning'), channelId: snowflake() });
  await h.emu.until(() => h.emu.repliesTo(again).length > 0, 10_000, 'a DM after the sweep');
}, 60_000);
