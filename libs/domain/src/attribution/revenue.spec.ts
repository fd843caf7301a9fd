import type { FunnelRole } from '../partners/funnel.js';
import { attribute, type Touch } from './models.js';
import { Rational } from './rational.js';
import { allocateRevenue, creditsByPartner } from './revenue.js';

const T = Date.parse('2025-03-31T12:00:00Z');
const DAY = 86_400_000;

function touch(clickId: string, partnerId: string, role: FunnelRole, daysBeforeT: number): Touch {
  return { clickId, partnerId, role, occurredAt: new Date(T - daysBeforeT * DAY) };
}

const of = (...fractions: string[]) => fractions.map((text) => ({ credit: Rational.parse(text) }));

describe(allocateRevenue.name, () => {
  it('splits 100.00 by role-weighted credits 15/29, 6/29, 8/29 to the cent', () => {
    // 10000 × 15/29 = 5172.41 (rem 12/29), × 6/29 = 2068.97 (rem 28/29), × 8/29 = 2758.62
    // (rem 18/29): floors 5172 + 2068 + 2758 = 9998, the 2 units left go to the 2nd and 3rd.
    expect(allocateRevenue(10000, of('15/29', '6/29', '8/29'))).toEqual([5172, 2069, 2759]);
  });

  it('splits by time-decay sevenths', () => {
    // 10000 × 1/7 = 1428 rem 4/7, × 2/7 = 2857 rem 1/7, × 4/7 = 5714 rem 2/7: 9999, +1 to the 1st.
    expect(allocateRevenue(10000, of('1/7', '2/7', '4/7'))).toEqual([1429, 2857, 5714]);
  });

  it('puts credits with different denominators over their least common one', () => {
    // 1/2, 1/3, 1/6 = 3/6, 2/6, 1/6 of 1001: 500.5, 333.67, 166.83 → 500 + 333 + 166 = 999;
    // the 2 left go to the remainders .83 then .67: 500, 334, 167.
    expect(allocateRevenue(1001, of('1/2', '1/3', '1/6'))).toEqual([500, 334, 167]);
  });

  it('gives nothing to touches without credit', () => {
    expect(allocateRevenue(10000, of('0', '0', '1'))).toEqual([0, 0, 10000]);
  });

  it('mirrors the split for a reversal', () => {
    expect(allocateRevenue(-10000, of('15/29', '6/29', '8/29'))).toEqual([-5172, -2069, -2759]);
  });

  it('attributes no revenue to an unattributed conversion', () => {
    expect(allocateRevenue(10000, [])).toEqual([]);
  });

  it('refuses credits that do not sum to 1 or are negative', () => {
    expect(() => allocateRevenue(10000, of('1/2', '1/3'))).toThrow(/credits sum to 5\/6, not 1/);
    expect(() => allocateRevenue(10000, of('3/2', '-1/2'))).toThrow(/negative/);
    expect(() => allocateRevenue(1.5, of('1'))).toThrow(RangeError);
  });
});

describe(creditsByPartner.name, () => {
  it('sums a partner that touched twice, in the order of first touches', () => {
    // Role-weighted 40/20/40: A (awareness) 15/29, B (consideration) 6/29, A (conversion) 8/29.
    const credits = attribute(
      [touch('c1', 'A', 'awareness', 3), touch('c2', 'B', 'consideration', 2), touch('c3', 'A', 'conversion', 1)],
      { model: 'role_weighted' },
    );
    const revenue = allocateRevenue(10000, credits); // 5172, 2069, 2759 as above
    const sut = creditsByPartner(credits, revenue);
    // A: 15/29 + 8/29 = 23/29 and 5172 + 2759 = 7931; B: 6/29 and 2069.
    expect(sut.map(({ partnerId, credit, revenueMinor }) => [partnerId, `${credit}`, revenueMinor])).toEqual([
      ['A', '23/29', 7931],
      ['B', '6/29', 2069],
    ]);
  });

  it('lists partners by their first touch, not by their size', () => {
    // Linear over B, A, A: B first with 1/3, then A with 2/3; 100 split 34, 33, 33.
    const credits = attribute(
      [touch('c1', 'B', 'awareness', 3), touch('c2', 'A', 'conversion', 2), touch('c3', 'A', 'conversion', 1)],
      {
        model: 'linear',
      },
    );
    const sut = creditsByPartner(credits, allocateRevenue(100, credits));
    expect(sut.map(({ partnerId, credit, revenueMinor }) => [partnerId, `${credit}`, revenueMinor])).toEqual([
      ['B', '1/3', 34],
      ['A', '2/3', 66],
    ]);
  });

  it('is empty for an unattributed conversion and refuses mismatched lists', () => {
    expect(creditsByPartner([], [])).toEqual([]);
    const credits = attribute([touch('c1', 'A', 'awareness', 1)], { model: 'linear' });
    expect(() => creditsByPartner(credits, [])).toThrow(RangeError);
  });
});
