// Starts the bot exactly as production does (startBot: its own client, intents, partials, router)
// against a fresh emulator, and collects its logs for assertions.
import { Writable } from 'node:stream';
import { startBot, type BotHandle, type BotOptions } from '../../src/adapters/discord/bot.js';
import type { SlashCommand } from '../../src/adapters/discord/context.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { createLogger } from '../../src/logger.js';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { testEngine } from '../support/engine.js';

export const FAKE_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.emulator.fake-token-never-valid';

export interface Harness {
  emu: DiscordEmulator;
  bot: BotHandle;
  logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(
  options: { cooldown?: Cooldown; heartbeatInterval?: number; commands?: SlashCommand[]; interactions?: boolean; onFatal?: BotOptions['onFatal']; metricsPort?: number } = {},
): Promise<Harness> {
  const emu = await DiscordEmulator.start(options.heartbeatInterval ? { heartbeatInterval: options.heartbeatInterval } : {});
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const bot = await startBot({
    config: { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: emu.apiUrl, ...(options.metricsPort !== undefined ? { METRICS_PORT: options.metricsPort } : {}) },
    engine: testEngine(),
    logger: createLogger('info', sink), // the production logger: serializers, redaction
    // Load tests send many questions from one fake user: lift the per-user cooldown there.
    cooldown: options.cooldown ?? new Cooldown(1_000_000, 10_000),
    ...(options.commands ? { commands: options.commands } : {}),
    ...(options.interactions === false ? { interactions: false } : {}),
    ...(options.onFatal ? { onFatal: options.onFatal } : {}),
  });
  await new Promise<void>((resolve) => (bot.client.isReady() ? resolve() : bot.client.once('clientReady', () => resolve())));
  return {
    emu,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await emu.stop();
    },
  };
}

export const str = (name: string, value: string) => ({ name, type: 3, value });

/** A command whose handler always fails: for the error path on the wire. */
export const brokenCommand: SlashCommand = {
  data: { name: 'broken', toJSON: () => ({ name: 'broken', description: 'always fails' }) },
  execute: async () => {
    throw new Error('handler bug');
  },
};
