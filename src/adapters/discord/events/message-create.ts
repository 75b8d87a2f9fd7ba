// Direct messages and mentions get the same cited answer as /ask, as a reply to the message.
import { Events, type Message } from 'discord.js';
import { buttonIds } from '../buttons.js';
import type { BotContext } from '../context.js';
import { messageKind } from '../instrument.js';
import { readMessage } from '../messages.js';
import { messagePayload, type ReplyView } from '../reply.js';
import { answerView, cooldownView, errorView, helpView } from '../views.js';
import { detectLanguage } from '../../../engine/preprocess.js';

export const name = Events.MessageCreate;

/** Put on a mention that came too fast, instead of a notice in the channel. */
export const COOLDOWN_REACTION = '⏳';

/** A missing Add Reactions permission must not turn into a message in the channel: it is logged only. */
async function react(ctx: BotContext, message: Message, emoji: string): Promise<void> {
  await message.react(emoji).catch((err: unknown) => ctx.logger.warn({ err, messageId: message.id }, 'could not react'));
}

export function execute(ctx: BotContext, message: Message): Promise<void> {
  if (ctx.metrics) return ctx.metrics.track('message', messageKind(message), () => handle(ctx, message));
  return handle(ctx, message);
}

async function handle(ctx: BotContext, message: Message): Promise<void> {
  const botId = message.client.user?.id ?? '';
  try {
    const intent = readMessage(
      {
        content: message.content,
        authorIsBot: message.author.bot,
        authorId: message.author.id,
        inGuild: message.inGuild(),
        mentionsBot: botId !== '' && message.mentions.users.has(botId),
      },
      botId,
    );
    if (intent.kind === 'ignore') return;
    let view: ReplyView;
    if (intent.kind === 'help') view = helpView('help', ctx.engine.data);
    else {
      const wait = ctx.cooldown.take(message.author.id);
      if (wait > 0) {
        // Messages need no acknowledgement: one signal per window, then silence, so a flood is not echoed.
        if (!ctx.cooldown.shouldNotify(message.author.id)) return;
        // In a channel a notice would be read by everyone: a reaction tells the asker alone.
        if (message.inGuild()) return void (await react(ctx, message, COOLDOWN_REACTION));
        view = cooldownView(wait, detectLanguage(message.content));
      }
      // An empty mention is a question too: the engine answers it with a clear "please ask".
      else view = answerView(ctx.engine.ask(intent.kind === 'ask' ? intent.question : ''), ctx.engine.data, buttonIds(ctx, message.author.id));
    }
    await message.reply(messagePayload(view));
  } catch (err) {
    ctx.logger.error({ err, messageId: message.id }, 'message handler failed');
    await message.reply(messagePayload(errorView())).catch((e: unknown) => ctx.logger.warn({ err: e, messageId: message.id }, 'could not send the error reply'));
  }
}
