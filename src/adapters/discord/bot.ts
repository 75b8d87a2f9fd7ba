// Starts the Discord bot: client, event wiring and login. Commands are deployed separately (npm run deploy).
import type { Client } from 'discord.js';
import { commands as defaultCommands } from '../../../commands/index.js';
import type { Config } from '../../config/env.js';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import { buttons as defaultButtons } from './buttons.js';
import { createClient } from './client.js';
import type { BotContext, AnyButton, SlashCommand } from './context.js';
import { Cooldown } from './cooldown.js';
import * as interactionCreate from './events/interaction-create.js';
import * as malformedInteraction from './events/malformed-interaction.js';
import * as messageCreate from './events/message-create.js';
import * as ready from './events/ready.js';
import { QuestionStore } from './question-store.js';
import { createRouter } from './router.js';

export interface BotOptions {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  engine: Engine;
  logger: Logger;
  commands?: SlashCommand[];
  buttons?: AnyButton[];
  /** False when Discord sends interactions to the HTTP endpoint: this process then carries only DMs and mentions. */
  interactions?: boolean;
  cooldown?: Cooldown;
  /** Install SIGINT/SIGTERM and unhandled-rejection handlers (the real process only, not tests). */
  processHandlers?: boolean;
}

export interface BotHandle {
  client: Client;
  ctx: BotContext;
  stop(): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<BotHandle> {
  const { config, engine, logger } = options;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is required to start the bot');
  const ctx: BotContext = { engine, logger, store: new QuestionStore(), cooldown: options.cooldown ?? new Cooldown() };
  const router = createRouter(options.commands ?? defaultCommands, options.buttons ?? defaultButtons, ctx);
  const client = createClient(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {});

  client.once(ready.name, (c) => ready.execute(ctx, c));
  if (options.interactions !== false) {
    client.on(malformedInteraction.name, (packet: { t?: string | null; d?: unknown }) => malformedInteraction.execute(ctx, client, packet));
    client.on(interactionCreate.name, (i) => void interactionCreate.execute(ctx, router, i));
  }
  client.on(messageCreate.name, (m) => void messageCreate.execute(ctx, m));
  client.on('error', (err) => logger.error({ err }, 'client error'));
  client.on('warn', (msg) => logger.warn(msg));

  const stop = async () => {
    await client.destroy();
  };

  if (options.processHandlers) {
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      stop().then(
        () => process.exit(0),
        () => process.exit(0),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  }

  await client.login(config.DISCORD_TOKEN);
  return { client, ctx, stop };
}
