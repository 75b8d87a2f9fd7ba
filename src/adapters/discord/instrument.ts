// Hooks that feed the metrics without the handlers knowing: the engine, the cooldown and the logger
// in the handlers' context are wrapped, so an answer, a refusal, a cooldown hit or a logged error
// marks the event being handled. Only used when METRICS_PORT is set.
import { RESTEvents, type Client, type Interaction, type Message } from 'discord.js';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import type { BotMetrics } from '../metrics.js';
import type { BotContext } from './context.js';
import type { Cooldown } from './cooldown.js';

/** Forwards every property to `target`, except the ones given (methods stay bound to the target). */
function decorate<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(t, prop, _receiver) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof T];
      const value = Reflect.get(t, prop, t) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

export function instrumentContext(ctx: BotContext, metrics: BotMetrics): BotContext {
  const { engine, cooldown, logger } = ctx;
  return {
    ...ctx,
    metrics,
    engine: decorate<Engine>(engine, {
      ask: (question, options) => {
        const answer = engine.ask(question, options);
        metrics.answered(answer.answered);
        return answer;
      },
    }),
    cooldown: decorate<Cooldown>(cooldown, {
      take: (userId: string) => {
        const wait = cooldown.take(userId);
        if (wait > 0) metrics.cooldown();
        return wait;
      },
    }),
    // A handler that fails logs an error (router, message handler): that marks the event as failed.
    logger: decorate<Logger>(logger, {
      error: ((...args: Parameters<Logger['error']>) => {
        metrics.error();
        logger.error(...args);
      }) as Logger['error'],
    }),
  };
}

/** A bounded label: names Discord routes to us, or the leading word of a button's custom_id. */
const label = (text: string) => (/^[\w-]{1,32}$/.test(text) ? text : 'other');

export function interactionKind(interaction: Interaction): string {
  if (interaction.isAutocomplete()) return `autocomplete:${label(interaction.commandName)}`;
  if (interaction.isChatInputCommand()) return `command:${label(interaction.commandName)}`;
  if (interaction.isButton()) return `button:${/^[a-z]{1,16}/i.exec(interaction.customId)?.[0] ?? 'other'}`;
  return 'other';
}

export function messageKind(message: Message): string {
  if (message.author.bot) return 'bot';
  if (!message.inGuild()) return 'dm';
  const botId = message.client.user?.id;
  return botId && message.mentions.users.has(botId) ? 'mention' : 'ignored';
}

export function watchRest(client: Client, metrics: BotMetrics): void {
  client.rest.on(RESTEvents.Response, (_request, response) => metrics.rest(response.status));
}
