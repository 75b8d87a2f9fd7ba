// Dispatches interactions to commands and buttons by name (a map, not a switch), wrapping each
// handler so an error is logged and answered ephemerally, never thrown at the process.
import type { Interaction, RepliableInteraction } from 'discord.js';
import type { BotContext, ButtonHandler, SlashCommand } from './context.js';
import { parseCustomId } from './buttons.js';
import { interactionPayload, type ReplyView } from './reply.js';
import { cooldownView, errorView } from './views.js';

export interface Router {
  handle(interaction: Interaction): Promise<void>;
}

export function createRouter(commands: SlashCommand[], buttons: ButtonHandler[], ctx: BotContext): Router {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const byPrefix = new Map(buttons.map((b) => [b.prefix, b]));

  async function safeReply(interaction: RepliableInteraction, view: ReplyView): Promise<void> {
    const payload = interactionPayload(view);
    try {
      if (interaction.replied || interaction.deferred) await interaction.followUp(payload);
      else await interaction.reply(payload);
    } catch (err) {
      ctx.logger.warn({ err, interactionId: interaction.id }, 'could not send the error reply');
    }
  }

  /** True when the user may go on; otherwise tells them (ephemerally) to wait. */
  async function allowed(interaction: RepliableInteraction): Promise<boolean> {
    const wait = ctx.cooldown.take(interaction.user.id);
    if (wait === 0) return true;
    ctx.logger.info({ interactionId: interaction.id, userId: interaction.user.id }, 'cooldown');
    await safeReply(interaction, cooldownView(wait));
    return false;
  }

  async function run(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      // Autocomplete is answered from memory; no cooldown, it fires on every keystroke.
      await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) {
        ctx.logger.warn({ interactionId: interaction.id, command: interaction.commandName }, 'unknown command');
        await safeReply(interaction, errorView());
        return;
      }
      if (command.rateLimited && !(await allowed(interaction))) return;
      await command.execute(interaction, ctx);
      return;
    }
    if (interaction.isButton()) {
      const { prefix, args } = parseCustomId(interaction.customId);
      const handler = byPrefix.get(prefix);
      if (!handler) {
        await safeReply(interaction, errorView());
        return;
      }
      if (handler.rateLimited && !(await allowed(interaction))) return;
      await handler.execute(interaction, args, ctx);
    }
  }

  return {
    async handle(interaction) {
      const started = performance.now();
      try {
        await run(interaction);
        ctx.logger.debug({ interactionId: interaction.id, ms: Math.round(performance.now() - started) }, 'handled');
      } catch (err) {
        ctx.logger.error({ err, interactionId: interaction.id }, 'handler failed');
        if (interaction.isRepliable()) await safeReply(interaction, errorView());
      }
    },
  };
}
