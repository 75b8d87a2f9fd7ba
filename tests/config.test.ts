import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config/env.js';
import { createLogger, registerSecret, scrub } from '../src/logger.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.fake-token-for-tests_0123456789';

describe('configuration', () => {
  it('accepts an empty environment (console mode) with defaults', () => {
    const config = parseConfig({});
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });
  it('names each bad value without echoing it', () => {
    try {
      parseConfig({ DISCORD_TOKEN: `"${TOKEN} "x`, DISCORD_CLIENT_ID: 'abc', DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toMatch(/DISCORD_TOKEN: does not look like a bot token/);
      expect(message).toMatch(/DISCORD_CLIENT_ID: must be a Discord id/);
      expect(message).toMatch(/DISCORD_API_URL/);
      expect(message).toMatch(/LOG_LEVEL/);
      expect(message).not.toContain(TOKEN);
    }
  });
  it('blanks the token out of logs and error texts', () => {
    registerSecret(TOKEN);
    expect(scrub(`login failed for ${TOKEN}`)).toBe('login failed for [redacted]');
    const lines: string[] = [];
    const log = createLogger('info', { write: (line: string) => lines.push(line) });
    log.info({ token: TOKEN, detail: `Bot ${TOKEN}` }, `token is ${TOKEN}`);
    log.error({ err: new Error(`401 for ${TOKEN}`) }, 'login failed');
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });
});
