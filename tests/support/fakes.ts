// Small typed fakes of discord.js interactions: just what the handlers touch, recording replies.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import pino from 'pino';
import type { BotContext } from '../../src/adapters/discord/context.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
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
    cooldown: new Cooldown(1000, 10_000),
    ...overrides,
  };
}

type Options = Record<string, string | number | boolean | undefined>;

function base(sent: Sent[], userId: string) {
  const state = { replied: false, deferred: false };
  return {
    id: '1100000000000000001',
    user: { id: userId },
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    isRepliable: () => true,
    reply: async (payload: unknown) => {
      if (state.replied) throw new Error('Interaction has already been acknowledged.');
      state.replied = true;
      sent.push({ method: 'reply', payload });
    },
    followUp: async (payload: unknown) => {
      sent.push({ method: 'followUp', payload });
    },
    update: async (payload: unknown) => {
      state.replied = true;
      sent.push({ method: 'update', payload });
    },
  };
}

const getters = (options: Options) => ({
  getString: (name: string, required?: boolean) => {
    const v = options[name];
    if (v === undefined && required) throw new Error(`missing ${name}`);
    return (v as string | undefined) ?? null;
  },
  getBoolean: (name: string) => (options[name] as boolean | undefined) ?? null,
  getInteger: (name: string) => (options[name] as number | undefined) ?? null,
});

export function fakeCommand(commandName: string, options: Options = {}, userId = '200000000000000001') {
  const sent: Sent[] = [];
  // Object.assign keeps base's getters live (a spread would freeze `replied` at false).
  const interaction = Object.assign(base(sent, userId), {
    commandName,
    options: getters(options),
    isAutocomplete: () => false,
    isChatInputCommand: () => true,
    isButton: () => false,
  });
  return { interaction: interaction as unknown as ChatInputCommandInteraction & Interaction, sent };
}

export function fakeAutocomplete(commandName: string, focused: string) {
  const sent: Sent[] = [];
  const interaction = {
    id: '1100000000000000002',
    commandName,
    options: { getFocused: () => focused },
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

export function fakeButton(customId: string, userId = '200000000000000001') {
  const sent: Sent[] = [];
  const interaction = Object.assign(base(sent, userId), {
    customId,
    isAutocomplete: () => false,
    isChatInputCommand: () => false,
    isButton: () => true,
  });
  return { interaction: interaction as unknown as ButtonInteraction & Interaction, sent };
}
