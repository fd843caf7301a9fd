import { type INestApplicationContext } from '@nestjs/common';
import { LedgerService } from '#core/ledger/index.js';
import { DAY_MS } from '#domain';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  isoDaysAgo,
  postClicksAndWait,
  publishPlan,
  signUpByInvite,
  startTestApi,
  startTestWorker,
  type TestApi,
  type TestSession,
  waitUntilCredited,
} from '#testing';

interface ListItem {
  transactionId: string;
  amount: string;
  status: string;
  flags: string[];
  source: string;
  channel: string | null;
  partners: { id: string; name: string; role: string; attributedRevenue: string }[];
}

/**
 * Day D: the UTC date five days ago on the business clock. The brand keeps Tokyo time (UTC+9, no
 * daylight saving), so D 20:00 UTC is already D+1 05:00 in the brand's days.
 */
/** Setting up posts and credits several orders through the worker: slow on a busy machine. */
const SETUP_TIMEOUT_MS = 120_000;

const D = isoDaysAgo(5).slice(0, 10);
const at = (days: number, utcTime: string): string =>
  new Date(Date.parse(`${D}T${utcTime}Z`) + days * DAY_MS).toISOString();
const day = (days: number): string => new Date(Date.parse(`${D}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The manager's conversions list (filters, paging, newest first) and the bulk review, with the
 * real worker crediting. Plan: last click, 10 % CPS for every role, lock period 1 day.
 *
 *   ORD-7001  100.00  web          D   01:00 UTC (Tokyo D 10:00)    awareness click an hour before → pending
 *   ORD-7002   40.00  app          D   20:00 UTC (Tokyo D+1 05:00)  consideration click 4 s before → review (ctit_too_short)
 *   PB-7003    25.00  (postback)   D+1 03:00 UTC (Tokyo D+1 12:00)  no journey → pending, nobody credited
 *   ORD-7004   10.00  marketplace  D+2 00:00 UTC                    no journey
 *   ORD-7005   10.00  marketplace  D+2 00:00 UTC (same instant; recorded after 7004, so a larger id)
 */
describe('conversions list and bulk review', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  let otherSession: TestSession;
  let partnerSession: TestSession;
  const get = (key: string, path: string) =>
    api
      .http()
      .get(path)
      .set(...bearer(key));
  const post = (key: string, path: string, body: object) =>
    api
      .http()
      .post(path)
      .set(...bearer(key))
      .send(body);
  const list = async (query: string): Promise<ListItem[]> => {
    const response = await get(brand.managerKey, `/v1/conversions?${query}`);
    expect(response.status).toBe(200);
    return response.body.data;
  };
  const ids = async (query: string): Promise<string[]> => (await list(query)).map((row) => row.transactionId);

  async function order(
    transactionId: string,
    amount: string,
    occurredAt: string,
    extra: Record<string, unknown> = {},
    click?: { partnerId: string; secondsBefore: number },
  ): Promise<void> {
    if (click) {
      await postClicksAndWait(api, brand.networkKey, [
        {
          partnerId: click.partnerId,
          customerKey: transactionId,
          occurredAt: new Date(Date.parse(occurredAt) - click.secondsBefore * 1000).toISOString(),
        },
      ]);
    }
    const response = await post(brand.networkKey, '/v1/conversions', {
      transactionId,
      amount,
      currency: 'EUR',
      occurredAt,
      ...(click ? { customerKey: transactionId } : {}),
      ...extra,
    });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
  }

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api, { timezone: 'Asia/Tokyo' });
    other = await createBrandFixture(api);
    otherSession = await signUpByInvite(api, other.managerKey, other.id, { role: 'brand_manager' });
    partnerSession = await signUpByInvite(api, brand.managerKey, brand.id, {
      role: 'partner',
      partnerId: brand.partners.awareness.id,
    });
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: isoDaysAgo(400),
      lookbackDays: 30,
      lockDays: 1,
      attribution: { model: 'last_click' },
      rules: ['awareness', 'consideration', 'conversion', 'retention'].map((role) => ({
        role,
        cps: { rateBps: 1000 },
      })),
    });
    const { partners } = brand;
    await order(
      'ORD-7001',
      '100.00',
      at(0, '01:00:00'),
      { channel: 'web' },
      {
        partnerId: partners.awareness.id,
        secondsBefore: 3600,
      },
    );
    await order(
      'ORD-7002',
      '40.00',
      at(0, '20:00:00'),
      { channel: 'app' },
      {
        partnerId: partners.consideration.id,
        secondsBefore: 4,
      },
    );
    const ts = Math.floor(Date.parse(at(1, '03:00:00')) / 1000);
    const postback = await api
      .http()
      .get(`/postback/conversion?key=${brand.networkKey}&txid=PB-7003&amount=25.00&currency=EUR&ts=${ts}`);
    expect(postback.status).toBe(200);
    const [pb] = await api.query<{ id: string }>('SELECT id FROM conversions WHERE transaction_id = $1', ['PB-7003']);
    await waitUntilCredited(api, pb.id);
    await order('ORD-7004', '10.00', at(2, '00:00:00'), { channel: 'marketplace' });
    await order('ORD-7005', '10.00', at(2, '00:00:00'), { channel: 'marketplace' });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('lists newest first with amount, status, flags, source and the credited partners by name', async () => {
    const rows = await list('');
    // 7004 and 7005 happened at the same instant: the later-recorded one (larger id) comes first.
    expect(rows.map((row) => row.transactionId)).toEqual(['ORD-7005', 'ORD-7004', 'PB-7003', 'ORD-7002', 'ORD-7001']);
    const [, , pb, flagged, credited] = rows;
    expect(credited).toMatchObject({
      amount: '100.00',
      status: 'pending',
      flags: [],
      source: 'api',
      channel: 'web',
      // Last click: the one touch takes all of it.
      partners: [
        { id: brand.partners.awareness.id, name: 'Trail Talk Podcast', role: 'awareness', attributedRevenue: '100.00' },
      ],
    });
    expect(flagged).toMatchObject({
      amount: '40.00',
      status: 'review',
      flags: ['ctit_too_short'],
      // The click came 4 s before the order; the rule wants at least 10 s (the default).
      flagDetails: [
        {
          code: 'ctit_too_short',
          partnerId: brand.partners.consideration.id,
          partnerName: 'GearLab Reviews',
          evidence: expect.objectContaining({ ctitSeconds: 4, minimumSeconds: 10 }),
        },
      ],
      partners: [{ name: 'GearLab Reviews', role: 'consideration', attributedRevenue: '40.00' }],
    });
    expect(pb).toMatchObject({ amount: '25.00', source: 'postback', channel: null, partners: [] });
  });

  it('filters by status, flag, partner, channel, source and transaction id', async () => {
    expect(await ids('status=review')).toEqual(['ORD-7002']);
    expect(await ids('status=pending&channel=marketplace')).toEqual(['ORD-7005', 'ORD-7004']);
    expect(await ids('flag=ctit_too_short')).toEqual(['ORD-7002']);
    expect(await ids('flag=self_referral')).toEqual([]);
    expect(await ids(`partnerId=${brand.partners.awareness.id}`)).toEqual(['ORD-7001']);
    expect(await ids(`partnerId=${brand.partners.retention.id}`)).toEqual([]);
    expect(await ids('channel=app')).toEqual(['ORD-7002']);
    expect(await ids('source=postback')).toEqual(['PB-7003']);
    expect(await ids('source=api&channel=web')).toEqual(['ORD-7001']);
    // A part of the id, any case; "%" and "_" are no wildcards.
    expect(await ids('search=pb-')).toEqual(['PB-7003']);
    expect(await ids('search=700')).toHaveLength(5);
    expect(await ids(`search=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await ids('search=ORD_7')).toEqual([]);
  });

  it("takes the date range in the brand's days (Tokyo), both ends included", async () => {
    // D 01:00 UTC is D 10:00 in Tokyo; D 20:00 UTC is D+1 05:00; D+1 03:00 UTC is D+1 12:00.
    expect(await ids(`from=${day(0)}&to=${day(0)}`)).toEqual(['ORD-7001']);
    expect(await ids(`from=${day(1)}&to=${day(1)}`)).toEqual(['PB-7003', 'ORD-7002']);
    // D+2 00:00 UTC is D+2 09:00 in Tokyo.
    expect(await ids(`from=${day(2)}`)).toEqual(['ORD-7005', 'ORD-7004']);
    expect(await ids(`to=${day(0)}`)).toEqual(['ORD-7001']);
    expect(await ids(`from=${day(-3)}&to=${day(-1)}`)).toEqual([]);
  });

  it('pages with a cursor, without skipping or repeating rows of the same instant', async () => {
    const seen: string[][] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query: string = `limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await get(brand.managerKey, `/v1/conversions?${query}`);
      expect(response.status).toBe(200);
      seen.push(response.body.data.map((row: ListItem) => row.transactionId));
      cursor = response.body.nextCursor;
    }
    expect(seen).toEqual([['ORD-7005', 'ORD-7004'], ['PB-7003', 'ORD-7002'], ['ORD-7001']]);
    // Filters hold across pages.
    const first = await get(brand.managerKey, '/v1/conversions?channel=marketplace&limit=1');
    expect(first.body.data.map((row: ListItem) => row.transactionId)).toEqual(['ORD-7005']);
    const second = await get(
      brand.managerKey,
      `/v1/conversions?channel=marketplace&limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toMatchObject({ data: [{ transactionId: 'ORD-7004' }], nextCursor: null });
  });

  it.each([
    ['status=done', 'status'],
    ['flag=fraud', 'flag'],
    ['partnerId=not-a-partner', 'partnerId'],
    ['channel=tv', 'channel'],
    ['source=store', 'source'],
    ['from=2026-13-01', 'from'],
    ['to=yesterday', 'to'],
    [`from=${day(1)}&to=${day(0)}`, 'to'],
    ['cursor=bm9wZQ', 'cursor'],
    ['limit=0', 'limit'],
    [`search=${'x'.repeat(129)}`, 'search'],
  ])('answers ?%s with 400 naming the field', async (query, field) => {
    const response = await get(brand.managerKey, `/v1/conversions?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  describe('bulk review', () => {
    beforeAll(async () => {
      for (const transactionId of ['R-1', 'R-2', 'R-3']) {
        await order(
          transactionId,
          '50.00',
          at(1, '06:00:00'),
          {},
          { partnerId: brand.partners.awareness.id, secondsBefore: 4 },
        );
      }
    }, SETUP_TIMEOUT_MS);

    it('needs a note to reject, and writes nothing without one', async () => {
      for (const body of [
        { transactionIds: ['R-2'], decision: 'reject' },
        { transactionIds: ['R-2'], decision: 'reject', note: '   ' },
      ]) {
        const response = await post(brand.managerKey, '/v1/conversions/review', body);
        expect(response.status).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'validation_failed', details: [{ field: 'note' }] });
      }
      expect(await ids('status=review&search=R-')).toEqual(['R-3', 'R-2', 'R-1']);
    });

    it.each([
      [{ transactionIds: [], decision: 'approve' }, 'transactionIds'],
      [{ transactionIds: ['R-1', 'R-1'], decision: 'approve' }, 'transactionIds'],
      [{ transactionIds: 'R-1', decision: 'approve' }, 'transactionIds'],
      [{ transactionIds: ['R-1'], decision: 'maybe' }, 'decision'],
      [{ transactionIds: ['R-1'], decision: 'reject', note: 'x'.repeat(501) }, 'note'],
    ])('refuses %j naming %s', async (body, field) => {
      const response = await post(brand.managerKey, '/v1/conversions/review', body);
      expect(response.status).toBe(400);
      expect(response.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    });

    it('decides item by item: approves what is in review, says why the others were not', async () => {
      const response = await post(brand.managerKey, '/v1/conversions/review', {
        transactionIds: ['R-1', 'NO-SUCH', 'ORD-7001'],
        decision: 'approve',
        note: 'checked by phone',
      });
      expect(response.status).toBe(200);
      expect(response.body.decided).toBe(1);
      expect(response.body.results).toEqual([
        { transactionId: 'R-1', status: 200, conversionStatus: 'approved' },
        { transactionId: 'NO-SUCH', status: 404, error: expect.objectContaining({ code: 'not_found' }) },
        // ORD-7001 is pending, not in review: approving is for the review queue.
        { transactionId: 'ORD-7001', status: 409, error: expect.objectContaining({ code: 'conflict' }) },
      ]);
      // Approved, lock period (1 day) long over (the order is 4 days old): its entry becomes due.
      await worker.get(LedgerService).settle({ brandId: brand.id });
      const approved = await get(brand.managerKey, '/v1/conversions/R-1');
      expect(approved.body).toMatchObject({ status: 'approved', statusNote: 'checked by phone' });
      // 10 % of 50.00 = 5.00.
      expect(approved.body.commissions).toEqual([
        expect.objectContaining({ partnerName: 'Trail Talk Podcast', amount: '5.00', status: 'approved' }),
      ]);
    });

    it('rejects many with the note the partners read', async () => {
      const response = await post(brand.managerKey, '/v1/conversions/review', {
        transactionIds: ['R-2', 'R-3'],
        decision: 'reject',
        note: 'same household as the creator',
      });
      expect(response.body).toEqual({
        decided: 2,
        results: [
          { transactionId: 'R-2', status: 200, conversionStatus: 'rejected' },
          { transactionId: 'R-3', status: 200, conversionStatus: 'rejected' },
        ],
      });
      const rejected = await get(brand.managerKey, '/v1/conversions/R-3');
      expect(rejected.body).toMatchObject({
        statusReason: 'manual_rejection',
        statusNote: 'same household as the creator',
      });
      expect(await ids('status=review')).toEqual(['ORD-7002']);
    });
  });

  it('shows a reversal, the partner names and the flag evidence on the conversion', async () => {
    const reversed = await post(brand.managerKey, '/v1/conversions/ORD-7001/reversals', {
      amount: '30.00',
      reason: 'one item returned',
    });
    expect(reversed.status).toBe(201);
    expect(reversed.body).toMatchObject({ reversedAmount: '30.00', remainingAmount: '70.00' });
    const shown = (await get(brand.managerKey, '/v1/conversions/ORD-7001')).body;
    expect(shown).toMatchObject({ reversedAmount: '30.00', remainingAmount: '70.00' });
    expect(shown.reversals).toEqual([
      { id: reversed.body.id, amount: '30.00', reason: 'one item returned', createdAt: expect.any(String) },
    ]);
    expect(shown.attribution).toEqual([
      expect.objectContaining({ partnerName: 'Trail Talk Podcast', role: 'awareness', attributedRevenue: '100.00' }),
    ]);
    const flagged = (await get(brand.managerKey, '/v1/conversions/ORD-7002')).body;
    expect(flagged.flagDetails).toEqual([
      expect.objectContaining({
        code: 'ctit_too_short',
        partnerName: 'GearLab Reviews',
        evidence: expect.objectContaining({ ctitSeconds: 4, minimumSeconds: 10 }),
      }),
    ]);
  });

  describe('tenant walls', () => {
    const withSession = (session: TestSession, method: 'get' | 'post', path: string) =>
      api.http()[method](path).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken);
    const review = { transactionIds: ['ORD-7002'], decision: 'approve' };

    it("shows another brand's manager none of these, by key or by session, and lets neither decide", async () => {
      expect((await get(other.managerKey, '/v1/conversions')).body).toEqual({ data: [], nextCursor: null });
      expect((await withSession(otherSession, 'get', '/v1/conversions?search=ORD')).body.data).toEqual([]);
      const byKey = await post(other.managerKey, '/v1/conversions/review', review);
      expect(byKey.body.results).toEqual([expect.objectContaining({ transactionId: 'ORD-7002', status: 404 })]);
      const bySession = await withSession(otherSession, 'post', '/v1/conversions/review').send(review);
      expect(bySession.body.results).toEqual([expect.objectContaining({ status: 404 })]);
      expect((await withSession(otherSession, 'get', '/v1/conversions/ORD-7002')).status).toBe(404);
      expect(await ids('status=review')).toEqual(['ORD-7002']);
    });

    it('refuses partners (key and session) and networks', async () => {
      expect((await get(brand.partnerKey, '/v1/conversions')).status).toBe(403);
      expect((await post(brand.partnerKey, '/v1/conversions/review', review)).status).toBe(403);
      expect((await withSession(partnerSession, 'get', '/v1/conversions')).status).toBe(403);
      expect((await withSession(partnerSession, 'post', '/v1/conversions/review').send(review)).status).toBe(403);
      expect((await get(brand.networkKey, '/v1/conversions')).status).toBe(403);
      expect((await post(brand.networkKey, '/v1/conversions/review', review)).status).toBe(403);
      expect(await ids('status=review')).toEqual(['ORD-7002']);
    });
  });
});
