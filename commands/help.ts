// /help: how to use the bot, in English and Arabic.
import { SlashCommandBuilder } from '@discordjs/builders';
import { reply, type BotContext, type CommandRequest } from '../src/adapters/discord/context.js';
import { helpView } from '../src/adapters/discord/views.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('How to use the bot / كيف تستخدم البوت');

export const execute = (_request: CommandRequest, ctx: BotContext) => reply(helpView('help', ctx.engine.data));
