// /who name: each official the article names, with title and role in the meeting, cited.
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/adapters/discord/context.js';
import { fitChoices } from '../src/adapters/discord/limits.js';
import { interactionPayload } from '../src/adapters/discord/reply.js';
import { personView, texts } from '../src/adapters/discord/views.js';
import { findEntities } from '../src/engine/entities.js';
import { fold, words } from '../src/engine/normalize.js';
import { detectLanguage } from '../src/engine/understand.js';

export const data = new SlashCommandBuilder()
  .setName('who')
  .setDescription('Who is who in the article: title and role of each official')
  .addStringOption((o) => o.setName('name').setDescription('A name, e.g. Gargash / قرقاش').setRequired(true).setAutocomplete(true));

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const typed = interaction.options.getString('name', true);
  const language = detectLanguage(typed);
  const data = ctx.engine.data;
  const ids = findEntities(ctx.engine.gazetteer, words(fold(typed))).map((m) => m.entity.id);
  const person = data.entities.people.find((p) => ids.includes(p.id) || p.id === typed);
  if (!person) return interaction.reply(interactionPayload({ content: texts(language).unknownPerson, ephemeral: true }));
  return interaction.reply(interactionPayload(personView(data, person, language)));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
  const typed = fold(interaction.options.getFocused());
  const lang = detectLanguage(interaction.options.getFocused());
  const people = ctx.engine.data.entities.people.filter(
    (p) => !typed || [p.name.ar, p.name.en, ...p.aliases.ar, ...p.aliases.en].some((n) => fold(n).includes(typed)),
  );
  return interaction.respond(fitChoices(people.map((p) => p.name[lang])));
}
