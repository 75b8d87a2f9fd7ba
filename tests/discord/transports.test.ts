// One handler, two transports: the same interaction, delivered through the gateway (discord.js, via
// the router) and POSTed to the HTTP endpoint (raw JSON, via its adapter), gets the same reply.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { buttons } from '../../src/adapters/discord/buttons.js';
import { createDispatcher } from '../../src/adapters/discord/dispatch.js';
import { createRouter } from '../../src/adapters/discord/router.js';
import { toNeutral, toResponseBody } from '../../src/adapters/http/interaction.js';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { fakeAutocomplete, fakeButton, fakeCommand, testContext } from '../support/fakes.js';

const emu = new DiscordEmulator(); // only its payload builders: nothing listens
const USER = emu.member.id;
const router = createRouter(commands, buttons, testContext());
const dispatch = createDispatcher(commands, buttons, testContext());

async function overHttp(payload: unknown) {
  return toResponseBody(await dispatch(toNeutral(JSON.parse(JSON.stringify(payload))))) as { type: number; data: Record<string, unknown> };
}

const cases: Array<[string, Record<string, string | number | boolean>]> = [
  ['ask', { question: 'Who chaired the meeting?' }],
  ['ask', { question: 'ما هو سعر النفط؟', private: true }],
  ['members', { filter: 'states', language: 'ar' }],
  ['who', { name: 'Gargash' }],
  ['source', {}],
  ['source', { paragraph: 4 }],
  ['help', {}],
  ['nope', {}],
];

describe('the gateway and the endpoint answer alike', () => {
  it.each(cases)('/%s %j', async (name, options) => {
    const gateway = fakeCommand(name, options, USER);
    await router.handle(gateway.interaction);
    const sent = gateway.sent[0]!;
    const http = await overHttp(emu.commandPayload(name, Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value }))));
    expect(sent.method).toBe('reply');
    expect(http.type).toBe(4);
    const { allowedMentions, ...rest } = sent.payload;
    expect(allowedMentions.parse).toEqual([]);
    const { allowed_mentions, ...data } = http.data;
    expect(allowed_mentions).toEqual({ parse: [] });
    expect(data).toEqual(rest);
  });

  it.each(['para:3', 'src:2:ar', 'lang:ar:=Where was the meeting held?', 'ask:=How many states attended?', 'nope:1'])('button %s', async (customId) => {
    const gateway = fakeButton(customId, USER);
    await router.handle(gateway.interaction);
    const sent = gateway.sent[0]!;
    const http = await overHttp(emu.buttonPayload(customId));
    expect(http.type).toBe(sent.method === 'update' ? 7 : 4);
    const { allowedMentions: _a, ...rest } = sent.payload;
    const { allowed_mentions: _b, ...data } = http.data;
    expect(data).toEqual(rest);
  });

  it.each([['ask', 'question', 'who'], ['who', 'name', 'قرق']])('autocomplete /%s', async (name, option, typed) => {
    const gateway = fakeAutocomplete(name, typed);
    await router.handle(gateway.interaction);
    const http = await overHttp(emu.autocompletePayload(name, option, typed));
    expect(http).toEqual({ type: 8, data: { choices: gateway.sent[0]!.payload } });
  });
});
