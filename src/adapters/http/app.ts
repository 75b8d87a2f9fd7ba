// One endpoint process: the engine, the bot's handlers and the HTTP server, wired. Used by each
// worker of `npm run serve`, and by tests in-process.
import { commands as defaultCommands } from '../../../commands/index.js';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logger.js';
import { buttons as defaultButtons } from '../discord/buttons.js';
import type { AnyButton, BotContext, SlashCommand } from '../discord/context.js';
import { Cooldown } from '../discord/cooldown.js';
import { createDispatcher } from '../discord/dispatch.js';
import { ConversationStore } from '../conversations.js';
import { QuestionStore } from '../discord/question-store.js';
import { createMetrics } from './metrics.js';
import { createEndpoint, type Endpoint } from './server.js';
import { createVerifier } from './verify.js';

export interface EndpointAppOptions {
  engine: Engine;
  logger: Logger;
  publicKey: string;
  commands?: SlashCommand[];
  buttons?: AnyButton[];
  cooldown?: Cooldown;
  /** True in a cluster worker: /metrics then reports the sum over all workers. */
  clustered?: boolean;
  maxBodyBytes?: number;
}

export function createEndpointApp(options: EndpointAppOptions): Endpoint & { ctx: BotContext } {
  // The cooldown and the store of long questions are this process's own (see README, Running at scale).
  // Conversations are per process: a follow-up reaching another worker starts afresh.
  const ctx: BotContext = { engine: options.engine, logger: options.logger, store: new QuestionStore(), cooldown: options.cooldown ?? new Cooldown(), conversations: new ConversationStore() };
  const dispatch = createDispatcher(options.commands ?? defaultCommands, options.buttons ?? defaultButtons, ctx);
  const metrics = createMetrics({ clustered: options.clustered ?? false });
  const endpoint = createEndpoint({
    dispatch,
    verify: createVerifier(options.publicKey),
    logger: options.logger,
    metrics,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  return { ...endpoint, ctx };
}
