// /about: what the bot knows and does not know, its source, and privacy.
import { SlashCommandBuilder } from '@discordjs/builders';
import { reply, type BotContext, type CommandRequest } from '../src/adapters/discord/context.js';
import { helpView } from '../src/adapters/discord/views.js';

export const data = new SlashCommandBuilder().setName('about').setDescription('What the bot knows, its source, and privacy / عن البوت');

export const execute = (_request: CommandRequest, ctx: BotContext) => reply(helpView('about', ctx.engine.data));
