import { formatMonth, monthDays, wholeMonthOf } from './months';

describe('months', () => {
  it('gives a month its first and last day, leap years included', () => {
    expect(monthDays('2026-11')).toEqual({ periodStart: '2026-11-01', periodEnd: '2026-11-30' });
    expect(monthDays('2028-02')).toEqual({ periodStart: '2028-02-01', periodEnd: '2028-02-29' });
    expect(monthDays('2026-13')).toBeNull();
    expect(monthDays('November')).toBeNull();
  });

  it('recognises a whole month, and only that', () => {
    expect(wholeMonthOf('2026-12-01', '2026-12-31')).toBe('2026-12');
    expect(wholeMonthOf('2026-12-01', '2026-12-30')).toBeNull();
    expect(wholeMonthOf('2026-10-01', '2026-12-31')).toBeNull();
  });

  it('names a month in the reader’s language', () => {
    expect(formatMonth('2026-11', 'en-GB')).toBe('November 2026');
    expect(formatMonth('2026-01', 'de-DE')).toBe('Januar 2026');
  });
});
