// /who name: each official the article names, with title and role in the meeting, cited.
import { SlashCommandBuilder } from '@discordjs/builders';
import { buttonIds } from '../src/adapters/discord/buttons.js';
import { choices, reply, type AutocompleteRequest, type BotContext, type CommandRequest } from '../src/adapters/discord/context.js';
import { fitChoices } from '../src/adapters/discord/limits.js';
import { personView, texts } from '../src/adapters/discord/views.js';
import { findEntities } from '../src/engine/entities.js';
import { fold, words } from '../src/engine/normalize.js';
import { detectLanguage } from '../src/engine/preprocess.js';

export const data = new SlashCommandBuilder()
  .setName('who')
  .setDescription('Who is who in the article: title and role of each official')
  .addStringOption((o) => o.setName('name').setDescription('A name from the article (autocomplete lists them)').setRequired(true).setAutocomplete(true));

export function execute(req: CommandRequest, ctx: BotContext) {
  const typed = String(req.options.name ?? '');
  const language = detectLanguage(typed);
  const ids = findEntities(ctx.engine.gazetteer, words(fold(typed))).map((m) => m.entity.id);
  const person = ctx.engine.people().find((p) => ids.includes(p.person.id) || p.person.id === typed)?.person;
  if (!person) return reply({ content: texts(language).unknownPerson(ctx.engine.people().map((p) => p.person.name[language])), ephemeral: true });
  return reply(personView(ctx.engine, person, language, buttonIds(ctx, req.userId)));
}

export function autocomplete(req: AutocompleteRequest, ctx: BotContext) {
  const typed = fold(req.focused.value);
  const lang = detectLanguage(req.focused.value);
  const people = ctx.engine
    .people()
    .map((p) => p.person)
    .filter((p) => !typed || [p.name.ar, p.name.en, ...p.aliases.ar, ...p.aliases.en].some((n) => fold(n).includes(typed)));
  return choices(fitChoices(people.map((p) => p.name[lang])));
}
