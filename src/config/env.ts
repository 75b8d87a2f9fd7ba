// Configuration from the environment (and .env), validated once at start. Each bad value gets its own
// line saying what is wrong; the token's value never appears in any message.
import dotenv from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits');
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

export const envSchema = z.object({
  DISCORD_TOKEN: optional(z.string().regex(/^[\w.-]{20,}$/, 'does not look like a bot token (check for quotes or spaces)')),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  // Where Discord sends interactions: to the gateway process (default), or to the HTTP endpoint
  // (`npm run serve`), and then the gateway process carries only direct messages and mentions.
  DISCORD_INTERACTIONS: optional(z.enum(['gateway', 'endpoint'])).default('gateway'),
  // The HTTP interactions endpoint (`npm run serve`).
  DISCORD_PUBLIC_KEY: optional(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the application\'s public key: 64 hex characters')),
  PORT: optional(z.coerce.number().int().min(0).max(65535, 'must be a port: 0 to 65535')).default(8080),
  HOST: optional(z.string().min(1)).default('0.0.0.0'),
  /** Worker processes; unset: one per CPU. */
  WORKERS: optional(z.coerce.number().int().min(1, 'must be at least 1').max(256)),
  // The gateway across hosts (`npm run start:sharded`): the total shard count, and this host's shards
  // ("0-3" or "4,5,6,7"). Unset: Discord's recommended count, all on this host.
  SHARD_COUNT: optional(z.coerce.number().int().min(1, 'must be at least 1')),
  SHARD_IDS: optional(z.string().regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'must list shard numbers, e.g. "0-3" or "0,2,4"')),
  // How long login may take (REST gateway lookup, gateway handshake, READY) before the bot gives up.
  DISCORD_LOGIN_TIMEOUT_MS: optional(z.coerce.number({ error: 'must be a whole number of milliseconds' }).int('must be a whole number of milliseconds').min(1000, 'must be at least 1000 (ms)')).default(30_000),
  // The health and metrics endpoint is off unless a port is set.
  METRICS_PORT: optional(z.coerce.number({ error: 'must be a port number (1-65535)' }).int('must be a port number (1-65535)').min(1, 'must be a port number (1-65535)').max(65_535, 'must be a port number (1-65535)')),
  METRICS_HOST: optional(z.string().min(1)).default('127.0.0.1'),
  // discord.js's default caches instead of the bounded ones: only to measure the difference (npm run bench).
  DISCORD_CACHES: optional(z.enum(['bounded', 'default'])).default('bounded'),
}).superRefine((c, ctx) => {
  if (c.SHARD_IDS === undefined) return;
  if (c.SHARD_COUNT === undefined) ctx.addIssue({ code: 'custom', path: ['SHARD_IDS'], message: 'needs SHARD_COUNT, the total across hosts' });
  else if (shardList(c.SHARD_IDS).some((id) => id >= c.SHARD_COUNT!)) ctx.addIssue({ code: 'custom', path: ['SHARD_IDS'], message: 'each shard number must be below SHARD_COUNT' });
});

/** "0-2,5" → [0, 1, 2, 5]. */
export function shardList(ids: string): number[] {
  const out = new Set<number>();
  for (const part of ids.split(',')) {
    const [from, to = from] = part.split('-').map(Number) as [number, number?];
    for (let i = from; i <= to; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  // The message names the variable and the rule, never the offending value (it may be the token).
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

/** Reads .env (quietly: stdout belongs to the program) and validates the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  dotenv.config({ quiet: true });
  return parseConfig(env);
}

/** Requires what the bot itself needs beyond the console. */
export function requireBotConfig(config: Config, needs: Array<'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID' | 'DISCORD_PUBLIC_KEY'>): void {
  const missing = needs.filter((k) => !config[k]);
  if (missing.length > 0) throw new ConfigError(missing.map((k) => `${k}: is required (see .env.example)`));
}
