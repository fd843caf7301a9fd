import { planInForce, PlanValidationError, validatePlan, type CommissionPlan } from './plan.js';

/** A plan using every part of the contract; amounts in cents. */
function validPlan(): CommissionPlan {
  return {
    effectiveFrom: new Date('2025-01-01T00:00:00Z'),
    lookbackDays: 30,
    lockDays: 30,
    attribution: { model: 'role_weighted' },
    rules: [
      {
        role: 'awareness',
        cps: {
          rateBps: 500,
          tiers: [
            { fromRevenue: 100_000, rateBps: 800 },
            { fromRevenue: 500_000, rateBps: 1000 },
          ],
        },
      },
      { partnerType: 'coupon', cpa: { amount: 2500 } },
      { partnerId: 'p-9', cpc: { amount: 10 }, cpm: { amount: 500 }, flatFee: { amount: 100_000, period: 'quarter' } },
      { cps: { rateBps: 300 } },
    ],
    newCustomerBonus: { rateBps: 100, amount: 500 },
    caps: { perPartnerPerMonth: 10_000 },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the changes write wrong types on purpose
type PlanBody = Record<string, any>;

/** A copy of the valid plan with one change made to its JSON-like body. */
function planWith(change: (plan: PlanBody) => void): unknown {
  // A JSON copy, as the API would hand it over, with its date read back (structuredClone would make
  // the Date in another realm under Jest).
  const plan = JSON.parse(JSON.stringify(validPlan())) as PlanBody;
  plan.effectiveFrom = new Date(plan.effectiveFrom);
  change(plan);
  return plan;
}

describe(validatePlan.name, () => {
  it('accepts a plan using every payment model, tiers, a bonus, a cap and a catch-all rule', () => {
    expect(() => validatePlan(validPlan())).not.toThrow();
  });

  it('accepts the minimum: no rules, no bonus, no cap, a 0 % rule, a bonus of only one part', () => {
    const { newCustomerBonus: _bonus, caps: _caps, ...minimal } = validPlan();
    expect(() => validatePlan({ ...minimal, rules: [] })).not.toThrow();
    expect(() => validatePlan({ ...minimal, rules: [{ partnerId: 'p-1', cps: { rateBps: 0 } }] })).not.toThrow();
    expect(() => validatePlan({ ...minimal, newCustomerBonus: { amount: 0 } })).not.toThrow();
    expect(() => validatePlan({ ...minimal, newCustomerBonus: { rateBps: 10_000 } })).not.toThrow();
    expect(() => validatePlan({ ...minimal, codePolicy: 'touch' })).not.toThrow();
    expect(() => validatePlan({ ...minimal, codePolicy: 'exclusive' })).not.toThrow();
  });

  it.each<[string, (plan: PlanBody) => void, string, RegExp]>([
    [
      'tiers not ascending',
      (p) => (p.rules[0].cps.tiers[1].fromRevenue = 100_000),
      'rules[0].cps.tiers[1].fromRevenue',
      /must be greater than the tier before it \(100000\); got 100000$/,
    ],
    [
      'tiers in descending order',
      (p) => p.rules[0].cps.tiers.reverse(),
      'rules[0].cps.tiers[1].fromRevenue',
      /must be greater than the tier before it \(500000\)/,
    ],
    [
      'a tier from 0',
      (p) => (p.rules[0].cps.tiers[0].fromRevenue = 0),
      'rules[0].cps.tiers[0].fromRevenue',
      /at least 1/,
    ],
    [
      'a tier rate above 100 %',
      (p) => (p.rules[0].cps.tiers[1].rateBps = 10_001),
      'rules[0].cps.tiers[1].rateBps',
      /./,
    ],
    ['tiers that are not a list', (p) => (p.rules[0].cps.tiers = {}), 'rules[0].cps.tiers', /must be an array/],
    [
      'a negative CPS rate',
      (p) => (p.rules[3].cps.rateBps = -1),
      'rules[3].cps.rateBps',
      /between 0 and 10000; got -1/,
    ],
    ['a CPS rate above 100 %', (p) => (p.rules[3].cps.rateBps = 10_001), 'rules[3].cps.rateBps', /got 10001/],
    ['a fractional rate', (p) => (p.rules[3].cps.rateBps = 2.5), 'rules[3].cps.rateBps', /must be an integer; got 2.5/],
    ['a rule with no payment model', (p) => (p.rules[1] = { role: 'retention' }), 'rules[1]', /must have a payment/],
    ['an unknown role', (p) => (p.rules[0].role = 'loyal'), 'rules[0].role', /must be a funnel role; got "loyal"/],
    ['an unknown partner type', (p) => (p.rules[1].partnerType = 'blog'), 'rules[1].partnerType', /partner type/],
    ['an empty partner id', (p) => (p.rules[2].partnerId = ''), 'rules[2].partnerId', /non-empty string/],
    ['a negative CPA', (p) => (p.rules[1].cpa.amount = -100), 'rules[1].cpa.amount', /at least 0; got -100/],
    ['a decimal-string CPA', (p) => (p.rules[1].cpa.amount = '25.00'), 'rules[1].cpa.amount', /integer; got "25.00"/],
    ['a fractional CPC', (p) => (p.rules[2].cpc.amount = 0.1), 'rules[2].cpc.amount', /integer/],
    ['a CPM that is not an object', (p) => (p.rules[2].cpm = 5), 'rules[2].cpm', /must be an object/],
    ['a yearly flat fee', (p) => (p.rules[2].flatFee.period = 'year'), 'rules[2].flatFee.period', /month, quarter/],
    ['rules that are not a list', (p) => (p.rules = {}), 'rules', /must be an array/],
    ['a rule that is not an object', (p) => (p.rules[1] = null), 'rules[1]', /must be an object/],
    ['a zero cap', (p) => (p.caps.perPartnerPerMonth = 0), 'caps.perPartnerPerMonth', /at least 1; got 0/],
    ['a negative cap', (p) => (p.caps.perPartnerPerMonth = -5), 'caps.perPartnerPerMonth', /got -5/],
    ['a bonus of nothing', (p) => (p.newCustomerBonus = {}), 'newCustomerBonus', /rateBps, an amount or both/],
    ['a bonus rate above 100 %', (p) => (p.newCustomerBonus.rateBps = 20_000), 'newCustomerBonus.rateBps', /./],
    ['a negative bonus', (p) => (p.newCustomerBonus.amount = -1), 'newCustomerBonus.amount', /./],
    ['a date string', (p) => (p.effectiveFrom = '2025-01-01'), 'effectiveFrom', /valid date; got "2025-01-01"/],
    ['an invalid date', (p) => (p.effectiveFrom = new Date('soon')), 'effectiveFrom', /valid date/],
    ['a zero lookback', (p) => (p.lookbackDays = 0), 'lookbackDays', /between 1 and 365; got 0/],
    ['a lookback over a year', (p) => (p.lookbackDays = 366), 'lookbackDays', /got 366/],
    ['a negative lock period', (p) => (p.lockDays = -1), 'lockDays', /between 0 and 365/],
    ['a bad attribution share', (p) => (p.attribution.firstShare = 1.5), 'attribution.firstShare', /between 0 and 1/],
    ['an unknown attribution model', (p) => (p.attribution.model = 'markov'), 'attribution.model', /one of/],
    ['no attribution', (p) => delete p.attribution, 'attribution', /must be an object/],
    ['an unknown code policy', (p) => (p.codePolicy = 'last'), 'codePolicy', /touch, exclusive; got "last"/],
  ])('refuses %s, naming the field', (_, change, field, message) => {
    const plan = planWith(change);
    expect(() => validatePlan(plan)).toThrow(RangeError);
    expect(() => validatePlan(plan)).toThrow(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')} `));
    expect(() => validatePlan(plan)).toThrow(message);
    try {
      validatePlan(plan);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanValidationError);
      expect((error as PlanValidationError).field).toBe(field);
    }
  });

  it('refuses what is not a plan at all', () => {
    expect(() => validatePlan(null)).toThrow(/^plan must be an object/);
    expect(() => validatePlan([])).toThrow(/^plan must be an object/);
  });
});

describe(planInForce.name, () => {
  const v1 = { id: 'v1', effectiveFrom: new Date('2025-01-01T00:00:00Z') };
  const v2 = { id: 'v2', effectiveFrom: new Date('2025-04-01T00:00:00Z') };
  const v3 = { id: 'v3', effectiveFrom: new Date('2025-07-01T00:00:00Z') };
  // Out of order on purpose: versions are compared, not read in sequence.
  const plans = [v2, v3, v1];

  it.each([
    ['2025-03-31T23:59:59.999Z', 'v1'],
    ['2025-04-01T00:00:00.000Z', 'v2'], // effective exactly then: in force
    ['2025-06-15T12:00:00.000Z', 'v2'],
    ['2026-01-01T00:00:00.000Z', 'v3'],
  ])('at %s is %s', (at, id) => {
    expect(planInForce(plans, new Date(at))?.id).toBe(id);
  });

  it('is undefined before the first version and without versions', () => {
    expect(planInForce(plans, new Date('2024-12-31T23:59:59.999Z'))).toBeUndefined();
    expect(planInForce([], new Date('2025-05-01T00:00:00Z'))).toBeUndefined();
  });

  it('refuses to choose between two versions effective from the same time', () => {
    const twin = { id: 'v2b', effectiveFrom: new Date(v2.effectiveFrom) };
    expect(() => planInForce([v1, v2, twin], new Date('2025-05-01T00:00:00Z'))).toThrow(/two plan versions/);
    // A tie that is not yet in force does not matter.
    expect(planInForce([v1, v2, twin], new Date('2025-02-01T00:00:00Z'))?.id).toBe('v1');
  });

  it('refuses an invalid time', () => {
    expect(() => planInForce(plans, new Date('never'))).toThrow(RangeError);
  });
});
