// /source [paragraph]: a paragraph of the article verbatim, or the headline and an index of paragraphs.
import { SlashCommandBuilder } from '@discordjs/builders';
import { buttonIds } from '../src/adapters/discord/buttons.js';
import { reply, type BotContext, type CommandRequest } from '../src/adapters/discord/context.js';
import { noParagraphView, paragraphView, sourceIndexView } from '../src/adapters/discord/views.js';
import { languageOption, readLanguage } from './options.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('Read the article: one paragraph, or the index of paragraphs')
  .addIntegerOption((o) => o.setName('paragraph').setDescription('Paragraph number').setMinValue(1).setMaxValue(1000))
  .addStringOption(languageOption);

export function execute(req: CommandRequest, ctx: BotContext) {
  const data = ctx.engine.data;
  const language = readLanguage(req);
  const n = req.options.paragraph;
  if (typeof n !== 'number') return reply(sourceIndexView(data, 1, language, buttonIds(ctx, req.userId)));
  const paragraph = data.paragraphs.find((p) => p.number === n);
  return reply(paragraph ? { ...paragraphView(data, paragraph, language), ephemeral: false } : noParagraphView(data, n, language));
}
