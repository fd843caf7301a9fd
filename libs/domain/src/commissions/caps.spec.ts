import { applyCap } from './caps.js';
import type { CommissionEntry } from './entries.js';

const cps = (amountMinor: number): CommissionEntry => ({
  partnerId: 'p-1',
  kind: 'cps',
  amountMinor,
  ruleIndex: 0,
  rateBps: 500,
  tierIndex: null,
});
const cpa = (amountMinor: number): CommissionEntry => ({ partnerId: 'p-1', kind: 'cpa', amountMinor, ruleIndex: 0 });
const bonus = (amountMinor: number): CommissionEntry => ({
  partnerId: 'p-1',
  kind: 'new_customer_bonus',
  amountMinor,
  ruleIndex: 0,
});

describe(applyCap.name, () => {
  it('cuts an entry to what fits and records the excess as a zero-amount capped entry', () => {
    // Cap 100.00, 90.00 earned, CPS 25.00: 10.00 fits, 15.00 is capped.
    expect(applyCap([cps(2500)], 9000, 10_000)).toEqual([
      cps(1000),
      { ...cps(0), kind: 'capped', amountMinor: 0, cappedKind: 'cps', cappedMinor: 1500 },
    ]);
  });

  it('fills the room in the entries’ order', () => {
    // 10.00 of room: CPS 6.00 fits (4.00 left), CPA 3.00 fits (1.00 left), bonus 4.00 → 1.00 + 3.00 capped.
    expect(applyCap([cps(600), cpa(300), bonus(400)], 9000, 10_000)).toEqual([
      cps(600),
      cpa(300),
      bonus(100),
      { ...bonus(0), kind: 'capped', cappedKind: 'new_customer_bonus', cappedMinor: 300 },
    ]);
  });

  it('replaces an entry cut to nothing by its capped entry alone', () => {
    const capped = { ...cps(0), kind: 'capped', cappedKind: 'cps', cappedMinor: 2500 };
    expect(applyCap([cps(2500)], 10_000, 10_000)).toEqual([capped]);
    // Already over the cap (a cap lowered by a new plan version): no room either.
    expect(applyCap([cps(2500)], 12_000, 10_000)).toEqual([capped]);
  });

  it('never lets a negative month raise the cap', () => {
    // −5.00 earned counts as 0: 120.00 against a 100.00 cap pays 100.00.
    expect(applyCap([cps(12_000)], -500, 10_000)).toEqual([
      cps(10_000),
      { ...cps(0), kind: 'capped', cappedKind: 'cps', cappedMinor: 2000 },
    ]);
  });

  it('leaves entries under the cap, and all entries without a cap, as they are', () => {
    expect(applyCap([cps(600), cpa(300)], 9000, 10_000)).toEqual([cps(600), cpa(300)]);
    expect(applyCap([cps(600), cpa(300)], 9_000_000, undefined)).toEqual([cps(600), cpa(300)]);
    expect(applyCap([], 9000, 10_000)).toEqual([]);
  });

  it('refuses entries of several partners, entries already capped and a cap that is not positive', () => {
    expect(() => applyCap([cps(1), { ...cpa(1), partnerId: 'p-2' }], 0, 10_000)).toThrow(/per partner/);
    const capped: CommissionEntry = { ...cps(0), kind: 'capped', cappedMinor: 5 };
    expect(() => applyCap([capped], 0, 10_000)).toThrow(/already capped/);
    expect(() => applyCap([cps(-100)], 0, 10_000)).toThrow(RangeError);
    expect(() => applyCap([cps(1)], 0, 0)).toThrow(/not positive/);
  });
});
