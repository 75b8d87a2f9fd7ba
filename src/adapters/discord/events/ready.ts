import { Events, type Client } from 'discord.js';
import type { BotContext } from '../context.js';

export const name = Events.ClientReady;
export const once = true;

export function execute(ctx: BotContext, client: Client<true>): void {
  ctx.logger.info({ user: client.user.tag, guilds: client.guilds.cache.size, shard: client.shard?.ids ?? null }, 'ready');
}
