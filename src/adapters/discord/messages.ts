// Direct messages and mentions: what a message asks of the bot, if anything.

export type MessageIntent = { kind: 'ignore' } | { kind: 'help' } | { kind: 'empty' } | { kind: 'ask'; question: string };

export interface IncomingMessage {
  content: string;
  authorIsBot: boolean;
  authorId: string;
  inGuild: boolean;
  mentionsBot: boolean;
}

const HELP_WORDS = new Set(['help', '/help', '!help', 'مساعدة', 'مساعده', 'ساعدني']);

/** Reads a message: DMs are questions; in a server only messages that mention the bot are. */
export function readMessage(msg: IncomingMessage, botId: string): MessageIntent {
  if (msg.authorIsBot || msg.authorId === botId) return { kind: 'ignore' };
  if (msg.inGuild && !msg.mentionsBot) return { kind: 'ignore' };
  // Strip the bot's own mention, in either form, wherever it stands.
  const text = msg.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'empty' };
  if (HELP_WORDS.has(text.toLowerCase())) return { kind: 'help' };
  return { kind: 'ask', question: text };
}
