// `npm start`: the Discord bot when a token is configured, otherwise the local console on the same engine.
import { ConfigError, loadConfig, type Config } from './config/env.js';
import { DataError, loadData } from './data/load.js';
import { createEngine } from './engine/engine.js';
import { EXIT } from './exit-codes.js';
import { createLogger, registerSecret, scrub, type Logger } from './logger.js';

let config: Config | undefined;
let logger: Logger | undefined;

async function main(): Promise<void> {
  config = loadConfig();
  registerSecret(config.DISCORD_TOKEN);
  const engine = createEngine(loadData());
  if (!config.DISCORD_TOKEN) {
    process.stderr.write('No DISCORD_TOKEN set: starting the local console on the same engine (set it in .env to run the bot).\n');
    const { runConsole } = await import('./adapters/cli/console.js');
    await runConsole(engine);
    return;
  }
  logger = createLogger(config.LOG_LEVEL);
  // Loaded only here, so the console path never pays for discord.js.
  const { startBot } = await import('./adapters/discord/bot.js');
  // With the HTTP endpoint answering interactions, this process carries only DMs and mentions.
  const interactions = config.DISCORD_INTERACTIONS === 'gateway';
  if (!interactions) logger.info('interactions go to the HTTP endpoint: carrying direct messages and mentions only');
  await startBot({ config, engine, logger, processHandlers: true, interactions });
}

/** One line saying what failed and what to do; the stack only when LOG_LEVEL asks for debug. */
function fail(err: unknown): void {
  const known = err instanceof ConfigError || err instanceof DataError;
  const stop = err instanceof Error && err.name === 'GatewayStop' ? (err as Error & { exitCode: number; closeCode?: number }) : undefined;
  const message = known || stop ? (err as Error).message : `start-up failed: ${err instanceof Error ? err.message : String(err)}`;
  if (logger) {
    logger.fatal({ exitCode: stop?.exitCode ?? EXIT.startup, ...(stop?.closeCode ? { closeCode: stop.closeCode } : {}) }, message);
    logger.debug({ err: (err as { cause?: unknown }).cause ?? err }, 'start-up failure details');
  } else {
    process.stderr.write(`${scrub(message)}\n`);
    if (config && ['debug', 'trace'].includes(config.LOG_LEVEL) && err instanceof Error && err.stack) process.stderr.write(`${scrub(err.stack)}\n`);
  }
  // Exit now: a login that timed out may leave a socket open that would keep the process alive.
  process.exit(stop?.exitCode ?? EXIT.startup);
}

main().catch(fail);
