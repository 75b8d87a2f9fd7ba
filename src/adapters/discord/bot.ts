// Starts the Discord bot: client, event wiring and login. Commands are deployed separately (npm run deploy).
import { Events, type Client } from 'discord.js';
import { commands as defaultCommands } from '../../../commands/index.js';
import type { Config } from '../../config/env.js';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import { buttons as defaultButtons } from './buttons.js';
import { EXIT } from '../../exit-codes.js';
import { BotMetrics } from '../metrics.js';
import { startMetricsServer, type MetricsServer } from '../metrics-server.js';
import { ConversationStore } from '../conversations.js';
import { createClient, sweepDmChannels } from './client.js';
import type { BotContext, AnyButton, SlashCommand } from './context.js';
import { Cooldown } from './cooldown.js';
import * as interactionCreate from './events/interaction-create.js';
import * as malformedInteraction from './events/malformed-interaction.js';
import * as messageCreate from './events/message-create.js';
import * as ready from './events/ready.js';
import { isFatalCloseError, login, watchGateway, type GatewayStop, type GatewayWatch } from './gateway.js';
import { instrumentContext, watchRest } from './instrument.js';
import { QuestionStore } from './question-store.js';
import { createRouter } from './router.js';

export interface BotOptions {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'> & Partial<Pick<Config, 'DISCORD_LOGIN_TIMEOUT_MS' | 'METRICS_PORT' | 'METRICS_HOST' | 'DISCORD_CACHES'>>;
  engine: Engine;
  logger: Logger;
  commands?: SlashCommand[];
  buttons?: AnyButton[];
  /** False when Discord sends interactions to the HTTP endpoint: this process then carries only DMs and mentions. */
  interactions?: boolean;
  cooldown?: Cooldown;
  /** Install SIGINT/SIGTERM and unhandled-rejection handlers (the real process only, not tests). */
  processHandlers?: boolean;
  /**
   * Called once if Discord closes the session for good after start (token reset, intents…), after
   * the client is stopped. Default: the one log line; with processHandlers, also exit non-zero.
   */
  onFatal?(stop: GatewayStop): void;
}

export interface BotHandle {
  client: Client;
  ctx: BotContext;
  gateway: GatewayWatch;
  /** The health and metrics endpoint's base URL, when METRICS_PORT is set. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

const DISCORD_API = 'https://discord.com/api';

export async function startBot(options: BotOptions): Promise<BotHandle> {
  const { config, engine, logger } = options;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is required to start the bot');
  const client = createClient({ ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}), caches: config.DISCORD_CACHES ?? 'bounded' });
  const gateway = watchGateway(client);
  let ctx: BotContext = { engine, logger, store: new QuestionStore(), cooldown: options.cooldown ?? new Cooldown(), conversations: new ConversationStore() };
  let metricsServer: MetricsServer | undefined;
  if (config.METRICS_PORT !== undefined) {
    const metrics = new BotMetrics({ gatewayPingMs: () => client.ws.ping, gatewayConnected: gateway.connected });
    ctx = instrumentContext(ctx, metrics);
    watchRest(client, metrics);
    metricsServer = await startMetricsServer(metrics, gateway.connected, config.METRICS_PORT, config.METRICS_HOST);
    logger.info({ url: metricsServer.url }, `health and metrics on ${metricsServer.url}/healthz and /metrics`);
  }
  const router = createRouter(options.commands ?? defaultCommands, options.buttons ?? defaultButtons, ctx);

  client.once(ready.name, (c) => ready.execute(ctx, c));
  if (options.interactions !== false) {
    client.on(malformedInteraction.name, (packet: { t?: string | null; d?: unknown }) => malformedInteraction.execute(ctx, client, packet));
    client.on(interactionCreate.name, (i) => void interactionCreate.execute(ctx, router, i));
  }
  client.on(messageCreate.name, (m) => void messageCreate.execute(ctx, m));
  client.on('error', (err) => logger.error({ err }, 'client error'));
  client.on('warn', (msg) => logger.warn(msg));
  // A fatal close gets its own line (below); other socket errors are followed by a reconnect.
  client.on(Events.ShardError, (err, shardId) => {
    if (!isFatalCloseError(err)) logger.warn({ err, shardId }, 'gateway connection error (reconnecting)');
  });
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  const stopSweeping = config.DISCORD_CACHES === 'default' ? () => {} : sweepDmChannels(client);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    stopSweeping();
    await client.destroy();
    await metricsServer?.close();
  };

  if (options.processHandlers) {
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      stop().then(
        () => process.exit(EXIT.ok),
        () => process.exit(EXIT.ok),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  }

  const apiBase = config.DISCORD_API_URL ?? DISCORD_API;
  const timeoutMs = config.DISCORD_LOGIN_TIMEOUT_MS ?? 30_000;
  logger.info({ api: apiBase, timeoutMs }, `connecting to Discord (${apiBase}, giving up after ${timeoutMs / 1000} s)`);
  try {
    await login(client, config.DISCORD_TOKEN, gateway, { apiBase, timeoutMs });
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }

  // After start, a fatal close stops the bot: one line saying what to do, then the supervisor's turn.
  gateway.fatal.catch((fatal: GatewayStop) => {
    logger.fatal({ closeCode: fatal.closeCode, exitCode: fatal.exitCode }, fatal.message);
    void stop()
      .catch(() => {})
      .then(() => {
        if (options.onFatal) options.onFatal(fatal);
        else if (options.processHandlers) process.exit(fatal.exitCode);
      });
  });
  return { client, ctx, gateway, ...(metricsServer ? { metricsUrl: metricsServer.url } : {}), stop };
}
