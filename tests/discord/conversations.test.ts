import { describe, expect, it } from 'vitest';
import { ConversationStore, conversationKey } from '../../src/adapters/conversations.js';
import type { ConversationContext } from '../../src/engine/types.js';

const ctx = (question: string): ConversationContext => ({ at: 0, language: 'en', question, frame: {}, focus: [] });

describe('conversation store', () => {
  it('keeps one conversation per user and place', () => {
    const store = new ConversationStore();
    store.set(conversationKey.dm('u1'), ctx('a'));
    store.set(conversationKey.mention('c1', 'u1'), ctx('b'));
    expect(store.get(conversationKey.dm('u1'))?.question).toBe('a');
    expect(store.get(conversationKey.mention('c1', 'u1'))?.question).toBe('b');
    expect(store.get(conversationKey.mention('c1', 'u2'))).toBeUndefined();
  });

  it('forgets a conversation after its time', () => {
    let now = 0;
    const store = new ConversationStore({ ttlMs: 1000, now: () => now });
    store.set('k', ctx('a'));
    now = 999;
    expect(store.get('k')).toBeDefined();
    now = 2100;
    expect(store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('stays bounded, dropping the least recently used', () => {
    const store = new ConversationStore({ max: 3 });
    for (const k of ['a', 'b', 'c']) store.set(k, ctx(k));
    store.get('a'); // a is now the most recent
    store.set('d', ctx('d'));
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    for (let i = 0; i < 20_000; i++) {
      store.set(`user${i}`, ctx('q'));
      store.link(`m${i}`, ctx('q'));
    }
    expect(store.size).toBe(3);
    expect(store.linkCount).toBe(3);
  });

  it('finds the conversation a bot message answered in, while it is fresh', () => {
    let now = 0;
    const store = new ConversationStore({ now: () => now, ttlMs: 1000 });
    store.link('m1', ctx('first'));
    store.set(conversationKey.mention('c1', 'u1'), ctx('later'));
    expect(store.conversationOf('m1')?.question).toBe('first');
    now = 5000;
    expect(store.conversationOf('m1')).toBeUndefined();
    expect(store.conversationOf('m2')).toBeUndefined();
    expect(store.conversationOf(undefined)).toBeUndefined();
  });
});
