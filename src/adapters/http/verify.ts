// Discord signs every request to the interactions endpoint: Ed25519 over timestamp + raw body, with
// the application's key. node:crypto verifies it; no library needed.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export type Verifier = (signatureHex: string | undefined, timestamp: string | undefined, body: Buffer) => boolean;

/** The key from its hex form (as the Developer Portal shows it), as a JWK so no DER prefix is hand-built. */
function publicKey(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

export function createVerifier(publicKeyHex: string): Verifier {
  const key = publicKey(publicKeyHex);
  return (signatureHex, timestamp, body) => {
    // An Ed25519 signature is 64 bytes: 128 hex characters. Anything else is refused before any work.
    if (!signatureHex || !timestamp || !/^[0-9a-fA-F]{128}$/.test(signatureHex)) return false;
    try {
      return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
    } catch {
      return false;
    }
  };
}
