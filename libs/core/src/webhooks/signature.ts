import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header every webhook carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const SIGNATURE_HEADER = 'X-Partnermix-Signature';

/** A new signing secret: 192 random bits, with a prefix that says what it is. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * The signature header for a body. Several secrets (after a rotation: the new one, then the old
 * one while it is still valid) give one `v1=` each, so a receiver that knows either accepts it.
 */
export function signatureHeader(body: string, secrets: readonly string[], timestamp: number): string {
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${hmac(secret, timestamp, body)}`)].join(',');
}

/**
 * What a receiver does (documented for them, and used by the tests): true when one `v1=` matches
 * the secret and the timestamp is within `toleranceSeconds` of `now` (replay protection).
 */
export function verifySignature(
  header: string,
  body: string,
  secret: string,
  { now = Date.now(), toleranceSeconds = 300 } = {},
): boolean {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  return parts
    .filter(([key, value]) => key === 'v1' && value !== undefined && /^[0-9a-f]{64}$/.test(value))
    .some(([, value]) => timingSafeEqual(Buffer.from(value, 'hex'), expected));
}
