import { validateSync } from 'class-validator';
import { isCalendarDate, IsCalendarDate, IsIsoTime, isoTimeMessage, parseIsoTime } from './iso-time.js';

class Window {
  @IsIsoTime() at: unknown;
  @IsIsoTime({ date: true }) from: unknown;
  @IsCalendarDate() day: unknown;
}

function problems(values: Partial<Window>): Record<string, string[]> {
  const window = Object.assign(
    new Window(),
    { at: '2026-11-22T10:15:00Z', from: '2026-11-01', day: '2026-11-01' },
    values,
  );
  return Object.fromEntries(
    validateSync(window).map((error) => [error.property, Object.values(error.constraints ?? {})]),
  );
}

describe(parseIsoTime.name, () => {
  it('reads ISO 8601 times with an offset, to the microsecond', () => {
    expect(parseIsoTime('2026-11-22T10:15:00Z')?.toISOString()).toBe('2026-11-22T10:15:00.000Z');
    expect(parseIsoTime('2026-11-22T11:15+01:00')?.toISOString()).toBe('2026-11-22T10:15:00.000Z');
    expect(parseIsoTime('2026-11-22T11:15:00.123456+0100')?.toISOString()).toBe('2026-11-22T10:15:00.123Z');
  });

  it('refuses a time without offset, a bare date (unless asked for), and what names no real time', () => {
    for (const value of [
      '2026-11-22T10:15:00',
      '2026-11-22',
      'yesterday',
      '2026-13-45T99:99:99Z',
      'NaN',
      '',
      1795370000,
    ]) {
      expect([value, parseIsoTime(value)]).toEqual([value, undefined]);
    }
    expect(parseIsoTime(undefined)).toBeUndefined();
  });

  it('takes a bare date as UTC midnight when the field allows one', () => {
    expect(parseIsoTime('2026-11-01', { date: true })?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(parseIsoTime('2026-11-01T00:00:00+01:00', { date: true })?.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(parseIsoTime('2026-11', { date: true })).toBeUndefined();
  });
});

describe(isCalendarDate.name, () => {
  it('knows which days exist', () => {
    expect(['2026-02-28', '2028-02-29', '2026-12-31'].every(isCalendarDate)).toBe(true);
    expect(
      ['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-1', '20261101', 'NaN', 20261101].some(isCalendarDate),
    ).toBe(false);
  });
});

describe('the time decorators', () => {
  it('pass good values', () => {
    expect(problems({})).toEqual({});
    expect(problems({ from: '2026-11-01T00:00:00+01:00' })).toEqual({});
  });

  it('name the field and what it must hold', () => {
    expect(problems({ at: '2026-11-22', from: 'last-week', day: '2026-02-30' })).toEqual({
      at: [isoTimeMessage('at')],
      from: [isoTimeMessage('from', { date: true })],
      day: ['day must be a real calendar date YYYY-MM-DD, such as 2026-11-01'],
    });
    expect(isoTimeMessage('at')).toBe('at must be an ISO 8601 time with offset, such as 2026-11-22T10:15:00Z');
  });
});
