// `npm run start:sharded`: the same bot under discord.js's ShardingManager, one process per shard,
// with the shard count Discord recommends. Needed only from 2,500 servers, when Discord requires sharding.
import { join } from 'node:path';
import { Routes, ShardingManager } from 'discord.js';
import { ConfigError, loadConfig, requireBotConfig, shardList } from '../../config/env.js';
import { EXIT } from '../../exit-codes.js';
import { registerSecret, scrub } from '../../logger.js';
import { projectRoot } from '../../paths.js';

/**
 * discord.js's own 'auto' asks Discord's API directly, whatever the REST override; with
 * DISCORD_API_URL set (a proxy, or the local emulator) the recommendation comes from there.
 */
async function recommendedShards(apiUrl: string, token: string): Promise<number> {
  const response = await fetch(`${apiUrl.replace(/\/$/, '')}/v10${Routes.gatewayBot()}`, { headers: { Authorization: `Bot ${token}` } });
  if (!response.ok) throw new Error(`GET /gateway/bot answered ${response.status}`);
  const { shards } = (await response.json()) as { shards: number };
  return Math.max(1, shards);
}

async function main(): Promise<void> {
  const config = loadConfig();
  registerSecret(config.DISCORD_TOKEN);
  requireBotConfig(config, ['DISCORD_TOKEN']);
  const token = config.DISCORD_TOKEN!;
  // Each shard runs the compiled bot (npm run build; the prestart:sharded script builds it when stale).
  const manager = new ShardingManager(join(projectRoot(), 'dist', 'main.js'), {
    token,
    // SHARD_COUNT/SHARD_IDS split the gateway across hosts: each runs its own range of one total.
    totalShards: config.SHARD_COUNT ?? (config.DISCORD_API_URL ? await recommendedShards(config.DISCORD_API_URL, token) : 'auto'),
    ...(config.SHARD_IDS ? { shardList: shardList(config.SHARD_IDS) } : {}),
    execArgv: ['--max-semi-space-size=2'], // as `npm start`: a small young generation keeps RSS low
  });
  let stopping = false;
  const stopAll = (code: number) => {
    if (stopping) return; // kill() emits 'death' again
    stopping = true;
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(code);
  };
  manager.on('shardCreate', (shard) => {
    process.stderr.write(`shard ${shard.id} launched\n`);
    // A shard that Discord refused (token reset, intents…) would be refused again on every respawn:
    // stop everything with its exit code instead. Other deaths are respawned by the manager.
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      if (code === EXIT.refused && !stopping) {
        process.stderr.write(`shard ${shard.id} was refused by Discord (see its log line): stopping all shards\n`);
        stopAll(EXIT.refused);
      }
    });
  });
  const shutdown = () => stopAll(EXIT.ok);
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await manager.spawn();
}

main().catch((err: unknown) => {
  process.stderr.write(`${scrub(err instanceof ConfigError ? err.message : `Sharded start failed: ${String(err)}`)}\n`);
  process.exitCode = 1;
});
