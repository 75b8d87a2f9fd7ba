// The real entry points as processes against the emulator: `npm start` with a token (ready line,
// clean exit on SIGTERM, token never logged) and `npm run deploy` (one bulk overwrite).
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { FAKE_TOKEN } from './helpers.js';

let emu: DiscordEmulator;
beforeAll(async () => {
  emu = await DiscordEmulator.start();
});
afterAll(async () => emu?.stop());

const env = (extra: Record<string, string> = {}) => ({ ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: emu.apiUrl, LOG_LEVEL: 'info', ...extra });

describe('npm start with a token', () => {
  it('logs one ready line with tag and guild count, never the token, and exits 0 on SIGTERM', async () => {
    const bot = spawn(process.execPath, ['dist/main.js'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    bot.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    bot.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
    await emu.until(() => out.includes('"msg":"ready"'), 20_000, 'the ready line');
    const ready = out.split('\n').filter((l) => l.includes('"msg":"ready"'));
    expect(ready).toHaveLength(1);
    expect(JSON.parse(ready[0]!)).toMatchObject({ user: 'article-bot', guilds: 1 });
    const code = await new Promise<number | null>((resolve) => {
      bot.once('exit', resolve);
      bot.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out).not.toContain(FAKE_TOKEN);
  }, 30_000);

  it('names a malformed setting and exits 1 without echoing it', async () => {
    const bot = spawn(process.execPath, ['dist/main.js'], {
      env: env({ DISCORD_TOKEN: `"${FAKE_TOKEN}" oops`, LOG_LEVEL: 'chatty' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    bot.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
    const code = await new Promise<number | null>((resolve) => bot.once('exit', resolve));
    expect(code).toBe(1);
    expect(out).toMatch(/DISCORD_TOKEN: does not look like a bot token/);
    expect(out).toMatch(/LOG_LEVEL/);
    expect(out).not.toContain(FAKE_TOKEN);
  }, 30_000);
});

describe('npm run deploy', () => {
  it('registers every command with one bulk overwrite to the guild', async () => {
    const guild = '1300000000000000001';
    const app = '1300000000000000002';
    const deploy = spawn(process.execPath, ['dist/deploy.js'], {
      env: env({ DISCORD_CLIENT_ID: app, DISCORD_GUILD_ID: guild }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    deploy.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
    const code = await new Promise<number | null>((resolve) => deploy.once('exit', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/Registered 6 commands in guild/);
    const puts = emu.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${app}/guilds/${guild}/commands`);
    expect((puts[0]!.body as Array<{ name: string }>).map((c) => c.name)).toEqual(['ask', 'members', 'who', 'source', 'help', 'about']);
  }, 30_000);
});
