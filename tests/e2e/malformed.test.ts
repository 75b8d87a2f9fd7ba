// Malformed interactions and dropped reply connections on the wire (gateway transport): every
// interaction gets an answer, the generic notice when it cannot be acted on; the process keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, str, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const callback = (id: string) => h.emu.firstCallback(id);

describe('malformed interactions', () => {
  it('an autocomplete with no focused option gets an empty list of choices', async () => {
    const p = h.emu.autocompletePayload('ask', 'question', 'who');
    (p.data as { options: Array<{ focused?: boolean }> }).options[0]!.focused = false;
    const body = await callback(h.emu.interaction(p));
    expect(body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('a command with neither user nor member gets the generic ephemeral notice', async () => {
    const { member: _m, ...p } = h.emu.commandPayload('ask', [str('question', 'Who chaired the meeting?')]) as Record<string, unknown> & { id: string };
    const body = await callback(h.emu.interaction(p));
    expect(body.type).toBe(4);
    expect(body.data.flags & 64).toBe(64);
    expect(body.data.content).toMatch(/something went wrong/);
  });

  it('a button with no message gets the generic ephemeral notice', async () => {
    const { message: _m, ...p } = h.emu.buttonPayload('para:3');
    const body = await callback(h.emu.interaction(p));
    expect(body.type).toBe(4);
    expect(body.data.flags & 64).toBe(64);
    expect(body.data.content).toMatch(/something went wrong/);
  });

  it('keeps serving after them', async () => {
    const body = await callback(h.emu.command('ask', [str('question', 'Who chaired the meeting?')]));
    expect(body.data.embeds[0].description).toMatch(/Germany/);
  });
});

describe('a dropped reply connection', () => {
  it('sends the same reply once more: the user gets the answer, not the error', async () => {
    h.emu.failRest(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 'drop', 1);
    const id = h.emu.command('ask', [str('question', 'Where was the meeting held?')]);
    const body = await callback(id);
    expect(body.data.embeds[0].description).toMatch(/Abu Dhabi/);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.emu.callbacksFor(id)).toHaveLength(1);
    // discord.js's REST client does not retry undici's socket errors itself: this was the router's retry.
    expect(h.logs.some((l) => l.includes('sending it again') && l.includes(id))).toBe(true);
  });
});
