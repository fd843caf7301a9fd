import { v7 as uuidv7 } from 'uuid';

/**
 * Ids are UUIDv7: unique without a database round trip and ordered by creation time, which makes
 * them the cursor of every list.
 */
export function newId(): string {
  return uuidv7();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
