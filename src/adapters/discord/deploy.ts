// `npm run deploy`: registers the slash commands with one bulk overwrite, to a guild when
// DISCORD_GUILD_ID is set (instant, for development) or globally. The bot never does this on start.
import { REST, Routes } from 'discord.js';
import { commands } from '../../../commands/index.js';
import { ConfigError, loadConfig, requireBotConfig } from '../../config/env.js';
import { registerSecret, scrub } from '../../logger.js';

export async function deployCommands(): Promise<void> {
  const config = loadConfig();
  registerSecret(config.DISCORD_TOKEN);
  requireBotConfig(config, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const body = commands.map((c) => c.data.toJSON());
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID!, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID!);
  const result = (await rest.put(route, { body })) as unknown[];
  process.stderr.write(`Registered ${result.length} commands ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.\n`);
}

deployCommands().catch((err: unknown) => {
  process.stderr.write(`${scrub(err instanceof ConfigError ? err.message : `Deploy failed: ${String(err)}`)}\n`);
  process.exitCode = 1;
});
