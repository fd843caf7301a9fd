import {
  changePercent,
  lastClickVerdict,
  parseMixTarget,
  prorateSpend,
  quarterDays,
  recommendations,
  round,
} from './partner-mix.js';

describe(parseMixTarget.name, () => {
  it('takes four shares that sum to exactly 1, compared as decimals', () => {
    // 0.1 + 0.2 + 0.3 + 0.4 is 0.9999999999999999 in floating point, but exactly 1 as decimals.
    expect(parseMixTarget({ awareness: 0.1, consideration: 0.2, conversion: 0.3, retention: 0.4 })).toEqual({
      awareness: 0.1,
      consideration: 0.2,
      conversion: 0.3,
      retention: 0.4,
    });
  });

  it('names the share that is wrong', () => {
    expect(() => parseMixTarget({ awareness: 0.5, consideration: 0.5, conversion: 0.5 })).toThrow(
      /retention must be a share/,
    );
    expect(() => parseMixTarget({ awareness: 1.5, consideration: 0, conversion: 0, retention: -0.5 })).toThrow(
      /awareness must be between 0 and 1/,
    );
    expect(() =>
      parseMixTarget({ awareness: 0.33333, consideration: 0.33333, conversion: 0.33334, retention: 0 }),
    ).toThrow(/at most 4 decimals/);
    expect(() => parseMixTarget({ awareness: 0.4, consideration: 0.3, conversion: 0.2, retention: 0.2 })).toThrow(
      /sum to 1; they sum to 1.1/,
    );
  });
});

describe(quarterDays.name, () => {
  it('gives the first local day of the quarter and of the next', () => {
    expect(quarterDays('2026-Q4')).toEqual({ first: '2026-10-01', next: '2027-01-01' });
    expect(quarterDays('2026-Q2')).toEqual({ first: '2026-04-01', next: '2026-07-01' });
    expect(() => quarterDays('2026-11')).toThrow(RangeError);
  });
});

describe(prorateSpend.name, () => {
  it('counts a spend inside the quarter in full', () => {
    expect(prorateSpend(500_00, '2026-10-01', '2026-12-31', '2026-10-01', '2027-01-01')).toBe(500_00);
  });

  it('spreads a spend over its days and keeps the quarter’s part, rounded half up', () => {
    // 3,000.00 over Sep 1 – Oct 31 (61 days); October's 31 days are in Q4: 300000 × 31 / 61 = 152459.02 → 152459.
    expect(prorateSpend(3000_00, '2026-09-01', '2026-10-31', '2026-10-01', '2027-01-01')).toBe(152_459);
    // 1.00 over 2 days, one of them in the range: 0.50 exactly; 0.01 over 2 days: 0.005 → 0.01 (half up).
    expect(prorateSpend(100, '2026-12-31', '2027-01-01', '2026-10-01', '2027-01-01')).toBe(50);
    expect(prorateSpend(1, '2026-12-31', '2027-01-01', '2026-10-01', '2027-01-01')).toBe(1);
    // Outside the quarter: nothing.
    expect(prorateSpend(100, '2026-07-01', '2026-09-30', '2026-10-01', '2027-01-01')).toBe(0);
  });
});

describe(changePercent.name, () => {
  it('is the relative change in percent, null without a previous figure', () => {
    expect(changePercent(200, 250)).toBe(25);
    expect(changePercent(300, 200)).toBe(-33.3);
    expect(changePercent(0, 10)).toBeNull();
  });
});

describe(round.name, () => {
  it('rounds halves away from zero', () => {
    expect(round(2.5, 0)).toBe(3);
    expect(round(-2.5, 0)).toBe(-3);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(0.12345, 4)).toBe(0.1235);
  });
});

describe(lastClickVerdict.name, () => {
  it('flags ±20 % between last click and the settlement model', () => {
    expect(lastClickVerdict(120, 100)).toBe('over_valued');
    expect(lastClickVerdict(119, 100)).toBe('in_line');
    expect(lastClickVerdict(100, 120)).toBe('under_valued');
    expect(lastClickVerdict(0, 50)).toBe('under_valued');
    expect(lastClickVerdict(0, 0)).toBe('in_line');
  });
});

describe(recommendations.name, () => {
  it('names the role under target with a cheap CAC and the partners last click misjudges, with their figures', () => {
    const sut = recommendations({
      currency: 'EUR',
      averageCacMinor: 20_00,
      totalAttributedMinor: 10_000_00,
      roles: [
        // 25 % against 40 %: 15 points under, CAC 12.00 < 20.00 → raise or recruit.
        { role: 'awareness', share: 0.25, target: 0.4, cacMinor: 12_00 },
        // 3 points under: too close to name.
        { role: 'consideration', share: 0.17, target: 0.2, cacMinor: 10_00 },
        // 50 % against 30 %: 20 points over, CAC 30.00 > 20.00 → review.
        { role: 'conversion', share: 0.5, target: 0.3, cacMinor: 30_00 },
        // 8 points over but cheaper than average: nothing to say.
        { role: 'retention', share: 0.08, target: 0.1, cacMinor: null },
      ],
      partners: [
        // 4,000.00 vs 2,000.00: 2.0× → over-valued by last click.
        { name: 'DealDrop Coupons', lastClickMinor: 4000_00, settlementMinor: 2000_00 },
        // 500.00 vs 1,500.00: 3.0× → under-valued by last click.
        { name: 'Trail Talk Podcast', lastClickMinor: 500_00, settlementMinor: 1500_00 },
        // 1.4×: not far enough.
        { name: 'GearLab Reviews', lastClickMinor: 1400_00, settlementMinor: 1000_00 },
        // 150.00 < 2 % of 10,000.00 = 200.00: too small to name.
        { name: 'Tiny Blog', lastClickMinor: 150_00, settlementMinor: 0 },
      ],
    });
    expect(sut).toEqual([
      'Awareness earns 25.0 % of attributed revenue against a 40.0 % target (15.0 points under), at a CAC of 12.00 EUR against 20.00 EUR on average: raise its rate or recruit more awareness partners.',
      'Conversion earns 50.0 % of attributed revenue against a 30.0 % target (20.0 points over), at a CAC of 30.00 EUR against 20.00 EUR on average: review its rates before it grows further.',
      'DealDrop Coupons gets 4000.00 EUR of revenue by last click but 2000.00 EUR by multi-touch credit (2.0×): review its rate, last click over-values it.',
      'Trail Talk Podcast gets 1500.00 EUR of revenue by multi-touch credit but only 500.00 EUR by last click (3.0×): last click under-values it; pay it on multi-touch credit.',
    ]);
  });

  it('says nothing about the mix without a target', () => {
    expect(
      recommendations({
        currency: 'EUR',
        averageCacMinor: 10_00,
        totalAttributedMinor: 0,
        roles: [{ role: 'awareness', share: 0, target: null, cacMinor: 1_00 }],
        partners: [],
      }),
    ).toEqual([]);
  });
});
