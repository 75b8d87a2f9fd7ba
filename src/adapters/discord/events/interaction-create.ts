import { Events, type Interaction } from 'discord.js';
import type { BotContext } from '../context.js';
import type { Router } from '../router.js';

export const name = Events.InteractionCreate;

export function execute(_ctx: BotContext, router: Router, interaction: Interaction): Promise<void> {
  return router.handle(interaction);
}
