import { type CalendarPeriod, nextPeriod, parsePeriod, periodOf, previousPeriod } from './period.js';

const at = (iso: string): Date => new Date(iso);

/** The parts worth comparing, with instants as ISO strings so that failures read well. */
const bounds = (period: CalendarPeriod) => ({
  key: period.key,
  start: period.start.toISOString(),
  end: period.end.toISOString(),
});

describe(periodOf.name, () => {
  it('draws Berlin months across the spring change of clocks', () => {
    // March 2026 starts at midnight CET (+01:00) and ends at midnight on 1 April, CEST (+02:00) since 29 March.
    expect(periodOf(at('2026-03-15T12:00:00Z'), 'month', 'Europe/Berlin')).toEqual({
      kind: 'month',
      key: '2026-03',
      start: at('2026-02-28T23:00:00Z'),
      end: at('2026-03-31T22:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(bounds(periodOf(at('2026-04-10T00:00:00Z'), 'month', 'Europe/Berlin'))).toEqual({
      key: '2026-04',
      start: '2026-03-31T22:00:00.000Z',
      end: '2026-04-30T22:00:00.000Z',
    });
  });

  it('puts the start in the period and the end in the next one', () => {
    expect(periodOf(at('2026-02-28T23:00:00Z'), 'month', 'Europe/Berlin').key).toBe('2026-03');
    expect(periodOf(at('2026-02-28T22:59:59.999Z'), 'month', 'Europe/Berlin').key).toBe('2026-02');
    expect(periodOf(at('2026-03-31T21:59:59.999Z'), 'month', 'Europe/Berlin').key).toBe('2026-03');
    expect(periodOf(at('2026-03-31T22:00:00Z'), 'month', 'Europe/Berlin').key).toBe('2026-04');
  });

  it('draws Berlin quarters from CEST to CET', () => {
    // Q4 2026 starts on 1 October at midnight CEST (+02:00) and ends on 1 January 2027 at midnight CET (+01:00).
    expect(periodOf(at('2026-11-15T00:00:00Z'), 'quarter', 'Europe/Berlin')).toEqual({
      kind: 'quarter',
      key: '2026-Q4',
      start: at('2026-09-30T22:00:00Z'),
      end: at('2026-12-31T23:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
  });

  it('puts one instant in different years in different zones', () => {
    // 23:30 UTC on 2026-12-31 is 00:30 on 1 January in Berlin (+01:00) but 18:30 on 31 December in New York (−05:00).
    const instant = at('2026-12-31T23:30:00Z');
    expect(bounds(periodOf(instant, 'month', 'Europe/Berlin'))).toEqual({
      key: '2027-01',
      start: '2026-12-31T23:00:00.000Z',
      end: '2027-01-31T23:00:00.000Z',
    });
    // Q1 2027 ends on 1 April at midnight CEST: Berlin springs forward on 28 March 2027.
    expect(bounds(periodOf(instant, 'quarter', 'Europe/Berlin'))).toEqual({
      key: '2027-Q1',
      start: '2026-12-31T23:00:00.000Z',
      end: '2027-03-31T22:00:00.000Z',
    });
    expect(bounds(periodOf(instant, 'month', 'UTC'))).toEqual({
      key: '2026-12',
      start: '2026-12-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
    expect(bounds(periodOf(instant, 'month', 'America/New_York'))).toEqual({
      key: '2026-12',
      start: '2026-12-01T05:00:00.000Z',
      end: '2027-01-01T05:00:00.000Z',
    });
    expect(periodOf(instant, 'quarter', 'America/New_York').key).toBe('2026-Q4');
  });

  it('starts a New York month at midnight on the day clocks fall back', () => {
    // 1 November 2026 is the first Sunday of November: midnight is still EDT (−04:00), clocks go back at 02:00,
    // and 1 December is EST (−05:00), so November lasts 30 days and 1 hour.
    expect(bounds(periodOf(at('2026-11-20T00:00:00Z'), 'month', 'America/New_York'))).toEqual({
      key: '2026-11',
      start: '2026-11-01T04:00:00.000Z',
      end: '2026-12-01T05:00:00.000Z',
    });
  });

  it('draws periods in zones with offsets of 30 and 45 minutes', () => {
    // Kolkata, +05:30 all year: local midnight is 18:30 UTC the day before.
    expect(bounds(periodOf(at('2026-03-01T00:00:00Z'), 'month', 'Asia/Kolkata'))).toEqual({
      key: '2026-03',
      start: '2026-02-28T18:30:00.000Z',
      end: '2026-03-31T18:30:00.000Z',
    });
    expect(bounds(periodOf(at('2026-02-10T00:00:00Z'), 'quarter', 'Asia/Kolkata'))).toEqual({
      key: '2026-Q1',
      start: '2025-12-31T18:30:00.000Z',
      end: '2026-03-31T18:30:00.000Z',
    });
    // Kathmandu, +05:45 all year: local midnight is 18:15 UTC the day before.
    expect(bounds(periodOf(at('2025-12-31T18:15:00Z'), 'month', 'Asia/Kathmandu'))).toEqual({
      key: '2026-01',
      start: '2025-12-31T18:15:00.000Z',
      end: '2026-01-31T18:15:00.000Z',
    });
    expect(periodOf(at('2025-12-31T18:14:59.999Z'), 'month', 'Asia/Kathmandu').key).toBe('2025-12');
  });

  it('draws Chatham periods at +13:45 in the southern summer and +12:45 in winter', () => {
    // 1 January 2027 00:00 +13:45 is 10:15 UTC on 31 December; 1 February too is summer time.
    expect(bounds(periodOf(at('2027-01-15T00:00:00Z'), 'month', 'Pacific/Chatham'))).toEqual({
      key: '2027-01',
      start: '2026-12-31T10:15:00.000Z',
      end: '2027-01-31T10:15:00.000Z',
    });
    // Q3 starts in winter (1 July 00:00 +12:45 = 11:15 UTC on 30 June) and ends in summer time,
    // which began on 27 September 2026 (last Sunday of September): 1 October 00:00 +13:45 = 10:15 UTC.
    expect(bounds(periodOf(at('2026-08-01T00:00:00Z'), 'quarter', 'Pacific/Chatham'))).toEqual({
      key: '2026-Q3',
      start: '2026-06-30T11:15:00.000Z',
      end: '2026-09-30T10:15:00.000Z',
    });
  });

  it('draws Lord Howe periods across its 30-minute change of clocks', () => {
    // Summer time (+11:00) ends at 02:00 on 5 April 2026 (first Sunday of April), falling back to +10:30:
    // April starts at 00:00 +11:00 (13:00 UTC) and ends at 00:00 +10:30 on 1 May (13:30 UTC).
    expect(bounds(periodOf(at('2026-04-10T00:00:00Z'), 'month', 'Australia/Lord_Howe'))).toEqual({
      key: '2026-04',
      start: '2026-03-31T13:00:00.000Z',
      end: '2026-04-30T13:30:00.000Z',
    });
    expect(bounds(periodOf(at('2026-05-10T00:00:00Z'), 'quarter', 'Australia/Lord_Howe'))).toEqual({
      key: '2026-Q2',
      start: '2026-03-31T13:00:00.000Z',
      end: '2026-06-30T13:30:00.000Z',
    });
  });

  it('draws Tokyo quarters at +09:00', () => {
    expect(bounds(periodOf(at('2026-01-01T00:00:00Z'), 'quarter', 'Asia/Tokyo'))).toEqual({
      key: '2026-Q1',
      start: '2025-12-31T15:00:00.000Z',
      end: '2026-03-31T15:00:00.000Z',
    });
    // 15:00 UTC on 31 March is midnight on 1 April in Tokyo.
    expect(periodOf(at('2026-03-31T15:00:00Z'), 'quarter', 'Asia/Tokyo').key).toBe('2026-Q2');
  });

  it('starts a period whose first midnight is skipped at the jump', () => {
    // Asunción jumped from 00:00 −04:00 to 01:00 −03:00 on 1 October 2023 (first Sunday of October), at 04:00 UTC.
    expect(bounds(periodOf(at('2023-10-01T04:00:00Z'), 'month', 'America/Asuncion'))).toEqual({
      key: '2023-10',
      start: '2023-10-01T04:00:00.000Z',
      end: '2023-11-01T03:00:00.000Z',
    });
    expect(periodOf(at('2023-10-01T03:59:59.999Z'), 'month', 'America/Asuncion').key).toBe('2023-09');
    expect(periodOf(at('2023-12-01T00:00:00Z'), 'quarter', 'America/Asuncion').start).toEqual(
      at('2023-10-01T04:00:00Z'),
    );
    // Havana jumped from 00:00 CST (−05:00) to 01:00 CDT (−04:00) on 1 April 2001, at 05:00 UTC.
    expect(periodOf(at('2001-04-15T00:00:00Z'), 'month', 'America/Havana').start).toEqual(at('2001-04-01T05:00:00Z'));
    // Samoa skipped 30 December 2011: December ran from 00:00 −10:00 on the 1st to 00:00 +14:00 on 1 January,
    // which came right after 23:59:59 −10:00 on the 29th, so the month lasted exactly 30 days.
    expect(bounds(periodOf(at('2011-12-15T00:00:00Z'), 'month', 'Pacific/Apia'))).toEqual({
      key: '2011-12',
      start: '2011-12-01T10:00:00.000Z',
      end: '2011-12-31T10:00:00.000Z',
    });
  });

  it('starts a period at the first of two midnights when clocks go back to midnight', () => {
    // Havana turned 01:00 CDT (−04:00) back to 00:00 CST (−05:00) on 1 November 2026: midnight showed at 04:00 UTC
    // and again at 05:00 UTC. The period starts at the first; the hour between is November all the same.
    const november = periodOf(at('2026-11-01T04:30:00Z'), 'month', 'America/Havana');
    expect(november.start).toEqual(at('2026-11-01T04:00:00Z'));
    expect(periodOf(at('2026-11-01T05:30:00Z'), 'month', 'America/Havana').key).toBe('2026-11');
    expect(periodOf(at('2026-11-01T03:59:59.999Z'), 'month', 'America/Havana').key).toBe('2026-10');
  });

  it('gives February 29 days in a leap year and 28 in 2100, which is not one', () => {
    expect(bounds(periodOf(at('2024-02-10T00:00:00Z'), 'month', 'UTC')).end).toBe('2024-03-01T00:00:00.000Z');
    expect(bounds(periodOf(at('2100-02-10T00:00:00Z'), 'month', 'UTC')).end).toBe('2100-03-01T00:00:00.000Z');
    expect(periodOf(at('2024-02-29T12:00:00Z'), 'month', 'UTC').key).toBe('2024-02');
  });

  it('keeps the zone as given', () => {
    expect(periodOf(at('2026-01-01T00:00:00Z'), 'month', 'Asia/Kolkata').timeZone).toBe('Asia/Kolkata');
  });

  it('refuses an invalid date, an unknown kind or zone, and years a key cannot name', () => {
    expect(() => periodOf(new Date('nope'), 'month', 'UTC')).toThrow(RangeError);
    expect(() => periodOf(at('2026-01-01T00:00:00Z'), 'week' as 'month', 'UTC')).toThrow(/"week" is not a period kind/);
    expect(() => periodOf(at('2026-01-01T00:00:00Z'), 'month', 'Europe/Atlantis')).toThrow(
      '"Europe/Atlantis" is not an IANA time zone',
    );
    expect(() => periodOf(at('+010000-01-01T00:00:00Z'), 'month', 'UTC')).toThrow(RangeError);
    expect(() => periodOf(at('0000-06-01T00:00:00Z'), 'quarter', 'UTC')).toThrow(RangeError);
  });
});

describe(parsePeriod.name, () => {
  it('reads a month key', () => {
    // Berlin fell back to CET (+01:00) on 25 October 2026, so November starts at 23:00 UTC on 31 October.
    expect(parsePeriod('2026-11', 'Europe/Berlin')).toEqual({
      kind: 'month',
      key: '2026-11',
      start: at('2026-10-31T23:00:00Z'),
      end: at('2026-11-30T23:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
  });

  it('reads a quarter key', () => {
    expect(parsePeriod('2026-Q4', 'Europe/Berlin')).toEqual({
      kind: 'quarter',
      key: '2026-Q4',
      start: at('2026-09-30T22:00:00Z'),
      end: at('2026-12-31T23:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(bounds(parsePeriod('2026-Q1', 'UTC'))).toEqual({
      key: '2026-Q1',
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
    });
  });

  it('reads the first and last keys of the supported years', () => {
    expect(parsePeriod('0001-01', 'UTC').start).toEqual(at('0001-01-01T00:00:00Z'));
    expect(parsePeriod('9999-Q4', 'UTC').end).toEqual(at('+010000-01-01T00:00:00Z'));
  });

  it.each([
    ['2026-13', /month 13/],
    ['2026-00', /month 00/],
    ['2026-Q5', /quarter Q5/],
    ['2026-Q0', /quarter Q0/],
    ['0000-01', /year 0000/],
    ['2026-1', /not a period key/],
    ['26-Q1', /not a period key/],
    ['2026-q1', /not a period key/],
    ['2026-011', /not a period key/],
    ['2026/11', /not a period key/],
    [' 2026-11', /not a period key/],
    ['2026-11 ', /not a period key/],
    ['2026-Q10', /not a period key/],
    ['', /not a period key/],
  ])('refuses %p', (key, message) => {
    expect(() => parsePeriod(key, 'UTC')).toThrow(RangeError);
    expect(() => parsePeriod(key, 'UTC')).toThrow(message);
  });

  it('refuses an unknown zone, naming it', () => {
    expect(() => parsePeriod('2026-11', 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => parsePeriod('2026-11', 'Europe/Atlantis')).toThrow('"Europe/Atlantis"');
  });
});

describe(previousPeriod.name, () => {
  it('steps back across a year boundary, keeping kind and zone', () => {
    // December 2026 in Berlin: 1 December and 1 January are both CET (+01:00).
    expect(previousPeriod(parsePeriod('2027-01', 'Europe/Berlin'))).toEqual({
      kind: 'month',
      key: '2026-12',
      start: at('2026-11-30T23:00:00Z'),
      end: at('2026-12-31T23:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(bounds(previousPeriod(parsePeriod('2027-Q1', 'Europe/Berlin')))).toEqual({
      key: '2026-Q4',
      start: '2026-09-30T22:00:00.000Z',
      end: '2026-12-31T23:00:00.000Z',
    });
  });

  it('steps back within a year', () => {
    expect(previousPeriod(parsePeriod('2026-03', 'UTC')).key).toBe('2026-02');
    expect(previousPeriod(parsePeriod('2026-Q3', 'UTC')).key).toBe('2026-Q2');
  });

  it('refuses to step before year 0001', () => {
    expect(() => previousPeriod(parsePeriod('0001-01', 'UTC'))).toThrow(RangeError);
    expect(() => previousPeriod(parsePeriod('0001-Q1', 'UTC'))).toThrow(RangeError);
  });
});

describe(nextPeriod.name, () => {
  it('steps forward across a year boundary, keeping kind and zone', () => {
    // 1 January and 1 February 2027 in Tokyo (+09:00): 15:00 UTC the day before.
    expect(nextPeriod(parsePeriod('2026-12', 'Asia/Tokyo'))).toEqual({
      kind: 'month',
      key: '2027-01',
      start: at('2026-12-31T15:00:00Z'),
      end: at('2027-01-31T15:00:00Z'),
      timeZone: 'Asia/Tokyo',
    });
    // Q1 2027 in New York: 1 January EST (−05:00), 1 April EDT (−04:00, since 14 March 2027).
    expect(bounds(nextPeriod(parsePeriod('2026-Q4', 'America/New_York')))).toEqual({
      key: '2027-Q1',
      start: '2027-01-01T05:00:00.000Z',
      end: '2027-04-01T04:00:00.000Z',
    });
  });

  it('starts where the period ends and ends where the one after starts', () => {
    const march = parsePeriod('2026-03', 'Europe/Berlin');
    expect(nextPeriod(march).start).toEqual(march.end);
    expect(previousPeriod(nextPeriod(march))).toEqual(march);
  });

  it('refuses to step past year 9999', () => {
    expect(() => nextPeriod(parsePeriod('9999-12', 'UTC'))).toThrow(RangeError);
    expect(() => nextPeriod(parsePeriod('9999-Q4', 'UTC'))).toThrow(RangeError);
  });
});
