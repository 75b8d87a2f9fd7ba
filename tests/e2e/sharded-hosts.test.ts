// `npm run start:sharded` on one host of several: SHARD_COUNT is the total, SHARD_IDS this host's
// range; the shard identifies as its own number of the total and answers.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { FAKE_TOKEN, str } from './helpers.js';

it('runs only this host\'s shards of the total', async () => {
  const emu = await DiscordEmulator.start();
  const manager = spawn(process.execPath, ['dist/shard.js'], {
    env: { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: emu.apiUrl, LOG_LEVEL: 'warn', SHARD_COUNT: '4', SHARD_IDS: '2' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  manager.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  try {
    await emu.until(() => emu.identifies > 0, 20_000, 'the shard to identify');
    await new Promise((r) => setTimeout(r, 300));
    expect(stderr).toMatch(/shard 2 launched/);
    expect(emu.identifiedShards).toEqual([[2, 4]]);
    const id = emu.command('ask', [str('question', 'Who chaired the meeting?')]);
    await emu.until(() => emu.callbacksFor(id).length > 0, 10_000, 'the answer');
  } finally {
    if (manager.exitCode === null) {
      manager.kill('SIGTERM');
      await new Promise((r) => manager.once('exit', r));
    }
    await emu.stop();
  }
}, 40_000);
