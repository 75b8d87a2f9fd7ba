import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBot, type BotHandle } from '../../src/adapters/discord/bot.js';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { testEngine } from '../support/engine.js';

let emu: DiscordEmulator;
let bot: BotHandle;
beforeAll(async () => {
  emu = await DiscordEmulator.start();
  bot = await startBot({ config: { DISCORD_TOKEN: 'MTEw.fake.token-for-the-local-emulator', DISCORD_API_URL: emu.apiUrl }, engine: testEngine(), logger: pino({ level: 'silent' }) });
  await new Promise<void>((r) => (bot.client.isReady() ? r() : bot.client.once('clientReady', () => r())));
});
afterAll(async () => {
  await bot?.stop();
  await emu?.stop();
});

it('answers /ask', async () => {
  const id = emu.command('ask', [{ name: 'question', type: 3, value: 'Who chaired the meeting?' }]);
  await emu.until(() => emu.callbacksFor(id).length > 0, 5000, 'reply');
  const body = emu.callbacksFor(id)[0]!.body;
  expect(body.type).toBe(4);
  expect(body.data.embeds[0].description).toMatch(/Germany/);
});
