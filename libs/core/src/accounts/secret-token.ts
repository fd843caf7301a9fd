import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets that go to a person (session cookies, invite and reset links): 32 random bytes in
 * base64url. 256 bits make a plain SHA-256 a safe thing to store and look up by.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token, hex: what the database keeps instead of the token. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as newSecretToken makes them: anything else cannot name a row and is not looked up. */
export function isSecretTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
