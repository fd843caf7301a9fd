import { selectJourney } from './journey.js';
import type { Touch } from './models.js';

const T = Date.parse('2025-03-31T12:00:00Z');
const DAY = 86_400_000;
const conversionAt = new Date(T);

function touchAt(clickId: string, msBeforeT: number): Touch {
  return { clickId, partnerId: `p-${clickId}`, role: 'conversion', occurredAt: new Date(T - msBeforeT) };
}

const ids = (touches: Touch[]): string[] => touches.map(({ clickId }) => clickId);

describe(selectJourney.name, () => {
  // A 30-day window: from 2025-03-01T12:00Z to 2025-03-31T12:00Z, both ends included.
  const candidates = [
    touchAt('after', -1), // 1 ms after the conversion
    touchAt('at-T', 0),
    touchAt('day-10', 10 * DAY),
    touchAt('too-old', 30 * DAY + 1), // 1 ms before the window opens
    touchAt('day-30', 30 * DAY), // the first instant of the window
  ];

  it('keeps the touches inside the lookback window, both ends included, oldest first', () => {
    expect(ids(selectJourney(candidates, { conversionAt, lookbackDays: 30 }))).toEqual(['day-30', 'day-10', 'at-T']);
  });

  it('orders touches at the same time by click id', () => {
    const tied = [touchAt('c', DAY), touchAt('a', DAY), touchAt('b', 2 * DAY)];
    expect(ids(selectJourney(tied, { conversionAt, lookbackDays: 30 }))).toEqual(['b', 'a', 'c']);
  });

  it('with a window of 0 days keeps only touches at the conversion time', () => {
    expect(ids(selectJourney(candidates, { conversionAt, lookbackDays: 0 }))).toEqual(['at-T']);
  });

  it('takes the lookback in 24-hour days and allows fractions', () => {
    // 1.5 days = 36 hours: a touch 36 h before is in, 36 h + 1 ms is out.
    const touches = [touchAt('in', 36 * 3_600_000), touchAt('out', 36 * 3_600_000 + 1)];
    expect(ids(selectJourney(touches, { conversionAt, lookbackDays: 1.5 }))).toEqual(['in']);
  });

  it('uses a named click older than the window alone, leaving out the touches inside it', () => {
    const touches = [...candidates, touchAt('named', 45 * DAY)];
    expect(ids(selectJourney(touches, { conversionAt, lookbackDays: 30, clickId: 'named' }))).toEqual(['named']);
    expect(ids(selectJourney(touches, { conversionAt, lookbackDays: 30, clickId: 'too-old' }))).toEqual(['too-old']);
  });

  it('uses a named click after the conversion (clock skew) alone', () => {
    expect(ids(selectJourney(candidates, { conversionAt, lookbackDays: 30, clickId: 'after' }))).toEqual(['after']);
  });

  it('uses a named click inside the window like any other touch of the window', () => {
    expect(ids(selectJourney(candidates, { conversionAt, lookbackDays: 30, clickId: 'day-10' }))).toEqual([
      'day-30',
      'day-10',
      'at-T',
    ]);
  });

  it('falls back to the window when the named click is not among the candidates', () => {
    expect(ids(selectJourney(candidates, { conversionAt, lookbackDays: 30, clickId: 'unknown' }))).toEqual([
      'day-30',
      'day-10',
      'at-T',
    ]);
  });

  it('is empty (unattributed) when nothing is in the window and no named click is known', () => {
    const old = [touchAt('too-old', 31 * DAY)];
    expect(selectJourney(old, { conversionAt, lookbackDays: 30 })).toEqual([]);
    expect(selectJourney(old, { conversionAt, lookbackDays: 30, clickId: 'unknown' })).toEqual([]);
    expect(selectJourney([], { conversionAt, lookbackDays: 30 })).toEqual([]);
  });

  it('refuses a negative or non-finite lookback and an invalid conversion time', () => {
    expect(() => selectJourney(candidates, { conversionAt, lookbackDays: -1 })).toThrow(RangeError);
    expect(() => selectJourney(candidates, { conversionAt, lookbackDays: NaN })).toThrow(RangeError);
    expect(() => selectJourney(candidates, { conversionAt, lookbackDays: Infinity })).toThrow(RangeError);
    expect(() => selectJourney(candidates, { conversionAt: new Date('nope'), lookbackDays: 30 })).toThrow(RangeError);
  });
});
