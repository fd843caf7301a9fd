import { periodParams, periodSelectionOf } from './period-selection';

describe('periodSelectionOf', () => {
  const of = (query: string) => periodSelectionOf(new URLSearchParams(query));

  it('reads a named period, and this month when the URL names none or an unknown one', () => {
    expect(of('period=last_quarter')).toEqual({ period: 'last_quarter' });
    expect(of('')).toEqual({ period: 'this_month' });
    expect(of('period=fortnight')).toEqual({ period: 'this_month' });
  });

  it('reads custom days only with both of them', () => {
    expect(of('period=custom&from=2026-11-03&to=2026-11-20')).toEqual({
      period: 'custom',
      from: '2026-11-03',
      to: '2026-11-20',
    });
    expect(of('period=custom&from=2026-11-03')).toEqual({ period: 'this_month' });
    expect(of('period=custom&from=yesterday&to=2026-11-20')).toEqual({ period: 'this_month' });
  });

  it('writes back what it reads', () => {
    for (const query of ['period=last_month', 'period=custom&from=2026-11-03&to=2026-11-20']) {
      expect(new URLSearchParams(periodParams(of(query))).toString()).toBe(query);
    }
  });
});
