// /members [filter] [language]: the working group's membership, with counts, cited.
import { SlashCommandBuilder } from '@discordjs/builders';
import { buttonIds } from '../src/adapters/discord/buttons.js';
import { reply, type BotContext, type CommandRequest } from '../src/adapters/discord/context.js';
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

const FILTERS = new Set<MemberFilter>(['all', 'states', 'organisations']);

export function execute(req: CommandRequest, ctx: BotContext) {
  const filter = FILTERS.has(req.options.filter as MemberFilter) ? (req.options.filter as MemberFilter) : 'all';
  return reply(membersView(ctx.engine, filter, readLanguage(req), buttonIds(ctx, req.userId)));
}
