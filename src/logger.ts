// Structured logs (pino) on stderr: stdout is kept for answers (the `ask --jsonl` contract).
// Secrets are removed from the finished line, not from the objects: walking or copying the logged
// objects (as a JSON round trip did) loses errors and can throw on a BigInt or a cycle inside a catch.
import pino, { type Logger } from 'pino';

const SECRET_PATHS = ['token', '*.token', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'];

let secrets: string[] = [];
/** Registers a secret value (the bot token) to be blanked out of every log line and error text. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets = [...secrets, value];
}

// Interaction and webhook tokens sit in REST paths (/interactions/<id>/<token>/callback,
// /webhooks/<app>/<token>/…) and let anyone answer in the bot's name for 15 minutes.
const URL_TOKEN = /\b(interactions|webhooks)\/(\d+)\/[^/\s"'?#\\]+/g;

/** Blanks registered secrets and interaction/webhook tokens out of a text. */
export function scrub(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[redacted]');
  return out.replace(URL_TOKEN, '$1/$2/[redacted]');
}

const DEBUG_LEVELS = new Set(['debug', 'trace']);

/**
 * Errors as {type, message, stack, …own fields} (pino's serializer, which also follows `cause`).
 * discord.js REST errors carry the request body, which holds the user's question: kept at debug only.
 */
export function errorSerializer(keepRequestBodies: boolean): (err: unknown) => unknown {
  return (err) => {
    const out = pino.stdSerializers.err(err as Error) as unknown;
    if (!keepRequestBodies && out && typeof out === 'object' && 'requestBody' in out) delete (out as { requestBody?: unknown }).requestBody;
    return out;
  };
}

export function createLogger(level = 'info', destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true })): Logger {
  const err = errorSerializer(DEBUG_LEVELS.has(level));
  return pino(
    {
      level,
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      serializers: { err, error: err },
      hooks: { streamWrite: scrub },
    },
    destination,
  );
}

export type { Logger };
