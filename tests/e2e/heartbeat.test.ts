// A gateway that stops acknowledging heartbeats is a zombie connection: the client must notice,
// reconnect and resume, then go on answering.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, str, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  // A short heartbeat keeps the test fast; the logic is the same at Discord's 41 s.
  h = await startHarness({ heartbeatInterval: 250 });
});
afterAll(async () => h?.stop());

it('reconnects and resumes when heartbeats go unacknowledged, then keeps answering', async () => {
  await h.emu.until(() => h.emu.heartbeats >= 1, 5000, 'a first heartbeat');
  const connectionsBefore = h.emu.connections;
  h.emu.stopHeartbeatAcks();
  await h.emu.until(() => h.emu.connections > connectionsBefore, 10_000, 'a reconnect');
  h.emu.stopHeartbeatAcks(false);
  await h.emu.until(() => h.emu.resumes >= 1, 10_000, 'a RESUME');
  expect(h.emu.identifies).toBe(1); // resumed, not a fresh session
  const id = h.emu.command('ask', [str('question', 'Who chaired the meeting?')]);
  await h.emu.until(() => h.emu.callbacksFor(id).length > 0, 5000, 'an answer after the resume');
  expect(h.emu.callbacksFor(id)[0]!.body.data.embeds[0].description).toMatch(/Germany/);
});
