// `npm start`: the Discord bot when a token is configured, otherwise the local console on the same engine.
import { ConfigError, loadConfig } from './config/env.js';
import { DataError, loadData } from './data/load.js';
import { createEngine } from './engine/engine.js';
import { createLogger, registerSecret, scrub } from './logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  registerSecret(config.DISCORD_TOKEN);
  const engine = createEngine(loadData());
  if (!config.DISCORD_TOKEN) {
    process.stderr.write('No DISCORD_TOKEN set: starting the local console on the same engine (set it in .env to run the bot).\n');
    const { runConsole } = await import('./adapters/cli/console.js');
    await runConsole(engine);
    return;
  }
  const logger = createLogger(config.LOG_LEVEL);
  // Loaded only here, so the console path never pays for discord.js.
  const { startBot } = await import('./adapters/discord/bot.js');
  // With the HTTP endpoint answering interactions, this process carries only DMs and mentions.
  const interactions = config.DISCORD_INTERACTIONS === 'gateway';
  if (!interactions) logger.info('interactions go to the HTTP endpoint: carrying direct messages and mentions only');
  await startBot({ config, engine, logger, processHandlers: true, interactions });
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError || err instanceof DataError ? err.message : `Start-up failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`;
  process.stderr.write(`${scrub(message)}\n`);
  process.exitCode = 1;
});
