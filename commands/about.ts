// /about: what the bot knows and does not know, its source, and privacy.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { interactionPayload } from '../src/adapters/discord/reply.js';
import { helpView } from '../src/adapters/discord/views.js';

export const data = new SlashCommandBuilder().setName('about').setDescription('What the bot knows, its source, and privacy / عن البوت');

export async function execute(interaction: ChatInputCommandInteraction) {
  return interaction.reply(interactionPayload(helpView('about')));
}
