// Where each conversation's context is kept between messages: per user and per place (a DM, a channel
// mention, a reply chain, /ask in a channel), for 15 minutes, in a bounded store. The least recently
// used conversation goes first when it is full, so memory stays flat however many people talk.
import type { ConversationContext } from '../engine/types.js';

export interface ConversationStoreOptions {
  /** Most conversations kept; the least recently used is dropped beyond it. */
  max?: number;
  /** A conversation untouched this long is forgotten (milliseconds). */
  ttlMs?: number;
  now?: () => number;
}

interface Entry {
  context: ConversationContext;
  at: number;
}

export class ConversationStore {
  private readonly entries = new Map<string, Entry>();
  /** Bot message id → the conversation as it stood when the message answered, so a reply to it
   *  continues from there, even after the place's conversation has moved on. */
  private readonly links = new Map<string, Entry>();
  private readonly max: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: ConversationStoreOptions = {}) {
    this.max = options.max ?? 5000;
    this.ttlMs = options.ttlMs ?? 15 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get linkCount(): number {
    return this.links.size;
  }

  get(key: string): ConversationContext | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-inserting keeps the Map in least-recently-used order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.context;
  }

  set(key: string, context: ConversationContext | undefined): void {
    if (!context) return;
    this.entries.delete(key);
    this.entries.set(key, { context, at: this.now() });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Remembers the conversation a bot message answered in. */
  link(messageId: string, context: ConversationContext | undefined): void {
    if (!context) return;
    this.links.delete(messageId);
    this.links.set(messageId, { context, at: this.now() });
    while (this.links.size > this.max) this.links.delete(this.links.keys().next().value!);
  }

  /** The conversation a bot message answered in, if still fresh. */
  conversationOf(messageId: string | undefined): ConversationContext | undefined {
    const entry = messageId ? this.links.get(messageId) : undefined;
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.links.delete(messageId!);
      return undefined;
    }
    return entry.context;
  }
}

/** Conversation keys: one conversation per user per place. */
export const conversationKey = {
  dm: (userId: string) => `dm:${userId}`,
  mention: (channelId: string, userId: string) => `ch:${channelId}:${userId}`,
  slash: (channelId: string, userId: string) => `ask:${channelId}:${userId}`,
};
