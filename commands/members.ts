// /members [filter] [language]: the working group's membership, with counts, cited.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/adapters/discord/context.js';
import { interactionPayload } from '../src/adapters/discord/reply.js';
import { membersView, type MemberFilter } from '../src/adapters/discord/views.js';
import { languageOption, readLanguage } from './options.js';

export const data = new SlashCommandBuilder()
  .setName('members')
  .setDescription('List the members of the Stabilization Working Group')
  .addStringOption((o) =>
    o
      .setName('filter')
      .setDescription('Only states or only organisations')
      .addChoices({ name: 'all', value: 'all' }, { name: 'states', value: 'states' }, { name: 'organisations', value: 'organisations' }),
  )
  .addStringOption(languageOption);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const filter = (interaction.options.getString('filter') ?? 'all') as MemberFilter;
  return interaction.reply(interactionPayload(membersView(ctx.engine.data, filter, readLanguage(interaction))));
}
