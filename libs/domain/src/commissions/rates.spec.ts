import { Rational } from '../attribution/rational.js';
import type { CpsTerms } from './plan.js';
import { applyRateBps, cpaAmount, cpcAccrual, cpmAccrual, cpsRate, flatFeeAccrual, roundHalfUp } from './rates.js';

describe(roundHalfUp.name, () => {
  it.each([
    ['21/2', 11], // 10.5 up
    ['41/4', 10], // 10.25 down
    ['43/4', 11], // 10.75 up
    ['10585/1000', 11], // 10.585
    ['7', 7],
    ['-21/2', -11], // away from zero, the mirror of 10.5
    ['-41/4', -10],
    ['1/2', 1],
    ['-1/2', -1],
  ])('rounds %s to %i', (fraction, minor) => {
    expect(roundHalfUp(Rational.parse(fraction))).toBe(minor);
  });

  it('never gives negative zero and refuses amounts past the safe integers', () => {
    expect(Object.is(roundHalfUp(Rational.of(-1, 3)), 0)).toBe(true);
    expect(() => roundHalfUp(Rational.of(2n ** 60n))).toThrow(RangeError);
  });
});

describe(applyRateBps.name, () => {
  it.each([
    [1001, 500, 50], // 5 % of 10.01 = 0.5005 → 0.50
    [1010, 500, 51], // 5 % of 10.10 = 0.505 → 0.51 (half up)
    [10_000, 800, 800], // 8 % of 100.00 = 8.00
    [12_345, 10_000, 12_345], // 100 %
    [12_345, 0, 0],
    [0, 500, 0],
    [1, 1, 0], // 0.01 % of 0.01 = 0.000001
  ])('%i × %i bp = %i', (amount, rate, expected) => {
    expect(applyRateBps(amount, rate)).toBe(expected);
  });

  it('is exact far beyond where a double × 0.0x would drift', () => {
    // 9,007,199,254,740,991 × 1 bp = 900,719,925,474.0991 → 900,719,925,474.
    expect(applyRateBps(Number.MAX_SAFE_INTEGER, 1)).toBe(900_719_925_474);
  });

  it('refuses amounts and rates that are not integers', () => {
    expect(() => applyRateBps(10.5, 500)).toThrow(RangeError);
    expect(() => applyRateBps(1000, 2.5)).toThrow(RangeError);
  });
});

describe(cpsRate.name, () => {
  // Base 5 %; 8 % from 1,000.00; 10 % from 5,000.00 in the quarter.
  const cps: CpsTerms = {
    rateBps: 500,
    tiers: [
      { fromRevenue: 100_000, rateBps: 800 },
      { fromRevenue: 500_000, rateBps: 1000 },
    ],
  };

  it('applies a tier from the conversion that crosses it, to the whole conversion', () => {
    // 950.00 + 100.00 = 1,050.00 ≥ 1,000.00: all of the 100.00 at 8 %.
    expect(cpsRate(cps, 95_000, 10_000)).toEqual({ rateBps: 800, tierIndex: 0 });
    // The next one: 1,050.00 + 100.00 = 1,150.00, still 8 %.
    expect(cpsRate(cps, 105_000, 10_000)).toEqual({ rateBps: 800, tierIndex: 0 });
  });

  it('keeps the base rate below the first tier', () => {
    // 800.00 + 100.00 = 900.00 < 1,000.00.
    expect(cpsRate(cps, 80_000, 10_000)).toEqual({ rateBps: 500, tierIndex: null });
  });

  it('counts reaching a tier exactly as crossing it', () => {
    // 900.00 + 100.00 = 1,000.00.
    expect(cpsRate(cps, 90_000, 10_000)).toEqual({ rateBps: 800, tierIndex: 0 });
    expect(cpsRate(cps, 90_000, 9_999)).toEqual({ rateBps: 500, tierIndex: null });
  });

  it('jumps straight to the highest tier a large conversion reaches', () => {
    // 900.00 + 4,200.00 = 5,100.00 ≥ 5,000.00.
    expect(cpsRate(cps, 90_000, 420_000)).toEqual({ rateBps: 1000, tierIndex: 1 });
  });

  it('is the base rate without tiers', () => {
    expect(cpsRate({ rateBps: 350 }, 10 ** 9, 10_000)).toEqual({ rateBps: 350, tierIndex: null });
  });
});

describe(cpaAmount.name, () => {
  it('is the amount times the credit, rounded half up', () => {
    // 2,500 × 6/29 = 15,000/29 = 517 + 7/29 (0.24): 5.1724… → 5.17.
    expect(cpaAmount(2500, Rational.of(6, 29))).toBe(517);
    // 2,500 × 8/29 = 20,000/29 = 689 + 19/29 (0.66) → 6.90.
    expect(cpaAmount(2500, Rational.of(8, 29))).toBe(690);
    // 2,501 × 1/2 = 1,250.5 → 12.51.
    expect(cpaAmount(2501, Rational.of(1, 2))).toBe(1251);
    expect(cpaAmount(2500, Rational.ONE)).toBe(2500);
    expect(cpaAmount(2500, Rational.ZERO)).toBe(0);
  });
});

describe(cpcAccrual.name, () => {
  it('is clicks times the amount', () => {
    // 1,234 clicks at 0.15 = 185.10.
    expect(cpcAccrual(1234, 15)).toBe(18_510);
    expect(cpcAccrual(0, 15)).toBe(0);
  });

  it('refuses a negative or fractional count and an overflow', () => {
    expect(() => cpcAccrual(-1, 15)).toThrow(RangeError);
    expect(() => cpcAccrual(1.5, 15)).toThrow(RangeError);
    expect(() => cpcAccrual(2 ** 40, 2 ** 20)).toThrow(/too large/);
  });
});

describe(cpmAccrual.name, () => {
  it('is impressions × amount / 1,000, rounded half up', () => {
    // 12,345 × 5.00 / 1,000 = 6,172.5 cents → 61.73.
    expect(cpmAccrual(12_345, 500)).toBe(6173);
    // 1,000 × 2.50 / 1,000 = 2.50.
    expect(cpmAccrual(1000, 250)).toBe(250);
    // 1 × 5.00 / 1,000 = 0.5 cents → 0.01.
    expect(cpmAccrual(1, 500)).toBe(1);
    expect(cpmAccrual(0, 500)).toBe(0);
  });

  it('accrues day by day to exactly the rounded period total when given the impressions before', () => {
    // At 3.33 per 1,000: day 1, 1,500 impressions = 499.5 cents → 500.
    const day1 = cpmAccrual(1500, 333);
    // Day 2, 1,500 more: 3,000 × 0.333 = 999 cents in all, so 999 − 500 = 499.
    const day2 = cpmAccrual(1500, 333, 1500);
    expect([day1, day2]).toEqual([500, 499]);
    expect(day1 + day2).toBe(cpmAccrual(3000, 333));
    // Each day on its own would give 500 + 500 = 1,000: a cent too many.
    expect(cpmAccrual(1500, 333) * 2).toBe(1000);
  });

  it('refuses negative counts', () => {
    expect(() => cpmAccrual(-1, 500)).toThrow(RangeError);
    expect(() => cpmAccrual(1, 500, -1)).toThrow(RangeError);
  });
});

describe(flatFeeAccrual.name, () => {
  it('accrues a monthly fee in full every month', () => {
    expect(flatFeeAccrual({ amount: 50_000, period: 'month' }, 1)).toBe(50_000);
    expect(flatFeeAccrual({ amount: 50_000, period: 'month' }, 12)).toBe(50_000);
  });

  it('spreads a quarterly fee over its three months, summing exactly to the fee', () => {
    // 1,000.00 / 3 = 333.33⅓: 333.33 each, the cent left to the first month.
    const fee = { amount: 100_000, period: 'quarter' } as const;
    expect([1, 2, 3].map((month) => flatFeeAccrual(fee, month))).toEqual([33_334, 33_333, 33_333]);
    expect([10, 11, 12].map((month) => flatFeeAccrual(fee, month))).toEqual([33_334, 33_333, 33_333]);
    // 1,000.01 / 3 = 333.33⅔: two cents left, to the first two months.
    const odd = { amount: 100_001, period: 'quarter' } as const;
    expect([4, 5, 6].map((month) => flatFeeAccrual(odd, month))).toEqual([33_334, 33_334, 33_333]);
  });

  it('refuses a month outside 1–12', () => {
    expect(() => flatFeeAccrual({ amount: 100, period: 'month' }, 0)).toThrow(RangeError);
    expect(() => flatFeeAccrual({ amount: 100, period: 'quarter' }, 13)).toThrow(RangeError);
  });
});
