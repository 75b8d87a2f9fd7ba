// The discord.js client as the bot needs it: no privileged intent, and the Channel partial without
// which direct messages are silently dropped.
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import { NO_MENTIONS } from './reply.js';

export function createClient(options: { apiUrl?: string } = {}): Client {
  return new Client({
    // Guilds for slash commands; GuildMessages + DirectMessages for mentions and DMs. Discord delivers
    // the content of DMs and of messages that mention the bot without the MessageContent intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: options.apiUrl ? { api: options.apiUrl } : {},
  });
}
