// The gateway's end as an operator sees it, against the emulator: a fatal close code (mid-session or
// at IDENTIFY) stops `npm start` with one line naming the code and what to do, and a non-zero exit;
// a Discord that cannot be reached (refused, or accepting and never answering) gets one
// "cannot reach" line and its own exit code, never a bare stack.
import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { FATAL_CLOSE_CODES, type GatewayStop } from '../../src/adapters/discord/gateway.js';
import { EXIT } from '../../src/exit-codes.js';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { FAKE_TOKEN, startHarness } from './helpers.js';

interface Run {
  code: number | null;
  out: string;
  lines: Array<Record<string, unknown>>;
}

/** Runs the compiled bot as `npm start` does; `during` acts once the process is up. */
function startBot(apiUrl: string, extra: Record<string, string> = {}, during?: (out: () => string) => Promise<void>): Promise<Run> {
  const bot = spawn(process.execPath, ['dist/main.js'], {
    env: { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: apiUrl, LOG_LEVEL: 'info', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  bot.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  bot.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => bot.once('exit', resolve));
  return (async () => {
    try {
      await during?.(() => out);
    } catch (err) {
      bot.kill('SIGKILL');
      throw err;
    }
    const code = await exited;
    const lines = out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    return { code, out, lines };
  })();
}

const fatalLines = (run: Run) => run.lines.filter((l) => l.level === 60);

describe('fatal gateway close codes', () => {
  it('4004 mid-session: one line naming the code and DISCORD_TOKEN, exit 2', async () => {
    const emu = await DiscordEmulator.start();
    try {
      const run = await startBot(emu.apiUrl, {}, async (out) => {
        await emu.until(() => out().includes('"msg":"ready"'), 20_000, 'the ready line');
        emu.closeGateway(4004, 'Authentication failed');
      });
      expect(run.code).toBe(EXIT.refused);
      const fatal = fatalLines(run);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.msg).toMatch(/4004.*update DISCORD_TOKEN/);
      expect(fatal[0]!.closeCode).toBe(4004);
      expect(run.out).not.toMatch(/\n\s+at /); // no stack at info
      expect(run.out).not.toContain(FAKE_TOKEN);
      expect(emu.identifies).toBe(1); // it did not try again
    } finally {
      await emu.stop();
    }
  }, 40_000);

  it('4014 at IDENTIFY: one line about privileged intents, exit 2, no ready line', async () => {
    const emu = await DiscordEmulator.start({ closeOnIdentify: 4014 });
    try {
      const run = await startBot(emu.apiUrl);
      expect(run.code).toBe(EXIT.refused);
      const fatal = fatalLines(run);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.msg).toMatch(/4014.*Privileged Gateway Intents/);
      expect(run.out).not.toContain('"msg":"ready"');
    } finally {
      await emu.stop();
    }
  }, 40_000);

  it('each fatal code stops an in-process bot with its own advice; a resumable close is resumed and logged', async () => {
    expect(Object.keys(FATAL_CLOSE_CODES).map(Number)).toEqual([4004, 4010, 4011, 4012, 4013, 4014]);
    for (const code of [4004, 4010, 4011, 4012, 4013, 4014]) {
      let stopped: GatewayStop | undefined;
      const h = await startHarness({ onFatal: (s) => (stopped = s) });
      try {
        expect(h.bot.gateway.connected()).toBe(true);
        h.emu.closeGateway(code);
        await h.emu.until(() => stopped !== undefined, 10_000, `the fatal close ${code}`);
        expect(stopped!.closeCode).toBe(code);
        expect(stopped!.exitCode).toBe(EXIT.refused);
        expect(stopped!.message).toContain(FATAL_CLOSE_CODES[code]!);
        expect(h.bot.gateway.connected()).toBe(false);
        const logged = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 60);
        expect(logged).toHaveLength(1);
        expect(logged[0]!.msg).toContain(String(code));
      } finally {
        await h.stop();
      }
    }
    // 4000 is resumable: the bot comes back and is not stopped.
    let stopped = false;
    const h = await startHarness({ onFatal: () => (stopped = true) });
    try {
      h.emu.closeGateway(4000);
      await h.emu.until(() => h.emu.resumes > 0 && h.bot.gateway.connected(), 10_000, 'the resume');
      expect(stopped).toBe(false);
      const messages = h.logs.map((l) => (JSON.parse(l) as { msg: string }).msg);
      expect(messages).toContain('gateway reconnecting');
      expect(messages).toContain('gateway resumed');
    } finally {
      await h.stop();
    }
  }, 120_000);
});

describe('Discord unreachable', () => {
  const sockets = new Set<Socket>();
  let blackHole: Server | undefined;
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => (blackHole ? blackHole.close(r) : r(undefined)));
  });

  it('a server that accepts and never answers: "connecting" line, then one "cannot reach" line after the login timeout, exit 3', async () => {
    // Accepts connections and never answers, like a black-holed proxy.
    blackHole = createServer((socket) => sockets.add(socket));
    await new Promise<void>((r) => blackHole!.listen(0, '127.0.0.1', r));
    const apiUrl = `http://127.0.0.1:${(blackHole.address() as { port: number }).port}/api`;
    const run = await startBot(apiUrl, { DISCORD_LOGIN_TIMEOUT_MS: '1500' });
    expect(run.code).toBe(EXIT.unreachable);
    expect(run.lines.some((l) => String(l.msg).startsWith(`connecting to Discord (${apiUrl}`))).toBe(true);
    const fatal = fatalLines(run);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!.msg).toMatch(new RegExp(`^cannot reach Discord at ${apiUrl.replace(/[.]/g, '\\.')}.*: check the network or DISCORD_API_URL$`));
    expect(run.out).not.toMatch(/\n\s+at /);
  }, 40_000);

  it('a refused connection: one "cannot reach" line at info, exit 3; the stack only at debug', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    const apiUrl = `http://127.0.0.1:${port}/api`;
    const info = await startBot(apiUrl);
    expect(info.code).toBe(EXIT.unreachable);
    expect(fatalLines(info)).toHaveLength(1);
    expect(fatalLines(info)[0]!.msg).toBe(`cannot reach Discord at ${apiUrl}: check the network or DISCORD_API_URL`);
    expect(info.out).not.toMatch(/ECONNREFUSED|\n\s+at |"stack"/);
    const debug = await startBot(apiUrl, { LOG_LEVEL: 'debug' });
    expect(debug.code).toBe(EXIT.unreachable);
    expect(debug.out).toMatch(/ECONNREFUSED/);
    expect(debug.out).toContain('"stack"');
  }, 60_000);
});
