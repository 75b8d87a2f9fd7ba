// Follow-up questions on every Discord surface, the real client against the emulator: a DM, a channel
// mention, a reply to the bot's message, and /ask per user per channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../emulator/discord-emulator.js';
import { startHarness, str, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** Sends a message and waits for the bot's reply to it. */
async function say(content: string, opts: Parameters<Harness['emu']['messageCreate']>[1] = {}) {
  const id = h.emu.messageCreate(content, opts);
  await h.emu.until(() => h.emu.repliesTo(id).length > 0, 5000, `reply to ${content}`);
  return h.emu.repliesTo(id)[0]!;
}
const text = (r: { body: { embeds: Array<{ description: string }> } }) => r.body.embeds[0]!.description;

describe('follow-up questions', () => {
  it('in a DM: the person, then the relation, carry over', async () => {
    const asker = user('dm-asker');
    await say('Who opened the meeting?', { dm: true, author: asker });
    expect(text(await say('What is his title?', { dm: true, author: asker }))).toMatch(/Minister of State/);
    await say('هل مصر عضو؟', { dm: true, author: asker });
    expect(text(await say('وإيران؟', { dm: true, author: asker }))).toMatch(/^لا/);
  });

  it('in a channel: each asker has their own conversation', async () => {
    const a = user('channel-a');
    const b = user('channel-b');
    await say('Is Egypt a member?', { mentionBot: true, author: a });
    await say('Who chaired the meeting?', { mentionBot: true, author: b });
    expect(text(await say('and Iran?', { mentionBot: true, author: a }))).toMatch(/^No: Iran/);
    expect(text(await say('where?', { mentionBot: true, author: b }))).toMatch(/Abu Dhabi/);
  });

  it("a reply to the bot's message continues the conversation of the message it answers", async () => {
    const a = user('replier');
    const first = await say('How many members does the working group have?', { mentionBot: true, author: a });
    await say('Who chaired the meeting?', { mentionBot: true, author: a }); // the channel's conversation moves on
    expect(first.messageId).toBeDefined();
    const followUp = await say('how many of them are organisations?', { mentionBot: true, author: a, replyTo: first.messageId! });
    expect(text(followUp)).toMatch(/3 organisations/);
  });

  it('/ask follows the last /ask of the same user in the same channel', async () => {
    const asker = user('slash-asker');
    const ask = async (q: string) => {
      const id = h.emu.command('ask', [str('question', q)], { user: asker });
      await h.emu.until(() => h.emu.callbacksFor(id).length > 0, 5000, `callback for ${q}`);
      return h.emu.callbacksFor(id)[0]!.body.data.embeds[0].description as string;
    };
    await ask('Who chaired the sessions?');
    expect(await ask('and where was it held?')).toMatch(/Abu Dhabi/);
    await ask('Is Japan a member?');
    expect(await ask('what about Turkey?')).toMatch(/^Yes: Turkey/);
  });

  it('a question that stands on its own starts afresh', async () => {
    const asker = user('fresh');
    await say('Who chaired the sessions?', { dm: true, author: asker });
    const r = await say('What is the capital of France?', { dm: true, author: asker });
    expect(text(r)).toMatch(/does not say/);
  });
});
