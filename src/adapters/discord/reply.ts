// The one way out: every message or interaction reply is built here, fitted to Discord's limits and
// with mentions disabled, so an echoed "@everyone" or "<@123>" can never ping anyone.
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { LIMITS, customId, fitContent, fitEmbeds, fitLabel, type EmbedData } from './limits.js';

export interface ButtonView {
  /** Parts of the custom_id, joined with ":" and fitted to 100 characters. */
  id: string[];
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

const STYLE = { primary: ButtonStyle.Primary, secondary: ButtonStyle.Secondary, success: ButtonStyle.Success } as const;

function rows(buttons: ButtonView[][] = []): APIActionRowComponent<APIButtonComponent>[] {
  return buttons
    .filter((row) => row.length > 0)
    .slice(0, LIMITS.rowsPerMessage)
    .map((row) => ({
      type: ComponentType.ActionRow,
      components: row.slice(0, LIMITS.buttonsPerRow).map((b) => ({
        type: ComponentType.Button,
        style: STYLE[b.style ?? 'secondary'],
        custom_id: customId(...b.id),
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
export function interactionPayload(view: ReplyView): MessagePayload & { flags?: MessageFlags.Ephemeral } {
  const payload = messagePayload(view);
  return view.ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload;
}
