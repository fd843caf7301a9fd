import { type INestApplicationContext } from '@nestjs/common';
import { HOUR_MS } from '#domain';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  inPeriod,
  isoDaysAgo,
  postClicksAndWait,
  publishPlan,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
} from '#testing';

/** In force for every order below: last click, 5 % for conversion partners, 10 % for awareness. */
const PLAN = {
  effectiveFrom: isoDaysAgo(400),
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'last_click' },
  rules: [
    { role: 'conversion', cps: { rateBps: 500 } },
    { role: 'awareness', cps: { rateBps: 1000 } },
  ],
};
/** The draft: the conversion role at 8 % instead of 5 %. */
const DRAFT = {
  ...PLAN,
  effectiveFrom: isoDaysAgo(-30),
  rules: [
    { role: 'conversion', cps: { rateBps: 800 } },
    { role: 'awareness', cps: { rateBps: 1000 } },
  ],
};

const LAST_MONTH = closedPeriod('month');
const LAST_QUARTER = closedPeriod('quarter');
/** Two quarters back: always before last month, so its orders are apart from last month's. */
const EARLIER_QUARTER = closedPeriod('quarter', 2);

/** POST /v1/commission-plans/preview: a draft replayed on past orders through the real worker. */
describe('commission plan preview', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;

  /** One order by `customerKey`, an hour after a click of `partnerId`; resolves once credited. */
  const order = async (transactionId: string, partnerId: string, at: Date, amount: string): Promise<void> => {
    const customerKey = `cust-${transactionId}`;
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId, customerKey, occurredAt: new Date(at.getTime() - HOUR_MS).toISOString() },
    ]);
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId, amount, currency: 'EUR', customerKey, occurredAt: at.toISOString() });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
  };
  const preview = (query: string, body: object = DRAFT, key = brand.managerKey) =>
    api
      .http()
      .post(`/v1/commission-plans/preview${query}`)
      .set(...bearer(key))
      .send(body);

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, PLAN);
    const { conversion, awareness } = brand.partners;
    // Last month: 200.00 through the conversion partner, 100.00 through the awareness partner.
    await order('M-1', conversion.id, inPeriod(LAST_MONTH, 4, 12), '200.00');
    await order('M-2', awareness.id, inPeriod(LAST_MONTH, 9, 12), '100.00');
    // Two quarters back: 50.00 in its first month and 50.00 in its second, both conversion partner.
    await order('Q-1', conversion.id, inPeriod(EARLIER_QUARTER, 4, 12), '50.00');
    await order('Q-2', conversion.id, inPeriod(EARLIER_QUARTER, 40, 12), '50.00');
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('gives per partner and in total what was earned and what the draft would pay, with cost of sale', async () => {
    const response = await preview('?last=month');
    expect(response.status).toBe(200);
    const { conversion, awareness, consideration, retention } = brand.partners;
    expect(response.body).toMatchObject({
      period: LAST_MONTH.key,
      start: LAST_MONTH.start.toISOString(),
      end: LAST_MONTH.end.toISOString(),
      currency: 'EUR',
      conversions: 2,
    });
    const byId = new Map(
      response.body.partners.map((row: { partnerId: string }) => [row.partnerId, row] as [string, unknown]),
    );
    // Conversion partner: 200.00 × 5 % = 10.00 earned; × 8 % = 16.00 under the draft: +6.00.
    expect(byId.get(conversion.id)).toEqual({
      partnerId: conversion.id,
      name: conversion.name,
      role: 'conversion',
      type: conversion.type,
      attributedRevenue: '200.00',
      currentAttributedRevenue: '200.00',
      commission: '16.00',
      currentCommission: '10.00',
      difference: '6.00',
    });
    // Awareness partner: 100.00 × 10 % = 10.00 either way.
    expect(byId.get(awareness.id)).toMatchObject({
      commission: '10.00',
      currentCommission: '10.00',
      difference: '0.00',
    });
    for (const id of [consideration.id, retention.id]) {
      expect(byId.get(id)).toMatchObject({ attributedRevenue: '0.00', commission: '0.00', difference: '0.00' });
    }
    // 20.00 of 300.00 = 6.67 % today; 26.00 of 300.00 = 8.67 % under the draft.
    expect(response.body.totals).toEqual({
      attributedRevenue: '300.00',
      currentAttributedRevenue: '300.00',
      commission: '26.00',
      currentCommission: '20.00',
      difference: '6.00',
      costOfSale: 0.0867,
      currentCostOfSale: 0.0667,
    });
  });

  it('replays a quarter, capping each month on its own', async () => {
    // 50.00 × 8 % = 4.00 in each of two months, capped at 3.00 a month: 6.00. A cap over the whole
    // quarter would pay 3.00 and then nothing. Today: 2.50 + 2.50 = 5.00.
    const capped = { ...DRAFT, caps: { perPartnerPerMonth: '3.00' } };
    const response = await preview(`?period=${EARLIER_QUARTER.key}`, capped);
    expect(response.status).toBe(200);
    expect(response.body.period).toBe(EARLIER_QUARTER.key);
    expect(response.body.conversions).toBe(2);
    const row = response.body.partners.find(
      (partner: { partnerId: string }) => partner.partnerId === brand.partners.conversion.id,
    );
    expect(row).toMatchObject({ attributedRevenue: '100.00', commission: '6.00', currentCommission: '5.00' });
    // 6.00 / 100.00 and 5.00 / 100.00.
    expect(response.body.totals).toMatchObject({ costOfSale: 0.06, currentCostOfSale: 0.05, difference: '1.00' });
  });

  it('takes the last closed quarter by last=quarter, and refuses a period and last together', async () => {
    const last = await preview('?last=quarter');
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ period: LAST_QUARTER.key, start: LAST_QUARTER.start.toISOString() });
    const both = await preview(`?last=month&period=${LAST_MONTH.key}`);
    expect(both.status).toBe(400);
    expect(both.body.error.details).toEqual([{ field: 'last', message: 'Give either period or last, not both' }]);
    const week = await preview('?last=week');
    expect(week.status).toBe(400);
    expect(week.body.error.details[0].field).toBe('last');
  });

  it('names a bad draft field by its path, nested ones included', async () => {
    const bad = {
      ...DRAFT,
      rules: [{ role: 'conversion', cps: { rateBps: 500, tiers: [{ fromRevenue: '100.00', rateBps: 20000 }] } }],
    };
    const response = await preview('?last=month', bad);
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].field).toBe('rules[0].cps.tiers[0].rateBps');
  });

  it("keeps brands apart: another brand's manager sees only its own partners, partners and networks nothing", async () => {
    const theirs = await preview('?last=month', DRAFT, other.managerKey);
    expect(theirs.status).toBe(200);
    expect(theirs.body.conversions).toBe(0);
    expect(theirs.body.partners.map((row: { partnerId: string }) => row.partnerId).sort()).toEqual(
      Object.values(other.partners)
        .map((partner) => partner.id)
        .sort(),
    );
    expect((await preview('?last=month', DRAFT, brand.partnerKey)).status).toBe(403);
    expect((await preview('?last=month', DRAFT, brand.networkKey)).status).toBe(403);
  });
});
