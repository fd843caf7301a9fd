import { AppError } from '../app-error.js';

/** Clocks of networks and shops drift: a time this far ahead of ours is still accepted. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000;
/** Events older than this are refused: nothing can be attributed or paid that far back. */
export const MAX_EVENT_AGE_MS = 400 * 24 * 60 * 60 * 1000;

/**
 * The time of a click or conversion: an ISO 8601 string with offset, or (GET postbacks) unix
 * seconds. Undefined means "now". Times in the future beyond the skew, or too old, are refused.
 */
export function parseEventTime(value: string | undefined, field: string, now: Date): Date {
  if (value === undefined || value === '') return now;
  let time: Date;
  if (/^\d{9,11}$/.test(value)) {
    time = new Date(Number(value) * 1000);
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    time = new Date(value);
  } else {
    throw AppError.invalidField(
      field,
      `${field} must be an ISO 8601 time with offset (2026-11-22T10:15:00Z) or unix seconds`,
    );
  }
  if (Number.isNaN(time.getTime())) throw AppError.invalidField(field, `${field} is not a real time`);
  if (time.getTime() - now.getTime() > FUTURE_SKEW_MS) {
    throw AppError.invalidField(field, `${field} is in the future (${time.toISOString()}); send the time it happened`);
  }
  if (now.getTime() - time.getTime() > MAX_EVENT_AGE_MS) {
    throw AppError.invalidField(field, `${field} is more than 400 days ago (${time.toISOString()})`);
  }
  return time;
}
