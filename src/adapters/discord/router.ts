// The gateway transport: adapts discord.js interactions to the neutral requests of dispatch.ts and
// sends the response described. A reply lost to a dropped connection is sent once more before the
// error reply; nothing is ever thrown at the process.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, CommandInteractionOption, Interaction } from 'discord.js';
import type { BotContext, AnyButton, HandlerResponse, InteractionBase, OptionValue, SlashCommand } from './context.js';
import { createDispatcher, type NeutralInteraction } from './dispatch.js';
import { interactionPayload } from './reply.js';
import { isNetworkError } from './network.js';
import { errorView } from './views.js';

export interface Router {
  handle(interaction: Interaction): Promise<void>;
}

function base(i: Interaction): InteractionBase {
  const out: InteractionBase = { id: i.id, userId: i.user.id, locale: i.locale };
  if (i.channelId) out.channelId = i.channelId;
  if (i.guildId) out.guildId = i.guildId;
  return out;
}

const optionsOf = (data: readonly CommandInteractionOption[]) =>
  Object.fromEntries(data.map((o) => [o.name, o.value as OptionValue | undefined]));

/** Reads a discord.js interaction into a neutral one; what the bot cannot act on is "malformed". */
export function toNeutral(i: Interaction): NeutralInteraction | undefined {
  // discord.js builds `user` from `user ?? member.user`; guard in case neither came.
  if (!i.user?.id) return { kind: 'malformed', id: i.id, reason: 'no user', autocomplete: i.isAutocomplete() };
  if (i.isAutocomplete()) {
    const a = i as AutocompleteInteraction;
    const focused = a.options.data.find((o) => o.focused);
    if (!focused) return { kind: 'malformed', id: i.id, reason: 'autocomplete without a focused option', autocomplete: true };
    return { kind: 'autocomplete', request: { ...base(i), name: a.commandName, options: optionsOf(a.options.data), focused: { name: focused.name, value: String(focused.value ?? '') } } };
  }
  if (i.isChatInputCommand()) {
    const c = i as ChatInputCommandInteraction;
    return { kind: 'command', request: { ...base(i), name: c.commandName, options: optionsOf(c.options.data) } };
  }
  if (i.isButton()) {
    const b = i as ButtonInteraction;
    if (!b.message) return { kind: 'malformed', id: i.id, reason: 'button without a message' };
    return { kind: 'button', request: { ...base(i), customId: b.customId } };
  }
  return undefined; // other kinds (modals, menus) the bot never creates
}

export function createRouter(commands: SlashCommand[], buttons: AnyButton[], ctx: BotContext): Router {
  const dispatch = createDispatcher(commands, buttons, ctx);

  function send(interaction: Interaction, response: HandlerResponse): Promise<unknown> {
    if (response.type === 'choices') return (interaction as AutocompleteInteraction).respond(response.choices);
    const i = interaction as ButtonInteraction;
    const payload = interactionPayload(response.view);
    if (i.replied || i.deferred) return i.followUp(payload);
    if (response.type === 'reply') return i.reply(payload);
    const { flags: _ephemeral, ...edit } = payload; // an edit keeps the message's own visibility
    return i.update(edit);
  }

  /** Sends once, and once more if the connection dropped (the same payload; Discord did not get it). */
  async function sendRetrying(interaction: Interaction, response: HandlerResponse): Promise<void> {
    try {
      await send(interaction, response);
    } catch (err) {
      if (!isNetworkError(err)) throw err;
      ctx.logger.warn({ err, interactionId: interaction.id }, 'reply lost to a network error: sending it again');
      await send(interaction, response);
    }
  }

  return {
    async handle(interaction) {
      const started = performance.now();
      const neutral = toNeutral(interaction);
      if (!neutral) return;
      const response = await dispatch(neutral);
      try {
        await sendRetrying(interaction, response);
        ctx.logger.debug({ interactionId: interaction.id, ms: Math.round(performance.now() - started) }, 'handled');
      } catch (err) {
        ctx.logger.error({ err, interactionId: interaction.id }, 'could not send the reply');
        if (response.type === 'choices' || !interaction.isRepliable()) return;
        await sendRetrying(interaction, { type: 'reply', view: errorView() }).catch((e: unknown) =>
          ctx.logger.warn({ err: e, interactionId: interaction.id }, 'could not send the error reply'),
        );
      }
    },
  };
}
