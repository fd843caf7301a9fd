import type { CommissionRule } from './plan.js';
import { ruleFor, type RulePartner } from './rules.js';

const rules: CommissionRule[] = [
  { role: 'conversion', cps: { rateBps: 300 } },
  { partnerType: 'coupon', cps: { rateBps: 200 } },
  { partnerId: 'p-7', cps: { rateBps: 900 } },
  { cps: { rateBps: 100 } },
];

const partner = (partnerId: string, type: RulePartner['type'], role: RulePartner['role']): RulePartner => ({
  partnerId,
  type,
  role,
});

describe(ruleFor.name, () => {
  it('prefers the partner id over its type over its role over the catch-all', () => {
    expect(ruleFor(rules, partner('p-7', 'coupon', 'conversion'))?.ruleIndex).toBe(2);
    expect(ruleFor(rules, partner('p-1', 'coupon', 'conversion'))?.ruleIndex).toBe(1);
    expect(ruleFor(rules, partner('p-1', 'cashback', 'conversion'))?.ruleIndex).toBe(0);
    expect(ruleFor(rules, partner('p-1', 'creator', 'awareness'))?.ruleIndex).toBe(3);
  });

  it('does not depend on where the more specific rule sits', () => {
    const reversed = [...rules].reverse(); // catch-all 0, partner 1, type 2, role 3
    expect(ruleFor(reversed, partner('p-7', 'coupon', 'conversion'))?.ruleIndex).toBe(1);
    expect(ruleFor(reversed, partner('p-1', 'coupon', 'conversion'))?.ruleIndex).toBe(2);
    expect(ruleFor(reversed, partner('p-1', 'cashback', 'conversion'))?.ruleIndex).toBe(3);
  });

  it('returns the rule itself with its index', () => {
    expect(ruleFor(rules, partner('p-7', 'coupon', 'conversion'))).toEqual({ rule: rules[2], ruleIndex: 2 });
  });

  it('matches nothing without a catch-all when no selector fits', () => {
    expect(ruleFor(rules.slice(0, 3), partner('p-1', 'creator', 'awareness'))).toBeUndefined();
    expect(ruleFor([], partner('p-1', 'creator', 'awareness'))).toBeUndefined();
  });

  it('matches a rule with several selectors only when all of them fit', () => {
    const narrow: CommissionRule[] = [
      { partnerId: 'p-7', partnerType: 'review', role: 'consideration', cpa: { amount: 1 } },
    ];
    expect(ruleFor(narrow, partner('p-7', 'review', 'consideration'))?.ruleIndex).toBe(0);
    expect(ruleFor(narrow, partner('p-7', 'review', 'conversion'))).toBeUndefined();
    expect(ruleFor(narrow, partner('p-7', 'coupon', 'consideration'))).toBeUndefined();
    expect(ruleFor(narrow, partner('p-8', 'review', 'consideration'))).toBeUndefined();
    // p-7 as a coupon partner fails the id rule's type, so the plain type rule applies.
    expect(ruleFor([...narrow, rules[1]], partner('p-7', 'coupon', 'consideration'))?.ruleIndex).toBe(1);
  });

  it('ranks a rule by its most specific selector and settles ties by plan order', () => {
    // Both are type-level rules: {coupon, conversion} is not more specific than {coupon}.
    const both: CommissionRule[] = [
      { partnerType: 'coupon', role: 'conversion', cps: { rateBps: 400 } },
      { partnerType: 'coupon', cps: { rateBps: 200 } },
    ];
    expect(ruleFor(both, partner('p-1', 'coupon', 'conversion'))?.ruleIndex).toBe(0);
    expect(ruleFor([...both].reverse(), partner('p-1', 'coupon', 'conversion'))?.ruleIndex).toBe(0);
    // A type+role rule still outranks a role-only rule.
    const typed: CommissionRule[] = [
      { role: 'conversion', cps: { rateBps: 300 } },
      { partnerType: 'coupon', role: 'conversion', cps: { rateBps: 400 } },
    ];
    expect(ruleFor(typed, partner('p-1', 'coupon', 'conversion'))?.ruleIndex).toBe(1);
  });

  it('takes the first of two catch-alls', () => {
    const catchAlls: CommissionRule[] = [{ cps: { rateBps: 100 } }, { cpa: { amount: 100 } }];
    expect(ruleFor(catchAlls, partner('p-1', 'tool', 'retention'))?.ruleIndex).toBe(0);
  });

  it('matches by the role of the touch, so one partner can fall under different rules', () => {
    expect(ruleFor(rules, partner('p-1', 'cashback', 'conversion'))?.ruleIndex).toBe(0);
    expect(ruleFor(rules, partner('p-1', 'cashback', 'retention'))?.ruleIndex).toBe(3);
  });
});
