// `npm run start:sharded` against the emulator: the ShardingManager starts a shard process that
// identifies as shard 0 of the recommended count and answers like the plain bot.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { FAKE_TOKEN, str } from './helpers.js';

let emu: DiscordEmulator;
let manager: ChildProcess;
let stderr = '';
beforeAll(async () => {
  emu = await DiscordEmulator.start();
  manager = spawn(process.execPath, ['dist/shard.js'], {
    env: { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: emu.apiUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  manager.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
});
afterAll(async () => {
  if (manager.exitCode === null) {
    manager.kill('SIGTERM');
    await new Promise((r) => manager.once('exit', r));
  }
  await emu.stop();
});

it('starts a shard that identifies with its shard number and answers /ask', async () => {
  await emu.until(() => emu.identifies > 0, 20_000, 'the shard to identify');
  await new Promise((r) => setTimeout(r, 300));
  expect(stderr).toMatch(/shard 0 launched/);
  expect(emu.identifiedShards[0]).toEqual([0, 1]);
  const id = emu.command('ask', [str('question', 'Who chaired the meeting?')]);
  await emu.until(() => emu.callbacksFor(id).length > 0, 10_000, 'the answer');
  expect(emu.callbacksFor(id)[0]!.body.data.embeds[0].description).toMatch(/Germany/);
  expect(stderr).not.toContain(FAKE_TOKEN);
}, 40_000);

it('stops every shard and exits 2 when Discord refuses a shard (no respawn loop)', async () => {
  const refusing = await DiscordEmulator.start({ closeOnIdentify: 4004 });
  try {
    const child = spawn(process.execPath, ['dist/shard.js'], {
      env: { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: refusing.apiUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/4004.*update DISCORD_TOKEN/);
    expect(err).toMatch(/refused by Discord/);
    expect(refusing.identifies).toBe(1);
  } finally {
    await refusing.stop();
  }
}, 40_000);
