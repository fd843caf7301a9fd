import { type INestApplicationContext } from '@nestjs/common';
import { periodOf } from '#domain';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  eventually,
  isoDaysAgo,
  postClicksAndWait,
  publishPlan,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
} from '#testing';

/** In force for every event the API takes (at most 400 days old). */
const PLAN_FROM = isoDaysAgo(400);
/** Linear credit and 10 % of attributed revenue for everybody: shares are easy to work out by hand. */
const plan = (codePolicy?: 'touch' | 'exclusive') => ({
  effectiveFrom: PLAN_FROM,
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'linear' },
  rules: [{ cps: { rateBps: 1000 } }],
  ...(codePolicy && { codePolicy }),
});

/** The orders' time: noon (UTC) three days ago on the business clock. */
const T = `${isoDaysAgo(3).slice(0, 10)}T12:00:00Z`;
const at = (minutes: number): string => new Date(Date.parse(T) + minutes * 60 * 1000).toISOString();
/** T's calendar month in UTC: LOYAL15 is valid all of it, OLD5 expired the second before it began. */
const MONTH = periodOf(new Date(T), 'month', 'UTC');
const MONTH_FIRST = MONTH.start.toISOString(); // "2026-11-01T00:00:00.000Z"
const MONTH_LAST = new Date(MONTH.end.getTime() - 1000).toISOString(); // "2026-11-30T23:59:59.000Z"
const BEFORE_MONTH = new Date(MONTH.start.getTime() - 1000).toISOString(); // "2026-10-31T23:59:59.000Z"
/** A time as a manager types it, without milliseconds ("2026-11-01T00:00:00Z"). */
const typed = (iso: string): string => iso.replace('.000Z', 'Z');

interface Touch {
  clickId: string | null;
  promoCodeId?: string;
  partnerId: string;
  creditExact: string;
  attributedRevenue: string;
  commission: string;
}

/**
 * Promo codes as touches, click-less channels and the attribution priority (click id, customer
 * key, promo code), through the real API and worker. Brand A: codePolicy "touch" (the default);
 * brand B: "exclusive". A's codes: TRAIL10 (awareness, open), LOYAL15 (retention, T's month),
 * OLD5 (retention, expired the month before), DEAL5 (conversion partner, exclusive to its audience).
 */
describe('promo codes and click-less conversions', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let a: BrandFixture;
  let b: BrandFixture;
  let other: BrandFixture;
  const codeIds: Record<string, string> = {};

  const addCode = (brand: BrandFixture, partnerId: string, body: object) =>
    api
      .http()
      .post(`/v1/partners/${partnerId}/codes`)
      .set(...bearer(brand.managerKey))
      .send(body);

  async function convert(brand: BrandFixture, body: object): Promise<string> {
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ currency: 'EUR', occurredAt: T, ...body });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
    return response.body.id;
  }

  const explain = async (brand: BrandFixture, transactionId: string) => {
    const response = await api
      .http()
      .get(`/v1/conversions/${transactionId}`)
      .set(...bearer(brand.managerKey));
    expect(response.status).toBe(200);
    return response.body as {
      journeySource: string;
      couponCode: string | null;
      channel: string | null;
      agent: string | null;
      flags: string[];
      attribution: Touch[];
      commissions: { partnerId: string; amount: string }[];
    };
  };
  const shares = (touches: Touch[]) =>
    touches.map((touch) => [touch.partnerId, touch.creditExact, touch.attributedRevenue, touch.commission]);

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    [a, b, other] = [await createBrandFixture(api), await createBrandFixture(api), await createBrandFixture(api)];
    await publishPlan(api, a.managerKey, plan());
    await publishPlan(api, b.managerKey, plan('exclusive'));
    const codes: [BrandFixture, string, object][] = [
      [a, a.partners.awareness.id, { code: 'Trail10' }],
      [a, a.partners.retention.id, { code: 'LOYAL15', validFrom: typed(MONTH_FIRST), validTo: typed(MONTH_LAST) }],
      [a, a.partners.retention.id, { code: 'OLD5', validTo: typed(BEFORE_MONTH) }],
      [a, a.partners.conversion.id, { code: 'DEAL5', exclusiveToAudience: true }],
      [b, b.partners.awareness.id, { code: 'TRAIL10' }],
    ];
    for (const [brand, partnerId, body] of codes) {
      const response = await addCode(brand, partnerId, body);
      expect(response.status).toBe(201);
      codeIds[`${brand.id}:${response.body.code}`] = response.body.id;
    }
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  describe('code routes', () => {
    it('gives a manager the partner codes back, kept as typed, validity as ISO times', async () => {
      const response = await api
        .http()
        .get(`/v1/partners/${a.partners.retention.id}/codes`)
        .set(...bearer(a.managerKey));
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          id: codeIds[`${a.id}:LOYAL15`],
          code: 'LOYAL15',
          partnerId: a.partners.retention.id,
          validFrom: MONTH_FIRST,
          validTo: MONTH_LAST,
          exclusiveToAudience: false,
          createdAt: expect.any(String),
        },
        expect.objectContaining({ code: 'OLD5', validFrom: null }),
      ]);
      expect(response.body.nextCursor).toBeNull();
    });

    it('keeps codes unique per brand without regard to case, and lets another brand use the same one', async () => {
      const taken = await addCode(a, a.partners.consideration.id, { code: 'trail10' });
      expect(taken.status).toBe(409);
      expect(taken.body.error.code).toBe('conflict');
      expect((await addCode(other, other.partners.consideration.id, { code: 'trail10' })).status).toBe(201);
    });

    it('refuses malformed codes, unknown fields and validity ending before it starts', async () => {
      const partner = a.partners.consideration.id;
      const bad = [
        { code: 'x' },
        { code: 'has space' },
        { code: 'OK22', validFrom: 'tomorrow' },
        { code: 'OK22', validFrom: '2026-12-02T00:00:00Z', validTo: '2026-12-01T00:00:00Z' },
        { code: 'OK22', owner: 'me' },
      ];
      for (const body of bad) {
        const response = await addCode(a, partner, body);
        expect([response.status, response.body.error.code]).toEqual([400, 'validation_failed']);
      }
    });

    it("answers 404 for another brand's partner, and a partner key sees only its own codes", async () => {
      const theirs = a.partners.awareness.id;
      expect((await addCode(other, theirs, { code: 'STEAL1' })).status).toBe(404);
      const list = await api
        .http()
        .get(`/v1/partners/${theirs}/codes`)
        .set(...bearer(other.managerKey));
      expect([list.status, list.body.error.code]).toEqual([404, 'not_found']);
      // The fixture's partner key belongs to the awareness partner: TRAIL10 only, not LOYAL15 or DEAL5.
      const mine = await api
        .http()
        .get('/v1/me/codes')
        .set(...bearer(a.partnerKey));
      expect(mine.status).toBe(200);
      expect(mine.body.data.map((code: { code: string }) => code.code)).toEqual(['Trail10']);
      // A partner key may not assign codes.
      const byPartner = await api
        .http()
        .post(`/v1/partners/${theirs}/codes`)
        .set(...bearer(a.partnerKey))
        .send({ code: 'SELF1' });
      expect(byPartner.status).toBe(403);
    });
  });

  describe('codes in journeys', () => {
    beforeAll(async () => {
      // cust-1 clicked the review site two days before buying with the creator's code.
      await postClicksAndWait(api, a.networkKey, [
        { partnerId: a.partners.consideration.id, customerKey: 'cust-1', occurredAt: at(-2 * 24 * 60) },
      ]);
      await postClicksAndWait(api, b.networkKey, [
        { partnerId: b.partners.consideration.id, customerKey: 'cust-1', occurredAt: at(-2 * 24 * 60) },
      ]);
    });

    it('touch: a click and a code of two partners share the credit like two clicks', async () => {
      await convert(a, { transactionId: 'CODE-1', amount: '100.00', customerKey: 'cust-1', couponCode: 'trail10' });
      const conversion = await explain(a, 'CODE-1');
      // Linear over 2 touches: 1/2 each of 100.00 = 50.00; 10 % = 5.00. The code's touch is at the
      // conversion time, so it comes last.
      expect(shares(conversion.attribution)).toEqual([
        [a.partners.consideration.id, '1/2', '50.00', '5.00'],
        [a.partners.awareness.id, '1/2', '50.00', '5.00'],
      ]);
      expect(conversion.attribution[1]).toMatchObject({ clickId: null, promoCodeId: codeIds[`${a.id}:Trail10`] });
      expect(conversion.couponCode).toBe('TRAIL10');
      expect(conversion.journeySource).toBe('customer_key');
    });

    it("exclusive: the code's partner takes all the credit", async () => {
      await convert(b, { transactionId: 'CODE-1', amount: '100.00', customerKey: 'cust-1', couponCode: 'TRAIL10' });
      const conversion = await explain(b, 'CODE-1');
      // All of 100.00 to the creator: 10 % = 10.00; the review site's click gets nothing.
      expect(shares(conversion.attribution)).toEqual([[b.partners.awareness.id, '1', '100.00', '10.00']]);
      expect(conversion.journeySource).toBe('customer_key');
    });

    it('a code alone finds the journey: source code', async () => {
      await convert(a, { transactionId: 'CODE-2', amount: '40.00', couponCode: 'TRAIL10', channel: 'app' });
      const conversion = await explain(a, 'CODE-2');
      // One touch: all of 40.00, 10 % = 4.00.
      expect(shares(conversion.attribution)).toEqual([[a.partners.awareness.id, '1', '40.00', '4.00']]);
      expect([conversion.journeySource, conversion.channel]).toEqual(['code', 'app']);
    });

    it('an unassigned code, or one used outside its validity, is stored and reported, not credited', async () => {
      await convert(a, { transactionId: 'CODE-3', amount: '30.00', couponCode: 'NOBODY1' });
      await convert(a, { transactionId: 'CODE-4', amount: '30.00', couponCode: 'old5' });
      for (const [transactionId, code] of [
        ['CODE-3', 'NOBODY1'],
        ['CODE-4', 'OLD5'],
      ]) {
        const conversion = await explain(a, transactionId);
        expect([
          conversion.couponCode,
          conversion.journeySource,
          conversion.attribution,
          conversion.commissions,
        ]).toEqual([code, 'none', [], []]);
      }
      // Reported: the brand can list the codes used on uncredited conversions.
      const rows = await api.query<{ coupon_code: string }>(
        `SELECT coupon_code FROM conversions WHERE brand_id = $1 AND journey_source = 'none' AND coupon_code IS NOT NULL
          ORDER BY coupon_code`,
        [a.id],
      );
      expect(rows.map((row) => row.coupon_code)).toEqual(['NOBODY1', 'OLD5']);
    });

    it("a click id of one customer and another partner's code: the click id finds the journey", async () => {
      const [clickId] = await postClicksAndWait(api, a.networkKey, [
        { partnerId: a.partners.consideration.id, customerKey: 'cust-2', occurredAt: at(-60) },
      ]);
      // The conversion names cust-3 (no clicks of its own), cust-2's click and the retention partner's code.
      await convert(a, {
        transactionId: 'CODE-5',
        amount: '80.00',
        clickId,
        customerKey: 'cust-3',
        couponCode: 'LOYAL15',
      });
      const conversion = await explain(a, 'CODE-5');
      // Linear over 2: 40.00 each, 10 % = 4.00 each.
      expect(shares(conversion.attribution)).toEqual([
        [a.partners.consideration.id, '1/2', '40.00', '4.00'],
        [a.partners.retention.id, '1/2', '40.00', '4.00'],
      ]);
      expect(conversion.attribution[0].clickId).toBe(clickId);
      expect(conversion.journeySource).toBe('click_id');
    });

    it("a code exclusive to its partner's audience counts only for customers with a click of that partner", async () => {
      await postClicksAndWait(api, a.networkKey, [
        { partnerId: a.partners.conversion.id, customerKey: 'cust-5', occurredAt: at(-30) },
      ]);
      await convert(a, { transactionId: 'CODE-6', amount: '20.00', customerKey: 'cust-4', couponCode: 'DEAL5' });
      await convert(a, { transactionId: 'CODE-7', amount: '20.00', customerKey: 'cust-5', couponCode: 'DEAL5' });
      const outsider = await explain(a, 'CODE-6');
      expect([outsider.flags, outsider.attribution, outsider.journeySource]).toEqual([
        ['code_outside_audience'],
        [],
        'none',
      ]);
      const insider = await explain(a, 'CODE-7');
      // The partner's click and its code: 1/2 each of 20.00 = 10.00, 10 % = 1.00 each, 2.00 in all.
      expect(shares(insider.attribution)).toEqual([
        [a.partners.conversion.id, '1/2', '10.00', '1.00'],
        [a.partners.conversion.id, '1/2', '10.00', '1.00'],
      ]);
      expect(insider.flags).toEqual([]);
    });

    it('an ai_assistant purchase with no touch is unattributed and uncredited, but counts in revenue', async () => {
      await convert(a, {
        transactionId: 'AI-1',
        amount: '55.00',
        channel: 'ai_assistant',
        agent: 'shopping-assistant',
      });
      const conversion = await explain(a, 'AI-1');
      expect([conversion.journeySource, conversion.attribution, conversion.commissions]).toEqual(['none', [], []]);
      expect([conversion.channel, conversion.agent]).toEqual(['ai_assistant', 'shopping-assistant']);
      const [row] = await api.query<{ revenue: string }>(
        `SELECT sum(amount_minor)::bigint AS revenue FROM conversions
          WHERE brand_id = $1 AND channel = 'ai_assistant' AND journey_source = 'none'`,
        [a.id],
      );
      expect(row.revenue).toBe('5500');
    });
  });

  describe('leaked codes', () => {
    it('flags code_leak on every use when 5 different customers use a code within 10 minutes', async () => {
      // A day before T: 5 customers at 0, 2, 4, 6 and 8 minutes; a sixth 30 minutes later is alone.
      const start = -24 * 60;
      const ids: string[] = [];
      for (const [index, minutes] of [0, 2, 4, 6, 8, 38].entries()) {
        ids.push(
          await convert(a, {
            transactionId: `LEAK-${index}`,
            amount: '10.00',
            customerKey: `leak-${index}`,
            couponCode: 'TRAIL10',
            occurredAt: at(start + minutes),
          }),
        );
      }
      // The fifth use completes the burst: the first four, credited before it, are flagged too.
      const flagged = await eventually(async () => {
        const rows = await api.query<{ conversion_id: string }>(
          `SELECT conversion_id FROM conversion_code_flags WHERE conversion_id = ANY($1::uuid[]) AND flag = 'code_leak'`,
          [ids],
        );
        return rows.length === 5 && rows;
      });
      expect(new Set(flagged.map((row) => row.conversion_id))).toEqual(new Set(ids.slice(0, 5)));
      expect((await explain(a, 'LEAK-0')).flags).toEqual(['code_leak']);
      expect((await explain(a, 'LEAK-5')).flags).toEqual([]);
      // CODE-1 and CODE-2 used TRAIL10 at T: two customers, no leak.
      expect((await explain(a, 'CODE-1')).flags).toEqual([]);
    });
  });

  describe('posting codes and channels', () => {
    it('takes coupon, channel and agent on the GET postback, the code upper-cased', async () => {
      const response = await api
        .http()
        .get(
          `/postback/conversion?key=${a.networkKey}&order_id=PB-1&amount=12.00&currency=EUR&coupon=trail10` +
            '&channel=marketplace&agent=market-bot',
        );
      expect(response.status).toBe(200);
      const conversion = await explain(a, 'PB-1');
      expect([conversion.couponCode, conversion.channel, conversion.agent]).toEqual([
        'TRAIL10',
        'marketplace',
        'market-bot',
      ]);
      const bad = await api
        .http()
        .get(`/postback/conversion?key=${a.networkKey}&order_id=PB-2&amount=1.00&currency=EUR&channel=tv`);
      expect(bad.status).toBe(400);
    });

    it('replays the same code (any case) and refuses another code for the same transaction', async () => {
      const post = (body: object) =>
        api
          .http()
          .post('/v1/conversions')
          .set(...bearer(a.networkKey))
          .send({ transactionId: 'IDEM-1', amount: '9.00', currency: 'EUR', occurredAt: T, ...body });
      expect((await post({ couponCode: 'Trail10', channel: 'web' })).status).toBe(201);
      expect((await post({ couponCode: 'TRAIL10', channel: 'web' })).status).toBe(200);
      expect((await post({ couponCode: 'LOYAL15', channel: 'web' })).status).toBe(409);
      expect((await post({ couponCode: 'TRAIL10', channel: 'app' })).status).toBe(409);
    });

    it('shows the code policy of a plan and refuses an unknown one', async () => {
      const plans = await api
        .http()
        .get('/v1/commission-plans')
        .set(...bearer(b.managerKey));
      expect(plans.body.data[0].codePolicy).toBe('exclusive');
      const bad = await api
        .http()
        .post('/v1/commission-plans')
        .set(...bearer(b.managerKey))
        .send({ ...plan(), effectiveFrom: '2026-02-01T00:00:00Z', codePolicy: 'sometimes' });
      expect([bad.status, bad.body.error.details[0].field]).toEqual([400, 'codePolicy']);
    });
  });
});
