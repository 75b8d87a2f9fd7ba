// A handler that throws, on the wire: the user gets an ephemeral error, the process keeps serving.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { brokenCommand, startHarness, str, type Harness } from './helpers.js';

const broken = brokenCommand;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ commands: [...commands, broken] });
});
afterAll(async () => h?.stop());

it('answers a throwing handler with an ephemeral error and logs it with the interaction id', async () => {
  const id = h.emu.command('broken');
  await h.emu.until(() => h.emu.callbacksFor(id).length > 0, 5000, 'the error reply');
  const body = h.emu.callbacksFor(id)[0]!.body;
  expect(body.type).toBe(4);
  expect(body.data.flags & 64).toBe(64);
  expect(body.data.content).toMatch(/something went wrong/i);
  expect(h.logs.some((l) => l.includes('handler failed') && l.includes(id))).toBe(true);
  const next = h.emu.command('ask', [str('question', 'Who chaired the meeting?')]);
  await h.emu.until(() => h.emu.callbacksFor(next).length > 0, 5000, 'the next answer');
});

it('sends a cooldown notice ephemerally once a user asks too fast', async () => {
  const limited = await startHarness({ cooldown: new Cooldown(2, 10_000) });
  try {
    const ids = [1, 2, 3].map(() => limited.emu.command('ask', [str('question', 'Who chaired the meeting?')]));
    await limited.emu.until(() => ids.every((i) => limited.emu.callbacksFor(i).length > 0), 5000, 'three replies');
    const bodies = ids.map((i) => limited.emu.callbacksFor(i)[0]!.body);
    expect(bodies[0].data.embeds).toHaveLength(1);
    expect(bodies[1].data.embeds).toHaveLength(1);
    expect(bodies[2].data.content).toMatch(/please wait \d+s/);
    expect(bodies[2].data.flags & 64).toBe(64);
  } finally {
    await limited.stop();
  }
});

it('tells a user flooding DMs to wait once, then stays quiet for the window', async () => {
  const limited = await startHarness({ cooldown: new Cooldown(2, 10_000) });
  try {
    const ids = [1, 2, 3, 4, 5].map((i) => limited.emu.messageCreate(`Who chaired the meeting? ${i}`, { dm: true }));
    await limited.emu.until(() => limited.emu.repliesTo(ids[2]!).length > 0, 5000, 'the notice');
    await new Promise((r) => setTimeout(r, 300));
    const replies = ids.map((id) => limited.emu.repliesTo(id));
    expect(replies.map((r) => r.length)).toEqual([1, 1, 1, 0, 0]);
    expect(replies[2]![0]!.body.content).toMatch(/please wait \d+s/);
  } finally {
    await limited.stop();
  }
});

it('reacts ⏳ once on a mention that comes too fast, instead of telling the whole channel', async () => {
  const limited = await startHarness({ cooldown: new Cooldown(2, 10_000) });
  try {
    const { emu } = limited;
    const ids = [1, 2, 3, 4, 5].map((i) => emu.messageCreate(`<@${emu.bot.id}> Who chaired the meeting? ${i}`, { mentionBot: true }));
    await emu.until(() => emu.reactionsOn(ids[2]!).length > 0 && ids.slice(0, 2).every((id) => emu.repliesTo(id).length > 0), 5000, 'two answers and a reaction');
    await new Promise((r) => setTimeout(r, 300)); // room for anything else the bot might wrongly send
    expect(ids.map((id) => emu.repliesTo(id).length)).toEqual([1, 1, 0, 0, 0]);
    expect(ids.map((id) => emu.reactionsOn(id).length)).toEqual([0, 0, 1, 0, 0]);
    const reaction = emu.reactionsOn(ids[2]!)[0]!;
    expect(reaction.path).toBe(`/channels/${emu.channelId}/messages/${ids[2]}/reactions/⏳/@me`);
    // Nothing about waiting was posted to the channel.
    const posted = emu.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${emu.channelId}/messages`);
    expect(posted.some((r) => /wait/.test(JSON.stringify(r.body)))).toBe(false);
  } finally {
    await limited.stop();
  }
});

it('stays quiet in the channel when the reaction is refused (no Add Reactions permission)', async () => {
  const limited = await startHarness({ cooldown: new Cooldown(1, 10_000) });
  try {
    const { emu } = limited;
    emu.failRest(/^PUT \/channels\/\d+\/messages\/\d+\/reactions\//, 403);
    const ids = [1, 2].map((i) => emu.messageCreate(`<@${emu.bot.id}> Who chaired the meeting? ${i}`, { mentionBot: true }));
    await emu.until(() => emu.repliesTo(ids[0]!).length > 0 && limited.logs.some((l) => l.includes('could not react')), 5000, 'the answer and the logged refusal');
    expect(emu.repliesTo(ids[1]!)).toHaveLength(0);
  } finally {
    await limited.stop();
  }
});

it('answers /ask used in a DM (no guild)', async () => {
  const id = h.emu.command('ask', [str('question', 'Where was the meeting held?')], { dm: true });
  await h.emu.until(() => h.emu.callbacksFor(id).length > 0, 5000, 'the DM answer');
  expect(h.emu.callbacksFor(id)[0]!.body.data.embeds[0].description).toMatch(/Abu Dhabi/);
});
