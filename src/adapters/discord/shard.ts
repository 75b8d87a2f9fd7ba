// `npm run start:sharded`: the same bot under discord.js's ShardingManager, one process per shard,
// shard count chosen by Discord. Needed only from 2,500 servers, when Discord requires sharding.
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { ConfigError, loadConfig, requireBotConfig } from '../../config/env.js';
import { registerSecret, scrub } from '../../logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  registerSecret(config.DISCORD_TOKEN);
  requireBotConfig(config, ['DISCORD_TOKEN']);
  const manager = new ShardingManager(fileURLToPath(new URL('../../main.ts', import.meta.url)), {
    token: config.DISCORD_TOKEN!,
    totalShards: 'auto',
    execArgv: ['--max-semi-space-size=2', '--import', 'tsx'], // as `npm start`: a small young generation keeps RSS low
  });
  manager.on('shardCreate', (shard) => process.stderr.write(`shard ${shard.id} launched\n`));
  await manager.spawn();
}

main().catch((err: unknown) => {
  process.stderr.write(`${scrub(err instanceof ConfigError ? err.message : `Sharded start failed: ${String(err)}`)}\n`);
  process.exitCode = 1;
});
