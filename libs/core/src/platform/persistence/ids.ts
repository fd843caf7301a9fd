import { v7 as uuidv7 } from 'uuid';

/**
 * Ids are UUIDv7: unique without a database round trip and ordered by creation time, which makes
 * them the cursor of every list.
 */
export function newId(): string {
  return uuidv7();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one check of an id in a request (path, query or body): any UUID PostgreSQL's uuid type takes
 * in its canonical form, whatever its version. Anything else names nothing and must not reach a
 * uuid column (PostgreSQL would answer with an error, not an empty result).
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
