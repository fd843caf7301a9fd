import { localDate, localDayBounds, startOfLocalDay } from './time-zone.js';

const at = (iso: string): Date => new Date(iso);
const ms = (iso: string): number => Date.parse(iso);

describe(localDate.name, () => {
  it.each([
    // 23:30 UTC on New Year's Eve is 00:30 on 1 January in Berlin (CET, +01:00), 18:30 in New York (EST, −05:00).
    ['2026-12-31T23:30:00Z', 'UTC', '2026-12-31'],
    ['2026-12-31T23:30:00Z', 'Europe/Berlin', '2027-01-01'],
    ['2026-12-31T23:30:00Z', 'America/New_York', '2026-12-31'],
    // Kolkata is +05:30: 18:30 UTC is local midnight, 1 ms earlier is 23:59:59.999 the day before.
    ['2026-03-15T18:29:59.999Z', 'Asia/Kolkata', '2026-03-15'],
    ['2026-03-15T18:30:00Z', 'Asia/Kolkata', '2026-03-16'],
    // Kathmandu is +05:45: local midnight is 18:15 UTC.
    ['2026-03-15T18:14:59.999Z', 'Asia/Kathmandu', '2026-03-15'],
    ['2026-03-15T18:15:00Z', 'Asia/Kathmandu', '2026-03-16'],
    // Chatham is +13:45 in the southern summer (midnight at 10:15 UTC) and +12:45 in winter (midnight at 11:15 UTC).
    ['2026-01-10T10:15:00Z', 'Pacific/Chatham', '2026-01-11'],
    ['2026-07-10T11:14:59Z', 'Pacific/Chatham', '2026-07-10'],
    ['2026-07-10T11:15:00Z', 'Pacific/Chatham', '2026-07-11'],
    // Tokyo is +09:00: local midnight is 15:00 UTC.
    ['2026-05-01T14:59:59.999Z', 'Asia/Tokyo', '2026-05-01'],
    ['2026-05-01T15:00:00Z', 'Asia/Tokyo', '2026-05-02'],
    // Kiritimati (+14:00) and Pago Pago (−11:00) are 25 hours apart: one instant, dates two days apart.
    ['2026-06-30T10:00:00Z', 'Pacific/Kiritimati', '2026-07-01'],
    ['2026-06-30T10:00:00Z', 'Pacific/Pago_Pago', '2026-06-29'],
    // Before 1970 (negative epoch milliseconds): Berlin was +01:00, so 23:00 UTC is midnight.
    ['1969-12-31T22:59:59.500Z', 'Europe/Berlin', '1969-12-31'],
    ['1969-12-31T23:00:00.500Z', 'Europe/Berlin', '1970-01-01'],
    // Four-digit years, zero-padded.
    ['0950-06-15T12:00:00Z', 'UTC', '0950-06-15'],
  ])('reads %s in %s as %s', (instant, timeZone, expected) => {
    expect(localDate(at(instant), timeZone)).toBe(expected);
  });

  it('refuses an unknown zone, naming it, and abbreviations that are not IANA region zones', () => {
    const instant = at('2026-01-01T00:00:00Z');
    expect(() => localDate(instant, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => localDate(instant, 'Mars/Olympus_Mons')).toThrow('"Mars/Olympus_Mons" is not an IANA time zone');
    expect(() => localDate(instant, 'EST')).toThrow(RangeError);
    expect(() => localDate(instant, '+05:30')).toThrow(RangeError);
    expect(() => localDate(instant, '')).toThrow(RangeError);
  });

  it('refuses an invalid date and a day outside the years 0001–9999', () => {
    expect(() => localDate(new Date('nope'), 'UTC')).toThrow(RangeError);
    expect(() => localDate(at('+010000-01-01T00:00:00Z'), 'UTC')).toThrow(/year 10000/);
    // 23:00 UTC on 9999-12-31 is already 10000-01-01 in Berlin (+01:00).
    expect(() => localDate(at('9999-12-31T23:00:00Z'), 'Europe/Berlin')).toThrow(RangeError);
  });
});

describe(startOfLocalDay.name, () => {
  it('is local midnight on an ordinary day and on a day whose clocks change later', () => {
    // Berlin springs forward at 02:00 on 2026-03-29: that day's midnight is still CET (+01:00), the next day's CEST (+02:00).
    expect(startOfLocalDay(2026, 3, 29, 'Europe/Berlin')).toBe(ms('2026-03-28T23:00:00Z'));
    expect(startOfLocalDay(2026, 3, 30, 'Europe/Berlin')).toBe(ms('2026-03-29T22:00:00Z'));
    // Lord Howe moves 30 minutes, from +10:30 to +11:00 at 02:00 on 2026-10-04; midnight is at +10:30.
    expect(startOfLocalDay(2026, 10, 4, 'Australia/Lord_Howe')).toBe(ms('2026-10-03T13:30:00Z'));
    expect(startOfLocalDay(2026, 10, 5, 'Australia/Lord_Howe')).toBe(ms('2026-10-04T13:00:00Z'));
  });

  it('starts a day whose midnight is skipped at the jump, the first instant showing that day', () => {
    // Santiago jumps from 00:00 −04:00 to 01:00 −03:00 on 2026-09-06 (first Sunday on or after 2 September):
    // 23:59:59 on the 5th is 03:59:59 UTC, and the next instant, 04:00 UTC, reads 01:00 on the 6th.
    expect(startOfLocalDay(2026, 9, 6, 'America/Santiago')).toBe(ms('2026-09-06T04:00:00Z'));
    // Havana jumps from 00:00 CST (−05:00) to 01:00 CDT (−04:00) on 2026-03-08 (second Sunday of March).
    expect(startOfLocalDay(2026, 3, 8, 'America/Havana')).toBe(ms('2026-03-08T05:00:00Z'));
    // Samoa skipped 30 December 2011 entirely, from 23:59:59 on the 29th (−10:00, 09:59:59 UTC) straight to
    // 00:00 on the 31st (+14:00, 10:00 UTC): the 30th and the 31st both start at that jump.
    expect(startOfLocalDay(2011, 12, 30, 'Pacific/Apia')).toBe(ms('2011-12-30T10:00:00Z'));
    expect(startOfLocalDay(2011, 12, 31, 'Pacific/Apia')).toBe(ms('2011-12-30T10:00:00Z'));
  });

  it('takes the earlier of two midnights when clocks are turned back to midnight', () => {
    // Havana turns 01:00 CDT (−04:00) back to 00:00 CST (−05:00) on 2026-11-01: midnight shows at 04:00 and 05:00 UTC.
    expect(startOfLocalDay(2026, 11, 1, 'America/Havana')).toBe(ms('2026-11-01T04:00:00Z'));
  });

  it('handles years 1–99, which Date.UTC would read as 1900–1999, and local mean time', () => {
    expect(startOfLocalDay(1, 1, 1, 'UTC')).toBe(ms('0001-01-01T00:00:00Z'));
    expect(startOfLocalDay(99, 12, 31, 'UTC')).toBe(ms('0099-12-31T00:00:00Z'));
    // Before 1893 Berlin kept local mean time, +00:53:28: midnight was 23:06:32 UTC the day before.
    expect(startOfLocalDay(1, 1, 1, 'Europe/Berlin')).toBe(ms('0000-12-31T23:06:32Z'));
  });
});

describe(localDayBounds.name, () => {
  it('spans 23 hours on the day Berlin moves its clocks forward', () => {
    // 2026-03-29: 00:00 CET (+01:00) = 2026-03-28T23:00Z; next midnight is CEST (+02:00) = 2026-03-29T22:00Z.
    expect(localDayBounds('2026-03-29', 'Europe/Berlin')).toEqual({
      start: new Date('2026-03-28T23:00:00Z'),
      end: new Date('2026-03-29T22:00:00Z'),
    });
  });

  it('spans 25 hours on the day New York moves its clocks back', () => {
    // 2026-11-01: 00:00 EDT (-04:00) = 04:00Z; next midnight EST (-05:00) = 2026-11-02T05:00Z.
    expect(localDayBounds('2026-11-01', 'America/New_York')).toEqual({
      start: new Date('2026-11-01T04:00:00Z'),
      end: new Date('2026-11-02T05:00:00Z'),
    });
  });

  it('crosses month and year ends', () => {
    expect(localDayBounds('2026-12-31', 'UTC')).toEqual({
      start: new Date('2026-12-31T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('refuses %j', (day) => {
    expect(() => localDayBounds(day, 'UTC')).toThrow(RangeError);
  });
});
