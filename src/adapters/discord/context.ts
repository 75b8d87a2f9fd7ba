// What every handler receives and returns. Commands and buttons are transport-agnostic: they read a
// small neutral request and return a description of the response; the gateway router (discord.js) and
// the HTTP interactions endpoint (raw JSON) each adapt their own interaction to it and send the result.
// Handlers import no globals, and nothing here depends on discord.js.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import type { BotMetrics } from '../metrics.js';
import type { ConversationStore } from '../conversations.js';
import type { Cooldown } from './cooldown.js';
import type { Choice } from './limits.js';
import type { QuestionStore } from './question-store.js';
import type { ReplyView } from './reply.js';

export interface BotContext {
  engine: Engine;
  logger: Logger;
  store: QuestionStore;
  cooldown: Cooldown;
  /** Follow-up contexts per user and place (DMs, mentions, reply chains, /ask per channel). */
  conversations: ConversationStore;
  /** Set when METRICS_PORT is: the event files count each event through it. */
  metrics?: BotMetrics;
}

/** What both transports know of any interaction. */
export interface InteractionBase {
  id: string;
  userId: string;
  channelId?: string;
  guildId?: string;
  locale?: string;
}

export type OptionValue = string | number | boolean;

export interface CommandRequest extends InteractionBase {
  name: string;
  /** Option values by name (the bot has no subcommands). */
  options: Record<string, OptionValue | undefined>;
}

export interface AutocompleteRequest extends CommandRequest {
  /** The option being typed; its value is already cut to what a choice can hold. */
  focused: { name: string; value: string };
}

export interface ButtonRequest extends InteractionBase {
  customId: string;
}

/** A response, described: a new message, an edit of the button's message, or autocomplete choices. */
export type HandlerResponse =
  | { type: 'reply'; view: ReplyView }
  | { type: 'update'; view: ReplyView }
  | { type: 'choices'; choices: Choice[] };

export const reply = (view: ReplyView): HandlerResponse => ({ type: 'reply', view });
export const update = (view: ReplyView): HandlerResponse => ({ type: 'update', view });
export const choices = (list: Choice[]): HandlerResponse => ({ type: 'choices', choices: list });

type Awaitable<T> = T | Promise<T>;

export interface SlashCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(request: CommandRequest, ctx: BotContext): Awaitable<HandlerResponse>;
  autocomplete?(request: AutocompleteRequest, ctx: BotContext): Awaitable<HandlerResponse>;
  /** Commands that run the engine count against the per-user cooldown. */
  rateLimited?: boolean;
}

/**
 * A button: it owns its custom_id ("prefix:…"), so the format and its 100-character budget live with
 * the code that reads it. `encode` has each button's own arguments (see buttons.ts); `decode` reads
 * the part after "prefix:" and returns undefined when it is not this button's.
 */
export interface ButtonHandler<Args = unknown> {
  prefix: string;
  encode(...args: never[]): string;
  decode(rest: string): Args | undefined;
  execute(args: Args, request: ButtonRequest, ctx: BotContext): Awaitable<HandlerResponse>;
  rateLimited?: boolean;
}

/** Any button, for the registry: the dispatcher hands `execute` what that button's own `decode` returned. */
export interface AnyButton {
  prefix: string;
  decode(rest: string): unknown;
  execute(args: never, request: ButtonRequest, ctx: BotContext): Awaitable<HandlerResponse>;
  rateLimited?: boolean;
}
