// The HTTP transport's adapter: raw interaction JSON (as Discord POSTs it) to the neutral requests of
// dispatch.ts, and a response description back to the JSON Discord expects in the HTTP response.
import type { HandlerResponse, InteractionBase, OptionValue } from '../discord/context.js';
import type { NeutralInteraction } from '../discord/dispatch.js';
import { apiPayload } from '../discord/reply.js';

/** Discord's interaction types and response types. */
export const INTERACTION = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;
export const RESPONSE = { pong: 1, message: 4, update: 7, choices: 8 } as const;

interface RawOption {
  name?: unknown;
  value?: unknown;
  focused?: unknown;
}

interface RawInteraction {
  id?: unknown;
  type?: unknown;
  data?: { name?: unknown; options?: unknown; custom_id?: unknown };
  user?: { id?: unknown };
  member?: { user?: { id?: unknown } };
  channel_id?: unknown;
  guild_id?: unknown;
  locale?: unknown;
  message?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function rawOptions(data: RawInteraction['data']): RawOption[] {
  return Array.isArray(data?.options) ? (data.options as unknown[]).filter((o): o is RawOption => typeof o === 'object' && o !== null) : [];
}

function optionsOf(list: RawOption[]): Record<string, OptionValue | undefined> {
  const out: Record<string, OptionValue | undefined> = {};
  for (const o of list) {
    if (typeof o.name === 'string' && (typeof o.value === 'string' || typeof o.value === 'number' || typeof o.value === 'boolean')) out[o.name] = o.value;
  }
  return out;
}

/** Reads a parsed interaction body; anything the bot cannot act on comes back "malformed". */
export function toNeutral(raw: RawInteraction): NeutralInteraction {
  const id = str(raw.id) ?? 'unknown';
  const type = raw.type;
  const autocomplete = type === INTERACTION.autocomplete;
  const malformed = (reason: string): NeutralInteraction => ({ kind: 'malformed', id, reason, autocomplete });
  // In a server the user comes inside `member`; in a DM, as `user`.
  const userId = str(raw.member?.user?.id) ?? str(raw.user?.id);
  if (!userId) return malformed('no user and no member');
  const base: InteractionBase = { id, userId };
  const channelId = str(raw.channel_id);
  const guildId = str(raw.guild_id);
  const locale = str(raw.locale);
  if (channelId) base.channelId = channelId;
  if (guildId) base.guildId = guildId;
  if (locale) base.locale = locale;
  const name = str(raw.data?.name);
  if (type === INTERACTION.command) {
    if (!name) return malformed('a command without a name');
    return { kind: 'command', request: { ...base, name, options: optionsOf(rawOptions(raw.data)) } };
  }
  if (autocomplete) {
    const options = rawOptions(raw.data);
    const focused = options.find((o) => o.focused === true);
    if (!name || !focused || typeof focused.name !== 'string') return malformed('autocomplete without a focused option');
    return { kind: 'autocomplete', request: { ...base, name, options: optionsOf(options), focused: { name: focused.name, value: String(focused.value ?? '') } } };
  }
  if (type === INTERACTION.component) {
    const customId = str(raw.data?.custom_id);
    if (!customId || !raw.message) return malformed('a component without its custom_id or message');
    return { kind: 'button', request: { ...base, customId } };
  }
  return malformed(`interaction type ${String(type)} is not handled`);
}

/** The JSON body of the HTTP response for a handler's response. */
export function toResponseBody(response: HandlerResponse): unknown {
  if (response.type === 'choices') return { type: RESPONSE.choices, data: { choices: response.choices } };
  if (response.type === 'reply') return { type: RESPONSE.message, data: apiPayload(response.view) };
  const { flags: _ephemeral, ...data } = apiPayload(response.view); // an edit keeps the message's own visibility
  return { type: RESPONSE.update, data };
}
