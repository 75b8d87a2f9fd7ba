// Options shared by several commands.
import type { ChatInputCommandInteraction, SlashCommandStringOption } from 'discord.js';
import type { Language } from '../src/engine/types.js';

/** Discord has no Arabic locale, so commands without question text take the language as an option. */
export const languageOption = (o: SlashCommandStringOption) =>
  o
    .setName('language')
    .setDescription('Reply language / لغة الرد')
    .addChoices({ name: 'English', value: 'en' }, { name: 'العربية', value: 'ar' });

export const readLanguage = (interaction: ChatInputCommandInteraction, fallback: Language = 'en'): Language =>
  interaction.options.getString('language') === 'ar' ? 'ar' : interaction.options.getString('language') === 'en' ? 'en' : fallback;
