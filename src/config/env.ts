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
  // How long login may take (REST gateway lookup, gateway handshake, READY) before the bot gives up.
  DISCORD_LOGIN_TIMEOUT_MS: optional(z.coerce.number({ error: 'must be a whole number of milliseconds' }).int('must be a whole number of milliseconds').min(1000, 'must be at least 1000 (ms)')).default(30_000),
  // The health and metrics endpoint is off unless a port is set.
  METRICS_PORT: optional(z.coerce.number({ error: 'must be a port number (1-65535)' }).int('must be a port number (1-65535)').min(1, 'must be a port number (1-65535)').max(65_535, 'must be a port number (1-65535)')),
  METRICS_HOST: optional(z.string().min(1)).default('127.0.0.1'),
  // discord.js's default caches instead of the bounded ones: only to measure the difference (npm run bench).
  DISCORD_CACHES: optional(z.enum(['bounded', 'default'])).default('bounded'),
});

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
export function requireBotConfig(config: Config, needs: Array<'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID'>): void {
  const missing = needs.filter((k) => !config[k]);
  if (missing.length > 0) throw new ConfigError(missing.map((k) => `${k}: is required (see .env.example)`));
}
