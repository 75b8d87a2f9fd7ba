// Options shared by several commands.
import type { SlashCommandStringOption } from '@discordjs/builders';
import type { CommandRequest } from '../src/adapters/discord/context.js';
import type { Language } from '../src/engine/types.js';

/** Discord has no Arabic locale, so commands without question text take the language as an option. */
export const languageOption = (o: SlashCommandStringOption) =>
  o
    .setName('language')
    .setDescription('Reply language / لغة الرد')
    .addChoices({ name: 'English', value: 'en' }, { name: 'العربية', value: 'ar' });

export const readLanguage = (req: CommandRequest, fallback: Language = 'en'): Language =>
  req.options.language === 'ar' ? 'ar' : req.options.language === 'en' ? 'en' : fallback;
