// The guard itself: a connection to anything but loopback is refused before any lookup or packet.
import net from 'node:net';
import { expect, it } from 'vitest';

it('refuses a connection beyond loopback, in every calling form', () => {
  expect(() => net.connect({ host: 'example.invalid', port: 443 })).toThrow(/only loopback is allowed/);
  expect(() => net.connect(443, 'example.invalid')).toThrow(/only loopback is allowed/);
  expect(() => new net.Socket().connect({ host: 'example.invalid', port: 443 })).toThrow(/only loopback is allowed/);
});

it('refuses fetch beyond loopback too', async () => {
  const err = await fetch('http://example.invalid/').then(
    () => undefined,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(err?.cause?.message).toMatch(/only loopback is allowed/);
});

it('allows loopback', async () => {
  const server = net.createServer((s) => s.end());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve, reject) => net.connect({ host: '127.0.0.1', port }, resolve).on('error', reject));
  await new Promise<void>((resolve, reject) => net.connect(port, '127.0.0.1', resolve).on('error', reject));
  await new Promise<void>((r) => server.close(() => r()));
});
