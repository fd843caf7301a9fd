import { type INestApplicationContext } from '@nestjs/common';
import { localDate } from '#domain';
import { LedgerService } from '#core/ledger/index.js';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  daysAgo,
  issueKey,
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

const ZONE = 'Europe/Berlin';

/**
 * The console's partners table (GET /v1/partners/figures) and what a partner's page reads beside
 * it (links, quality flags). Europe/Berlin, EUR; last click, 10 % CPS for every role.
 *
 * In the last 30 days:
 *   A Trail Talk Podcast (awareness, creator): 7 clicks (a1, a2, a3 ×5); a1 buys 120.00, a2 30.00
 *     → 2 conversions, revenue 150.00, commission 15.00, EPC 15.00 / 7 = 2.142857… → 2.1429
 *   B GearLab Reviews (consideration, review): 2 clicks; b1 buys 400.00
 *     → 1, 400.00, 40.00, EPC 40.00 / 2 = 20.0000
 *   C DealDrop Coupons (conversion, coupon): 3 clicks; c1 buys 25.00; c2 buys 60.00 but the
 *     network rejects it (left out, its 6.00 rejected) → 1, 25.00, 2.50, EPC 2.50 / 3 = 0.8333…
 *   D Summit Rewards (retention, loyalty): nothing → 0, 0, 0.00, 0.00, EPC none
 *   E Zephyr Creator (awareness, creator, suspended; made here): nothing
 * 45 days ago A had one more click and a0 bought 80.00 (8.00): only in a 50-day period, where A
 * has 8 clicks, 3 conversions, 230.00, 23.00 and EPC 23.00 / 8 = 2.8750.
 * 40 days ago d1 bought 10.00 two seconds after D's click: flagged ctit_too_short (D's quality hit).
 */
describe('partners table with figures', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  let zephyrId: string;
  let managerSession: TestSession;
  let otherSession: TestSession;
  let partnerSession: TestSession;
  const ids = () => ({
    A: brand.partners.awareness.id,
    B: brand.partners.consideration.id,
    C: brand.partners.conversion.id,
    D: brand.partners.retention.id,
    E: zephyrId,
  });
  const letterOf = (id: string): string => Object.entries(ids()).find(([, value]) => value === id)?.[0] ?? '?';
  const get = (path: string, key = brand.managerKey) =>
    api
      .http()
      .get(path)
      .set(...bearer(key));
  const order = async (query: string): Promise<string> => {
    const response = await get(`/v1/partners/figures?${query}`);
    expect(response.status).toBe(200);
    return response.body.data.map((row: { id: string }) => letterOf(row.id)).join('');
  };

  async function convert(body: object): Promise<string> {
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ currency: 'EUR', ...body });
    expect([200, 201]).toContain(response.status);
    return response.body.id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
    const zephyr = await api
      .http()
      .post('/v1/partners')
      .set(...bearer(brand.managerKey))
      .send({ name: 'Zephyr Creator', type: 'creator', role: 'awareness', email: 'hello@zephyr.example' })
      .expect(201);
    zephyrId = zephyr.body.id;
    await api
      .http()
      .patch(`/v1/partners/${zephyrId}`)
      .set(...bearer(brand.managerKey))
      .send({ status: 'suspended' })
      .expect(200);
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: isoDaysAgo(60),
      lookbackDays: 30,
      lockDays: 30,
      attribution: { model: 'last_click' },
      rules: ['awareness', 'consideration', 'conversion', 'retention'].map((role) => ({
        role,
        cps: { rateBps: 1000 },
      })),
    });
    const { A, B, C, D } = ids();
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId: A, customerKey: 'a0', occurredAt: isoDaysAgo(45, undefined, 2) },
      { partnerId: D, customerKey: 'd1', occurredAt: isoDaysAgo(40) },
      { partnerId: A, customerKey: 'a1', occurredAt: isoDaysAgo(5, undefined, 3) },
      { partnerId: A, customerKey: 'a2', occurredAt: isoDaysAgo(5, undefined, 3) },
      ...[1, 2, 3, 4, 5].map((hour) => ({
        partnerId: A,
        customerKey: 'a3',
        occurredAt: isoDaysAgo(6, undefined, hour),
      })),
      { partnerId: B, customerKey: 'b1', occurredAt: isoDaysAgo(4, undefined, 3) },
      { partnerId: B, customerKey: 'b2', occurredAt: isoDaysAgo(4, undefined, 3) },
      { partnerId: C, customerKey: 'c1', occurredAt: isoDaysAgo(3, undefined, 3) },
      { partnerId: C, customerKey: 'c2', occurredAt: isoDaysAgo(3, undefined, 3) },
      { partnerId: C, customerKey: 'c3', occurredAt: isoDaysAgo(3, undefined, 3) },
    ]);
    const orders = [
      { transactionId: 'F-a0', amount: '80.00', customerKey: 'a0', occurredAt: isoDaysAgo(45) },
      {
        transactionId: 'F-d1',
        amount: '10.00',
        customerKey: 'd1',
        occurredAt: new Date(daysAgo(40).getTime() + 2000).toISOString(),
      },
      { transactionId: 'F-a1', amount: '120.00', customerKey: 'a1', occurredAt: isoDaysAgo(5) },
      { transactionId: 'F-a2', amount: '30.00', customerKey: 'a2', occurredAt: isoDaysAgo(5) },
      { transactionId: 'F-b1', amount: '400.00', customerKey: 'b1', occurredAt: isoDaysAgo(4) },
      { transactionId: 'F-c1', amount: '25.00', customerKey: 'c1', occurredAt: isoDaysAgo(3) },
      { transactionId: 'F-c2', amount: '60.00', customerKey: 'c2', occurredAt: isoDaysAgo(3) },
    ];
    for (const body of orders) await waitUntilCredited(api, await convert(body));
    await convert({ ...orders[6], status: 'rejected' });
    // The rejected order's pending entries become rejected when the ledger settles.
    await worker.get(LedgerService).settle({ brandId: brand.id });

    managerSession = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
    otherSession = await signUpByInvite(api, other.managerKey, other.id, { role: 'brand_manager' });
    partnerSession = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'partner', partnerId: A });
  }, 180_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('sums each partner over the last 30 days by default, sorted by revenue, the largest first', async () => {
    const response = await get('/v1/partners/figures');
    expect(response.status).toBe(200);
    const { A, B, C, D, E } = ids();
    expect(response.body).toMatchObject({
      total: 5,
      page: 1,
      limit: 50,
      currency: 'EUR',
      timezone: ZONE,
      to: localDate(daysAgo(0), ZONE),
      from: localDate(daysAgo(29), ZONE),
    });
    const figures = response.body.data.map((row: Record<string, unknown>) => [
      letterOf(row.id as string),
      row.clicks,
      row.conversions,
      row.attributedRevenue,
      row.commission,
      row.epc,
    ]);
    expect(figures).toEqual([
      ['B', 2, 1, '400.00', '40.00', '20.0000'],
      ['A', 7, 2, '150.00', '15.00', '2.1429'],
      ['C', 3, 1, '25.00', '2.50', '0.8333'],
      ['D', 0, 0, '0.00', '0.00', null],
      ['E', 0, 0, '0.00', '0.00', null],
    ]);
    expect(response.body.data[4]).toMatchObject({
      id: E,
      name: 'Zephyr Creator',
      type: 'creator',
      role: 'awareness',
      status: 'suspended',
      email: 'hello@zephyr.example',
    });
    expect([A, B, C, D]).toContain(response.body.data[0].id);
  });

  it('takes a period of local days: 50 days back includes the order of 45 days ago', async () => {
    const from = localDate(daysAgo(50), ZONE);
    const to = localDate(daysAgo(0), ZONE);
    const response = await get(`/v1/partners/figures?from=${from}&to=${to}&sort=name`);
    expect(response.status).toBe(200);
    const a = response.body.data.find((row: { id: string }) => row.id === ids().A);
    // 7 + 1 clicks, 2 + 1 conversions, 150.00 + 80.00, 15.00 + 8.00, 23.00 / 8 = 2.875.
    expect([a.clicks, a.conversions, a.attributedRevenue, a.commission, a.epc]).toEqual([
      8,
      3,
      '230.00',
      '23.00',
      '2.8750',
    ]);
    // D's flagged order (in review, not rejected) counts: 10.00, 1.00 over 1 click.
    const d = response.body.data.find((row: { id: string }) => row.id === ids().D);
    expect([d.clicks, d.conversions, d.attributedRevenue, d.commission, d.epc]).toEqual([
      1,
      1,
      '10.00',
      '1.00',
      '1.0000',
    ]);
  });

  it.each([
    ['sort=-revenue', 'BACDE'],
    ['sort=revenue', 'DECAB'], // D and E tie at 0.00: by id, D (made first) before E
    ['sort=-clicks', 'ACBDE'],
    ['sort=clicks', 'DEBCA'],
    ['sort=-conversions', 'ABCDE'], // B and C tie at 1
    ['sort=conversions', 'DEBCA'],
    ['sort=-commission', 'BACDE'],
    ['sort=commission', 'DECAB'],
    ['sort=-epc', 'BACDE'], // no clicks, no EPC: last either way
    ['sort=epc', 'CABDE'],
    ['sort=name', 'CBDAE'], // DealDrop, GearLab, Summit, Trail Talk, Zephyr
    ['sort=-name', 'EADBC'],
  ])('sorts by %s: %s', async (query, expected) => {
    expect(await order(query)).toBe(expected);
  });

  it.each([
    ['role=awareness', 'AE'],
    ['type=review', 'B'],
    ['status=suspended', 'E'],
    ['status=active&role=awareness', 'A'],
    ['search=deal', 'C'], // a part of the name, any case
    ['search=ZEPHYR.EXAMPLE', 'E'], // or of the e-mail
    ['search=100%25', ''], // % is a character, not a wildcard
    ['search=_', ''],
  ])('filters by %s: %s', async (query, expected) => {
    expect(await order(`${query}&sort=-revenue`)).toBe(expected);
  });

  it('pages by number with the total, the same order across pages', async () => {
    const pages = [];
    for (const page of [1, 2, 3, 4]) {
      const response = await get(`/v1/partners/figures?sort=-revenue&limit=2&page=${page}`);
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(5);
      pages.push(response.body.data.map((row: { id: string }) => letterOf(row.id)).join(''));
    }
    expect(pages).toEqual(['BA', 'CD', 'E', '']);
  });

  it.each([
    ['sort=revenue%20desc', 'sort'],
    ['sort=email', 'sort'],
    ['role=boss', 'role'],
    ['type=blogger', 'type'],
    ['status=deleted', 'status'],
    ['page=0', 'page'],
    ['limit=201', 'limit'],
    ['from=2026-02-30', 'from'],
    ['to=yesterday', 'to'],
  ])('refuses %s with 400 validation_failed on %s', async (query, field) => {
    const response = await get(`/v1/partners/figures?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.details.map((detail: { field: string }) => detail.field)).toEqual([field]);
  });

  it('refuses a period that ends before it starts, or longer than a year', async () => {
    const backwards = await get(
      `/v1/partners/figures?from=${localDate(daysAgo(1), ZONE)}&to=${localDate(daysAgo(3), ZONE)}`,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([{ field: 'to', message: 'to must be on or after from' }]);
    const long = await get(`/v1/partners/figures?from=${localDate(daysAgo(400), ZONE)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].field).toBe('from');
  });

  it("reads the same with a manager's session", async () => {
    const response = await api.http().get('/v1/partners/figures?sort=-revenue').set('Cookie', managerSession.cookie);
    expect(response.status).toBe(200);
    expect(response.body.data.map((row: { id: string }) => letterOf(row.id)).join('')).toBe('BACDE');
  });

  it("shows another brand's key and session only their own partners, never these", async () => {
    const ours = Object.values(ids());
    const byKey = await get('/v1/partners/figures', other.managerKey);
    const bySession = await api.http().get('/v1/partners/figures').set('Cookie', otherSession.cookie);
    for (const response of [byKey, bySession]) {
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(4);
      const seen = response.body.data.map((row: { id: string }) => row.id);
      expect(seen).toEqual(expect.arrayContaining(Object.values(other.partners).map((p) => p.id)));
      expect(seen.filter((id: string) => ours.includes(id))).toEqual([]);
      // The other brand has no clicks or orders.
      expect(response.body.data.every((row: { clicks: number }) => row.clicks === 0)).toBe(true);
    }
  });

  it("refuses a partner's key and a partner's session (403)", async () => {
    expect((await get('/v1/partners/figures', brand.partnerKey)).status).toBe(403);
    const bySession = await api.http().get('/v1/partners/figures').set('Cookie', partnerSession.cookie);
    expect(bySession.status).toBe(403);
  });

  describe("a partner's page", () => {
    it("lists a partner's quality hits with the order's transaction id", async () => {
      const response = await get(`/v1/partners/${ids().D}/quality-flags`);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          id: expect.any(String),
          code: 'ctit_too_short',
          conversionId: expect.any(String),
          transactionId: 'F-d1',
          partnerId: response.body.data[0]?.partnerId ?? null,
          day: null,
          evidence: expect.any(Object),
          flaggedAt: expect.any(String),
        },
      ]);
      expect([ids().D, null]).toContain(response.body.data[0].partnerId);
      expect((await get(`/v1/partners/${ids().B}/quality-flags`)).body.data).toEqual([]);
    });

    it('keeps links, quality hits and days behind the brand wall', async () => {
      const { D } = ids();
      for (const path of [`/v1/partners/${D}/quality-flags`, `/v1/partners/${D}/links`, `/v1/partners/${D}/daily`]) {
        expect((await get(path, other.managerKey)).status).toBe(404);
        expect((await api.http().get(path).set('Cookie', otherSession.cookie)).status).toBe(404);
        expect((await get(path, brand.partnerKey)).status).toBe(403);
        expect((await api.http().get(path).set('Cookie', partnerSession.cookie)).status).toBe(403);
      }
    });

    it('edits the e-mail address with PATCH, and refuses one that is not an address at the field', async () => {
      const { D } = ids();
      const patch = (body: object) =>
        api
          .http()
          .patch(`/v1/partners/${D}`)
          .set(...bearer(brand.managerKey))
          .send(body);
      const changed = await patch({ email: 'team@summit.example' });
      expect(changed.status).toBe(200);
      expect(changed.body.email).toBe('team@summit.example');
      const bad = await patch({ email: 'summit' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toEqual([{ field: 'email', message: 'email must be an e-mail address' }]);
      const otherKey = await issueKey(api, other.id, 'brand_manager');
      const across = await api
        .http()
        .patch(`/v1/partners/${D}`)
        .set(...bearer(otherKey.key))
        .send({ email: 'x@evil.example' });
      expect(across.status).toBe(404);
      const [row] = await api.query<{ email: string }>('SELECT email FROM partners WHERE id = $1', [D]);
      expect(row.email).toBe('team@summit.example');
    });
  });
});
