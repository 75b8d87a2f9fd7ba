// The discord.js client as the bot needs it: no privileged intent, the Channel partial without
// which direct messages are silently dropped, and caches bounded so memory does not grow with traffic.
import { ChannelType, Client, GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import { NO_MENTIONS } from './reply.js';

/**
 * How often DM channels are dropped from the cache (makeCache cannot limit channels), and inactive
 * REST queues too: discord.js keeps one per channel it has written to (one per DM), for an hour by
 * default. At Discord's 50 requests a second, a minute bounds both to a few thousand.
 */
export const SWEEP_INTERVAL_MS = 60_000;

/**
 * The bot reads each message once and replies; it never looks anything up in the cache. By default
 * discord.js keeps every message (200 per channel), and one user, one guild member and one DM channel
 * per person who ever wrote: about 2 MB per 1,000 events, never released. Here only the bot's own user
 * and member are kept; guilds, channels and roles keep discord.js's defaults (they must).
 */
export function boundedCaches(): Pick<ClientOptions, 'makeCache' | 'sweepers'> {
  const isSelf = (entry: { id: string; client: Client }) => entry.id === entry.client.user?.id;
  return {
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: isSelf },
      GuildMemberManager: { maxSize: 0, keepOverLimit: isSelf },
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      // Nothing is cached beyond the bot itself; these catch what a future option might add.
      users: { interval: 3600, filter: () => (user) => user.id !== user.client.user.id },
      guildMembers: { interval: 3600, filter: () => (member) => member.id !== member.client.user.id },
      messages: { interval: 3600, lifetime: 1800 },
    },
  };
}

/** Drops cached DM channels; returns how many. The Channel partial brings one back when a DM arrives. */
export function dropDmChannels(client: Client): number {
  return client.channels.cache.sweep((channel) => channel.type === ChannelType.DM);
}

/** Drops DM channels every `intervalMs`; returns the function that stops it. */
export function sweepDmChannels(client: Client, intervalMs = SWEEP_INTERVAL_MS): () => void {
  const timer = setInterval(() => dropDmChannels(client), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

export function createClient(options: { apiUrl?: string; caches?: 'bounded' | 'default' } = {}): Client {
  return new Client({
    // Guilds for slash commands; GuildMessages + DirectMessages for mentions and DMs. Discord delivers
    // the content of DMs and of messages that mention the bot without the MessageContent intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), ...(options.caches === 'default' ? {} : { handlerSweepInterval: SWEEP_INTERVAL_MS }) },
    ...(options.caches === 'default' ? {} : boundedCaches()),
  });
}
