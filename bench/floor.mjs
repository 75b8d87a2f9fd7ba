// The floor for the endpoint's numbers: a bare node:http server that verifies the Ed25519 signature
// (as the endpoint does, with node:crypto) and returns a canned reply: no engine, no handlers, no
// metrics, on as many workers as the endpoint. The bench hands it a real /ask reply (FLOOR_REPLY), so
// both send the same bytes; what the endpoint adds above this is the bot's own cost.
import cluster from 'node:cluster';
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { Buffer } from 'node:buffer';
import process from 'node:process';

const workers = Number(process.env.WORKERS ?? 1);
const CANNED = process.env.FLOOR_REPLY ?? JSON.stringify({ type: 4, data: { content: 'canned', allowed_mentions: { parse: [] } } });

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.once('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    process.exit(0);
  });
} else {
  const x = Buffer.from(process.env.DISCORD_PUBLIC_KEY ?? '', 'hex').toString('base64url');
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const signature = Buffer.from(String(req.headers['x-signature-ed25519'] ?? ''), 'hex');
      const signed = Buffer.concat([Buffer.from(String(req.headers['x-signature-timestamp'] ?? '')), ...chunks]);
      const ok = signature.length === 64 && verify(null, signed, key, signature);
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? CANNED : '{}');
    });
  });
  server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
    process.stderr.write(`${JSON.stringify({ msg: 'listening', port: server.address().port, pid: process.pid })}\n`);
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
