// What every handler receives: the engine and the bot's shared services. Handlers import no globals.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import type { BotMetrics } from '../metrics.js';
import type { Cooldown } from './cooldown.js';
import type { QuestionStore } from './question-store.js';

export interface BotContext {
  engine: Engine;
  logger: Logger;
  store: QuestionStore;
  cooldown: Cooldown;
  /** Set when METRICS_PORT is: the event files count each event through it. */
  metrics?: BotMetrics;
}

export interface SlashCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<unknown>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<unknown>;
  /** Commands that run the engine count against the per-user cooldown. */
  rateLimited?: boolean;
}

export interface ButtonHandler {
  /** The first part of the custom_id this handler owns. */
  prefix: string;
  execute(interaction: ButtonInteraction, args: string[], ctx: BotContext): Promise<unknown>;
  rateLimited?: boolean;
}
