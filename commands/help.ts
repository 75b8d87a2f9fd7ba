// /help: how to use the bot, in English and Arabic.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { interactionPayload } from '../src/adapters/discord/reply.js';
import { helpView } from '../src/adapters/discord/views.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('How to use the bot / كيف تستخدم البوت');

export async function execute(interaction: ChatInputCommandInteraction) {
  return interaction.reply(interactionPayload(helpView('help')));
}
