import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for a unique-constraint violation. */
const UNIQUE_VIOLATION = '23505';

/** The constraint name when `error` is a unique violation, else undefined. */
export function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION ? (driverError.constraint ?? '') : undefined;
}

/**
 * True when the error means PostgreSQL could not be reached or refused work for a reason that
 * passes (connection refused or reset, shutdown, too many connections): the request may be retried.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code =
    (error as { code?: string } | null)?.code ??
    (error as { driverError?: { code?: string } } | null)?.driverError?.code;
  if (!code) {
    const message = error instanceof Error ? error.message : '';
    return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(message);
  }
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code) ||
    code.startsWith('08') || // connection exception
    code === '57P01' || // admin_shutdown
    code === '57P03' || // cannot_connect_now
    code === '53300' // too_many_connections
  );
}
