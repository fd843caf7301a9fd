import { type INestApplicationContext } from '@nestjs/common';
import { DAY_MS, localDate, nextPeriod, previousPeriod } from '#domain';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  eventually,
  openApiDocument,
  postClicksAndWait,
  publishPlan,
  responseSchema,
  schemaMismatches,
  signUpByInvite,
  startTestApi,
  startTestWorker,
  startWebhookReceiver,
  type TestApi,
  type TestSession,
  waitUntilCredited,
  type WebhookReceiver,
} from '#testing';

const BERLIN = 'Europe/Berlin';
/** The month the traffic is in: the last one closed in Berlin ("November" below). */
const MONTH = closedPeriod('month');
/** A day of MONTH, "YYYY-MM-DD". */
const day = (n: number): string => `${MONTH.key}-${String(n).padStart(2, '0')}`;
/** An instant of a day of MONTH in UTC: at(12, '10:00') is Nov 12, 10:00Z. */
const at = (n: number, time: string): string => `${day(n)}T${time}:00Z`;
/** A calendar date `days` after another (date arithmetic, no time zone involved). */
const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A brand (Europe/Berlin, EUR, minimum payout 5.00) whose traffic is worked out by hand. The
 * period asked for is Nov 11–20 (10 days), so the previous period is Nov 1–10. No figure depends
 * on the month's length or on summer time: the latest event of a day is at 23:30Z, which is
 * already the next day in Berlin (00:30 or 01:30).
 *
 * Partners: A = awareness (CPS 10 %), C = consideration (CPA 5.00), K = conversion (CPS 5 %),
 * R = retention (CPS 10 %). Position-based (two touches: 1/2 each). Lock 0 days.
 *
 * Nov 1–10 (previous):
 *   clicks K cust-3 Nov 2, R cust-4 Nov 3                     → 2 clicks, partners K, R
 *   O4 cust-3 new 80.00 Nov 2 → K 80.00 (CPS 4.00)
 *   O5 cust-4     20.00 Nov 3 → R 20.00 (CPS 2.00)
 *   → attributed 100.00, 2 conversions, 1 new customer, commission 6.00, cost of sale 0.06
 * Nov 11–20 (current):
 *   clicks A cust-1 Nov 11, K cust-1 Nov 12, C cust-2 Nov 13, A cust-6 Nov 10 23:30Z (Nov 11 in
 *   Berlin), a bot click of K Nov 14 (not creditable), R cust-7 Nov 20 23:30Z (Nov 21 in Berlin)
 *                                                             → 4 clicks, partners A, K, C
 *   O1 cust-1 new 100.00 Nov 12 → A 50.00 (CPS 5.00), K 50.00 (CPS 2.50)
 *   O2 cust-2     40.00 Nov 13 → C 40.00 (CPA 5.00)
 *   O3 unknown click id 60.00 Nov 15 → in review, no credit (revenue, not attributed)
 *   → attributed 140.00, 2 conversions, 1 new customer, commission 12.50,
 *     cost of sale 12.50 / 140.00 = 0.0893
 * Other spend: paid_social 100.00 over Nov 1–20 (20 days): 50.00 in each period.
 *   MER previous: 100.00 / (6.00 + 50.00) = 1.79; current: 200.00 / (12.50 + 50.00) = 3.20.
 * Changes: revenue 100 → 140 +40.0 %; conversions 2 → 2 0.0; clicks 2 → 4 +100.0;
 *   commission 6.00 → 12.50 +108.3; cost of sale 0.06 → 0.089286 +48.8; MER 1.785714 → 3.2 +79.2;
 *   new customers 1 → 1 0.0; active partners 2 → 3 +50.0.
 * Role mix of 140.00: awareness 50.00 (0.3571), consideration 40.00 (0.2857), conversion 50.00
 *   (0.3571), retention 0; target 0.4 / 0.2 / 0.3 / 0.1 → gaps −4.3, +8.6, +5.7, −10.0 points.
 */
describe('overview', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  let receiver: WebhookReceiver;
  let managerSession: TestSession;
  let otherSession: TestSession;
  let partnerSession: TestSession;

  const get = (path: string, key: string) =>
    api
      .http()
      .get(path)
      .set(...bearer(key));
  const asSession = (path: string, session: TestSession) => api.http().get(path).set('Cookie', session.cookie);
  const overviewOf = (query: string, key = brand.managerKey) => get(`/v1/overview?${query}`, key);
  const RANGE = `from=${day(11)}&to=${day(20)}`;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api, { minimumPayout: '5.00' });
    other = await createBrandFixture(api);
    receiver = await startWebhookReceiver();
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: previousPeriod(MONTH).start.toISOString(),
      lookbackDays: 30,
      lockDays: 0,
      attribution: { model: 'position_based' },
      rules: [
        { role: 'awareness', cps: { rateBps: 1000 } },
        { role: 'consideration', cpa: { amount: '5.00' } },
        { role: 'conversion', cps: { rateBps: 500 } },
        { role: 'retention', cps: { rateBps: 1000 } },
      ],
    });
    const { awareness: A, consideration: C, conversion: K, retention: R } = brand.partners;
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId: K.id, customerKey: 'cust-3', occurredAt: at(2, '10:00') },
      { partnerId: R.id, customerKey: 'cust-4', occurredAt: at(3, '10:00') },
      { partnerId: A.id, customerKey: 'cust-6', occurredAt: at(10, '23:30') },
      { partnerId: A.id, customerKey: 'cust-1', occurredAt: at(11, '10:00') },
      { partnerId: K.id, customerKey: 'cust-1', occurredAt: at(12, '10:00') },
      { partnerId: C.id, customerKey: 'cust-2', occurredAt: at(13, '10:00') },
      { partnerId: K.id, customerKey: 'cust-5', occurredAt: at(14, '10:00'), userAgent: 'Googlebot/2.1' },
      { partnerId: R.id, customerKey: 'cust-7', occurredAt: at(20, '23:30') },
    ]);
    const orders = [
      { transactionId: 'OV-4', amount: '80.00', customerKey: 'cust-3', newCustomer: true, occurredAt: at(2, '12:00') },
      { transactionId: 'OV-5', amount: '20.00', customerKey: 'cust-4', newCustomer: false, occurredAt: at(3, '12:00') },
      {
        transactionId: 'OV-1',
        amount: '100.00',
        customerKey: 'cust-1',
        newCustomer: true,
        occurredAt: at(12, '12:00'),
      },
      {
        transactionId: 'OV-2',
        amount: '40.00',
        customerKey: 'cust-2',
        newCustomer: false,
        occurredAt: at(13, '12:00'),
      },
      // A click id no click of the brand has: the order waits in review and credits nobody.
      {
        transactionId: 'OV-3',
        amount: '60.00',
        clickId: '01930000-0000-7000-8000-0000000000ff',
        occurredAt: at(15, '12:00'),
      },
    ];
    for (const order of orders) {
      const response = await api
        .http()
        .post('/v1/conversions')
        .set(...bearer(brand.networkKey))
        .send({ ...order, currency: 'EUR' })
        .expect(201);
      await waitUntilCredited(api, response.body.id);
    }
    await api
      .http()
      .put('/v1/partner-mix/target')
      .set(...bearer(brand.managerKey))
      .send({ awareness: 0.4, consideration: 0.2, conversion: 0.3, retention: 0.1 })
      .expect(200);
    await api
      .http()
      .post('/v1/spend')
      .set(...bearer(brand.managerKey))
      .send({ channel: 'paid_social', periodStart: day(1), periodEnd: day(20), amount: '100.00', currency: 'EUR' })
      .expect(201);
    managerSession = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
    otherSession = await signUpByInvite(api, other.managerKey, other.id, { role: 'brand_manager' });
    partnerSession = await signUpByInvite(api, brand.managerKey, brand.id, {
      role: 'partner',
      partnerId: brand.partners.awareness.id,
    });
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
    await receiver.close();
  });

  it("answers a period's figures against the 10 days before, worked out by hand", async () => {
    const response = await overviewOf(RANGE).expect(200);
    const body = response.body;
    expect(body).toMatchObject({
      currency: 'EUR',
      timeZone: BERLIN,
      period: { from: day(11), to: day(20), days: 10 },
      previousPeriod: { from: day(1), to: day(10) },
    });
    expect(body.current).toEqual({
      attributedRevenue: '140.00',
      conversions: 2,
      clicks: 4,
      commissionCost: '12.50',
      costOfSale: 0.0893,
      orders: 3,
      revenue: '200.00',
      otherSpend: '50.00',
      totalSpend: '62.50',
      mer: 3.2,
      newCustomers: 1,
      activePartners: 3,
    });
    expect(body.previous).toEqual({
      attributedRevenue: '100.00',
      conversions: 2,
      clicks: 2,
      commissionCost: '6.00',
      costOfSale: 0.06,
      orders: 2,
      revenue: '100.00',
      otherSpend: '50.00',
      totalSpend: '56.00',
      mer: 1.79,
      newCustomers: 1,
      activePartners: 2,
    });
    expect(body.changePercent).toEqual({
      attributedRevenue: 40,
      conversions: 0,
      clicks: 100,
      commissionCost: 108.3,
      costOfSale: 48.8,
      mer: 79.2,
      newCustomers: 0,
      activePartners: 50,
    });
    const document = await openApiDocument(api);
    expect(schemaMismatches(document, responseSchema(document, 'get', '/v1/overview') ?? {}, body)).toEqual([]);
  });

  it('answers every day of the period, a day without events as zeros', async () => {
    const { body } = await overviewOf(RANGE).expect(200);
    const zero = (n: number) => ({ day: day(n), clicks: 0, conversions: 0, attributedRevenue: '0.00' });
    expect(body.daily).toEqual([
      { day: day(11), clicks: 2, conversions: 0, attributedRevenue: '0.00' }, // cust-1's and cust-6's (23:30Z the day before)
      { day: day(12), clicks: 1, conversions: 1, attributedRevenue: '100.00' },
      { day: day(13), clicks: 1, conversions: 1, attributedRevenue: '40.00' },
      zero(14), // a bot's click only
      zero(15), // an order in review that credits nobody
      zero(16),
      zero(17),
      zero(18),
      zero(19),
      zero(20), // R's click at 23:30Z is Nov 21 in Berlin
    ]);
  });

  it('answers the role mix against the target', async () => {
    const { body } = await overviewOf(RANGE).expect(200);
    expect(body.mix).toEqual({
      targetSet: true,
      roles: [
        { role: 'awareness', attributedRevenue: '50.00', actual: 0.3571, target: 0.4, gapPoints: -4.3 },
        { role: 'consideration', attributedRevenue: '40.00', actual: 0.2857, target: 0.2, gapPoints: 8.6 },
        { role: 'conversion', attributedRevenue: '50.00', actual: 0.3571, target: 0.3, gapPoints: 5.7 },
        { role: 'retention', attributedRevenue: '0.00', actual: 0, target: 0.1, gapPoints: -10 },
      ],
    });
  });

  it('places a named period in the brand time zone: last month is all of November', async () => {
    const { body } = await overviewOf('period=last_month').expect(200);
    const first = localDate(MONTH.start, BERLIN);
    const next = localDate(nextPeriod(MONTH).start, BERLIN);
    expect(body.period.from).toBe(first);
    expect(body.period.to < next && body.period.to > day(27)).toBe(true);
    // Every click of the month: K, R, A (cust-6), A, K, C and R on Nov 21 in Berlin; the bot's is not creditable.
    expect(body.current).toMatchObject({ clicks: 7, conversions: 4, attributedRevenue: '240.00', activePartners: 4 });
    expect(body.daily).toHaveLength(body.period.days);
    // This month so far: from its first day to today, in Berlin.
    const current = await overviewOf('period=this_month').expect(200);
    expect(current.body.period.from).toBe(next);
    expect(current.body.current.clicks).toBe(0);
  });

  it('shows a session of the brand the same figures, and another brand only its own', async () => {
    const mine = await asSession(`/v1/overview?${RANGE}`, managerSession).expect(200);
    expect(mine.body.current.attributedRevenue).toBe('140.00');
    for (const response of [
      await overviewOf(RANGE, other.managerKey).expect(200),
      await asSession(`/v1/overview?${RANGE}`, otherSession).expect(200),
    ]) {
      expect(response.body.current).toMatchObject({ attributedRevenue: '0.00', clicks: 0, orders: 0, mer: null });
      expect(response.body.mix.targetSet).toBe(false);
      expect(response.body.daily.every((row: { clicks: number }) => row.clicks === 0)).toBe(true);
    }
    const todo = await get('/v1/overview/todo', other.managerKey).expect(200);
    expect(todo.body).toEqual({
      conversionsInReview: 0,
      applicationsWaiting: 0,
      statementsToIssue: 0,
      monthToIssue: null,
      statementsToPay: 0,
      failingWebhooks: 0,
    });
  });

  it('refuses partners and networks, by key and by session', async () => {
    for (const path of [`/v1/overview?${RANGE}`, '/v1/overview/todo']) {
      expect((await get(path, brand.partnerKey).expect(403)).body.error.code).toBe('forbidden');
      expect((await get(path, brand.networkKey).expect(403)).body.error.code).toBe('forbidden');
      expect((await asSession(path, partnerSession).expect(403)).body.error.code).toBe('forbidden');
      expect((await api.http().get(path).expect(401)).body.error.code).toBe('unauthorized');
    }
  });

  it('refuses a bad period with a 400 naming the field', async () => {
    const fieldsOf = async (query: string) => {
      const response = await overviewOf(query).expect(400);
      expect(response.body.error.code).toBe('validation_failed');
      return response.body.error.details.map((detail: { field: string }) => detail.field);
    };
    expect(await fieldsOf(`from=${MONTH.key}-32&to=${day(20)}`)).toEqual(['from']);
    expect(await fieldsOf(`from=${day(11)}&to=yesterday`)).toEqual(['to']);
    expect(await fieldsOf(`from=${day(20)}&to=${day(11)}`)).toEqual(['to']);
    expect(await fieldsOf(`from=${day(1)}`)).toEqual(['to']);
    expect(await fieldsOf('')).toEqual(['from', 'to']);
    expect(await fieldsOf('period=fortnight')).toEqual(['period']);
    expect(await fieldsOf(`period=last_month&from=${day(1)}&to=${day(2)}`)).toEqual(['period']);
    // 400 days are answered (the first and 399 more); 401 are not.
    await overviewOf(`from=${day(1)}&to=${plusDays(day(1), 399)}`).expect(200);
    expect(await fieldsOf(`from=${day(1)}&to=${plusDays(day(1), 400)}`)).toEqual(['to']);
  });

  it('counts what waits: a conversion in review, an application, statements to issue, then to pay, a failing webhook', async () => {
    const todo = () => get('/v1/overview/todo', brand.managerKey).expect(200);
    // All four partners have unstated entries of November, past their (0-day) lock.
    expect((await todo()).body).toEqual({
      conversionsInReview: 1, // OV-3
      applicationsWaiting: 0,
      statementsToIssue: 4,
      monthToIssue: MONTH.key,
      statementsToPay: 0,
      failingWebhooks: 0,
    });

    const { slug } = (await get(`/v1/brands/${brand.id}`, brand.managerKey).expect(200)).body;
    await api
      .http()
      .post(`/v1/public/brands/${slug}/applications`)
      .send({ name: 'Bike Blog', email: 'hello@bikeblog.example', type: 'content' })
      .expect(201);

    await api
      .http()
      .post('/v1/statements/run')
      .set(...bearer(brand.managerKey))
      .send({ period: MONTH.key })
      .expect(202);
    // A 5.00, C 5.00 and K 6.50 reach the 5.00 minimum and are due; R's 2.00 is carried forward.
    await eventually(async () => ((await todo()).body.statementsToIssue === 0 ? true : null), 60);

    receiver.respond(() => ({ status: 503, body: 'down' }));
    const hook = await api
      .http()
      .post('/v1/webhooks')
      .set(...bearer(brand.managerKey))
      .send({ url: receiver.url, events: ['statement.issued'] })
      .expect(201);
    await api
      .http()
      .post(`/v1/webhooks/${hook.body.id}/test`)
      .set(...bearer(brand.managerKey))
      .expect(202);
    await eventually(async () => ((await todo()).body.failingWebhooks === 1 ? true : null), 60);

    const viaSession = await asSession('/v1/overview/todo', managerSession).expect(200);
    expect(viaSession.body).toEqual({
      conversionsInReview: 1,
      applicationsWaiting: 1,
      statementsToIssue: 0,
      monthToIssue: null,
      statementsToPay: 3,
      failingWebhooks: 1,
    });
    const document = await openApiDocument(api);
    expect(
      schemaMismatches(document, responseSchema(document, 'get', '/v1/overview/todo') ?? {}, viaSession.body),
    ).toEqual([]);
  });
});
