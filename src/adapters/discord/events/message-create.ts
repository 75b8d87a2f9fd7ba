// Direct messages and mentions get the same cited answer as /ask, as a reply to the message.
import { Events, type Message } from 'discord.js';
import { conversationKey } from '../../conversations.js';
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

/** Where a message's conversation lives: the user's DM, or the user in this channel. */
const placeOf = (message: Message): string =>
  message.inGuild() ? conversationKey.mention(message.channelId, message.author.id) : conversationKey.dm(message.author.id);

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
      else {
        const key = placeOf(message);
        // A reply to one of the bot's messages continues the conversation that message answered in.
        const context = ctx.conversations.conversationOf(message.reference?.messageId) ?? ctx.conversations.get(key);
        const answer = ctx.engine.ask(intent.kind === 'ask' ? intent.question : '', context ? { context } : {});
        ctx.conversations.set(key, answer.context);
        view = answerView(answer, ctx.engine.data, buttonIds(ctx, message.author.id));
        const sent = await message.reply(messagePayload(view));
        if (sent?.id) ctx.conversations.link(sent.id, answer.context);
        return;
      }
    }
    await message.reply(messagePayload(view));
  } catch (err) {
    ctx.logger.error({ err, messageId: message.id }, 'message handler failed');
    await message.reply(messagePayload(errorView())).catch((e: unknown) => ctx.logger.warn({ err: e, messageId: message.id }, 'could not send the error reply'));
  }
}
