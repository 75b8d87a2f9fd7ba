// `npm run serve`: the HTTP interactions endpoint, one worker process per CPU (node:cluster; WORKERS
// overrides), all on one port. SIGTERM lets every in-flight request finish, then exits 0.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig, requireBotConfig, type Config } from '../../config/env.js';
import { DataError, loadData } from '../../data/load.js';
import { createEngine } from '../../engine/engine.js';
import { createLogger, scrub, type Logger } from '../../logger.js';
import { createEndpointApp } from './app.js';
import { listenForClusterMetrics, serveClusterMetrics } from './metrics.js';

/** Past this, a worker that is still draining on shutdown is stopped anyway. */
const DRAIN_MS = 10_000;

async function worker(config: Config, logger: Logger, clustered: boolean): Promise<void> {
  const engine = createEngine(loadData());
  const app = createEndpointApp({ engine, logger, publicKey: config.DISCORD_PUBLIC_KEY!, clustered });
  if (clustered) listenForClusterMetrics();
  const address = await app.listen(config.PORT, config.HOST);
  logger.info({ host: address.address, port: address.port, worker: cluster.worker?.id ?? 0 }, 'listening');

  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ why }, 'draining');
    setTimeout(() => process.exit(0), DRAIN_MS).unref();
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // In a cluster the primary asks each worker to stop (and a worker left without its primary stops).
  process.on('message', (m: { type?: string }) => m?.type === 'shutdown' && stop('primary'));
  process.on('disconnect', () => stop('primary gone'));
}

function primary(config: Config, logger: Logger, workers: number): void {
  serveClusterMetrics((err) => logger.warn({ err }, 'could not gather metrics from the workers'));
  let stopping = false;
  const listened = new Set<number>();
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', (w) => listened.add(w.id));
  cluster.on('exit', (w, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!listened.has(w.id)) {
      // It failed before serving (a bad setting, a port in use): another would fail the same way.
      logger.fatal({ pid: w.process.pid, code }, 'a worker failed to start: stopping');
      for (const other of Object.values(cluster.workers ?? {})) other?.kill();
      process.exit(1);
    }
    // A worker that dies is replaced, so one bad request cannot take the server's capacity down for good.
    logger.error({ pid: w.process.pid, code, signal }, 'worker exited: starting another');
    cluster.fork();
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers }, 'shutting down: letting workers finish in-flight requests');
    for (const w of Object.values(cluster.workers ?? {})) w?.send({ type: 'shutdown' });
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  logger.info({ workers, port: config.PORT, host: config.HOST }, 'starting workers');
}

function main(): void {
  const config = loadConfig();
  requireBotConfig(config, ['DISCORD_PUBLIC_KEY']);
  const logger = createLogger(config.LOG_LEVEL);
  const workers = config.WORKERS ?? availableParallelism();
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  // One worker needs no primary: the process serves directly.
  if (workers === 1) void worker(config, logger, false).catch(fail);
  else if (cluster.isPrimary) primary(config, logger, workers);
  else void worker(config, logger, true).catch(fail);
}

function fail(err: unknown): void {
  const message = err instanceof ConfigError || err instanceof DataError ? err.message : `Start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
  process.stderr.write(`${scrub(message)}\n`);
  process.exit(1);
}

try {
  main();
} catch (err) {
  fail(err);
}
