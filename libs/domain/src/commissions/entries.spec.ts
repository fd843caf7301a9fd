import { Rational } from '../attribution/rational.js';
import { commissionEntries, newCustomerBonusAmount, type ConversionPartner } from './entries.js';
import type { CommissionPlan } from './plan.js';

const plan: CommissionPlan = {
  effectiveFrom: new Date('2025-01-01T00:00:00Z'),
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'role_weighted' },
  rules: [
    // Awareness: 5 %, 8 % from 1,000.00 of attributed revenue in the quarter.
    { role: 'awareness', cps: { rateBps: 500, tiers: [{ fromRevenue: 100_000, rateBps: 800 }] } },
    // Coupons: 25.00 per conversion.
    { partnerType: 'coupon', cpa: { amount: 2500 } },
    // One partner on 12 %.
    { partnerId: 'p-star', cps: { rateBps: 1200 } },
    // A hybrid: 3 % plus 10.00.
    { partnerId: 'p-hybrid', cps: { rateBps: 300 }, cpa: { amount: 1000 } },
  ],
  // 1 % of the order plus 5.00.
  newCustomerBonus: { rateBps: 100, amount: 500 },
};

function partner(
  partnerId: string,
  credit: string,
  revenueMinor: number,
  type: ConversionPartner['type'],
  role: ConversionPartner['role'],
  quarterRevenueBeforeMinor = 0,
): ConversionPartner {
  return { partnerId, credit: Rational.parse(credit), revenueMinor, type, role, quarterRevenueBeforeMinor };
}

/**
 * An order of 100.00 with role-weighted credits 15/29, 6/29, 8/29 and the revenue split of
 * revenue.spec.ts: 51.72, 20.69, 27.59.
 */
const threePartners = [
  partner('p-creator', '15/29', 5172, 'creator', 'awareness'),
  partner('p-coupon', '6/29', 2069, 'coupon', 'consideration'),
  partner('p-star', '8/29', 2759, 'cashback', 'conversion'),
];

describe(commissionEntries.name, () => {
  it('pays each partner by its most specific rule, rounded half up per entry', () => {
    const sut = commissionEntries({ amountMinor: 10_000, newCustomer: false }, threePartners, plan);
    expect(sut).toEqual([
      // 5 % of 51.72 = 2.586 → 2.59 (the role rule).
      { partnerId: 'p-creator', kind: 'cps', amountMinor: 259, ruleIndex: 0, rateBps: 500, tierIndex: null },
      // 25.00 × 6/29 = 5.1724… → 5.17 (the type rule).
      { partnerId: 'p-coupon', kind: 'cpa', amountMinor: 517, ruleIndex: 1 },
      // 12 % of 27.59 = 3.3108 → 3.31 (the partner rule).
      { partnerId: 'p-star', kind: 'cps', amountMinor: 331, ruleIndex: 2, rateBps: 1200, tierIndex: null },
    ]);
  });

  it('splits a new customer’s bonus among the partners by credit, summing exactly to the bonus', () => {
    const sut = commissionEntries({ amountMinor: 10_000, newCustomer: true }, threePartners, plan);
    // Bonus: 1 % of 100.00 = 1.00, plus 5.00 = 6.00. By credit: 600 × 15/29 = 310.34,
    // 600 × 6/29 = 124.14, 600 × 8/29 = 165.52; floors 310 + 124 + 165 = 599, and the cent left
    // goes to the largest remainder (.52): 310, 124, 166.
    const bonuses = sut.filter(({ kind }) => kind === 'new_customer_bonus');
    expect(bonuses).toEqual([
      { partnerId: 'p-creator', kind: 'new_customer_bonus', amountMinor: 310, ruleIndex: 0, rateBps: 100 },
      { partnerId: 'p-coupon', kind: 'new_customer_bonus', amountMinor: 124, ruleIndex: 1, rateBps: 100 },
      { partnerId: 'p-star', kind: 'new_customer_bonus', amountMinor: 166, ruleIndex: 2, rateBps: 100 },
    ]);
    expect(bonuses.reduce((sum, { amountMinor }) => sum + amountMinor, 0)).toBe(600);
    // Each partner's bonus follows its other entries.
    expect(sut.map(({ partnerId, kind }) => `${partnerId}:${kind}`)).toEqual([
      'p-creator:cps',
      'p-creator:new_customer_bonus',
      'p-coupon:cpa',
      'p-coupon:new_customer_bonus',
      'p-star:cps',
      'p-star:new_customer_bonus',
    ]);
  });

  it('pays a whole conversion at the tier it crosses, and the next one too', () => {
    const alone = (quarterBefore: number) =>
      commissionEntries(
        { amountMinor: 10_000, newCustomer: false },
        [partner('p-creator', '1', 10_000, 'creator', 'awareness', quarterBefore)],
        plan,
      );
    // 950.00 so far + 100.00 crosses 1,000.00: all of the 100.00 at 8 % = 8.00.
    expect(alone(95_000)).toEqual([
      { partnerId: 'p-creator', kind: 'cps', amountMinor: 800, ruleIndex: 0, rateBps: 800, tierIndex: 0 },
    ]);
    // 1,050.00 so far: 8 % again.
    expect(alone(105_000)[0]).toMatchObject({ amountMinor: 800, rateBps: 800, tierIndex: 0 });
    // 800.00 so far + 100.00 = 900.00: 5 % = 5.00.
    expect(alone(80_000)[0]).toMatchObject({ amountMinor: 500, rateBps: 500, tierIndex: null });
  });

  it('tests the tier against the partner’s attributed revenue, not the order amount', () => {
    // The creator's share is 51.72 of 100.00: 980.00 + 51.72 = 1,031.72 crosses; 940.00 + 51.72 does not.
    const crossing = [{ ...threePartners[0], quarterRevenueBeforeMinor: 98_000 }, ...threePartners.slice(1)];
    // 8 % of 51.72 = 4.1376 → 4.14.
    expect(commissionEntries({ amountMinor: 10_000, newCustomer: false }, crossing, plan)[0]).toMatchObject({
      amountMinor: 414,
      tierIndex: 0,
    });
    const short = [{ ...threePartners[0], quarterRevenueBeforeMinor: 94_000 }, ...threePartners.slice(1)];
    expect(commissionEntries({ amountMinor: 10_000, newCustomer: false }, short, plan)[0]).toMatchObject({
      amountMinor: 259,
      tierIndex: null,
    });
  });

  it('pays both parts of a hybrid rule', () => {
    const sut = commissionEntries(
      { amountMinor: 5000, newCustomer: false },
      [partner('p-hybrid', '1', 5000, 'tool', 'conversion')],
      plan,
    );
    // 3 % of 50.00 = 1.50, plus 10.00 × 1.
    expect(sut).toEqual([
      { partnerId: 'p-hybrid', kind: 'cps', amountMinor: 150, ruleIndex: 3, rateBps: 300, tierIndex: null },
      { partnerId: 'p-hybrid', kind: 'cpa', amountMinor: 1000, ruleIndex: 3 },
    ]);
  });

  it('gives a partner without a rule nothing, not even its bonus share, which stays unpaid', () => {
    // Linear over two partners of 100.01: revenue 50.01 and 50.00 (largest remainder, first on ties).
    const partners = [
      partner('p-creator', '1/2', 5001, 'creator', 'awareness'),
      partner('p-loyal', '1/2', 5000, 'loyalty', 'retention'),
    ];
    const sut = commissionEntries({ amountMinor: 10_001, newCustomer: true }, partners, plan);
    // 5 % of 50.01 = 2.5005 → 2.50; bonus 1 % of 100.01 = 1.0001 → 1.00, + 5.00 = 6.00, half each.
    expect(sut).toEqual([
      { partnerId: 'p-creator', kind: 'cps', amountMinor: 250, ruleIndex: 0, rateBps: 500, tierIndex: null },
      { partnerId: 'p-creator', kind: 'new_customer_bonus', amountMinor: 300, ruleIndex: 0, rateBps: 100 },
    ]);
  });

  it('leaves out entries that come to nothing, such as a touch with no credit', () => {
    // Last click: the creator's touch gets no credit and no revenue.
    const partners = [
      partner('p-creator', '0', 0, 'creator', 'awareness'),
      partner('p-coupon', '1', 10_000, 'coupon', 'conversion'),
    ];
    const sut = commissionEntries({ amountMinor: 10_000, newCustomer: true }, partners, plan);
    // 25.00 × 1, and the whole 6.00 bonus.
    expect(sut).toEqual([
      { partnerId: 'p-coupon', kind: 'cpa', amountMinor: 2500, ruleIndex: 1 },
      { partnerId: 'p-coupon', kind: 'new_customer_bonus', amountMinor: 600, ruleIndex: 1, rateBps: 100 },
    ]);
  });

  it('pays a fixed-only bonus without a rate, and no bonus to returning customers', () => {
    const fixedOnly = { ...plan, newCustomerBonus: { amount: 1000 } };
    const partners = [partner('p-coupon', '1', 10_000, 'coupon', 'conversion')];
    expect(commissionEntries({ amountMinor: 10_000, newCustomer: true }, partners, fixedOnly)[1]).toEqual({
      partnerId: 'p-coupon',
      kind: 'new_customer_bonus',
      amountMinor: 1000,
      ruleIndex: 1,
    });
    expect(commissionEntries({ amountMinor: 10_000, newCustomer: false }, partners, fixedOnly)).toHaveLength(1);
  });

  it('has no entries for an unattributed conversion', () => {
    expect(commissionEntries({ amountMinor: 10_000, newCustomer: true }, [], plan)).toEqual([]);
  });

  it('refuses inconsistent inputs and an invalid plan', () => {
    const conversion = { amountMinor: 10_000, newCustomer: false };
    expect(() => commissionEntries(conversion, threePartners.slice(0, 2), plan)).toThrow(/credits sum to 21\/29/);
    const wrongRevenue = [{ ...threePartners[0], revenueMinor: 5173 }, ...threePartners.slice(1)];
    expect(() => commissionEntries(conversion, wrongRevenue, plan)).toThrow(/attributed revenue sums to 10001/);
    const twice = [partner('p-1', '1/2', 5000, 'tool', 'conversion'), partner('p-1', '1/2', 5000, 'tool', 'awareness')];
    expect(() => commissionEntries(conversion, twice, plan)).toThrow(/listed twice/);
    expect(() => commissionEntries({ amountMinor: -1, newCustomer: false }, [], plan)).toThrow(RangeError);
    const bad = { ...plan, rules: [{ role: 'awareness' as const }] };
    expect(() => commissionEntries(conversion, threePartners, bad)).toThrow(/^rules\[0\] must have a payment model/);
  });
});

describe(newCustomerBonusAmount.name, () => {
  it('adds the rate part, rounded half up, and the fixed part', () => {
    // 1 % of 123.45 = 1.2345 → 1.23, + 5.00.
    expect(newCustomerBonusAmount(12_345, { rateBps: 100, amount: 500 })).toBe(623);
    // 2.5 % of 123.45 = 3.08625 → 3.09.
    expect(newCustomerBonusAmount(12_345, { rateBps: 250 })).toBe(309);
    expect(newCustomerBonusAmount(12_345, { amount: 500 })).toBe(500);
    expect(newCustomerBonusAmount(12_345, undefined)).toBe(0);
  });
});
