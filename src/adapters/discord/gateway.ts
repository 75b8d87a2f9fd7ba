// The gateway connection's life as an operator sees it: is it connected, did Discord close it for
// good, could it be reached at all. discord.js reports an unrecoverable close only as a
// `shardDisconnect` event and then goes quiet, so without this the process would end with exit 0.
import { Events, type Client } from 'discord.js';
import { EXIT, type ExitCode } from '../../exit-codes.js';

/** Close codes after which Discord will not take the session back, and what the operator should do. */
export const FATAL_CLOSE_CODES: Readonly<Record<number, string>> = {
  4004: 'Discord rejected the token (it was reset or is wrong): update DISCORD_TOKEN',
  4010: 'Discord rejected the shard number: check the shard settings or use npm run start:sharded',
  4011: 'Discord requires sharding for this bot (2,500 servers or more): run npm run start:sharded',
  4012: 'Discord rejected the gateway API version: update discord.js',
  4013: 'Discord rejected the intents as invalid: the intents in src/adapters/discord/client.ts are wrong',
  4014: 'Discord refused a privileged intent: enable it for the bot in the Developer Portal (Bot → Privileged Gateway Intents) or stop asking for it',
};

/** A reason to stop for good, with the one line to log and the exit code. */
export class GatewayStop extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly closeCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GatewayStop';
  }
}

export function fatalClose(code: number): GatewayStop | undefined {
  const what = FATAL_CLOSE_CODES[code];
  return what ? new GatewayStop(`gateway closed with ${code}: ${what}`, EXIT.refused, code) : undefined;
}

export interface GatewayWatch {
  /** True between READY (or RESUMED) and the next close. */
  connected(): boolean;
  /** Rejects with a GatewayStop on the first fatal close; never resolves. */
  fatal: Promise<never>;
}

export function watchGateway(client: Client): GatewayWatch {
  const up = new Set<number>();
  let reject!: (stop: GatewayStop) => void;
  const fatal = new Promise<never>((_, r) => (reject = r));
  fatal.catch(() => {}); // observed by whoever awaits it; never an unhandled rejection
  client.on(Events.ShardReady, (id) => up.add(id));
  client.on(Events.ShardResume, (id) => up.add(id));
  client.on(Events.ShardReconnecting, (id) => up.delete(id));
  client.on(Events.ShardDisconnect, (event, id) => {
    up.delete(id);
    const stop = fatalClose(event.code);
    if (stop) reject(stop);
  });
  // discord.js 14.28 no longer emits this (fatal closes come as shardDisconnect); kept in case it returns.
  client.on(Events.Invalidated, () => reject(new GatewayStop('Discord invalidated the session: check DISCORD_TOKEN', EXIT.refused)));
  return { connected: () => up.size > 0 && up.size === client.ws.shards.size, fatal };
}

// @discordjs/ws emits these as errors just before a fatal close; the close itself is logged instead.
const FATAL_CLOSE_ERRORS = new Set(['Authentication failed', 'Invalid shard', 'Sharding is required', 'Used an invalid API version', 'Used invalid intents', 'Used disallowed intents']);
export const isFatalCloseError = (err: unknown): boolean => err instanceof Error && FATAL_CLOSE_ERRORS.has(err.message);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

function codes(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 3) return [];
  const { code, cause, name } = err as { code?: unknown; cause?: unknown; name?: unknown };
  return [typeof code === 'string' ? code : '', typeof name === 'string' ? name : '', ...codes(cause, depth + 1)];
}

/** Turns a failed login into the one thing the operator needs to know. */
export function loginFailure(err: unknown, apiBase: string): GatewayStop {
  if (err instanceof GatewayStop) return err;
  const found = codes(err);
  if (found.includes('TokenInvalid')) return new GatewayStop('Discord rejected the token: update DISCORD_TOKEN', EXIT.refused, undefined, { cause: err });
  const status = (err as { status?: unknown } | null)?.status;
  const network = found.some((c) => NETWORK_CODES.has(c) || c.startsWith('UND_ERR') || c === 'AbortError' || c === 'TimeoutError');
  if (network || (typeof status === 'number' && status >= 500)) {
    return new GatewayStop(`cannot reach Discord at ${apiBase}: check the network or DISCORD_API_URL`, EXIT.unreachable, undefined, { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new GatewayStop(`login failed: ${message}`, EXIT.startup, undefined, { cause: err });
}

/** Rejects after `ms` with the "cannot reach" stop. */
function loginTimeout(ms: number, apiBase: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GatewayStop(`cannot reach Discord at ${apiBase} (no session after ${ms / 1000} s): check the network or DISCORD_API_URL`, EXIT.unreachable)), ms);
  });
  promise.catch(() => {});
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Logs in and waits for READY, or rejects with a GatewayStop: a fatal close, no session within
 * `timeoutMs` (a server that accepts and never answers), or a login error, each read for the operator.
 */
export async function login(client: Client, token: string, gateway: GatewayWatch, options: { apiBase: string; timeoutMs: number }): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const loggingIn = client.login(token);
  loggingIn.catch(() => {}); // raced below; a late rejection after a timeout is not news
  const timeout = loginTimeout(options.timeoutMs, options.apiBase);
  try {
    await Promise.race([Promise.all([loggingIn, ready]), gateway.fatal, timeout.promise]);
  } catch (err) {
    throw loginFailure(err, options.apiBase);
  } finally {
    timeout.cancel();
  }
}
