// Operator-facing pieces in isolation: what a failed login is reported as, the health endpoint's
// 503, and the settings that drive them.
import { describe, expect, it } from 'vitest';
import { fatalClose, loginFailure } from '../../src/adapters/discord/gateway.js';
import { BotMetrics } from '../../src/adapters/metrics.js';
import { startMetricsServer } from '../../src/adapters/metrics-server.js';
import { parseConfig } from '../../src/config/env.js';
import { EXIT } from '../../src/exit-codes.js';

const API = 'https://discord.example/api';

describe('login failures', () => {
  it('names the token when Discord rejects it', () => {
    const stop = loginFailure(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }), API);
    expect(stop.exitCode).toBe(EXIT.refused);
    expect(stop.message).toBe('Discord rejected the token: update DISCORD_TOKEN');
  });
  it('reads network failures, including wrapped ones, and 5xx as "cannot reach"', () => {
    const wrapped = new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo EAI_AGAIN discord.com'), { code: 'EAI_AGAIN' }) });
    for (const err of [wrapped, Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), Object.assign(new Error('Service Unavailable'), { status: 503 })]) {
      const stop = loginFailure(err, API);
      expect(stop.exitCode).toBe(EXIT.unreachable);
      expect(stop.message).toBe(`cannot reach Discord at ${API}: check the network or DISCORD_API_URL`);
      expect(stop.cause).toBe(err); // kept for the debug line
    }
  });
  it('reports anything else as a login failure with its message', () => {
    const stop = loginFailure(new Error('something odd'), API);
    expect(stop.exitCode).toBe(EXIT.startup);
    expect(stop.message).toBe('login failed: something odd');
  });
  it('treats only 4004 and 4010-4014 as fatal closes', () => {
    expect([4000, 4004, 4009, 4010, 4014, 4015, 1006].map((c) => fatalClose(c) !== undefined)).toEqual([false, true, false, true, true, false, false]);
  });
});

describe('health endpoint', () => {
  it('answers 503 while the gateway is down and 200 once it is up', async () => {
    let up = false;
    const server = await startMetricsServer(new BotMetrics(), () => up, 0);
    try {
      const down = await fetch(`${server.url}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.text()).toMatch(/gateway not connected/);
      up = true;
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/metrics`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});

describe('operations settings', () => {
  it('defaults: 30 s login timeout, metrics off, bounded caches', () => {
    const config = parseConfig({});
    expect(config.DISCORD_LOGIN_TIMEOUT_MS).toBe(30_000);
    expect(config.METRICS_PORT).toBeUndefined();
    expect(config.METRICS_HOST).toBe('127.0.0.1');
    expect(config.DISCORD_CACHES).toBe('bounded');
  });
  it('reads them and names bad values', () => {
    expect(parseConfig({ DISCORD_LOGIN_TIMEOUT_MS: '5000', METRICS_PORT: '9464' })).toMatchObject({ DISCORD_LOGIN_TIMEOUT_MS: 5000, METRICS_PORT: 9464 });
    expect(() => parseConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT: must be a port number/);
    expect(() => parseConfig({ DISCORD_LOGIN_TIMEOUT_MS: 'soon' })).toThrow(/DISCORD_LOGIN_TIMEOUT_MS: must be a whole number/);
  });
});
