import { loadConfig } from '#config';
import { Clock } from '#core/platform/index.js';
import { type CalendarPeriod, DAY_MS, HOUR_MS, periodOf, previousPeriod } from '#domain';

/**
 * The run's business clock, the one the API and the worker read (CLOCK_OFFSET_MS): tests date their
 * events from it, so that the suite passes on any day (`npm test -- --clock=2028-01-01`).
 */
export const testClock = new Clock(loadConfig());

/** The instant `days` (and `hours`) before `from` (default: now), as a Date. */
export function daysAgo(days: number, from: Date = testClock.now(), hours = 0): Date {
  return new Date(from.getTime() - days * DAY_MS - hours * HOUR_MS);
}

/** The same as an ISO string, for request bodies. */
export function isoDaysAgo(days: number, from: Date = testClock.now(), hours = 0): string {
  return daysAgo(days, from, hours).toISOString();
}

/**
 * A closed calendar period of the zone's clocks: `back` = 1 is the last full month (or quarter)
 * before the current one, 2 the one before that.
 */
export function closedPeriod(
  kind: 'month' | 'quarter',
  back = 1,
  timeZone = 'Europe/Berlin',
  now: Date = testClock.now(),
): CalendarPeriod {
  let period = periodOf(now, kind, timeZone);
  for (let i = 0; i < back; i++) period = previousPeriod(period);
  return period;
}

/** The instant `days` (and `hours`) after a period's start: a time inside a closed month or quarter. */
export function inPeriod(period: CalendarPeriod, days: number, hours = 0): Date {
  return new Date(period.start.getTime() + days * DAY_MS + hours * HOUR_MS);
}
