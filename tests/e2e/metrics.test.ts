// METRICS_PORT: /healthz and /metrics on 127.0.0.1, fed by real traffic through the emulator:
// interactions and messages by kind and outcome, answer latency, refusals, cooldown hits, REST
// errors and 429s, gateway ping, process memory. And the error log line carries the error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { user } from '../emulator/discord-emulator.js';
import { brokenCommand, startHarness, str, type Harness } from './helpers.js';

const broken = brokenCommand;

let h: Harness;
beforeAll(async () => {
  // Two questions per user per window, so the third is a cooldown hit; port 0: any free port.
  h = await startHarness({ commands: [...commands, broken], cooldown: new Cooldown(2, 60_000), metricsPort: 0, heartbeatInterval: 300 });
});
afterAll(async () => h?.stop());

const get = async (path: string) => {
  const res = await fetch(`${h.bot.metricsUrl}${path}`);
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
};

/** The value of one sample line of the Prometheus text ("name{labels} value"). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics endpoint', () => {
  it('serves on loopback and says the gateway is healthy while it is connected', async () => {
    expect(h.bot.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect((await get('/nope')).status).toBe(404);
  });

  it('counts events by kind and outcome, answers, refusals, cooldown hits, errors and REST faults', async () => {
    const done = (id: string) => h.emu.callbacksFor(id).length > 0;
    const ids = [
      h.emu.command('ask', [str('question', 'Who chaired the meeting?')]),
      h.emu.command('ask', [str('question', 'What is the price of oil?')]),
      h.emu.command('ask', [str('question', 'Where was it held?')]), // third from the same user: cooldown
    ];
    await h.emu.until(() => ids.every(done), 10_000, 'three interaction replies');
    h.emu.failRest(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 429, 1, 0.05);
    h.emu.failRest(/^POST \/interactions\/\d+\/[^/]+\/callback$/, 500, 1);
    const broke = h.emu.command('broken', [], { user: user('tester') });
    await h.emu.until(() => done(broke), 10_000, 'the error reply');
    const reader = user('dm-reader');
    const dm = h.emu.messageCreate('Who chaired the meeting?', { dm: true, author: reader });
    h.emu.messageCreate('just chatting, no mention', { author: reader });
    await h.emu.until(() => h.emu.repliesTo(dm).length > 0, 10_000, 'the DM reply');
    await h.emu.until(() => h.emu.heartbeats > 0 && h.bot.client.ws.ping >= 0, 10_000, 'a heartbeat round trip');

    const { status, text, type } = await get('/metrics');
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain/);
    expect(sample(text, 'bot_interactions_total{kind="command:ask",outcome="answered"}')).toBe(1);
    expect(sample(text, 'bot_interactions_total{kind="command:ask",outcome="refused"}')).toBe(1);
    expect(sample(text, 'bot_interactions_total{kind="command:ask",outcome="cooldown"}')).toBe(1);
    expect(sample(text, 'bot_interactions_total{kind="command:broken",outcome="error"}')).toBe(1);
    expect(sample(text, 'bot_messages_total{kind="dm",outcome="answered"}')).toBe(1);
    expect(sample(text, 'bot_messages_total{kind="ignored",outcome="ok"}')).toBe(1);
    expect(sample(text, 'bot_refusals_total{source="interaction"}')).toBe(1);
    expect(sample(text, 'bot_cooldown_hits_total{source="interaction"}')).toBe(1);
    expect(sample(text, 'bot_answer_duration_seconds_count{source="interaction"}')).toBe(2);
    expect(sample(text, 'bot_answer_duration_seconds_count{source="message"}')).toBe(1);
    expect(sample(text, 'bot_rest_rate_limited_total')).toBe(1);
    expect(sample(text, 'bot_rest_errors_total{status="429"}')).toBe(1);
    expect(sample(text, 'bot_rest_errors_total{status="500"}')).toBe(1);
    expect(sample(text, 'bot_gateway_connected')).toBe(1);
    expect(sample(text, 'bot_gateway_ping_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it("logs a failing handler's error with its message and stack", () => {
    const line = h.logs.map((l) => JSON.parse(l) as { msg: string; err?: { message: string; stack: string } }).find((l) => l.msg === 'handler failed');
    expect(line?.err?.message).toBe('handler bug');
    expect(line?.err?.stack).toMatch(/Error: handler bug\n\s+at /);
  });
});
