// Faults and load: the gateway drops mid-burst, REST answers 429 and 500, and bursts of traffic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, str, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const answered = (id: string) => h.emu.callbacksFor(id).length;

describe('faults', () => {
  it('resumes after the gateway drops mid-burst, answering every interaction exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(h.emu.command('ask', [str('question', `Who chaired the meeting? ${i}`)]));
    h.emu.dropGateway('close');
    // These are sent while the client is away: the emulator keeps them for the RESUME replay.
    for (let i = 10; i < 20; i++) ids.push(h.emu.command('ask', [str('question', `Where was the meeting held? ${i}`)]));
    await h.emu.until(() => ids.every((id) => answered(id) > 0), 15_000, 'all 20 answers');
    await new Promise((r) => setTimeout(r, 200));
    expect(ids.map(answered)).toEqual(ids.map(() => 1));
    expect(h.emu.resumes).toBeGreaterThanOrEqual(1);
  });

  it('recovers from a connection cut without a close frame', async () => {
    const resumesBefore = h.emu.resumes;
    h.emu.dropGateway('terminate');
    const ids = [0, 1, 2, 3, 4].map((i) => h.emu.command('ask', [str('question', `Is Iran a member? ${i}`)]));
    await h.emu.until(() => ids.every((id) => answered(id) > 0), 15_000, 'answers after the cut');
    expect(ids.map(answered)).toEqual([1, 1, 1, 1, 1]);
    expect(h.emu.resumes).toBeGreaterThan(resumesBefore);
  });

  it('retries a reply that got 429 and delivers it once', async () => {
    h.emu.failRest(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 429, 1, 0.05);
    const id = h.emu.command('ask', [str('question', 'Is Morocco a member?')]);
    await h.emu.until(() => answered(id) > 0, 5000, 'the retried reply');
    await new Promise((r) => setTimeout(r, 100));
    expect(answered(id)).toBe(1);
  });

  it('logs a reply that keeps failing with 500 and goes on serving', async () => {
    h.emu.failRest(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 500, 8);
    const failed = h.emu.command('ask', [str('question', 'Who opened the meeting?')]);
    await h.emu.until(() => h.logs.some((l) => l.includes('could not send the reply') && l.includes(failed)), 15_000, 'the error log');
    const next = h.emu.command('ask', [str('question', 'Who opened the meeting?')]);
    await h.emu.until(() => answered(next) > 0, 5000, 'the next answer');
    expect(h.emu.callbacksFor(next)[0]!.body.data.embeds[0].description).toMatch(/Gargash/);
  });
});

describe('load', () => {
  it('answers 1,000 interactions and 200 DMs in bursts, none twice', async () => {
    const questions = ['Who chaired the meeting?', 'هل الصين عضو في مجموعة العمل؟', 'How many states attended?', 'ما هدف الاجتماع؟'];
    const interactions: string[] = [];
    const dms: string[] = [];
    for (let burst = 0; burst < 10; burst++) {
      for (let i = 0; i < 100; i++) interactions.push(h.emu.command('ask', [str('question', questions[i % questions.length]!)]));
      for (let i = 0; i < 20; i++) dms.push(h.emu.messageCreate(questions[i % questions.length]!, { dm: true }));
      await h.emu.until(() => interactions.every((id) => answered(id) > 0) && dms.every((id) => h.emu.repliesTo(id).length > 0), 30_000, `burst ${burst}`);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(interactions.filter((id) => answered(id) !== 1)).toEqual([]);
    expect(dms.filter((id) => h.emu.repliesTo(id).length !== 1)).toEqual([]);
  }, 120_000);
});
