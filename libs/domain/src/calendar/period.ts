import {
  assertTimeZone,
  checkYear,
  formatTwoDigits,
  formatYear,
  instantMs,
  startOfLocalDay,
  wallClock,
} from './time-zone.js';

export type PeriodKind = 'month' | 'quarter';

/**
 * A calendar month or quarter (Q1 = January–March) of a time zone's clocks, such as a brand's
 * statement month or the quarter of a report. It covers the instants start ≤ t < end.
 */
export interface CalendarPeriod {
  readonly kind: PeriodKind;
  /** "2026-11" for a month, "2026-Q4" for a quarter. */
  readonly key: string;
  /** The first instant of the period's first local day: local midnight, or the jump where clocks skip it. */
  readonly start: Date;
  /** Exclusive: the start of the next period. */
  readonly end: Date;
  /** The IANA zone whose clocks draw the boundaries, as given. */
  readonly timeZone: string;
}

const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4 };

/**
 * Periods are numbered from the start of year 0 (months: year × 12 + month − 1, quarters:
 * year × 4 + quarter − 1), so that neighbours are one apart even across a year boundary.
 * Throws a RangeError outside the years 0001–9999, which a four-digit key cannot name.
 */
function periodAt(kind: PeriodKind, index: number, timeZone: string): CalendarPeriod {
  const first = firstMonth(kind, index);
  checkYear(first.year);
  const within = first.month - 1;
  const { start, end } = boundsAt(kind, index, timeZone);
  return {
    kind,
    key: `${formatYear(first.year)}-${kind === 'month' ? formatTwoDigits(within + 1) : `Q${within / 3 + 1}`}`,
    start: new Date(start),
    end: new Date(end),
    timeZone,
  };
}

/**
 * A period's first and last instants, remembered: finding a local midnight takes a dozen Intl
 * calls, and the engine asks for the same few periods for every conversion. Bounded, as zones
 * and periods in use are few.
 */
const bounds = new Map<string, { start: number; end: number }>();
const MAX_REMEMBERED_BOUNDS = 10_000;
/** The index of the period periodOf found last, per kind and zone. */
const lastIndex = new Map<string, number>();

function boundsAt(kind: PeriodKind, index: number, timeZone: string): { start: number; end: number } {
  const cacheKey = `${kind}|${index}|${timeZone}`;
  let found = bounds.get(cacheKey);
  if (!found) {
    const first = firstMonth(kind, index);
    const next = firstMonth(kind, index + 1);
    found = {
      start: startOfLocalDay(first.year, first.month, 1, timeZone),
      end: startOfLocalDay(next.year, next.month, 1, timeZone),
    };
    if (bounds.size >= MAX_REMEMBERED_BOUNDS) bounds.clear();
    bounds.set(cacheKey, found);
  }
  return found;
}

function firstMonth(kind: PeriodKind, index: number): { year: number; month: number } {
  const year = Math.floor(index / PER_YEAR[kind]);
  const months = 12 / PER_YEAR[kind];
  return { year, month: (index - year * PER_YEAR[kind]) * months + 1 };
}

function checkKind(kind: PeriodKind): void {
  if (kind !== 'month' && kind !== 'quarter') {
    throw new RangeError(`"${String(kind)}" is not a period kind; expected "month" or "quarter"`);
  }
}

/**
 * The month or quarter that contains the instant on the zone's clocks.
 *
 * The period is the one whose start ≤ instant < end. That is the month of localDate(instant)
 * except where clocks turn back across a period's first midnight (say 00:30 → 23:30): the
 * repeated half hour shows the old period's last day but lies after the new period has started.
 */
export function periodOf(instant: Date, kind: PeriodKind, timeZone: string): CalendarPeriod {
  const ms = instantMs(instant);
  checkKind(kind);
  // Instants come in runs from the same period (a batch of conversions): try the last one first.
  const lastKey = `${kind}|${timeZone}`;
  const last = lastIndex.get(lastKey);
  if (last !== undefined) {
    const { start, end } = boundsAt(kind, last, timeZone);
    if (start <= ms && ms < end) return periodAt(kind, last, timeZone);
  }
  const wall = new Date(wallClock(ms, timeZone));
  let index = wall.getUTCFullYear() * PER_YEAR[kind] + Math.floor(wall.getUTCMonth() / (12 / PER_YEAR[kind]));
  let period = periodAt(kind, index, timeZone);
  while (ms >= period.end.getTime()) period = periodAt(kind, ++index, timeZone);
  while (ms < period.start.getTime()) period = periodAt(kind, --index, timeZone);
  if (lastIndex.size >= MAX_REMEMBERED_BOUNDS) lastIndex.clear();
  lastIndex.set(lastKey, index);
  return period;
}

const KEY = /^(\d{4})-(?:(\d{2})|Q(\d))$/;

function parseKey(key: string): { kind: PeriodKind; index: number } {
  const match = typeof key === 'string' ? KEY.exec(key) : null;
  if (!match) {
    throw new RangeError(`"${String(key)}" is not a period key such as "2026-11" (a month) or "2026-Q4" (a quarter)`);
  }
  const [, yearDigits, monthDigits, quarterDigit] = match;
  const year = Number(yearDigits);
  if (year < 1) throw new RangeError(`"${key}" names year 0000; years run from 0001 to 9999`);
  if (monthDigits !== undefined) {
    const month = Number(monthDigits);
    if (month < 1 || month > 12) throw new RangeError(`"${key}" names month ${monthDigits}; months run from 01 to 12`);
    return { kind: 'month', index: year * 12 + month - 1 };
  }
  const quarter = Number(quarterDigit);
  if (quarter < 1 || quarter > 4)
    throw new RangeError(`"${key}" names quarter Q${quarter}; quarters run from Q1 to Q4`);
  return { kind: 'quarter', index: year * 4 + quarter - 1 };
}

/** The period a key names ("2026-11" or "2026-Q4") in the zone; a RangeError for any other key or an unknown zone. */
export function parsePeriod(key: string, timeZone: string): CalendarPeriod {
  const { kind, index } = parseKey(key);
  assertTimeZone(timeZone);
  return periodAt(kind, index, timeZone);
}

function shift(period: CalendarPeriod, by: number): CalendarPeriod {
  const { kind, index } = parseKey(period.key);
  return periodAt(kind, index + by, period.timeZone);
}

/** The period just before, same kind and zone: its end is this period's start. */
export function previousPeriod(period: CalendarPeriod): CalendarPeriod {
  return shift(period, -1);
}

/** The period just after, same kind and zone: its start is this period's end. */
export function nextPeriod(period: CalendarPeriod): CalendarPeriod {
  return shift(period, 1);
}
