import type { CommissionEntry } from './entries.js';
import { reversalEntries } from './reversal.js';

const cps = (amountMinor: number): CommissionEntry => ({
  partnerId: 'p-1',
  kind: 'cps',
  amountMinor,
  ruleIndex: 0,
  rateBps: 500,
  tierIndex: null,
});
const cpa = (amountMinor: number): CommissionEntry => ({ partnerId: 'p-2', kind: 'cpa', amountMinor, ruleIndex: 1 });
const amounts = (entries: CommissionEntry[]) => entries.map(({ amountMinor }) => amountMinor);

describe(reversalEntries.name, () => {
  const paid = [cps(3000), cpa(1234)];

  it('claws back the refunded share of the total, split by the entries', () => {
    // 30.00 + 12.34 = 42.34 on 100.00; 25.00 refunded: 42.34 / 4 = 10.585 → 10.59 (half up).
    // Split 3000 : 1234 of 1059: 1059 × 3000 / 4234 = 750 rem 1500, 1059 × 1234 / 4234 = 308 rem 2734;
    // 750 + 308 = 1058 and the cent left goes to the larger remainder: 7.50 and 3.09.
    const sut = reversalEntries(paid, 10_000, 2500);
    expect(sut).toEqual([cps(-750), cpa(-309)]);
  });

  it('claws back exactly everything on a full refund', () => {
    expect(reversalEntries(paid, 10_000, 10_000)).toEqual([cps(-3000), cpa(-1234)]);
  });

  it('lets the refund that completes a partial one take exactly the rest', () => {
    const first = reversalEntries(paid, 10_000, 2500); // −750, −309 as above
    // 75.00 more: 42.34 × 100/100 = 42.34 in all, minus 10.59 already = 31.75, split over what is
    // left of each entry, 2250 : 925, which is exactly 22.50 and 9.25.
    const second = reversalEntries(paid, 10_000, 7500, { refundedMinor: 2500, clawedBackMinor: amounts(first) });
    expect(amounts(second)).toEqual([-2250, -925]);
    expect([-750 + -2250, -309 + -925]).toEqual([-3000, -1234]);
  });

  it('spreads three refunds of a third so that they add up to exactly what was paid', () => {
    // 10.00 + 10.01 = 20.01 on 90.00, refunded 30.00 three times.
    const entries = [cps(1000), cpa(1001)];
    // 1: 20.01 / 3 = 6.67 exactly; 667 × 1000 / 2001 = 333 rem 667, 667 × 1001 / 2001 = 333 rem 1334:
    // the cent left goes to the second: −333, −334.
    const first = reversalEntries(entries, 9000, 3000);
    expect(amounts(first)).toEqual([-333, -334]);
    // 2: 20.01 × 2/3 = 13.34 in all, 6.67 new, over what is left, 667 : 667: 333.5 each, the cent
    // left to the first on the tie: −334, −333.
    const second = reversalEntries(entries, 9000, 3000, { refundedMinor: 3000, clawedBackMinor: amounts(first) });
    expect(amounts(second)).toEqual([-334, -333]);
    // 3: 20.01 in all, 6.67 new, over what is left, 333 : 334: exactly −333, −334.
    const third = reversalEntries(entries, 9000, 3000, {
      refundedMinor: 6000,
      clawedBackMinor: [-333 + -334, -334 + -333],
    });
    expect(amounts(third)).toEqual([-333, -334]);
    // −333 − 334 − 333 = −1000 and −334 − 333 − 334 = −1001.
  });

  it('keeps capped entries at zero and does not count them as paid', () => {
    const capped: CommissionEntry = { ...cps(0), kind: 'capped', cappedKind: 'cps', cappedMinor: 1500 };
    const bonus: CommissionEntry = { ...cpa(500), kind: 'new_customer_bonus' };
    // Paid 10.00 + 5.00 = 15.00; half refunded: 7.50, split 1000 : 500 = 5.00 and 2.50.
    const sut = reversalEntries([cps(1000), capped, bonus], 10_000, 5000);
    expect(sut).toEqual([cps(-500), { ...capped, amountMinor: 0, cappedMinor: 0 }, { ...bonus, amountMinor: -250 }]);
  });

  it('keeps zero clawbacks so the result lines up with the entries, never as −0', () => {
    // 1.00 × 0.01 / 100.00 = 0.0001 → 0.
    const sut = reversalEntries([cps(100)], 10_000, 1);
    expect(amounts(sut)).toEqual([0]);
    expect(Object.is(sut[0].amountMinor, 0)).toBe(true);
  });

  it('claws back nothing more while earlier clawbacks ran ahead, and the rest at the end', () => {
    // Earlier: 5.00 of 10.00 clawed back for a 1.00 refund. Another 1.00: 10.00 × 2/10 = 2.00 < 5.00.
    const earlier = { refundedMinor: 100, clawedBackMinor: [-500] };
    expect(amounts(reversalEntries([cps(1000)], 1000, 100, earlier))).toEqual([0]);
    // The remaining 9.00 refunded: 10.00 in all, 5.00 left to claw back.
    expect(amounts(reversalEntries([cps(1000)], 1000, 900, earlier))).toEqual([-500]);
  });

  it('refuses refunds past the amount and inconsistent history', () => {
    expect(() => reversalEntries(paid, 10_000, 10_001)).toThrow(/exceed the original amount/);
    const half = { refundedMinor: 5000, clawedBackMinor: [-1500, -617] };
    expect(() => reversalEntries(paid, 10_000, 5001, half)).toThrow(/refunds of 10001 exceed/);
    expect(() => reversalEntries(paid, 10_000, 0)).toThrow(RangeError);
    expect(() => reversalEntries(paid, 0, 1)).toThrow(RangeError);
    expect(() => reversalEntries(paid, 10_000, 100, { refundedMinor: 0, clawedBackMinor: [0] })).toThrow(
      /1 earlier clawbacks for 2 entries/,
    );
    expect(() => reversalEntries(paid, 10_000, 100, { refundedMinor: 100, clawedBackMinor: [-3001, 0] })).toThrow(
      /cannot have had 3001 clawed back from 3000/,
    );
    expect(() => reversalEntries(paid, 10_000, 100, { refundedMinor: 100, clawedBackMinor: [5, 0] })).toThrow(
      RangeError,
    );
    expect(() => reversalEntries([cps(-750)], 10_000, 100)).toThrow(/not an original commission/);
  });
});
