import { describe, expect, it } from 'vitest';
import { readMessage, type IncomingMessage } from '../../src/adapters/discord/messages.js';

const BOT = '300000000000000001';
const msg = (over: Partial<IncomingMessage>): IncomingMessage => ({
  content: 'Who chaired the meeting?',
  authorIsBot: false,
  authorId: '200000000000000001',
  inGuild: false,
  mentionsBot: false,
  ...over,
});

describe('reading messages', () => {
  it('treats a DM as a question', () => {
    expect(readMessage(msg({}), BOT)).toEqual({ kind: 'ask', question: 'Who chaired the meeting?' });
  });
  it('answers help in both languages', () => {
    expect(readMessage(msg({ content: 'help' }), BOT)).toEqual({ kind: 'help' });
    expect(readMessage(msg({ content: 'مساعدة' }), BOT)).toEqual({ kind: 'help' });
  });
  it('ignores bots, itself, and guild messages that do not mention it', () => {
    expect(readMessage(msg({ authorIsBot: true }), BOT).kind).toBe('ignore');
    expect(readMessage(msg({ authorId: BOT }), BOT).kind).toBe('ignore');
    expect(readMessage(msg({ inGuild: true }), BOT).kind).toBe('ignore');
  });
  it('strips its mention, in both forms, from a guild message', () => {
    expect(readMessage(msg({ inGuild: true, mentionsBot: true, content: `<@${BOT}> من ترأس الاجتماع؟` }), BOT)).toEqual({ kind: 'ask', question: 'من ترأس الاجتماع؟' });
    expect(readMessage(msg({ inGuild: true, mentionsBot: true, content: `where? <@!${BOT}>` }), BOT)).toEqual({ kind: 'ask', question: 'where?' });
  });
  it('notices a mention with nothing after it', () => {
    expect(readMessage(msg({ inGuild: true, mentionsBot: true, content: `<@${BOT}>` }), BOT)).toEqual({ kind: 'empty' });
  });
});
