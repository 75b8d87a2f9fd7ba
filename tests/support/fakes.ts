// Small typed fakes of discord.js interactions: just what the handlers touch, recording replies.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import pino from 'pino';
import type { BotContext } from '../../src/adapters/discord/context.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { ConversationStore } from '../../src/adapters/conversations.js';
import { QuestionStore } from '../../src/adapters/discord/question-store.js';
import { testEngine } from './engine.js';

export interface Sent {
  method: 'reply' | 'followUp' | 'update' | 'respond';
  payload: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function testContext(overrides: Partial<BotContext> = {}): BotContext {
  return {
    engine: testEngine(),
    logger: pino({ level: 'silent' }),
    store: new QuestionStore(),
    conversations: new ConversationStore(),
    cooldown: new Cooldown(1000, 10_000),
    ...overrides,
  };
}

type Options = Record<string, string | number | boolean | undefined>;

/** How a send fails, for the transport's retry and fallback: once with a network error, or after acknowledging. */
export type SendFault = 'none' | 'socket-once' | 'ack-then-fail';

function base(sent: Sent[], userId: string, fault: SendFault = 'none') {
  const state = { replied: false, deferred: false, failed: false };
  const failing = (ack: boolean) => {
    if (fault === 'socket-once' && !state.failed) {
      state.failed = true;
      throw Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    }
    if (fault === 'ack-then-fail' && !state.failed) {
      state.failed = true;
      if (ack) state.replied = true;
      throw new Error('Internal Server Error');
    }
  };
  return {
    id: '1100000000000000001',
    user: { id: userId },
    locale: 'en-US',
    channelId: '1100000000000000005',
    guildId: '1100000000000000006',
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    isRepliable: () => true,
    reply: async (payload: unknown) => {
      if (state.replied) throw new Error('Interaction has already been acknowledged.');
      failing(true);
      state.replied = true;
      sent.push({ method: 'reply', payload });
    },
    followUp: async (payload: unknown) => {
      sent.push({ method: 'followUp', payload });
    },
    update: async (payload: unknown) => {
      failing(true);
      state.replied = true;
      sent.push({ method: 'update', payload });
    },
  };
}

/** discord.js's resolved options: `options.data`, a list of { name, value }, is what the router reads. */
const optionData = (options: Options, focused?: string) => ({
  data: Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .map(([name, value]) => ({ name, value, ...(name === focused ? { focused: true } : {}) })),
});

export function fakeCommand(commandName: string, options: Options = {}, userId = '200000000000000001', fault: SendFault = 'none') {
  const sent: Sent[] = [];
  // Object.assign keeps base's getters live (a spread would freeze `replied` at false).
  const interaction = Object.assign(base(sent, userId, fault), {
    commandName,
    options: optionData(options),
    isAutocomplete: () => false,
    isChatInputCommand: () => true,
    isButton: () => false,
  });
  return { interaction: interaction as unknown as ChatInputCommandInteraction & Interaction, sent };
}

export function fakeAutocomplete(commandName: string, focused: string | undefined, option = commandName === 'who' ? 'name' : 'question') {
  const sent: Sent[] = [];
  const interaction = {
    id: '1100000000000000002',
    user: { id: '200000000000000001' },
    commandName,
    // `focused: undefined`: a malformed autocomplete, with no option marked as being typed.
    options: optionData({ [option]: focused ?? 'x' }, focused === undefined ? undefined : option),
    isAutocomplete: () => true,
    isChatInputCommand: () => false,
    isButton: () => false,
    isRepliable: () => false,
    respond: async (payload: unknown) => {
      sent.push({ method: 'respond', payload });
    },
  };
  return { interaction: interaction as unknown as AutocompleteInteraction & Interaction, sent };
}

export function fakeButton(customId: string, userId = '200000000000000001', options: { message?: boolean; fault?: SendFault } = {}) {
  const sent: Sent[] = [];
  const interaction = Object.assign(base(sent, userId, options.fault), {
    customId,
    message: options.message === false ? null : { id: '1100000000000000007' },
    isAutocomplete: () => false,
    isChatInputCommand: () => false,
    isButton: () => true,
  });
  return { interaction: interaction as unknown as ButtonInteraction & Interaction, sent };
}
