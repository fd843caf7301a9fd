import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { type Queue } from 'bullmq';
import { QueueName } from '#queue';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  isoDaysAgo,
  postClicksAndWait,
  publishPlan,
  startTestApi,
  startTestWorker,
  type TestApi,
  testClock,
  waitUntilCredited,
} from '#testing';

/** Last click, 10 % to every role: enough for a ledger that erasure must leave alone. */
const PLAN = {
  effectiveFrom: isoDaysAgo(30), // well before the clicks, minutes ago
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'last_click' },
  rules: [{ cps: { rateBps: 1000 } }],
};

describe('privacy: erasure of a customer', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  let clicks: Record<'a1' | 'a2' | 'b1' | 'n1', string>;
  let conversionA: { id: string; transactionId: string };

  const ledger = (conversionId: string) =>
    api.query<{ partner_id: string; kind: string; amount_minor: number }>(
      `SELECT partner_id, kind, amount_minor::int AS amount_minor FROM commission_entries
        WHERE conversion_id = $1 ORDER BY partner_id, kind`,
      [conversionId],
    );
  const stillThere = async (ids: string[]): Promise<string[]> =>
    (await api.query<{ id: string }>('SELECT id FROM clicks WHERE id = ANY($1::uuid[])', [ids])).map((row) => row.id);

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, PLAN);
    // Minutes before the business clock's now, which also dates the conversions (sent without a time).
    const minutesAgo = (minutes: number): string =>
      new Date(testClock.now().getTime() - minutes * 60_000).toISOString();
    const [a1, a2, b1, n1] = await postClicksAndWait(api, brand.networkKey, [
      { partnerId: brand.partners.awareness.id, customerKey: 'alice@example.com', occurredAt: minutesAgo(30) },
      { partnerId: brand.partners.conversion.id, customerKey: 'alice@example.com', occurredAt: minutesAgo(20) },
      { partnerId: brand.partners.awareness.id, customerKey: 'bob@example.com', occurredAt: minutesAgo(20) },
      // No customer key: it belongs to Alice only through her conversion naming it.
      { partnerId: brand.partners.consideration.id, occurredAt: minutesAgo(10) },
    ]);
    clicks = { a1, a2, b1, n1 };
    // The other brand knows a customer with the same key: nothing of it may go.
    await postClicksAndWait(api, other.networkKey, [
      { partnerId: other.partners.awareness.id, customerKey: 'alice@example.com', occurredAt: minutesAgo(5) },
    ]);
    const posted = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({
        transactionId: 'ALICE-1',
        amount: '40.00',
        currency: 'EUR',
        customerKey: 'alice@example.com',
        clickId: n1,
      });
    expect(posted.status).toBe(201);
    conversionA = posted.body;
    const bob = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId: 'BOB-1', amount: '15.00', currency: 'EUR', customerKey: 'bob@example.com' });
    await waitUntilCredited(api, conversionA.id);
    await waitUntilCredited(api, bob.body.id);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('is for brand managers only', async () => {
    for (const key of [brand.networkKey, brand.partnerKey]) {
      const response = await api
        .http()
        .delete('/v1/customers/alice%40example.com')
        .set(...bearer(key));
      expect(response.status).toBe(403);
    }
  });

  it("erases the customer's clicks and identifiers; the conversion keeps its amount and its ledger", async () => {
    const ledgerBefore = await ledger(conversionA.id);
    // Last click over Alice's journey (A1, A2 and the named N1): N1 is the last, 10 % of 40.00.
    expect(ledgerBefore).toEqual([{ partner_id: brand.partners.consideration.id, kind: 'cps', amount_minor: 400 }]);

    const response = await api
      .http()
      .delete('/v1/customers/alice%40example.com')
      .set(...bearer(brand.managerKey));
    expect(response.status).toBe(200);
    // A1 and A2 by key, N1 because her conversion named it.
    expect(response.body).toEqual({ clicksDeleted: 3, conversionsAnonymised: 1 });

    expect(await stillThere(Object.values(clicks))).toEqual([clicks.b1]);
    const [row] = await api.query(
      `SELECT amount_minor::int AS amount, status, customer_key_hash, click_id, attributed_at IS NOT NULL AS credited
         FROM conversions WHERE id = $1`,
      [conversionA.id],
    );
    expect(row).toEqual({ amount: 4000, status: 'pending', customer_key_hash: null, click_id: null, credited: true });
    expect(await ledger(conversionA.id)).toEqual(ledgerBefore);
    const shown = await api
      .http()
      .get('/v1/conversions/ALICE-1')
      .set(...bearer(brand.managerKey));
    expect(shown.body.amount).toBe('40.00');

    // Bob's conversion and the other brand's Alice are untouched.
    const [bob] = await api.query(
      'SELECT customer_key_hash IS NOT NULL AS keyed FROM conversions WHERE brand_id = $1 AND transaction_id = $2',
      [brand.id, 'BOB-1'],
    );
    expect(bob).toEqual({ keyed: true });
    const [others] = await api.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM clicks WHERE brand_id = $1 AND customer_key_hash IS NOT NULL',
      [other.id],
    );
    expect(others.n).toBe(1);
  });

  it('answers zeros when erasing again, or a key never seen, or from another brand', async () => {
    for (const [key, customer] of [
      [brand.managerKey, 'alice%40example.com'],
      [brand.managerKey, 'nobody'],
      [other.managerKey, 'bob%40example.com'],
    ]) {
      const response = await api
        .http()
        .delete(`/v1/customers/${customer}`)
        .set(...bearer(key));
      expect(response.body).toEqual({ clicksDeleted: 0, conversionsAnonymised: 0 });
    }
    expect(await stillThere([clicks.b1])).toEqual([clicks.b1]);
  });

  it("no longer recognises the erased conversion's original body (a replay is a 409, nothing is re-linked)", async () => {
    const replay = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({
        transactionId: 'ALICE-1',
        amount: '40.00',
        currency: 'EUR',
        customerKey: 'alice@example.com',
        clickId: clicks.n1,
      });
    expect(replay.status).toBe(409);
  });
});

describe('privacy: click retention', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('is a brand setting, 13 months unless set on create or PATCH', async () => {
    const brand = await createBrandFixture(api, {});
    const read = await api
      .http()
      .get(`/v1/brands/${brand.id}`)
      .set(...bearer(brand.managerKey));
    expect(read.body.clickRetentionMonths).toBe(13);
    const patched = await api
      .http()
      .patch(`/v1/brands/${brand.id}`)
      .set(...bearer(brand.managerKey))
      .send({ clickRetentionMonths: 24 });
    expect(patched.status).toBe(200);
    expect(patched.body.clickRetentionMonths).toBe(24);
    const created = await api
      .http()
      .post('/v1/brands')
      .set(...bearer(api.operatorKey))
      .send({
        name: 'Short memory',
        currency: 'EUR',
        timezone: 'UTC',
        landingDomains: ['short.example'],
        clickRetentionMonths: 6,
      });
    expect(created.body.clickRetentionMonths).toBe(6);
  });

  it('is enforced by a repeatable job of the worker', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Housekeeping), { strict: false });
    const scheduler = await queue.getJobScheduler('enforce-retention');
    expect(scheduler?.every).toBe(6 * 60 * 60_000);
  });
});
