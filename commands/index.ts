// The bot's slash commands. One file each (data + execute [+ autocomplete]); listed here so the
// router and the deploy script share one list.
import type { SlashCommand } from '../src/adapters/discord/context.js';
import * as about from './about.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as members from './members.js';
import * as source from './source.js';
import * as who from './who.js';

export const commands: SlashCommand[] = [ask, members, who, source, help, about];
