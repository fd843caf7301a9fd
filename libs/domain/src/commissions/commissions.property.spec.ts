import fc from 'fast-check';
import { Rational } from '../attribution/rational.js';
import { allocateRevenue } from '../attribution/revenue.js';
import { FUNNEL_ROLES, PARTNER_TYPES } from '../partners/funnel.js';
import { applyCap } from './caps.js';
import { commissionEntries, type CommissionEntry, type ConversionPartner } from './entries.js';
import type { CommissionPlan, CommissionRule } from './plan.js';
import { reversalEntries } from './reversal.js';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Half up on non-negative integers, written independently of roundHalfUp: ⌊(2n + d) / 2d⌋. */
const roundHalfUp = (numerator: bigint, denominator: bigint) =>
  Number((2n * numerator + denominator) / (2n * denominator));

/** Credits from integer weights, at least one positive, so that they sum to exactly 1. */
const credits = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
  .filter((weights) => weights.some((weight) => weight > 0))
  .map((weights) => weights.map((weight) => Rational.of(weight, sum(weights))));

const conversion = fc.record({
  amountMinor: fc.integer({ min: 0, max: 10 ** 10 }),
  credits,
  types: fc.array(fc.constantFrom(...PARTNER_TYPES), { minLength: 6, maxLength: 6 }),
  roles: fc.array(fc.constantFrom(...FUNNEL_ROLES), { minLength: 6, maxLength: 6 }),
  quarterBefore: fc.array(fc.integer({ min: 0, max: 10 ** 8 }), { minLength: 6, maxLength: 6 }),
});

type ConversionInput = typeof conversion extends fc.Arbitrary<infer T> ? T : never;

function partnersOf({ amountMinor, credits, types, roles, quarterBefore }: ConversionInput) {
  const revenue = allocateRevenue(
    amountMinor,
    credits.map((credit) => ({ credit })),
  );
  return credits.map((credit, index): ConversionPartner => ({
    partnerId: `p-${index}`,
    credit,
    revenueMinor: revenue[index],
    type: types[index],
    role: roles[index],
    quarterRevenueBeforeMinor: quarterBefore[index],
  }));
}

const rate = fc.integer({ min: 0, max: 10_000 });
const money = fc.integer({ min: 0, max: 10 ** 6 });
const rule: fc.Arbitrary<CommissionRule> = fc.record(
  {
    role: fc.constantFrom(...FUNNEL_ROLES),
    partnerType: fc.constantFrom(...PARTNER_TYPES),
    cps: fc.record({ rateBps: rate, tiers: fc.constant([{ fromRevenue: 10 ** 7, rateBps: 1500 }]) }),
    cpa: fc.record({ amount: money }),
  },
  { requiredKeys: ['cps'] },
);

function planOf(rules: CommissionRule[], extra: Partial<CommissionPlan> = {}): CommissionPlan {
  return {
    effectiveFrom: new Date('2025-01-01T00:00:00Z'),
    lookbackDays: 30,
    lockDays: 30,
    attribution: { model: 'linear' },
    rules,
    ...extra,
  };
}

const bonus = fc
  .record({ rateBps: rate, amount: money }, { requiredKeys: [] })
  .filter((terms) => terms.rateBps !== undefined || terms.amount !== undefined);

describe('commission properties', () => {
  it('splits a new customer’s bonus so that the shares sum exactly to the bonus', () => {
    fc.assert(
      fc.property(conversion, fc.array(rule, { maxLength: 4 }), bonus, (input, rules, terms) => {
        // A catch-all last so that every partner has a rule and receives its share.
        const plan = planOf([...rules, { cpa: { amount: 0 } }], { newCustomerBonus: terms });
        const partners = partnersOf(input);
        const entries = commissionEntries({ amountMinor: input.amountMinor, newCustomer: true }, partners, plan);
        const shares = entries.filter(({ kind }) => kind === 'new_customer_bonus');
        const expected =
          roundHalfUp(BigInt(input.amountMinor) * BigInt(terms.rateBps ?? 0), 10_000n) + (terms.amount ?? 0);
        expect(sum(shares.map(({ amountMinor }) => amountMinor))).toBe(expected);
        for (const share of shares) {
          // Within one minor unit of bonus × credit: |share × d − bonus × n| < d.
          const { credit } = partners.find(({ partnerId }) => partnerId === share.partnerId)!;
          const gap = BigInt(share.amountMinor) * credit.denominator - BigInt(expected) * credit.numerator;
          expect(gap < 0n ? -gap : gap).toBeLessThan(credit.denominator);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pays every entry a non-negative integer, one rounding away from the exact amount', () => {
    fc.assert(
      fc.property(conversion, fc.array(rule, { minLength: 1, maxLength: 4 }), (input, rules) => {
        const partners = partnersOf(input);
        const entries = commissionEntries(
          { amountMinor: input.amountMinor, newCustomer: false },
          partners,
          planOf(rules),
        );
        for (const entry of entries) {
          expect(Number.isSafeInteger(entry.amountMinor) && entry.amountMinor > 0).toBe(true);
          const partner = partners.find(({ partnerId }) => partnerId === entry.partnerId)!;
          if (entry.kind === 'cps') {
            expect(entry.amountMinor).toBe(roundHalfUp(BigInt(partner.revenueMinor) * BigInt(entry.rateBps!), 10_000n));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  // Small amounts often, where rounding moves a minor unit between entries, and large ones.
  const small = (min: number, max: number) => fc.oneof(fc.integer({ min, max: 100 }), fc.integer({ min, max }));
  // A conversion's entries, some of them capped, and its refunds: the amount is their sum.
  const paid = fc.record({
    entries: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: small(0, 10 ** 7).map((amountMinor) => ({ amountMinor, capped: 0 })) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 ** 7 }).map((capped) => ({ amountMinor: 0, capped })) },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    refunds: fc.array(small(1, 10 ** 8), { minLength: 1, maxLength: 6 }),
  });

  it('claws back exactly what was paid over partial refunds that add up to the whole amount', () => {
    fc.assert(
      fc.property(paid, ({ entries: shapes, refunds }) => {
        const entries = shapes.map(({ amountMinor: amount, capped }, index): CommissionEntry =>
          capped > 0
            ? {
                partnerId: `p-${index}`,
                kind: 'capped',
                amountMinor: 0,
                ruleIndex: 0,
                cappedKind: 'cps',
                cappedMinor: capped,
              }
            : { partnerId: `p-${index}`, kind: 'cps', amountMinor: amount, ruleIndex: 0 },
        );
        const total = sum(entries.map(({ amountMinor: amount }) => amount));
        const amountMinor = sum(refunds);

        let clawedBackMinor = entries.map(() => 0);
        let refundedMinor = 0;
        for (const refund of refunds) {
          const step = reversalEntries(entries, amountMinor, refund, { refundedMinor, clawedBackMinor });
          expect(step).toHaveLength(entries.length);
          step.forEach((entry, index) => {
            expect(entry.amountMinor).toBeLessThanOrEqual(0);
            if (entries[index].kind === 'capped') expect(entry).toMatchObject({ amountMinor: 0, cappedMinor: 0 });
          });
          clawedBackMinor = clawedBackMinor.map((clawed, index) => clawed + step[index].amountMinor);
          refundedMinor += refund;
          // Never more than was paid, entry by entry; in all, as one refund of the sum would.
          clawedBackMinor.forEach((clawed, index) => expect(-clawed).toBeLessThanOrEqual(entries[index].amountMinor));
          expect(0 - sum(clawedBackMinor)).toBe(
            roundHalfUp(BigInt(total) * BigInt(refundedMinor), BigInt(amountMinor)),
          );
        }
        expect(clawedBackMinor).toEqual(entries.map(({ amountMinor: amount }) => -amount || 0));
        expect(sum(clawedBackMinor)).toBe(-total || 0);
      }),
      { numRuns: 500 },
    );
  });

  it('never pays a partner more than the cap in a month, nor loses any of the excess', () => {
    const month = fc.array(fc.array(fc.integer({ min: 0, max: 10 ** 6 }), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 3 * 10 ** 6 }), (conversions, cap) => {
        let earned = 0;
        let capped = 0;
        for (const amounts of conversions) {
          const entries = amounts.map((amountMinor): CommissionEntry => ({
            partnerId: 'p-1',
            kind: 'cps',
            amountMinor,
            ruleIndex: 0,
          }));
          const result = applyCap(entries, earned, cap);
          for (const entry of result) {
            expect(entry.amountMinor).toBeGreaterThanOrEqual(0);
            expect(entry.amountMinor).toBeLessThanOrEqual(cap);
            if (entry.kind === 'capped') expect(entry.amountMinor).toBe(0);
          }
          const paidNow = sum(result.map(({ amountMinor }) => amountMinor));
          const cappedNow = sum(result.map(({ cappedMinor }) => cappedMinor ?? 0));
          expect(paidNow + cappedNow).toBe(sum(amounts));
          earned += paidNow;
          capped += cappedNow;
          expect(earned).toBeLessThanOrEqual(cap);
        }
        // Whatever was capped was capped only because the month reached the cap.
        if (capped > 0) expect(earned).toBe(cap);
      }),
      { numRuns: 300 },
    );
  });
});
