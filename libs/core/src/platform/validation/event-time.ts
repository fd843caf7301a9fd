import { AppError } from '../app-error.js';
import { parseIsoTime } from './iso-time.js';

/** Clocks of networks and shops drift: a time this far ahead of ours is still accepted. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000;
/** Events older than this are refused: nothing can be attributed or paid that far back. */
export const MAX_EVENT_AGE_MS = 400 * 24 * 60 * 60 * 1000;

const UNIX_SECONDS = /^\d{9,11}$/;

/**
 * The time of a click or conversion: an ISO 8601 string with offset (parseIsoTime), or (GET
 * postbacks) unix seconds. Undefined means "now", the business clock's, which the caller passes.
 * Times in the future beyond the skew, or too old, are refused.
 */
export function parseEventTime(value: string | undefined, field: string, now: Date): Date {
  if (value === undefined || value === '') return now;
  const time = UNIX_SECONDS.test(value) ? new Date(Number(value) * 1000) : parseIsoTime(value);
  if (time === undefined) {
    throw AppError.invalidField(
      field,
      `${field} must be an ISO 8601 time with offset (2026-11-22T10:15:00Z) or unix seconds`,
    );
  }
  if (time.getTime() - now.getTime() > FUTURE_SKEW_MS) {
    throw AppError.invalidField(field, `${field} is in the future (${time.toISOString()}); send the time it happened`);
  }
  if (now.getTime() - time.getTime() > MAX_EVENT_AGE_MS) {
    throw AppError.invalidField(field, `${field} is more than 400 days ago (${time.toISOString()})`);
  }
  return time;
}
