// Renders what the bot sent to the emulator as a person would see it in Discord: who it went to,
// the embed's title, text, fields and footer, and the buttons (numbered, so the sandbox can press them).
import { REACTION, type RecordedRequest } from './discord-emulator.js';

export interface RenderedButton {
  label: string;
  customId: string;
  /** Shown greyed out in Discord, and cannot be pressed. */
  disabled: boolean;
}

interface Embed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
}

interface MessageBody {
  content?: string;
  embeds?: Embed[];
  flags?: number;
  components?: Array<{ components: Array<{ label?: string; custom_id?: string; disabled?: boolean }> }>;
}

const CALLBACK_KINDS: Record<number, string> = { 4: 'reply', 5: 'thinking…', 6: 'acknowledged', 7: 'message updated', 8: 'autocomplete' };

const indent = (text: string, prefix = '  │ ') => text.split('\n').map((l) => prefix + l).join('\n');
/** Discord shows a backslash-escaped character as the character alone. */
const shown = (text: string) => text.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');

function renderMessage(body: MessageBody, buttons: RenderedButton[]): string[] {
  const out: string[] = [];
  if (body.content) out.push(indent(body.content));
  for (const e of body.embeds ?? []) {
    if (e.title) out.push(indent(`**${shown(e.title)}**`));
    if (e.description) out.push(indent(shown(e.description)));
    for (const f of e.fields ?? []) out.push(indent(`${f.name}\n${shown(f.value)}`, '  │   '));
    if (e.footer?.text) out.push(indent(`— ${e.footer.text}`));
  }
  const row: string[] = [];
  for (const r of body.components ?? []) {
    for (const c of r.components) {
      if (!c.custom_id) continue;
      buttons.push({ label: c.label ?? '', customId: c.custom_id, disabled: c.disabled === true });
      row.push(`[${buttons.length}] ${c.label ?? ''}${c.disabled ? ' (disabled)' : ''}`);
    }
  }
  if (row.length > 0) out.push(`  ${row.join('   ')}`);
  return out;
}

/** Text for one recorded request; buttons found are appended to `buttons` and numbered from 1. */
export function renderRequest(req: RecordedRequest, buttons: RenderedButton[]): string | undefined {
  if (req.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(req.path)) {
    const { type, data } = req.body as { type: number; data?: MessageBody & { choices?: Array<{ name: string }> } };
    if (type === 8) return [`bot ▸ autocomplete`, ...(data?.choices ?? []).map((c) => `  • ${c.name}`)].join('\n');
    const ephemeral = ((data?.flags ?? 0) & 64) !== 0 ? ' (only you can see this)' : '';
    return [`bot ▸ ${CALLBACK_KINDS[type] ?? `callback ${type}`}${ephemeral}`, ...(data ? renderMessage(data, buttons) : [])].join('\n');
  }
  if (req.method === 'POST' && /^\/channels\/\d+\/messages$/.test(req.path)) {
    return ['bot ▸ message', ...renderMessage(req.body as MessageBody, buttons)].join('\n');
  }
  if (req.method === 'POST' && /^\/webhooks\//.test(req.path)) {
    const ephemeral = (((req.body as MessageBody).flags ?? 0) & 64) !== 0 ? ' (only you can see this)' : '';
    return [`bot ▸ follow-up${ephemeral}`, ...renderMessage(req.body as MessageBody, buttons)].join('\n');
  }
  const reaction = req.method === 'PUT' ? REACTION.exec(req.path) : null;
  if (reaction) return `bot ▸ reacted ${reaction[3]} to your message`;
  return undefined;
}
