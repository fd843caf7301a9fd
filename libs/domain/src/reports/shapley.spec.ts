import { journeyWorth, shapleyValues } from './shapley.js';

describe(shapleyValues.name, () => {
  // Players A = bit 0, B = bit 1, C = bit 2.
  const A = 1;
  const B = 2;
  const C = 4;

  it('is exact over every coalition for a few players (worked by hand)', () => {
    // Converting journeys: {A} brought 10, {A, B} 30, {B, C} 60.
    // v(A) = 10, v(B) = v(C) = 0, v(AB) = 40, v(AC) = 10, v(BC) = 60, v(ABC) = 100.
    // φ_A = 1/3·(10 − 0) + 1/6·(40 − 0) + 1/6·(10 − 0) + 1/3·(100 − 60) = 10/3 + 20/3 + 5/3 + 40/3 = 25
    // φ_B = 1/3·0 + 1/6·(40 − 10) + 1/6·(60 − 0) + 1/3·(100 − 10) = 5 + 10 + 30 = 45
    // φ_C = 1/3·0 + 1/6·(10 − 10) + 1/6·(60 − 0) + 1/3·(100 − 40) = 0 + 10 + 20 = 30
    const worth = journeyWorth([
      { coalition: A, value: 10 },
      { coalition: A | B, value: 30 },
      { coalition: B | C, value: 60 },
    ]);
    const sut = shapleyValues(3, worth);
    expect(sut.method).toBe('exact');
    expect(sut.values[0]).toBeCloseTo(25, 10);
    expect(sut.values[1]).toBeCloseTo(45, 10);
    expect(sut.values[2]).toBeCloseTo(30, 10);
  });

  it('shares a symmetric game equally: any two of three players win 1', () => {
    // Each player is pivotal (second to join) in 2 of the 6 orders: 2/6 = 1/3 each.
    const worth = (coalition: number): number =>
      (coalition & A ? 1 : 0) + (coalition & B ? 1 : 0) + (coalition & C ? 1 : 0) >= 2 ? 1 : 0;
    const sut = shapleyValues(3, worth);
    for (const value of sut.values) expect(value).toBeCloseTo(1 / 3, 10);
  });

  it('samples joining orders beyond the exact limit, and says so', () => {
    // An additive game: every order gives each player exactly its own weight, so sampling is exact.
    const weights = [5, 7, 11];
    const additive = (coalition: number): number =>
      weights.reduce((sum, weight, i) => sum + (coalition & (1 << i) ? weight : 0), 0);
    const sut = shapleyValues(3, additive, { maxExactPlayers: 2, samples: 50 });
    expect(sut).toEqual({ values: [5, 7, 11], method: 'sampled', samples: 50 });

    // The symmetric 2-of-3 game by sampling: close to 1/3 each, and the same on every run (seeded).
    const majority = (coalition: number): number => (popcount(coalition) >= 2 ? 1 : 0);
    const sampled = shapleyValues(3, majority, { maxExactPlayers: 0, samples: 3000 });
    for (const value of sampled.values) expect(Math.abs(value - 1 / 3)).toBeLessThan(0.03);
    expect(shapleyValues(3, majority, { maxExactPlayers: 0, samples: 3000 })).toEqual(sampled);
  });

  it('gives nothing to share among no players, and refuses a nonsense count', () => {
    expect(shapleyValues(0, () => 0)).toEqual({ values: [], method: 'exact' });
    expect(() => shapleyValues(-1, () => 0)).toThrow(RangeError);
  });
});

describe(journeyWorth.name, () => {
  it('sums the journeys whose players all belong to the coalition', () => {
    const worth = journeyWorth([
      { coalition: 1, value: 10 },
      { coalition: 3, value: 30 },
      { coalition: 3, value: 5 },
      { coalition: 0, value: 99 }, // a journey without players counts for nobody
    ]);
    expect(worth(0)).toBe(0);
    expect(worth(1)).toBe(10);
    expect(worth(2)).toBe(0);
    expect(worth(3)).toBe(45);
  });
});

function popcount(mask: number): number {
  return mask.toString(2).replace(/0/g, '').length;
}
