import { getQueueToken } from '@nestjs/bullmq';
import { type Queue } from 'bullmq';
import { QueueName } from '#queue';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  daysAgo,
  isoDaysAgo,
  startTestApi,
  type TestApi,
} from '#testing';

/** A day three days back on the business clock (its UTC date), for orders with a time of day. */
const DAY = isoDaysAgo(3).slice(0, 10);
/** The same as unix seconds, as networks send `ts` on GET postbacks. */
const TS = Math.floor(daysAgo(3).getTime() / 1000);

describe('conversions', () => {
  let api: TestApi;
  let brand: BrandFixture;
  let other: BrandFixture;
  let seq = 0;
  const txid = (): string => `ORD-${Date.now().toString(36)}-${++seq}`;
  const post = (body: unknown, key = brand.networkKey) =>
    api
      .http()
      .post('/v1/conversions')
      .set(...bearer(key))
      .send(body as object);
  const count = async (): Promise<number> =>
    // Of this file's brands only: other files write conversions at the same time.
    Number(
      (
        await api.query<{ n: string }>('SELECT count(*) AS n FROM conversions WHERE brand_id = ANY($1::uuid[])', [
          [brand.id, other.id],
        ])
      )[0].n,
    );

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api); // EUR
    other = await createBrandFixture(api);
  });
  afterAll(() => api.close());

  describe('POST /v1/conversions', () => {
    it('records a conversion (201), answers a replay with the same id (200), refuses a changed body (409)', async () => {
      const transactionId = txid();
      const body = { transactionId, amount: '129.90', currency: 'EUR', customerKey: 'cookie-7', newCustomer: true };
      const first = await post(body);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), transactionId, status: 'pending' });

      const replay = await post(body);
      expect(replay.status).toBe(200);
      expect(replay.body.id).toBe(first.body.id);

      const changed = await post({ ...body, amount: '139.90' });
      expect(changed.status).toBe(409);
      expect(changed.body.error.code).toBe('conflict');
      expect(changed.body.error.message).toContain('129.90 EUR');

      const rows = await api.query<{ amount_minor: string }>(
        'SELECT amount_minor FROM conversions WHERE brand_id = $1 AND transaction_id = $2',
        [brand.id, transactionId],
      );
      expect(rows).toEqual([{ amount_minor: '12990' }]);
    });

    it('shows the stored conversion, in major units', async () => {
      const transactionId = txid();
      const clickId = '01930000-0000-7000-8000-0000000000aa';
      await post({
        transactionId,
        amount: '45',
        currency: 'EUR',
        clickId,
        occurredAt: `${DAY}T09:30:00+01:00`,
      }).expect(201);
      const response = await api
        .http()
        .get(`/v1/conversions/${transactionId}`)
        .set(...bearer(brand.managerKey));
      expect(response.status).toBe(200);
      // Workers of other test files may credit it at any moment (the engine's fields are checked in
      // engine.e2e-spec.ts); this click id matches no click, so it is never credited to anyone and,
      // once the engine has seen it, waits in review flagged unknown_click.
      const { journeySource, attributedAt, status, flags, flagDetails, ...stored } = response.body;
      if (attributedAt === null) {
        expect([journeySource, status, flags, flagDetails]).toEqual([null, 'pending', [], []]);
      } else {
        expect([journeySource, status, flags]).toEqual(['none', 'review', ['unknown_click']]);
      }
      expect(stored).toEqual({
        id: expect.any(String),
        transactionId,
        amount: '45.00',
        currency: 'EUR',
        statusReason: null,
        statusNote: null,
        occurredAt: `${DAY}T08:30:00.000Z`, // 09:30 at +01:00
        clickId,
        newCustomer: null,
        reversedAmount: '0.00',
        // Nothing refunded yet: the whole order can still be reversed.
        remainingAmount: '45.00',
        reversals: [],
        adv: {},
        couponCode: null,
        channel: null,
        agent: null,
        attribution: [],
        commissions: [],
        createdAt: expect.any(String),
      });
    });

    it('enqueues an attribution job whose id is the conversion id', async () => {
      const response = await post({ transactionId: txid(), amount: '10.00', currency: 'EUR' }).expect(201);
      const queue = api.app.get<Queue>(getQueueToken(QueueName.Attribution), { strict: false });
      const job = await queue.getJob(response.body.id);
      expect(job?.name).toBe('attribute-conversion');
      expect(job?.data).toEqual({ conversionId: response.body.id });
    });

    it.each([
      [{ amount: '10.001' }, 'amount', /EUR has 2 decimals/],
      [{ amount: 10 }, 'amount', /decimal string/],
      [{ amount: '-5.00' }, 'amount', /must not be negative/],
      [{ amount: '1e5' }, 'amount', /not a decimal number/],
      [{ amount: 'NaN' }, 'amount', /not a decimal number/],
      [{ amount: '9999999999.00' }, 'amount', /beyond 1000000000 EUR/],
      [{ currency: 'EURO' }, 'currency', /ISO 4217/],
      [{ currency: 'XYZ' }, 'currency', /not an ISO 4217 currency/],
      [{ currency: 'USD', amount: '10.00' }, 'currency', /settles in EUR/],
      [{ occurredAt: '2099-01-01T00:00:00Z' }, 'occurredAt', /in the future/],
      [{ occurredAt: 'yesterday' }, 'occurredAt', /ISO 8601/],
      [{ clickId: 'abc' }, 'clickId', /click id/],
      [{ transactionId: 'a\u0000b' }, 'transactionId', /control characters/],
      [{ transactionId: 'x'.repeat(129) }, 'transactionId', /128/],
      [{ newCustomer: 'yes' }, 'newCustomer', /true or false/],
      [{ status: 'paid' }, 'status', /pending, approved, rejected/],
      [{ coupon: 'SPRING' }, 'coupon', /not a field/],
    ])('refuses %j with 400 naming %s, and writes nothing', async (change, field, message) => {
      const before = await count();
      const response = await post({ transactionId: txid(), amount: '10.00', currency: 'EUR', ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      const messages = response.body.error.details
        .filter((detail: { field: string }) => detail.field === field)
        .map((detail: { message: string }) => detail.message);
      expect(messages).toContainEqual(expect.stringMatching(message));
      expect(await count()).toBe(before);
    });

    it('takes amounts in the decimals of the brand currency (JPY 0, KWD 3)', async () => {
      const yen = await createBrandFixture(api, { currency: 'JPY', timezone: 'Asia/Tokyo' });
      const kwd = await createBrandFixture(api, { currency: 'KWD', timezone: 'Asia/Kuwait' });
      await post({ transactionId: txid(), amount: '1500', currency: 'JPY' }, yen.networkKey).expect(201);
      const fractionalYen = await post({ transactionId: txid(), amount: '1500.5', currency: 'JPY' }, yen.networkKey);
      expect(fractionalYen.status).toBe(400);
      expect(fractionalYen.body.error.details[0].message).toMatch(/JPY has 0 decimals/);
      const dinar = txid();
      await post({ transactionId: dinar, amount: '12.345', currency: 'KWD' }, kwd.networkKey).expect(201);
      const shown = await api
        .http()
        .get(`/v1/conversions/${dinar}`)
        .set(...bearer(kwd.managerKey));
      expect(shown.body.amount).toBe('12.345');
    });

    it('answers a batch with one result per item (207), in order', async () => {
      const existing = txid();
      await post({ transactionId: existing, amount: '20.00', currency: 'EUR' }).expect(201);
      const fresh = txid();
      const response = await post({
        conversions: [
          { transactionId: fresh, amount: '5.00', currency: 'EUR' },
          { transactionId: existing, amount: '20.00', currency: 'EUR' },
          { transactionId: existing, amount: '21.00', currency: 'EUR' },
          { transactionId: txid(), amount: '5.555', currency: 'EUR' },
        ],
      });
      expect(response.status).toBe(207);
      expect(response.body.results.map((result: { status: number }) => result.status)).toEqual([201, 200, 409, 400]);
      expect(response.body.results[0]).toEqual({ transactionId: fresh, status: 201, id: expect.any(String) });
      expect(response.body.results[3].error.details[0].field).toBe('amount');
    });

    it('refuses a batch of more than 1,000 as a whole, writing nothing', async () => {
      const before = await count();
      const conversions = Array.from({ length: 1001 }, () => ({
        transactionId: txid(),
        amount: '1.00',
        currency: 'EUR',
      }));
      const response = await post({ conversions });
      expect(response.status).toBe(400);
      expect(response.body.error.details[0]).toEqual({
        field: 'conversions',
        message: 'conversions may hold at most 1000 items; split the batch',
      });
      expect(await count()).toBe(before);
    });
  });

  it('refuses a body over 1 MB (413), writing nothing', async () => {
    const before = await count();
    const conversions = Array.from({ length: 900 }, (_, i) => ({
      transactionId: `BIG-${i}-${'x'.repeat(100)}`,
      amount: '1.00',
      currency: 'EUR',
      customerKey: 'k'.repeat(250),
      occurredAt: `${DAY}T10:00:00Z`,
      newCustomer: true,
      pad: 'p'.repeat(900),
    }));
    const response = await post({ conversions });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(await count()).toBe(before);
  });

  describe('GET /postback/conversion', () => {
    const postback = (query: string) => api.http().get(`/postback/conversion?key=${brand.networkKey}&${query}`);

    it('records with the key in the query and the names networks fire (txid, tid, adv1..5)', async () => {
      const orderId = txid();
      const clickId = '01930000-0000-7000-8000-0000000000bb';
      const response = await postback(
        `txid=${orderId}&amount=59.00&currency=eur&tid=${clickId}&new_customer=1&ts=${TS}&adv1=campaign-9`,
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ transactionId: orderId, status: 'pending' });
      const shown = await api
        .http()
        .get(`/v1/conversions/${orderId}`)
        .set(...bearer(brand.managerKey));
      expect(shown.body).toMatchObject({
        amount: '59.00',
        clickId,
        newCustomer: true,
        occurredAt: new Date(TS * 1000).toISOString(),
        adv: { adv1: 'campaign-9' },
      });
    });

    it('replays with 200 and applies a later status (pending → approved), refusing approved → rejected', async () => {
      const orderId = txid();
      const base = `order_id=${orderId}&amount=80.00&currency=EUR&ts=${TS}`;
      const first = await postback(base);
      const replay = await postback(base);
      expect(replay.status).toBe(200);
      expect(replay.body.id).toBe(first.body.id);
      const approved = await postback(`${base}&status=approved`);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');
      const rejected = await postback(`${base}&status=rejected`);
      expect(rejected.status).toBe(409);
      expect(rejected.body.error.message).toMatch(/approved and cannot become rejected; post a reversal/);
    });

    it('never answers a rejection with 200', async () => {
      const missing = await postback('amount=1.00&currency=EUR');
      expect(missing.status).toBe(400);
      expect(missing.body.error.details[0].field).toBe('order_id');
      const decimals = await postback(`order_id=${txid()}&amount=1.001&currency=EUR`);
      expect(decimals.status).toBe(400);
      const twoClickIds = await postback(
        `order_id=${txid()}&amount=1.00&currency=EUR&click_id=01930000-0000-7000-8000-000000000001&tid=01930000-0000-7000-8000-000000000002`,
      );
      expect(twoClickIds.status).toBe(400);
      const unknownParameter = await postback(`order_id=${txid()}&amount=1.00&currency=EUR&payout=3`);
      expect(unknownParameter.status).toBe(400);
      expect(unknownParameter.body.error.details[0].field).toBe('payout');
    });

    it('answers a malformed %-escape in the URL with 400, recording nothing', async () => {
      const before = await count();
      const response = await postback(`order_id=${txid()}&amount=1.00&currency=EUR&customer=%E0%A4%A`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/malformed %-escape/);
      expect(await count()).toBe(before);
    });

    it('needs a network or manager key', async () => {
      expect((await api.http().get(`/postback/conversion?order_id=${txid()}&amount=1.00&currency=EUR`)).status).toBe(
        401,
      );
      const asPartner = await api
        .http()
        .get(`/postback/conversion?key=${brand.partnerKey}&order_id=x&amount=1.00&currency=EUR`);
      expect(asPartner.status).toBe(403);
    });
  });

  describe('reversals', () => {
    it('reverses part, then the rest, and refuses more than remains', async () => {
      const transactionId = txid();
      await post({ transactionId, amount: '100.00', currency: 'EUR' }).expect(201);
      const reverse = (body: object) =>
        api
          .http()
          .post(`/v1/conversions/${transactionId}/reversals`)
          .set(...bearer(brand.networkKey))
          .send(body);

      const partial = await reverse({ amount: '30.00', reason: 'one item returned' });
      expect(partial.status).toBe(201);
      expect(partial.body).toEqual({
        id: expect.any(String),
        transactionId,
        amount: '30.00',
        currency: 'EUR',
        reason: 'one item returned',
        reversedAmount: '30.00',
        remainingAmount: '70.00',
        status: 'pending',
      });

      const tooMuch = await reverse({ amount: '70.01' });
      expect(tooMuch.status).toBe(400);
      expect(tooMuch.body.error.details[0].message).toBe(
        `amount 70.01 is more than the 70.00 EUR that remains of "${transactionId}"`,
      );

      const rest = await reverse({});
      expect(rest.status).toBe(201);
      expect(rest.body).toMatchObject({
        amount: '70.00',
        reversedAmount: '100.00',
        remainingAmount: '0.00',
        status: 'reversed',
      });

      const again = await reverse({});
      expect(again.status).toBe(400);
      expect(again.body.error.details[0].message).toMatch(/already fully reversed/);

      const rows = await api.query<{ amount_minor: string }>(
        `SELECT r.amount_minor FROM conversion_reversals r JOIN conversions c ON c.id = r.conversion_id
         WHERE c.transaction_id = $1 ORDER BY r.created_at`,
        [transactionId],
      );
      expect(rows.map((row) => row.amount_minor)).toEqual(['3000', '7000']);
    });

    it('treats a reversal sent again with its reversal id as a replay', async () => {
      const transactionId = txid();
      await post({ transactionId, amount: '50.00', currency: 'EUR' }).expect(201);
      const url = `/postback/reversal?key=${brand.networkKey}&order_id=${transactionId}&amount=10.00&reversal_id=rf-1`;
      const first = await api.http().get(url);
      const second = await api.http().get(url);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(second.body.id).toBe(first.body.id);
      expect(second.body.remainingAmount).toBe('40.00');
    });

    it('refuses a reversal of a rejected conversion and of an unknown transaction', async () => {
      const transactionId = txid();
      await post({ transactionId, amount: '50.00', currency: 'EUR', status: 'rejected' }).expect(201);
      const read = await api
        .http()
        .get(`/v1/conversions/${transactionId}`)
        .set(...bearer(brand.networkKey));
      expect(read.body).toMatchObject({ status: 'rejected', statusReason: 'advertiser_rejected', statusNote: null });
      const rejected = await api
        .http()
        .post(`/v1/conversions/${transactionId}/reversals`)
        .set(...bearer(brand.networkKey))
        .send({});
      expect(rejected.status).toBe(409);
      const unknown = await api
        .http()
        .post('/v1/conversions/NOPE-1/reversals')
        .set(...bearer(brand.networkKey))
        .send({});
      expect(unknown.status).toBe(404);
    });
  });

  describe('tenant walls', () => {
    it("keeps brands' transaction ids apart and hides one brand's conversions from another", async () => {
      const transactionId = txid();
      const mine = await post({ transactionId, amount: '10.00', currency: 'EUR' }).expect(201);
      const theirs = await post({ transactionId, amount: '99.00', currency: 'EUR' }, other.networkKey);
      expect(theirs.status).toBe(201);
      expect(theirs.body.id).not.toBe(mine.body.id);

      const read = await api
        .http()
        .get(`/v1/conversions/${transactionId}`)
        .set(...bearer(other.managerKey));
      expect(read.body.amount).toBe('99.00');

      const otherOnly = txid();
      await post({ transactionId: otherOnly, amount: '5.00', currency: 'EUR' }, other.networkKey).expect(201);
      const hidden = await api
        .http()
        .get(`/v1/conversions/${otherOnly}`)
        .set(...bearer(brand.managerKey));
      expect(hidden.status).toBe(404);
      const reversal = await api
        .http()
        .post(`/v1/conversions/${otherOnly}/reversals`)
        .set(...bearer(brand.networkKey))
        .send({});
      expect(reversal.status).toBe(404);
      const [row] = await api.query<{ reversed_minor: string }>(
        'SELECT reversed_minor FROM conversions WHERE brand_id = $1 AND transaction_id = $2',
        [other.id, otherOnly],
      );
      expect(row.reversed_minor).toBe('0');
    });
  });
});
