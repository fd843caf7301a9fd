import { hash, verify } from '@node-rs/argon2';

/** Argon2id (the library's default algorithm) with its default cost: 19 MiB, 2 passes. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of a real check when there is no account to check against, so that an unknown
 * e-mail answers as slowly as a wrong password.
 */
export async function verifyAgainstNobody(password: string): Promise<false> {
  dummy ??= hashPassword('partnermix-no-such-account');
  await verifyPassword(await dummy, password);
  return false;
}
