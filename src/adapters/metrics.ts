// Prometheus metrics for operators (served only when METRICS_PORT is set). One registry per bot, so
// tests and shards never share counters. Each handled event runs in a scope that the hooks below mark
// with what happened (answered, refused, cooldown, error), so the handlers themselves count nothing.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Source = 'interaction' | 'message';
/** Worst wins: an event that hit the cooldown and then failed counts as an error. */
const RANK = { ok: 0, answered: 1, refused: 2, cooldown: 3, error: 4 } as const;
export type Outcome = keyof typeof RANK;

export class BotMetrics {
  readonly registry = new Registry();
  private readonly scope = new AsyncLocalStorage<{ source: Source; outcome: Outcome }>();
  private readonly interactions: Counter<'kind' | 'outcome'>;
  private readonly messages: Counter<'kind' | 'outcome'>;
  private readonly answerSeconds: Histogram<'source'>;
  private readonly refusals: Counter<'source'>;
  private readonly cooldownHits: Counter<'source'>;
  private readonly restResponses: Counter<'status'>;
  private readonly restRateLimited: Counter;

  constructor(options: { gatewayPingMs?: () => number; gatewayConnected?: () => boolean } = {}) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry }); // process memory, CPU, event loop lag, GC
    this.interactions = new Counter({ name: 'bot_interactions_total', help: 'Interactions handled, by kind (command:name, autocomplete:name, button:prefix) and outcome', labelNames: ['kind', 'outcome'], registers });
    this.messages = new Counter({ name: 'bot_messages_total', help: 'Messages received, by kind (dm, mention, ignored, bot) and outcome', labelNames: ['kind', 'outcome'], registers });
    this.answerSeconds = new Histogram({
      name: 'bot_answer_duration_seconds',
      help: 'From receiving a question to its reply sent (engine and Discord REST)',
      labelNames: ['source'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.refusals = new Counter({ name: 'bot_refusals_total', help: 'Answers saying the article does not say (answered: false)', labelNames: ['source'], registers });
    this.cooldownHits = new Counter({ name: 'bot_cooldown_hits_total', help: 'Questions refused by the per-user cooldown', labelNames: ['source'], registers });
    this.restResponses = new Counter({ name: 'bot_rest_errors_total', help: 'Discord REST responses with an error status, by status', labelNames: ['status'], registers });
    this.restRateLimited = new Counter({ name: 'bot_rest_rate_limited_total', help: 'Discord REST responses 429 (rate limited)', registers });
    const { gatewayPingMs, gatewayConnected } = options;
    new Gauge({
      name: 'bot_gateway_ping_seconds',
      help: 'Latest gateway heartbeat round trip (-1 before the first)',
      registers,
      collect() {
        const ms = gatewayPingMs?.() ?? -1;
        this.set(ms >= 0 ? ms / 1000 : -1);
      },
    });
    new Gauge({
      name: 'bot_gateway_connected',
      help: '1 while the gateway session is up',
      registers,
      collect() {
        this.set(gatewayConnected?.() ? 1 : 0);
      },
    });
  }

  /** Runs one event's handler in a scope, then counts it by kind and outcome. */
  async track(source: Source, kind: string, handle: () => Promise<void>): Promise<void> {
    const state = { source, outcome: 'ok' as Outcome };
    const started = performance.now();
    try {
      await this.scope.run(state, handle);
    } catch (err) {
      state.outcome = 'error';
      throw err;
    } finally {
      (source === 'interaction' ? this.interactions : this.messages).inc({ kind, outcome: state.outcome });
      if (state.outcome === 'answered' || state.outcome === 'refused') this.answerSeconds.observe({ source }, (performance.now() - started) / 1000);
    }
  }

  /** Raises the current event's outcome; outside an event (no scope) there is nothing to mark. */
  private mark(outcome: Outcome): void {
    const state = this.scope.getStore();
    if (state && RANK[outcome] > RANK[state.outcome]) state.outcome = outcome;
  }

  private source(): Source {
    return this.scope.getStore()?.source ?? 'interaction';
  }

  answered(answered: boolean): void {
    this.mark(answered ? 'answered' : 'refused');
    if (!answered) this.refusals.inc({ source: this.source() });
  }

  cooldown(): void {
    this.mark('cooldown');
    this.cooldownHits.inc({ source: this.source() });
  }

  error(): void {
    this.mark('error');
  }

  rest(status: number): void {
    if (status === 429) this.restRateLimited.inc();
    if (status >= 400) this.restResponses.inc({ status: String(status) });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
