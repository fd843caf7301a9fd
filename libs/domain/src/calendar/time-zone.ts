/**
 * Wall-clock arithmetic in IANA time zones with nothing but Intl.DateTimeFormat (Node ships full ICU).
 *
 * A "wall time" here is a local date and time written as milliseconds since 1970-01-01T00:00 on
 * that clock, i.e. as if the local reading were UTC. The zone's offset at an instant is then
 * wallClock(instant) − instant, and the instants showing a given wall time w are the w − offset
 * whose offset really is in force there.
 */

import { HOUR_MS } from './durations.js';

/**
 * No zone has ever been more than 16 hours from UTC (the extremes are local mean times of the
 * 19th century: Asia/Manila −15:56, America/Sitka +14:58), so every instant that shows a given
 * local midnight lies within REACH of it read as UTC.
 */
const REACH_MS = 18 * HOUR_MS;

/** Offsets are sampled this far apart: changes of offset come weeks apart in practice, so none is missed. */
const SAMPLE_STEP_MS = 9 * HOUR_MS;

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const KNOWN_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
const formatters = new Map<string, Intl.DateTimeFormat>();

/** True for an IANA time zone name this runtime knows ("Europe/Berlin", "UTC"); the rule of libs/core's isTimeZone. */
function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (KNOWN_ZONES.has(value) || value === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    // Intl also takes abbreviations such as "EST", which are not region zones a brand can pick.
    return value.includes('/');
  } catch {
    return false;
  }
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format) return format;
  if (!isTimeZone(timeZone)) {
    throw new RangeError(`"${String(timeZone)}" is not an IANA time zone such as "Europe/Berlin"`);
  }
  format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    // h23, not hour12: false, which some ICU versions render as "24" at midnight.
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  formatters.set(timeZone, format);
  return format;
}

/** Throws a RangeError naming the zone unless it is an IANA time zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** The instant's epoch milliseconds; a RangeError for anything but a valid Date. */
export function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError('instant is not a valid date');
  return ms;
}

/** Milliseconds since 1970 of a proleptic Gregorian date-time read as UTC. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  // Not Date.UTC alone: it reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The zone's wall time at an instant (see the top of this file). */
export function wallClock(ms: number, timeZone: string): number {
  // Intl resolves whole seconds; offsets are whole seconds, so the milliseconds carry over as they are.
  const fraction = ((ms % 1000) + 1000) % 1000;
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(ms - fraction)) fields[type] = value;
  const year = Number(fields.year);
  return (
    utcMs(
      fields.era === 'BC' ? 1 - year : year,
      Number(fields.month),
      Number(fields.day),
      Number(fields.hour),
      Number(fields.minute),
      Number(fields.second),
    ) + fraction
  );
}

/**
 * The first instant of a local calendar day: the instant the zone's clocks show 00:00 on it.
 *
 * Where clocks are turned back across midnight so that 00:00 shows twice, the earlier instant.
 * Where they jump over midnight (America/Havana on 2026-03-08 goes from 23:59:59 to 01:00), the
 * day has no midnight and starts at the jump, the first instant whose clock shows that day.
 * Both rules are those of Temporal's ZonedDateTime.startOfDay.
 */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): number {
  const midnight = utcMs(year, month, day);
  // Every offset in force within REACH of midnight, so every instant midnight − offset that might show it.
  const offsets = new Set<number>();
  for (let at = midnight - REACH_MS; at <= midnight + REACH_MS; at += SAMPLE_STEP_MS) {
    offsets.add(wallClock(at, timeZone) - at);
  }
  const showingMidnight = [...offsets]
    .map((offset) => midnight - offset)
    .filter((candidate) => wallClock(candidate, timeZone) === midnight);
  if (showingMidnight.length > 0) return Math.min(...showingMidnight);

  // No instant shows midnight: the clock reads earlier up to the jump and later from there on, so
  // bisect for the jump. The bounds hold because offsets stay within ±REACH: the clock reads
  // before midnight at midnight − REACH and after it at midnight + REACH.
  let before = midnight - REACH_MS;
  let after = midnight + REACH_MS;
  while (after - before > 1) {
    const middle = before + Math.floor((after - before) / 2);
    if (wallClock(middle, timeZone) >= midnight) after = middle;
    else before = middle;
  }
  return after;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** A year of the supported range (0001–9999, the years a four-digit key can name) or a RangeError. */
export function checkYear(year: number): number {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year ${year} is outside the supported years ${pad(MIN_YEAR, 4)}–${MAX_YEAR}`);
  }
  return year;
}

export const formatYear = (year: number): string => pad(year, 4);
export const formatTwoDigits = (value: number): string => pad(value, 2);

/**
 * The calendar day ("YYYY-MM-DD") that the zone's clocks show at the instant, the key of daily totals.
 * Throws a RangeError for an invalid date or zone, or a day outside the years 0001–9999.
 */
export function localDate(instant: Date, timeZone: string): string {
  const wall = new Date(wallClock(instantMs(instant), timeZone));
  const year = checkYear(wall.getUTCFullYear());
  return `${formatYear(year)}-${formatTwoDigits(wall.getUTCMonth() + 1)}-${formatTwoDigits(wall.getUTCDate())}`;
}

/**
 * The instants a local calendar day 'YYYY-MM-DD' spans in a time zone: from its first instant to
 * the next day's first instant (exclusive). 23 or 25 hours long on days the clocks change.
 */
export function localDayBounds(day: string, timeZone: string): { start: Date; end: Date } {
  assertTimeZone(timeZone);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(utcMs(year, month, date));
  if (!match || check.getUTCMonth() + 1 !== month || check.getUTCDate() !== date) {
    throw new RangeError(`"${day}" is not a calendar day such as 2026-11-22`);
  }
  checkYear(year);
  const next = new Date(utcMs(year, month, date + 1));
  return {
    start: new Date(startOfLocalDay(year, month, date, timeZone)),
    end: new Date(startOfLocalDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone)),
  };
}
