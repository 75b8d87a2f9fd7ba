// One dispatcher for both transports: finds the command or button (maps, not a switch), applies the
// cooldown, and turns any error into the generic ephemeral reply, logged with the interaction id.
// The gateway router and the HTTP endpoint only translate their interactions to these requests and
// send back the response described.
import { choices, reply, type AutocompleteRequest, type BotContext, type AnyButton, type ButtonRequest, type CommandRequest, type HandlerResponse, type SlashCommand } from './context.js';
import { LIMITS, cut } from './limits.js';
import { cooldownView, errorView, unknownCommandView } from './views.js';

/** A neutral interaction, or one too malformed to act on (it still gets the generic notice). */
export type NeutralInteraction =
  | { kind: 'command'; request: CommandRequest }
  | { kind: 'autocomplete'; request: AutocompleteRequest }
  | { kind: 'button'; request: ButtonRequest }
  | { kind: 'malformed'; id: string; reason: string; autocomplete?: boolean };

/** `onError` is told when a handler threw (the response is then the generic notice): for metrics. */
export type Dispatch = (interaction: NeutralInteraction, onError?: () => void) => Promise<HandlerResponse>;

export function createDispatcher(commands: SlashCommand[], buttons: AnyButton[], ctx: BotContext): Dispatch {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const byPrefix = new Map(buttons.map((b) => [b.prefix, b]));

  /** The cooldown notice when the user must wait, else undefined. */
  function limited(userId: string, id: string): HandlerResponse | undefined {
    const wait = ctx.cooldown.take(userId);
    if (wait === 0) return undefined;
    ctx.logger.info({ interactionId: id, userId }, 'cooldown');
    return reply(cooldownView(wait));
  }

  const handlers: { [K in NeutralInteraction['kind']]: (i: Extract<NeutralInteraction, { kind: K }>) => Promise<HandlerResponse> } = {
    async command({ request }) {
      const command = byName.get(request.name);
      if (!command) {
        ctx.logger.warn({ interactionId: request.id, command: request.name }, 'unknown command');
        return reply(unknownCommandView());
      }
      return (command.rateLimited && limited(request.userId, request.id)) || command.execute(request, ctx);
    },
    async autocomplete({ request }) {
      const command = byName.get(request.name);
      // Matching costs time per character: read no more than a choice can hold (100), whatever is typed.
      // Autocomplete is answered from memory; no cooldown, it fires on every keystroke.
      const focused = { ...request.focused, value: cut(request.focused.value, LIMITS.choiceValue) };
      return command?.autocomplete ? command.autocomplete({ ...request, focused }, ctx) : choices([]);
    },
    async button({ request }) {
      const [prefix = '', rest = ''] = splitPrefix(request.customId);
      const button = byPrefix.get(prefix);
      const args = button?.decode(rest);
      if (!button || args === undefined) {
        ctx.logger.warn({ interactionId: request.id, customId: cut(request.customId, LIMITS.customId) }, 'unknown button');
        return reply(errorView());
      }
      return (button.rateLimited && limited(request.userId, request.id)) || button.execute(args as never, request, ctx);
    },
    async malformed({ id, reason, autocomplete }) {
      ctx.logger.warn({ interactionId: id, reason }, 'malformed interaction');
      // Autocomplete can only be answered with choices: an empty list is its "cannot help".
      return autocomplete ? choices([]) : reply(errorView());
    },
  };

  return async (interaction, onError) => {
    try {
      return await (handlers[interaction.kind] as (i: NeutralInteraction) => Promise<HandlerResponse>)(interaction);
    } catch (err) {
      const id = interaction.kind === 'malformed' ? interaction.id : interaction.request.id;
      ctx.logger.error({ err, interactionId: id }, 'handler failed');
      onError?.();
      return interaction.kind === 'autocomplete' ? choices([]) : reply(errorView());
    }
  };
}

function splitPrefix(customId: string): [string, string] {
  const i = customId.indexOf(':');
  return i < 0 ? [customId, ''] : [customId.slice(0, i), customId.slice(i + 1)];
}
