import { localToday, periodDays } from './table-period';

describe('table periods', () => {
  it('counts back from today, today included', () => {
    expect(periodDays('last-7', '2026-03-05')).toEqual({ from: '2026-02-27', to: '2026-03-05' });
    expect(periodDays('last-30', '2026-03-05')).toEqual({ from: '2026-02-04', to: '2026-03-05' });
    expect(periodDays('last-90', '2026-12-01')).toEqual({ from: '2026-09-03', to: '2026-12-01' });
  });

  it('takes calendar months, across a year', () => {
    expect(periodDays('this-month', '2026-03-05')).toEqual({ from: '2026-03-01', to: '2026-03-05' });
    expect(periodDays('last-month', '2026-03-05')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodDays('last-month', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it("reads today in the brand's zone, not the reader's", () => {
    const instant = new Date('2026-11-30T23:30:00Z');
    expect(localToday('Europe/Berlin', instant)).toBe('2026-12-01');
    expect(localToday('America/New_York', instant)).toBe('2026-11-30');
  });
});
