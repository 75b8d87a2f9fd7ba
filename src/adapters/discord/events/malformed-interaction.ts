// Interactions discord.js cannot build (no user and no member, a button without its message) throw
// inside the library before any listener sees them, and the user would get silence. They are caught
// here, on the raw packet, answered with the generic ephemeral notice through REST, and withheld from
// discord.js so it does not throw.
import { Events, Routes, type Client } from 'discord.js';
import type { BotContext } from '../context.js';
import { apiPayload } from '../reply.js';
import { errorView } from '../views.js';

export const name = Events.Raw;

interface RawInteraction {
  id: string;
  token: string;
  type: number;
  user?: { id?: string };
  member?: { user?: { id?: string } };
  message?: unknown;
}

/** Why discord.js could not build this interaction, or undefined when it can. */
export function malformedReason(d: RawInteraction): string | undefined {
  if (!d.user?.id && !d.member?.user?.id) return 'no user and no member';
  if (d.type === 3 && !d.message) return 'a component without its message';
  return undefined;
}

export function execute(ctx: BotContext, client: Client, packet: { t?: string | null; d?: unknown }): void {
  if (packet.t !== 'INTERACTION_CREATE' || !packet.d) return;
  const d = packet.d as RawInteraction;
  const reason = malformedReason(d);
  if (!reason || typeof d.id !== 'string' || typeof d.token !== 'string') return;
  packet.t = 'MALFORMED_INTERACTION_CREATE'; // no discord.js handler has this name: it skips the packet
  ctx.logger.warn({ interactionId: d.id, reason }, 'malformed interaction');
  // Autocomplete (type 4) can only take choices; everything else gets the notice.
  const body = d.type === 4 ? { type: 8, data: { choices: [] } } : { type: 4, data: apiPayload(errorView()) };
  client.rest.post(Routes.interactionCallback(d.id, d.token), { body, auth: false }).catch((err: unknown) => ctx.logger.warn({ err, interactionId: d.id }, 'could not send the error reply'));
}
