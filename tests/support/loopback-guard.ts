// Fails any test that opens a connection beyond this machine: tests talk to 127.0.0.1 only.
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const original = net.Socket.prototype.connect;

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const host =
    first && typeof first === 'object' && !Array.isArray(first)
      ? ((first as { host?: string; path?: string }).path ? 'localhost' : ((first as { host?: string }).host ?? 'localhost'))
      : typeof args[1] === 'string'
        ? args[1]
        : 'localhost';
  if (!LOOPBACK.test(host)) throw new Error(`Test tried to connect to ${host}: only loopback is allowed`);
  return (original as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
