// Exit codes of the long-running entry points, so a supervisor can tell "fix the settings" from
// "try again later". 0 is a clean stop (SIGINT/SIGTERM).
export const EXIT = {
  ok: 0,
  /** Bad settings or data, or an unexpected start-up failure: fix and restart. */
  startup: 1,
  /** Discord refused the session (token reset, intents not allowed, sharding…): restarting will not help. */
  refused: 2,
  /** Discord could not be reached in time: the network, DNS or DISCORD_API_URL; restarting may help. */
  unreachable: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
