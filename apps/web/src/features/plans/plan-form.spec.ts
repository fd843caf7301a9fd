import type { PlanVersion } from '../../api/types.js';
import { bpsToPercent, inPercent, percentToBps, planToValues, tomorrowIn, valuesToBody } from './plan-form.js';

const VERSION: PlanVersion = {
  id: 'v1',
  inForce: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  effectiveFrom: '2026-01-01T00:00:00.000Z',
  lookbackDays: 30,
  lockDays: 14,
  attribution: {
    model: 'role_weighted',
    base: 'time_decay',
    halfLifeDays: 7,
    roleWeights: { awareness: '1.5', consideration: '1.2', conversion: '0.8', retention: '1.0' },
  },
  rules: [
    { role: 'conversion', cps: { rateBps: 500, tiers: [{ fromRevenue: '10000.00', rateBps: 725 }] } },
    { partnerType: 'creator', cpa: { amount: '5.00' }, flatFee: { amount: '100.00', period: 'quarter' } },
  ],
  newCustomerBonus: { rateBps: 150, amount: '3.00' },
  caps: { perPartnerPerMonth: '5000.00' },
  codePolicy: 'exclusive',
};

describe('plan form', () => {
  it('turns percent into basis points and back exactly, leaving what it cannot read for the API', () => {
    expect(percentToBps('12.5')).toBe(1250);
    expect(percentToBps('0.01')).toBe(1);
    expect(percentToBps(' 8 ')).toBe(800);
    expect(percentToBps('12.345')).toBe('12.345');
    expect(percentToBps('abc')).toBe('abc');
    expect(bpsToPercent(1250)).toBe('12.5');
    expect(bpsToPercent(725)).toBe('7.25');
    expect(bpsToPercent(1)).toBe('0.01');
    expect(bpsToPercent(10_000)).toBe('100');
  });

  it('gives back the same plan it was filled from, starting on the chosen day in the brand zone', () => {
    const values = planToValues(VERSION, '2026-12-03');
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out: not terms of the plan
    const { id, inForce, createdAt, effectiveFrom, ...terms } = VERSION;
    // Midnight in Berlin on 3 December (UTC+1) is 23:00 UTC the day before.
    expect(valuesToBody(values, 'Europe/Berlin')).toEqual({
      ...terms,
      effectiveFrom: '2026-12-02T23:00:00.000Z',
      attribution: { ...terms.attribution, halfLifeDays: '7' },
    });
  });

  it('leaves out blank payments and sends numbers typed wrong as typed, so the API names the field', () => {
    const values = planToValues(undefined, 'not a day');
    values.lookbackDays = '30 days';
    values.rules[0]!.cps.rateBps = '5';
    const body = valuesToBody(values, 'Europe/Berlin');
    expect(body.effectiveFrom).toBe('not a day');
    expect(body.lookbackDays).toBe('30 days');
    expect(body.attribution).toEqual({ model: 'last_click' });
    expect(body.rules).toEqual([
      { role: 'awareness', cps: { rateBps: 500 } },
      { role: 'consideration' },
      { role: 'conversion' },
      { role: 'retention' },
    ]);
    expect(body.newCustomerBonus).toBeUndefined();
    expect(body.caps).toBeUndefined();
  });

  it('starts a new version on the brand’s next day', () => {
    // 23:30 UTC on 1 December is already 2 December in Tokyo: tomorrow there is the 3rd.
    expect(tomorrowIn('Asia/Tokyo', new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-03');
    expect(tomorrowIn('Europe/Berlin', new Date('2026-12-01T12:00:00Z'))).toBe('2026-12-02');
  });

  it('says the API’s rate problems in percent, and leaves other problems alone', () => {
    expect(
      inPercent([
        { field: 'rules[0].cps.rateBps', message: 'rules[0].cps.rateBps must be between 0 and 10000; got 15000' },
        { field: 'newCustomerBonus.rateBps', message: 'newCustomerBonus.rateBps must be an integer; got "12.345"' },
        { field: 'lookbackDays', message: 'lookbackDays must be between 1 and 365; got 0' },
      ]),
    ).toEqual([
      { field: 'rules[0].cps.rateBps', message: 'rules[0].cps.rateBps must be between 0 % and 100 %; got 150 %' },
      { field: 'newCustomerBonus.rateBps', message: 'newCustomerBonus.rateBps must be an integer; got "12.345"' },
      { field: 'lookbackDays', message: 'lookbackDays must be between 1 and 365; got 0' },
    ]);
  });
});
