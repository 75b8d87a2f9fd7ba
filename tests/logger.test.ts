// The logger keeps what an operator needs (an error's message and stack) and drops what must not be
// kept (the token, interaction/webhook tokens in URLs, users' text in request bodies).
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

function capture(level = 'info') {
  const lines: string[] = [];
  const log = createLogger(level, { write: (line: string) => lines.push(line) });
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, any>) }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function thrown(): Error {
  try {
    JSON.parse('{not json');
  } catch (err) {
    return err as Error;
  }
  throw new Error('unreachable');
}

describe('logger', () => {
  it("logs a thrown error's type, message and stack", () => {
    const { log, parsed } = capture();
    const err = thrown();
    log.error({ err }, 'handler failed');
    const [line] = parsed();
    expect(line!.msg).toBe('handler failed');
    expect(line!.err.type).toBe('SyntaxError');
    expect(line!.err.message).toBe(err.message);
    expect(line!.err.stack).toContain(err.message);
    expect(line!.err.stack).toMatch(/at .*logger\.test\.ts/);
  });

  it('logs errors, BigInts and cycles without throwing', () => {
    const { log, parsed } = capture();
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    const err = Object.assign(new Error('with extras'), { big: 12n, cycle });
    expect(() => log.error({ err, count: 2n ** 70n, cycle }, 'odd values')).not.toThrow();
    const [line] = parsed();
    expect(line!.err.message).toBe('with extras');
    expect(JSON.stringify(line!.cycle)).toContain('[Circular]');
  });

  it('redacts interaction and webhook tokens in URLs, in messages and in fields', () => {
    const { log, lines } = capture();
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ';
    const url = `https://discord.com/api/v10/interactions/1234567890123456789/${token}/callback`;
    const err = Object.assign(new Error(`Unknown interaction at ${url}`), { url, method: 'POST' });
    log.warn({ err, path: `/webhooks/1300000000000000002/${token}/messages/@original` }, `could not reply via ${url}`);
    const text = lines.join('');
    expect(text).not.toContain(token);
    expect(text).toContain('/interactions/1234567890123456789/[redacted]/callback');
    expect(text).toContain('/webhooks/1300000000000000002/[redacted]/messages/@original');
  });

  it("drops REST request bodies (the user's question) at info and keeps them at debug", () => {
    const make = () => Object.assign(new Error('Invalid Form Body'), { requestBody: { json: { content: 'my private question' } }, status: 400 });
    const info = capture('info');
    info.log.error({ err: make() }, 'reply failed');
    expect(info.lines.join('')).not.toContain('my private question');
    expect(info.parsed()[0]!.err.status).toBe(400);
    const debug = capture('debug');
    debug.log.error({ err: make() }, 'reply failed');
    expect(debug.lines.join('')).toContain('my private question');
  });
});
