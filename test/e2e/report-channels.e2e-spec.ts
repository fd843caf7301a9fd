import { type INestApplicationContext } from '@nestjs/common';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  eventually,
  inPeriod,
  isoDaysAgo,
  openApiDocument,
  postClicksAndWait,
  publishPlan,
  responseSchema,
  schemaMismatches,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
} from '#testing';

/** The quarter reported on: the last one closed in Berlin. */
const QUARTER = closedPeriod('quarter');
/** When the six orders come in: around noon on the quarter's 41st day (Berlin), well inside it. */
const ORDERS_AT = inPeriod(QUARTER, 40, 12);

/**
 * The partner-mix report's view of orders no click explains (by channel and journey source) and
 * of the quality rules' hits per partner. One quarter (the last closed) of six orders, worked out by hand.
 */
describe('partner-mix report: channels, sources and quality hits', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let report: Record<string, unknown>;

  async function post(body: Record<string, unknown>): Promise<string> {
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ currency: 'EUR', ...body });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: QUARTER.start.toISOString(), // in force for the whole quarter
      lookbackDays: 30,
      lockDays: 14,
      attribution: { model: 'last_click' },
      rules: [{ role: 'awareness', cps: { rateBps: 1000 } }],
    });
    await api
      .http()
      .post(`/v1/partners/${brand.partners.awareness.id}/codes`)
      .set(...bearer(brand.managerKey))
      .send({ code: 'SUMMER10' })
      .expect(201);
    await postClicksAndWait(api, brand.networkKey, [
      // A day before the orders.
      { partnerId: brand.partners.awareness.id, customerKey: 'W1', occurredAt: isoDaysAgo(1, ORDERS_AT) },
      // 3 s before Q1's order: too short a click-to-conversion time for the consideration partner.
      {
        partnerId: brand.partners.consideration.id,
        customerKey: 'Q1',
        occurredAt: new Date(ORDERS_AT.getTime() - 3_000).toISOString(),
      },
    ]);
    const at = ORDERS_AT.toISOString();
    const ids = [
      await post({ transactionId: 'W1', amount: '100.00', customerKey: 'W1', channel: 'web', occurredAt: at }),
      await post({ transactionId: 'A1', amount: '60.00', channel: 'ai_assistant', agent: 'ShopBot', occurredAt: at }),
      await post({ transactionId: 'M1', amount: '40.00', channel: 'marketplace', occurredAt: at }),
      await post({ transactionId: 'C1', amount: '50.00', couponCode: 'summer10', channel: 'app', occurredAt: at }),
      await post({ transactionId: 'Q1', amount: '20.00', customerKey: 'Q1', channel: 'web', occurredAt: at }),
      await post({ transactionId: 'R1', amount: '999.00', channel: 'web', status: 'rejected', occurredAt: at }),
    ];
    for (const id of ids) await waitUntilCredited(api, id);

    const requested = await api
      .http()
      .post('/v1/reports/partner-mix')
      .set(...bearer(brand.managerKey))
      .send({ quarter: QUARTER.key });
    expect(requested.status).toBe(202);
    report = await eventually(async () => {
      const response = await api
        .http()
        .get(`/v1/reports/partner-mix/${requested.body.id}`)
        .set(...bearer(brand.managerKey));
      return response.body.status === 'done' && response.body;
    }, 60);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('splits revenue by channel, with the part no visible touch explains', () => {
    // Not rejected: 100 + 60 + 40 + 50 + 20 = 270.00. R1 (rejected) is left out.
    expect(report.byChannel).toEqual([
      // 60 / 270 = 0.2222; all of it without a touch.
      {
        channel: 'ai_assistant',
        conversions: 1,
        revenue: '60.00',
        revenueShare: 0.2222,
        noVisibleTouchRevenue: '60.00',
        noVisibleTouchShare: 1,
      },
      // The code found C1's journey: 50 / 270 = 0.1852.
      {
        channel: 'app',
        conversions: 1,
        revenue: '50.00',
        revenueShare: 0.1852,
        noVisibleTouchRevenue: '0.00',
        noVisibleTouchShare: 0,
      },
      {
        channel: 'marketplace',
        conversions: 1,
        revenue: '40.00',
        revenueShare: 0.1481,
        noVisibleTouchRevenue: '40.00',
        noVisibleTouchShare: 1,
      },
      // W1 and Q1: 120 / 270 = 0.4444.
      {
        channel: 'web',
        conversions: 2,
        revenue: '120.00',
        revenueShare: 0.4444,
        noVisibleTouchRevenue: '0.00',
        noVisibleTouchShare: 0,
      },
    ]);
  });

  it('splits revenue by what found the journey, and states the share with no visible touch', () => {
    expect(report.bySource).toEqual([
      { source: 'code', conversions: 1, revenue: '50.00', revenueShare: 0.1852 },
      { source: 'customer_key', conversions: 2, revenue: '120.00', revenueShare: 0.4444 },
      // A1 and M1: 100 / 270 = 0.3704.
      { source: 'none', conversions: 2, revenue: '100.00', revenueShare: 0.3704 },
    ]);
    expect(report.noVisibleTouchShare).toBe(0.3704);
  });

  it("counts the quality rules' hits per partner", () => {
    expect(report.quality).toEqual({
      byPartner: [
        {
          partnerId: brand.partners.consideration.id,
          name: brand.partners.consideration.name,
          role: 'consideration',
          type: brand.partners.consideration.type,
          hits: { ctit_too_short: 1 },
          total: 1,
        },
      ],
      total: 1,
    });
  });

  it('fits the report schema of /docs, quality hits and channels included', async () => {
    const document = await openApiDocument(api);
    const schema = responseSchema(document, 'get', '/v1/reports/partner-mix/{id}') ?? {};
    expect(schemaMismatches(document, schema, report)).toEqual([]);
  });
});
