import { MARKOV_CONVERSION, MARKOV_NULL, MARKOV_START, markovRemovalEffects } from './markov.js';

const S = MARKOV_START;
const CONV = MARKOV_CONVERSION;
const NULL = MARKOV_NULL;

describe(markovRemovalEffects.name, () => {
  it('computes removal effects of a small set of journeys (worked by hand)', () => {
    // Journeys: A → B → conversion, A → null, B → conversion.
    // P(start→A) = 2/3, P(start→B) = 1/3, P(A→B) = 1/2, P(A→null) = 1/2, P(B→conversion) = 1.
    // p(B) = 1, p(A) = 1/2, p(start) = 2/3 · 1/2 + 1/3 · 1 = 2/3 (2 of the 3 journeys convert).
    // Without A: p(start) = 1/3 · 1 = 1/3, removal effect 1 − (1/3)/(2/3) = 1/2.
    // Without B: p(A) = 0 and start→B leads nowhere: p = 0, removal effect 1.
    // Shares: 1/2 / (3/2) = 1/3 and 1 / (3/2) = 2/3.
    const sut = markovRemovalEffects([
      { from: S, to: 'A', count: 2 },
      { from: S, to: 'B', count: 1 },
      { from: 'A', to: 'B', count: 1 },
      { from: 'A', to: NULL, count: 1 },
      { from: 'B', to: CONV, count: 2 },
    ]);
    expect(sut.conversionProbability).toBeCloseTo(2 / 3, 12);
    expect(sut.channels.map((channel) => channel.channel)).toEqual(['A', 'B']);
    expect(sut.channels[0].removalEffect).toBeCloseTo(1 / 2, 12);
    expect(sut.channels[0].share).toBeCloseTo(1 / 3, 12);
    expect(sut.channels[1].removalEffect).toBeCloseTo(1, 12);
    expect(sut.channels[1].share).toBeCloseTo(2 / 3, 12);
  });

  it('follows loops: a channel that repeats itself', () => {
    // Journeys: C → C → conversion, C → null. P(C→C) = 1/3, P(C→conv) = 1/3, P(C→null) = 1/3.
    // p(C) = 1/3 p(C) + 1/3, so p(C) = 1/2; p(start) = p(C) = 1/2. Without C nothing converts: effect 1, share 1.
    const sut = markovRemovalEffects([
      { from: S, to: 'C', count: 2 },
      { from: 'C', to: 'C', count: 1 },
      { from: 'C', to: CONV, count: 1 },
      { from: 'C', to: NULL, count: 1 },
    ]);
    expect(sut.conversionProbability).toBeCloseTo(1 / 2, 12);
    expect(sut.channels).toEqual([{ channel: 'C', removalEffect: 1, share: 1 }]);
  });

  it('gives no credit when nothing converts', () => {
    const sut = markovRemovalEffects([
      { from: S, to: 'A', count: 3 },
      { from: 'A', to: NULL, count: 3 },
    ]);
    expect(sut).toEqual({ conversionProbability: 0, channels: [{ channel: 'A', removalEffect: 0, share: 0 }] });
  });

  it('refuses transitions out of an absorbing state or into the start', () => {
    expect(() => markovRemovalEffects([{ from: CONV, to: 'A', count: 1 }])).toThrow(RangeError);
    expect(() => markovRemovalEffects([{ from: 'A', to: S, count: 1 }])).toThrow(RangeError);
    expect(() => markovRemovalEffects([{ from: S, to: 'A', count: -1 }])).toThrow(RangeError);
  });
});
