import fc from 'fast-check';
import { FUNNEL_ROLES } from '../partners/funnel.js';
import { attribute, type Touch } from './models.js';
import { Rational } from './rational.js';
import { allocateRevenue } from './revenue.js';
import { ATTRIBUTION_MODELS, type AttributionSettings, type BaseAttributionModel } from './settings.js';

const T = Date.parse('2025-03-31T12:00:00Z');
const LOOKBACK_MS = 30 * 86_400_000;
const BASE_MODELS = ATTRIBUTION_MODELS.filter((model): model is BaseAttributionModel => model !== 'role_weighted');

// Times on a coarse grid as well as anywhere in the window, so that equal times (ties) are common.
const occurredAt = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((days) => new Date(T - days * 86_400_000)),
  fc.integer({ min: 0, max: LOOKBACK_MS }).map((ms) => new Date(T - ms)),
);

const journey: fc.Arbitrary<Touch[]> = fc.uniqueArray(
  fc.record({
    clickId: fc.string({ minLength: 1, maxLength: 6 }),
    partnerId: fc.constantFrom('p-1', 'p-2', 'p-3'),
    role: fc.constantFrom(...FUNNEL_ROLES),
    occurredAt,
  }),
  { minLength: 1, maxLength: 8, selector: (touch) => touch.clickId },
);

// Either spelling a plan may use: a number or its decimal string.
const decimal = (thousandths: number) => fc.constantFrom(thousandths / 1000, String(thousandths / 1000));

const settings: fc.Arbitrary<AttributionSettings> = fc
  .record({
    model: fc.constantFrom(...ATTRIBUTION_MODELS),
    base: fc.constantFrom(...BASE_MODELS),
    halfLifeDays: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.01, max: 60, noNaN: true })),
    // f and l in thousandths with f + l ≤ 1 exactly.
    shares: fc
      .integer({ min: 0, max: 1000 })
      .chain((first) => fc.tuple(decimal(first), fc.integer({ min: 0, max: 1000 - first }).chain(decimal))),
    // Positive weights up to 5, in hundredths.
    roleWeights: fc.record({
      awareness: fc.integer({ min: 1, max: 500 }).map((w) => w / 100),
      consideration: fc.integer({ min: 1, max: 500 }).map((w) => w / 100),
      conversion: fc.integer({ min: 1, max: 500 }).map((w) => w / 100),
      retention: fc.integer({ min: 1, max: 500 }).map((w) => w / 100),
    }),
  })
  .map(({ shares: [firstShare, lastShare], ...rest }) => ({ ...rest, firstShare, lastShare }));

describe('attribution properties', () => {
  it('gives credits that are all ≥ 0 and sum to exactly 1, one per touch, oldest first', () => {
    fc.assert(
      fc.property(journey, settings, (touches, plan) => {
        const result = attribute(touches, plan);
        expect(result).toHaveLength(touches.length);
        expect(Rational.sum(result.map(({ credit }) => credit)).equals(Rational.ONE)).toBe(true);
        for (const { credit } of result) expect(credit.compare(Rational.ZERO)).toBeGreaterThanOrEqual(0);
        for (let i = 1; i < result.length; i++) {
          expect(result[i - 1].touch.occurredAt.getTime()).toBeLessThanOrEqual(result[i].touch.occurredAt.getTime());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order the touches come in', () => {
    fc.assert(
      fc.property(journey, settings, (touches, plan) => {
        const forward = attribute(touches, plan).map(({ touch, credit }) => `${touch.clickId}=${credit}`);
        const reversed = attribute([...touches].reverse(), plan).map(
          ({ touch, credit }) => `${touch.clickId}=${credit}`,
        );
        expect(reversed).toEqual(forward);
      }),
    );
  });

  it('allocates revenue that sums exactly to the amount, each part within 1 minor unit of amount × credit', () => {
    fc.assert(
      fc.property(journey, settings, fc.integer({ min: 0, max: 10 ** 12 }), (touches, plan, amount) => {
        const credits = attribute(touches, plan);
        const parts = allocateRevenue(amount, credits);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(amount);
        credits.forEach(({ credit }, index) => {
          // |part − amount × n/d| < 1  ⇔  |part × d − amount × n| < d, in exact integers.
          const gap = BigInt(parts[index]) * credit.denominator - BigInt(amount) * credit.numerator;
          expect(gap < 0n ? -gap : gap).toBeLessThan(credit.denominator);
        });
      }),
      { numRuns: 500 },
    );
  });
});
