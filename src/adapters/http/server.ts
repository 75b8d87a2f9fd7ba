// The HTTP interactions endpoint: Discord POSTs each interaction here and takes the reply from the
// HTTP response, so there is no gateway, no outgoing request and no shared state. Every POST is size-
// checked while it streams, then its signature is verified before anything is parsed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logger.js';
import type { Dispatch } from '../discord/dispatch.js';
import { INTERACTION, RESPONSE, toNeutral, toResponseBody } from './interaction.js';
import type { EndpointMetrics, Outcome, RequestType } from './metrics.js';
import type { Verifier } from './verify.js';

/** Interactions are small (a question is at most 6,000 characters): anything past this is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface EndpointOptions {
  dispatch: Dispatch;
  verify: Verifier;
  logger: Logger;
  metrics: EndpointMetrics;
  maxBodyBytes?: number;
}

export interface Endpoint {
  server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops taking connections, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

const JSON_TYPE = { 'content-type': 'application/json' };

function write(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { ...(typeof body === 'string' ? { 'content-type': 'text/plain; charset=utf-8' } : JSON_TYPE), 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Reads the body up to `max` bytes; 'too large' (and nothing more read) past that; 'gone' if the client left. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too large' | 'gone'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
    // A client that disconnects mid-body: nothing to answer (resolving twice is a no-op after 'end').
    req.on('close', () => resolve('gone'));
  });
}

const TYPE_NAMES: Record<number, RequestType> = { [INTERACTION.ping]: 'ping', [INTERACTION.command]: 'command', [INTERACTION.component]: 'button', [INTERACTION.autocomplete]: 'autocomplete' };

export function createEndpoint(options: EndpointOptions): Endpoint {
  const { dispatch, verify, logger, metrics } = options;
  const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let closing = false;
  // While draining, each answer closes its connection, so close() is not held by idle keep-alives.
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    write(res, status, body, closing ? { ...headers, connection: 'close' } : headers);

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    let type: RequestType = 'none';
    const done = (status: number, body: unknown, outcome: Outcome, headers?: Record<string, string>) => {
      send(res, status, body, headers);
      metrics.requests.inc({ type, outcome });
      metrics.latency.observe({ type }, (performance.now() - started) / 1000);
    };
    const tooLarge = () => {
      // Answer, then close: the rest of the body is never read.
      done(413, { error: 'body too large' }, 'too_large', { connection: 'close' });
      res.once('finish', () => req.destroy());
    };
    if (Number(req.headers['content-length'] ?? 0) > max) return tooLarge();
    const body = await readBody(req, max);
    if (body === 'gone') return;
    if (body === 'too large') return tooLarge();

    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (!verify(typeof signature === 'string' ? signature : undefined, typeof timestamp === 'string' ? timestamp : undefined, body)) {
      metrics.signatureFailures.inc();
      return done(401, { error: 'invalid request signature' }, 'unauthorized');
    }

    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      return done(400, { error: 'malformed JSON' }, 'bad_request');
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return done(400, { error: 'not an interaction' }, 'bad_request');

    const rawType = (raw as { type?: unknown }).type;
    if (rawType === INTERACTION.ping) {
      type = 'ping';
      return done(200, { type: RESPONSE.pong }, 'ok');
    }
    const neutral = toNeutral(raw);
    type = neutral.kind === 'malformed' ? 'malformed' : (TYPE_NAMES[rawType as number] ?? 'none');
    let failed = false;
    const response = await dispatch(neutral, () => (failed = true));
    done(200, toResponseBody(response), failed ? 'error' : 'ok');
  }

  // Routes by "METHOD path": a map, not a switch.
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>([
    ['POST /interactions', interactions],
    ['GET /healthz', (_req, res) => send(res, closing ? 503 : 200, { status: closing ? 'closing' : 'ok' })],
    [
      'GET /metrics',
      async (_req, res) => {
        try {
          send(res, 200, await metrics.text(), { 'content-type': metrics.registry.contentType });
        } catch (err) {
          logger.warn({ err }, 'could not gather metrics');
          send(res, 503, { error: 'metrics unavailable' });
        }
      },
    ],
  ]);
  const paths = new Set([...routes.keys()].map((k) => k.split(' ')[1]));

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routes.get(`${req.method} ${path}`);
    if (!route) return send(res, paths.has(path) ? 405 : 404, { error: paths.has(path) ? 'method not allowed' : 'not found' });
    Promise.resolve(route(req, res)).catch((err: unknown) => {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  // Discord waits 3 s for an answer: a client that trickles its request for longer is cut off.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        closing = true;
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open; in-flight requests finish first.
        server.closeIdleConnections();
      }),
  };
}
