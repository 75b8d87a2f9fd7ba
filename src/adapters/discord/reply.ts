// The one way out: every message or interaction reply is built here, fitted to Discord's limits and
// with mentions disabled, so an echoed "@everyone" or "<@123>" can never ping anyone. Both transports
// use it: discord.js payloads (camelCase) for the gateway bot, raw API JSON for the HTTP endpoint.
// No runtime import of discord.js, so the HTTP workers never load it.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { LIMITS, cut, fitContent, fitEmbeds, fitLabel, type EmbedData } from './limits.js';

export interface ButtonView {
  /** Encoded by the button that reads it (buttons.ts), within Discord's 100 characters. */
  customId: string;
  label: string;
  style?: 'primary' | 'secondary' | 'success';
  disabled?: boolean;
}

export interface ReplyView {
  content?: string;
  embeds?: EmbedData[];
  /** Rows of buttons; extra rows and buttons beyond Discord's 5×5 are dropped. */
  buttons?: ButtonView[][];
  ephemeral?: boolean;
}

export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;
/** Discord's message flag for "only you can see this". */
export const EPHEMERAL = 64;

// Discord's component types and button styles (discord-api-types' ComponentType / ButtonStyle).
const ACTION_ROW = 1;
const BUTTON = 2;
const STYLE = { primary: 1, secondary: 2, success: 3 } as const;

function rows(buttons: ButtonView[][] = []): APIActionRowComponent<APIButtonComponent>[] {
  return buttons
    .filter((row) => row.length > 0)
    .slice(0, LIMITS.rowsPerMessage)
    .map((row) => ({
      type: ACTION_ROW,
      components: row.slice(0, LIMITS.buttonsPerRow).map((b) => ({
        type: BUTTON,
        style: STYLE[b.style ?? 'secondary'],
        custom_id: cut(b.customId, LIMITS.customId),
        label: fitLabel(b.label),
        disabled: b.disabled ?? false,
      })),
    }));
}

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
}

/** A payload for channel messages and message replies (DMs, mentions). */
export function messagePayload(view: ReplyView): MessagePayload {
  const payload: MessagePayload = {
    embeds: fitEmbeds(view.embeds ?? []) as APIEmbed[],
    components: rows(view.buttons),
    allowedMentions: NO_MENTIONS,
  };
  if (view.content) payload.content = fitContent(view.content);
  return payload;
}

/** A payload for interaction replies, follow-ups and updates; ephemeral through flags, not the deprecated option. */
export function interactionPayload(view: ReplyView): MessagePayload & { flags?: typeof EPHEMERAL } {
  const payload = messagePayload(view);
  return view.ephemeral ? { ...payload, flags: EPHEMERAL } : payload;
}

/** The same payload as raw API JSON, for an interaction response sent as an HTTP body. */
export function apiPayload(view: ReplyView): APIInteractionResponseCallbackData {
  const { allowedMentions: _camel, ...rest } = interactionPayload(view);
  return { ...rest, allowed_mentions: { parse: [] } };
}
