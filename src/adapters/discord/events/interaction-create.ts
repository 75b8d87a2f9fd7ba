import { Events, type Interaction } from 'discord.js';
import type { BotContext } from '../context.js';
import { interactionKind } from '../instrument.js';
import type { Router } from '../router.js';

export const name = Events.InteractionCreate;

export function execute(ctx: BotContext, router: Router, interaction: Interaction): Promise<void> {
  if (ctx.metrics) return ctx.metrics.track('interaction', interactionKind(interaction), () => router.handle(interaction));
  return router.handle(interaction);
}
