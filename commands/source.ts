// /source [paragraph]: a paragraph of the article verbatim, or the headline and an index of paragraphs.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/adapters/discord/context.js';
import { interactionPayload } from '../src/adapters/discord/reply.js';
import { noParagraphView, paragraphView, sourceIndexView } from '../src/adapters/discord/views.js';
import { languageOption, readLanguage } from './options.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('Read the article: one paragraph, or the index of paragraphs')
  .addIntegerOption((o) => o.setName('paragraph').setDescription('Paragraph number').setMinValue(1).setMaxValue(1000))
  .addStringOption(languageOption);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const data = ctx.engine.data;
  const language = readLanguage(interaction);
  const n = interaction.options.getInteger('paragraph');
  if (n === null) return interaction.reply(interactionPayload(sourceIndexView(data, 1, language)));
  const paragraph = data.paragraphs.find((p) => p.number === n);
  const view = paragraph ? { ...paragraphView(data, paragraph, language), ephemeral: false } : noParagraphView(data, n, language);
  return interaction.reply(interactionPayload(view));
}
