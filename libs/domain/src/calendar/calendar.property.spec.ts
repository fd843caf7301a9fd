import fc from 'fast-check';
import { nextPeriod, parsePeriod, type PeriodKind, periodOf, previousPeriod } from './period.js';
import { localDate } from './time-zone.js';

// Whole-hour, half-hour and 45-minute offsets; DST north and south, of 30 minutes (Lord Howe),
// 2 hours (Troll) and negative (Dublin); midnight skipped (Santiago, Havana, Asunción); midnight
// twice (Havana); a skipped day (Apia, 2011); Ramadan pauses of DST (Casablanca).
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/Dublin',
  'America/New_York',
  'America/St_Johns',
  'America/Santiago',
  'America/Havana',
  'America/Asuncion',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Africa/Casablanca',
  'Antarctica/Troll',
];

const MIN = Date.parse('1990-01-01T00:00:00Z');
const MAX = Date.parse('2100-01-01T00:00:00Z');
const kind = fc.constantFrom<PeriodKind>('month', 'quarter');
const zone = fc.constantFrom(...ZONES);
const anywhere = fc.integer({ min: MIN, max: MAX - 1 }).map((ms) => new Date(ms));
// Random instants seldom land near a boundary, where the mistakes would be: also try a few hours either side of one.
const nearBoundary = fc
  .tuple(anywhere, kind, zone, fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }))
  .map(([instant, k, z, shift]) => new Date(periodOf(instant, k, z).start.getTime() + shift));
const instant = fc.oneof(anywhere, nearBoundary);

/** The first month of a period, "2026-10" for "2026-Q4". */
function firstMonthOf(key: string): string {
  const quarter = /^(\d{4})-Q(\d)$/.exec(key);
  return quarter ? `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}` : key;
}

describe('calendar properties', () => {
  it('finds the period containing an instant, with neighbours that meet it exactly', () => {
    fc.assert(
      fc.property(instant, kind, zone, (x, k, z) => {
        const period = periodOf(x, k, z);
        expect(period.kind).toBe(k);
        expect(period.timeZone).toBe(z);
        expect(period.start.getTime()).toBeLessThanOrEqual(x.getTime());
        expect(x.getTime()).toBeLessThan(period.end.getTime());

        expect(nextPeriod(period).start).toEqual(period.end);
        expect(previousPeriod(period).end).toEqual(period.start);
        expect(periodOf(period.start, k, z).key).toBe(period.key);
        expect(parsePeriod(period.key, z)).toEqual(period);
      }),
      { numRuns: 500 },
    );
  });

  it('starts a period at the first instant of its first local day', () => {
    fc.assert(
      fc.property(instant, kind, zone, (x, k, z) => {
        const period = periodOf(x, k, z);
        // The start shows the first day, and 1 ms earlier the clock still showed the period before.
        expect(localDate(period.start, z)).toBe(`${firstMonthOf(period.key)}-01`);
        const before = localDate(new Date(period.start.getTime() - 1), z);
        expect(before < `${firstMonthOf(period.key)}-01`).toBe(true);
        // None of these zones turns its clocks back across midnight, so the local date names the period.
        expect(periodOf(x, 'month', z).key).toBe(localDate(x, z).slice(0, 7));
      }),
      { numRuns: 500 },
    );
  });
});
