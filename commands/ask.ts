// /ask question [private]: a cited answer, with autocomplete from the questions the bot answers well.
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/adapters/discord/context.js';
import { LIMITS, fitChoices } from '../src/adapters/discord/limits.js';
import { interactionPayload } from '../src/adapters/discord/reply.js';
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

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const question = interaction.options.getString('question', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const answer = ctx.engine.ask(question);
  return interaction.reply(interactionPayload(answerView(answer, ctx.engine.data, ctx.store, ephemeral)));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
  const typed = interaction.options.getFocused();
  return interaction.respond(fitChoices(ctx.engine.complete(typed, LIMITS.autocompleteChoices)));
}
