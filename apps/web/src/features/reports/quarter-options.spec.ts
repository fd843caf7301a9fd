import { quarterOptions } from './quarter-options';

describe(quarterOptions.name, () => {
  it('starts at the quarter under way in the brand’s zone and goes back across a new year', () => {
    // 23:30 UTC on 31 March is already 1 April in Berlin (UTC+2): Q2 there, Q1 in New York.
    const now = new Date('2027-03-31T23:30:00Z');
    expect(quarterOptions(now, 'Europe/Berlin', 3, 'en-GB')).toEqual([
      { value: '2027-Q2', label: 'Q2 2027 (Apr – Jun, so far)' },
      { value: '2027-Q1', label: 'Q1 2027 (Jan – Mar)' },
      { value: '2026-Q4', label: 'Q4 2026 (Oct – Dec)' },
    ]);
    expect(quarterOptions(now, 'America/New_York', 2, 'en-GB').map((option) => option.value)).toEqual([
      '2027-Q1',
      '2026-Q4',
    ]);
  });
});
