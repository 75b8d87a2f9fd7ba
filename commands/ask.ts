// /ask question [private]: a cited answer, with autocomplete from the questions the bot answers well.
import { SlashCommandBuilder } from '@discordjs/builders';
import { conversationKey } from '../src/adapters/conversations.js';
import { buttonIds } from '../src/adapters/discord/buttons.js';
import { choices, reply, type AutocompleteRequest, type BotContext, type CommandRequest } from '../src/adapters/discord/context.js';
import { LIMITS, fitChoices } from '../src/adapters/discord/limits.js';
import { answerView } from '../src/adapters/discord/views.js';
import { MAX_QUESTION_LENGTH } from '../src/engine/input.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article, in English or Arabic')
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('Your question, e.g. "Who chaired the meeting?" or «من ترأس الاجتماع؟»')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH)
      .setAutocomplete(true),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer to you only'));

export const rateLimited = true;

export function execute(req: CommandRequest, ctx: BotContext) {
  const question = String(req.options.question ?? '');
  const ephemeral = req.options.private === true;
  // /ask carries a conversation per user per channel: "/ask and Iran?" follows the last /ask there.
  const key = conversationKey.slash(req.channelId ?? 'dm', req.userId);
  const context = ctx.conversations.get(key);
  const answer = ctx.engine.ask(question, context ? { context } : {});
  ctx.conversations.set(key, answer.context);
  return reply(answerView(answer, ctx.engine.data, buttonIds(ctx, req.userId), ephemeral));
}

export function autocomplete(req: AutocompleteRequest, ctx: BotContext) {
  return choices(fitChoices(ctx.engine.complete(req.focused.value, LIMITS.autocompleteChoices)));
}
