// Prometheus metrics of the interactions endpoint (prom-client), in one registry per process. With
// several workers, the primary process sums every worker's registry (prom-client's
// AggregatorRegistry over cluster IPC), so a scrape that lands on any worker sees the whole server.
import cluster from 'node:cluster';
import { AggregatorRegistry, Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type RequestType = 'ping' | 'command' | 'autocomplete' | 'button' | 'malformed' | 'none';
export type Outcome = 'ok' | 'error' | 'unauthorized' | 'bad_request' | 'too_large';

export interface EndpointMetrics {
  registry: Registry;
  requests: Counter<'type' | 'outcome'>;
  latency: Histogram<'type'>;
  signatureFailures: Counter;
  /** The Prometheus text for a scrape: this process's, or every worker's summed by the primary. */
  text(): Promise<string>;
}

export function createMetrics(options: { clustered?: boolean } = {}): EndpointMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry }); // process memory, CPU, event-loop lag
  const requests = new Counter({
    name: 'interactions_http_requests_total',
    help: 'Requests to POST /interactions by interaction type and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'interactions_http_request_duration_seconds',
    help: 'Time from a request\'s first byte to its response, by interaction type',
    labelNames: ['type'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const signatureFailures = new Counter({
    name: 'interactions_http_signature_failures_total',
    help: 'Requests refused for a missing or wrong Ed25519 signature',
    registers: [registry],
  });
  const clustered = options.clustered ?? false;
  if (clustered) {
    AggregatorRegistry.setRegistries([registry]);
    // prom-client installs a worker's answer to the primary's requests when an aggregator is built.
    new AggregatorRegistry();
  }
  return {
    registry,
    requests,
    latency,
    signatureFailures,
    text: () => (clustered ? askPrimary() : registry.metrics()),
  };
}

// ---- cluster: a worker asks the primary, which gathers every worker's metrics ----

const REQUEST = 'metrics:request';
const RESPONSE = 'metrics:response';
let nextId = 0;
const pending = new Map<number, (text: string | undefined) => void>();

function askPrimary(): Promise<string> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('the primary process did not answer for metrics'));
    }, 5000);
    pending.set(id, (text) => {
      clearTimeout(timer);
      if (text === undefined) reject(new Error('the primary process could not gather the metrics'));
      else resolve(text);
    });
    process.send?.({ type: REQUEST, id });
  });
}

/** In a worker: receives the primary's answers. */
export function listenForClusterMetrics(): void {
  process.on('message', (m: { type?: string; id?: number; text?: string }) => {
    if (m?.type !== RESPONSE || typeof m.id !== 'number') return;
    pending.get(m.id)?.(m.text);
    pending.delete(m.id);
  });
}

/** In the primary: answers workers' requests with the sum of all workers' registries. */
export function serveClusterMetrics(onError: (err: unknown) => void): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, m: { type?: string; id?: number }) => {
    if (m?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: RESPONSE, id: m.id, text }),
      (err: unknown) => {
        onError(err);
        worker.send({ type: RESPONSE, id: m.id });
      },
    );
  });
}
