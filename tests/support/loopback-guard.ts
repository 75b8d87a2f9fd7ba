// Fails any test that opens a connection beyond this machine: tests talk to 127.0.0.1 only.
// It checks the host before any lookup, so a refused connection sends nothing at all.
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const original = net.Socket.prototype.connect;

/** The host of a Socket#connect call, in any of its forms: (options), ([options, cb]), (port, host), (path). */
function hostOf(args: unknown[]): string {
  // net.connect() hands Socket#connect its arguments already normalized, as one array.
  const list = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const first = list[0];
  if (first && typeof first === 'object') {
    const o = first as { host?: string; path?: string };
    return o.path ? 'localhost' : (o.host ?? 'localhost');
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return 'localhost'; // a unix socket path
  return typeof list[1] === 'string' ? list[1] : 'localhost';
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (!LOOPBACK.test(host)) throw new Error(`Test tried to connect to ${host}: only loopback is allowed`);
  return (original as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
