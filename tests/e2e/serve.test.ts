// `npm run serve` as a process: workers on one port, signed interactions answered by any of them,
// metrics summed over the workers, exit 0 on SIGTERM, and bad settings named without echoing them.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, user } from '../emulator/discord-emulator.js';
import { str } from './helpers.js';

let emu: DiscordEmulator;
beforeAll(async () => {
  emu = await DiscordEmulator.start();
});
afterAll(async () => emu?.stop());

function serve(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['dist/serve.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  return { child, output: () => out };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

describe('npm run serve', () => {
  it('runs two workers on one port, answers signed interactions, sums their metrics, and exits 0 on SIGTERM', async () => {
    const { child, output } = serve({ DISCORD_PUBLIC_KEY: emu.publicKey, WORKERS: '2' });
    try {
      await emu.until(() => output().split('\n').filter((l) => l.includes('"msg":"listening"')).length === 2, 20_000, 'two listening workers');
      const listening = output().split('\n').filter((l) => l.includes('"msg":"listening"')).map((l) => JSON.parse(l) as { port: number; pid: number });
      expect(new Set(listening.map((l) => l.port)).size).toBe(1);
      expect(new Set(listening.map((l) => l.pid)).size).toBe(2);
      const url = `http://127.0.0.1:${listening[0]!.port}`;
      expect(await emu.post(`${url}/interactions`, { id: '1', type: 1 })).toEqual({ status: 200, body: { type: 1 } });
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => emu.post(`${url}/interactions`, emu.commandPayload('ask', [str('question', 'Who chaired the meeting?')], { user: user(`r${i}`) }))));
      expect(answers.every((a) => a.status === 200 && /Germany/.test(a.body.data.embeds[0].description))).toBe(true);
      expect((await emu.post(`${url}/interactions`, { id: '1', type: 1 }, { sign: false })).status).toBe(401);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      // Summed over both workers, whichever one took the scrape.
      expect(metrics).toMatch(/interactions_http_requests_total\{type="command",outcome="ok"\} 20/);
      expect(metrics).toMatch(/interactions_http_signature_failures_total 1/);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      expect(output()).toMatch(/"msg":"draining"/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 40_000);

  it('with WORKERS=1 serves from the one process, and exits 0 on SIGTERM', async () => {
    const { child, output } = serve({ DISCORD_PUBLIC_KEY: emu.publicKey, WORKERS: '1' });
    try {
      await emu.until(() => output().includes('"msg":"listening"'), 20_000, 'the listening line');
      const line = output().split('\n').find((l) => l.includes('"msg":"listening"'))!;
      const { port, pid } = JSON.parse(line) as { port: number; pid: number };
      expect(pid).toBe(child.pid);
      const { body } = await emu.post(`http://127.0.0.1:${port}/interactions`, emu.commandPayload('members'));
      expect(body.data.embeds[0].title).toMatch(/34/);
      expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toMatch(/interactions_http_requests_total\{type="command",outcome="ok"\} 1/);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 40_000);

  it('names a missing or malformed setting and exits 1 without echoing it', async () => {
    const missing = serve({ DISCORD_PUBLIC_KEY: '', WORKERS: '1' });
    expect(await exited(missing.child)).toBe(1);
    expect(missing.output()).toMatch(/DISCORD_PUBLIC_KEY: is required/);
    const bad = serve({ DISCORD_PUBLIC_KEY: 'secret-looking-value', PORT: '99999', WORKERS: '0' });
    expect(await exited(bad.child)).toBe(1);
    expect(bad.output()).toMatch(/DISCORD_PUBLIC_KEY: must be the application's public key/);
    expect(bad.output()).toMatch(/PORT: must be a port/);
    expect(bad.output()).toMatch(/WORKERS: must be at least 1/);
    expect(bad.output()).not.toContain('secret-looking-value');
  }, 40_000);
});
