import { closedMonths } from './closed-months.js';
import { formatMonth } from './format-month.js';
import { isZeroAmount } from './is-zero-amount.js';

describe(closedMonths.name, () => {
  it('lists the months before the current one in the zone, across a new year', () => {
    // 23:30 UTC on 31 Jan is already 1 Feb in Berlin: January is over there, not in New York.
    const now = new Date('2027-01-31T23:30:00Z');
    expect(closedMonths(now, 'Europe/Berlin', 3)).toEqual(['2027-01', '2026-12', '2026-11']);
    expect(closedMonths(now, 'America/New_York', 2)).toEqual(['2026-12', '2026-11']);
  });
});

describe(formatMonth.name, () => {
  it('names the month without shifting it through a zone', () => {
    expect(formatMonth('2026-10', 'en-GB')).toBe('October 2026');
    expect(formatMonth('2026-1x', 'en-GB')).toBe('2026-1x');
  });
});

describe(isZeroAmount.name, () => {
  it('reads zero in any number of decimals, and nothing else', () => {
    expect(['0', '0.00', '-0.00', '0.000'].map(isZeroAmount)).toEqual([true, true, true, true]);
    expect(['0.01', '-2.50', '10'].map(isZeroAmount)).toEqual([false, false, false]);
  });
});
