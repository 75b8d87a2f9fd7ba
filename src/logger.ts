// Structured logs (pino) on stderr: stdout is kept for answers (the `ask --jsonl` contract).
import pino, { type Logger } from 'pino';

const SECRET_PATHS = ['token', '*.token', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'];

let secrets: string[] = [];
/** Registers a secret value (the bot token) to be blanked out of every log line and error text. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets = [...secrets, value];
}

export function scrub(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[redacted]');
  return out;
}

export function createLogger(level = 'info', destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true })): Logger {
  return pino(
    {
      level,
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      formatters: {
        log: (obj) => JSON.parse(scrub(JSON.stringify(obj))) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

export type { Logger };
