import { Rational } from './rational.js';
import { TIME_DECAY_UNITS, timeDecayCredits } from './time-decay.js';

const T = Date.parse('2025-03-31T12:00:00Z');
const DAY = 86_400_000;
const daysBeforeT = (...days: number[]): Date[] => days.map((d) => new Date(T - d * DAY));

describe(timeDecayCredits.name, () => {
  it('halves the weight per half-life: 14, 7 and 0 days old at 7 days → exactly 1/7, 2/7, 4/7', () => {
    // Weights 1/4, 1/2, 1 are 2^38, 2^39, 2^40 units: exact, summing to 7 × 2^38.
    expect(timeDecayCredits(daysBeforeT(14, 7, 0), 7).map(String)).toEqual(['1/7', '2/7', '4/7']);
  });

  it('depends only on the ages relative to each other, not on how long before T the journey ended', () => {
    // 15, 8, 1 days: the common factor 2^(-1/7) cancels in the normalisation.
    expect(timeDecayCredits(daysBeforeT(15, 8, 1), 7).map(String)).toEqual(['1/7', '2/7', '4/7']);
  });

  it('fixes an irrational weight to the nearest 2^-40 unit', () => {
    // Half a half-life apart: weight 2^-0.5; 2^-0.5 × 2^40 = 2^39.5 = 777472127993.87 → 777472127994
    // units (computed with 60-digit decimals), against 2^40 = 1099511627776 for the newest touch.
    const [older, newer] = timeDecayCredits(daysBeforeT(0.5, 0), 1);
    expect(older.equals(Rational.of(777472127994, 777472127994 + 1099511627776))).toBe(true);
    expect(newer.equals(Rational.ONE.subtract(older))).toBe(true);
    // The exact credit is 2^-0.5 / (1 + 2^-0.5) = √2 − 1 = 0.41421356237309504…
    expect(Math.abs(older.toNumber() - (Math.SQRT2 - 1))).toBeLessThan(2 ** -40);
  });

  it('keeps at least one unit for a touch many half-lives older, so it is never dropped', () => {
    // 100 half-lives: 2^-100 × 2^40 rounds to 0, raised to 1 unit.
    const [older, newer] = timeDecayCredits(daysBeforeT(100, 0), 1);
    expect(older.equals(Rational.of(1, TIME_DECAY_UNITS + 1))).toBe(true);
    expect(newer.equals(Rational.of(TIME_DECAY_UNITS, TIME_DECAY_UNITS + 1))).toBe(true);
  });

  it('splits equal times evenly and gives a lone touch everything', () => {
    expect(timeDecayCredits(daysBeforeT(3, 3, 3), 7).map(String)).toEqual(['1/3', '1/3', '1/3']);
    expect(timeDecayCredits(daysBeforeT(20), 7).map(String)).toEqual(['1']);
    expect(timeDecayCredits([], 7)).toEqual([]);
  });
});
