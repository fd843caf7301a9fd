import { type INestApplicationContext } from '@nestjs/common';
import { CreditingService } from '#core/attribution/index.js';
import { LedgerService } from '#core/ledger/index.js';
import { DAY_MS, HOUR_MS, nextPeriod, periodOf } from '#domain';
import {
  bearer,
  closedPeriod,
  type BrandFixture,
  createBrandFixture,
  eventually,
  inPeriod,
  isoDaysAgo,
  postClicksAndWait,
  publishPlan,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
  TIERED_CAPPED_PLAN,
} from '#testing';

interface EntryRow {
  partner_id: string;
  kind: string;
  amount_minor: string;
  status: string;
  rate_bps: number | null;
  credit: string | null;
  approvable_at: Date;
  reversal_id: string | null;
}

const PLAN = {
  effectiveFrom: isoDaysAgo(400), // in force for every event the API takes (at most 400 days old)
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'role_weighted', base: 'position_based' },
  rules: [
    { role: 'awareness', cps: { rateBps: 1200 } },
    { role: 'consideration', cps: { rateBps: 1000 } },
    { role: 'conversion', cps: { rateBps: 500 } },
    { role: 'retention', cps: { rateBps: 800 } },
  ],
  newCustomerBonus: { amount: '3.00' },
};

/**
 * The orders' time: noon (UTC) three days ago on the business clock. Recent enough that the lock
 * period (30 days) ends in the future, so the worker's own settle job never approves an entry
 * before a test settles as of a chosen instant.
 */
const T = `${isoDaysAgo(3).slice(0, 10)}T12:00:00Z`;
const before = (hours: number): string => new Date(Date.parse(T) - hours * HOUR_MS).toISOString();
/** The end of T's lock period (lockDays 30, fixed days of 24 hours). */
const LOCK_END = new Date(Date.parse(T) + 30 * DAY_MS);
/** T's calendar month in UTC, for date-only query bounds ("2026-11-01" to "2026-12-01"). */
const T_MONTH_UTC = periodOf(new Date(T), 'month', 'UTC');
/** T's month for the brand (Europe/Berlin): noon UTC is the same day there. */
const T_MONTH = periodOf(new Date(T), 'month', 'Europe/Berlin');

/** From postback to ledger through the real worker: credits, commissions, retries and refunds. */
describe('attribution and commission engine', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let conversionId: string;
  const entriesOf = (id: string) =>
    api.query<EntryRow>(
      `SELECT partner_id, kind, amount_minor, status, rate_bps, credit, approvable_at, reversal_id
         FROM commission_entries WHERE conversion_id = $1 ORDER BY entry_key`,
      [id],
    );

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, PLAN);

    const { partners } = brand;
    const clicks = [
      { partnerId: partners.retention.id, occurredAt: before(40 * 24) }, // outside the 30-day window
      { partnerId: partners.awareness.id, occurredAt: before(10 * 24) },
      { partnerId: partners.consideration.id, occurredAt: before(5 * 24) },
      { partnerId: partners.conversion.id, occurredAt: before(1), userAgent: 'Googlebot/2.1' }, // a bot
      { partnerId: partners.conversion.id, occurredAt: before(1) },
    ].map((click) => ({ ...click, customerKey: 'cust-A' }));
    await postClicksAndWait(api, brand.networkKey, clicks);

    const conversion = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({
        transactionId: 'ENG-1',
        amount: '100.00',
        currency: 'EUR',
        customerKey: 'cust-A',
        newCustomer: true,
        occurredAt: T,
      });
    expect(conversion.status).toBe(201);
    conversionId = conversion.body.id;
    await waitUntilCredited(api, conversionId);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('credits the creditable touches in the window, role-weighted over 40/20/40', async () => {
    const touches = await api.query<Record<string, unknown>>(
      `SELECT partner_id, role, base_weight, role_weight, credit, attributed_revenue_minor
         FROM conversion_touches WHERE conversion_id = $1 ORDER BY occurred_at`,
      [conversionId],
    );
    // Base 2/5, 1/5, 2/5 × role weights 3/2, 6/5, 4/5 = 3/5, 6/25, 8/25 (sum 29/25) → 15/29, 6/29, 8/29.
    // Revenue of 10000 cents: 5172.41, 2068.96, 2758.62 → floors 9998; +1 to .96 and .62 → 5172, 2069, 2759.
    expect(touches).toEqual([
      {
        partner_id: brand.partners.awareness.id,
        role: 'awareness',
        base_weight: '2/5',
        role_weight: '3/2',
        credit: '15/29',
        attributed_revenue_minor: '5172',
      },
      {
        partner_id: brand.partners.consideration.id,
        role: 'consideration',
        base_weight: '1/5',
        role_weight: '6/5',
        credit: '6/29',
        attributed_revenue_minor: '2069',
      },
      {
        partner_id: brand.partners.conversion.id,
        role: 'conversion',
        base_weight: '2/5',
        role_weight: '4/5',
        credit: '8/29',
        attributed_revenue_minor: '2759',
      },
    ]);
    const [row] = await api.query<{ journey_source: string }>('SELECT journey_source FROM conversions WHERE id = $1', [
      conversionId,
    ]);
    expect(row.journey_source).toBe('customer_key');
  });

  it('writes CPS by role and the new-customer bonus split by credit, pending until the lock period ends', async () => {
    const entries = await entriesOf(conversionId);
    const { awareness, consideration, conversion } = brand.partners;
    // CPS: 12 % of 51.72 = 6.2064 → 6.21; 10 % of 20.69 = 2.069 → 2.07; 5 % of 27.59 = 1.3795 → 1.38.
    // Bonus 3.00 by 15/29, 6/29, 8/29: 155.17, 62.07, 82.76 → 155, 62, 82 (299) +1 to .76 → 155, 62, 83.
    expect(entries.map((entry) => [entry.partner_id, entry.kind, entry.amount_minor, entry.rate_bps])).toEqual([
      [awareness.id, 'cps', '621', 1200],
      [awareness.id, 'new_customer_bonus', '155', null],
      [consideration.id, 'cps', '207', 1000],
      [consideration.id, 'new_customer_bonus', '62', null],
      [conversion.id, 'cps', '138', 500],
      [conversion.id, 'new_customer_bonus', '83', null],
    ]);
    expect(new Set(entries.map((entry) => entry.status))).toEqual(new Set(['pending']));
    expect(entries[0].approvable_at).toEqual(LOCK_END); // T + 30 days
    expect(entries[0].credit).toBe('15/29');
  });

  it('explains the attribution on GET /v1/conversions/{transactionId}', async () => {
    const response = await api
      .http()
      .get('/v1/conversions/ENG-1')
      .set(...bearer(brand.managerKey));
    expect(response.status).toBe(200);
    expect(response.body.journeySource).toBe('customer_key');
    expect(
      response.body.attribution.map((touch: Record<string, unknown>) => [
        touch.role,
        touch.creditExact,
        touch.attributedRevenue,
        touch.commission,
      ]),
    ).toEqual([
      // Commission per touch: the partner's entries (CPS + bonus): 6.21 + 1.55, 2.07 + 0.62, 1.38 + 0.83.
      ['awareness', '15/29', '51.72', '7.76'],
      ['consideration', '6/29', '20.69', '2.69'],
      ['conversion', '8/29', '27.59', '2.21'],
    ]);
    const credits = response.body.attribution.map((touch: { credit: number }) => touch.credit);
    expect(credits.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
    expect(response.body.commissions[0]).toMatchObject({ kind: 'cps', amount: '6.21', rateBps: 1200, rule: 0 });
  });

  it('writes nothing more when the job runs again', async () => {
    await worker.get(CreditingService).attributeConversion(conversionId);
    expect(await entriesOf(conversionId)).toHaveLength(6);
    const touches = await api.query('SELECT 1 FROM conversion_touches WHERE conversion_id = $1', [conversionId]);
    expect(touches).toHaveLength(3);
  });

  it('claws back a partial refund after approval, exactly and against the next statement', async () => {
    await api.query(`UPDATE commission_entries SET status = 'approved', approved_at = now() WHERE conversion_id = $1`, [
      conversionId,
    ]);
    const refund = await api
      .http()
      .post('/v1/conversions/ENG-1/reversals')
      .set(...bearer(brand.networkKey))
      .send({ amount: '25.00', reason: 'one item returned' });
    expect(refund.status).toBe(201);
    const clawbacks = await eventually(async () => {
      const rows = (await entriesOf(conversionId)).filter((entry) => entry.reversal_id !== null);
      return rows.length === 6 && rows;
    });
    // Paid 621 + 155 + 207 + 62 + 138 + 83 = 1266; a quarter refunded → 316.5 → 317 (half up), split
    // by the entries: 155.49, 38.81, 51.83, 15.52, 34.55, 20.78 → floors 313; +1 to .83, .81, .78, .55.
    expect(clawbacks.map((entry) => Number(entry.amount_minor))).toEqual([-155, -39, -52, -15, -35, -21]);
    expect(new Set(clawbacks.map((entry) => entry.status))).toEqual(new Set(['approved']));

    // The rest refunded: everything paid is clawed back, to the cent.
    await api
      .http()
      .post('/v1/conversions/ENG-1/reversals')
      .set(...bearer(brand.networkKey))
      .send({})
      .expect(201);
    await eventually(async () => (await entriesOf(conversionId)).length === 18);
    const [{ net }] = await api.query<{ net: string }>(
      'SELECT sum(amount_minor) AS net FROM commission_entries WHERE conversion_id = $1',
      [conversionId],
    );
    expect(net).toBe('0');
  });

  it('approves entries once their lock period ends, and rejects those of a rejected conversion', async () => {
    const post = (transactionId: string, extra: object = {}) =>
      api
        .http()
        .post('/v1/conversions')
        .set(...bearer(brand.networkKey))
        .send({ transactionId, amount: '10.00', currency: 'EUR', customerKey: 'cust-A', occurredAt: T, ...extra });
    const kept = await post('ENG-3');
    const refused = await post('ENG-4');
    await waitUntilCredited(api, kept.body.id);
    await waitUntilCredited(api, refused.body.id);
    await post('ENG-4', { status: 'rejected' }).expect(200);

    const ledger = worker.get(LedgerService);
    await ledger.settle({ brandId: brand.id, asOf: new Date(LOCK_END.getTime() - 1000) }); // one second before T + 30 days
    expect(new Set((await entriesOf(kept.body.id)).map((entry) => entry.status))).toEqual(new Set(['pending']));
    expect(new Set((await entriesOf(refused.body.id)).map((entry) => entry.status))).toEqual(new Set(['rejected']));
    await ledger.settle({ brandId: brand.id, asOf: LOCK_END });
    expect(new Set((await entriesOf(kept.body.id)).map((entry) => entry.status))).toEqual(new Set(['approved']));
    expect(new Set((await entriesOf(refused.body.id)).map((entry) => entry.status))).toEqual(new Set(['rejected']));
  });

  it("lists a partner's commissions for its manager, and to the partner only its own", async () => {
    const { awareness, consideration } = brand.partners;
    // The calendar month around T, as plain dates (UTC midnights).
    const [from, to] = [T_MONTH_UTC, nextPeriod(T_MONTH_UTC)].map((month) => `${month.key}-01`);
    const forManager = await api
      .http()
      .get(`/v1/partners/${awareness.id}/commissions?status=approved&from=${from}&to=${to}`)
      .set(...bearer(brand.managerKey));
    expect(forManager.status).toBe(200);
    expect(forManager.body.data.length).toBeGreaterThan(0);
    expect(new Set(forManager.body.data.map((entry: { status: string }) => entry.status))).toEqual(
      new Set(['approved']),
    );
    expect(forManager.body.data[0]).toMatchObject({ kind: 'cps', amount: '6.21', currency: 'EUR', credit: '15/29' });

    const mine = await api
      .http()
      .get('/v1/me/commissions')
      .set(...bearer(brand.partnerKey)); // the awareness partner's key
    expect(mine.status).toBe(200);
    const ids = new Set(mine.body.data.map((entry: { id: string }) => entry.id));
    const all = await api.query<{ id: string; partner_id: string }>(
      'SELECT id, partner_id FROM commission_entries WHERE brand_id = $1',
      [brand.id],
    );
    expect(ids).toEqual(new Set(all.filter((row) => row.partner_id === awareness.id).map((row) => row.id)));
    expect(all.some((row) => row.partner_id === consideration.id)).toBe(true);

    const other = await createBrandFixture(api);
    const foreign = await api
      .http()
      .get(`/v1/partners/${awareness.id}/commissions`)
      .set(...bearer(other.managerKey));
    expect(foreign.status).toBe(404);
    const badDate = await api
      .http()
      .get(`/v1/partners/${awareness.id}/commissions?from=last-week`)
      .set(...bearer(brand.managerKey));
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details[0].field).toBe('from');
  });

  it('credits nothing and pays nothing for a conversion without any touch', async () => {
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId: 'ENG-2', amount: '50.00', currency: 'EUR', customerKey: 'nobody', occurredAt: T });
    await waitUntilCredited(api, response.body.id);
    const [row] = await api.query<{ journey_source: string }>('SELECT journey_source FROM conversions WHERE id = $1', [
      response.body.id,
    ]);
    expect(row.journey_source).toBe('none');
    expect(await entriesOf(response.body.id)).toEqual([]);
  });

  it('steps a CPS tier from the conversion that crosses it, and caps the month with the excess recorded', async () => {
    const tiered = await createBrandFixture(api);
    await publishPlan(api, tiered.managerKey, TIERED_CAPPED_PLAN);
    const partnerId = tiered.partners.conversion.id;
    // On the 15th of the last closed month, 10:00 to 12:00 Berlin time: one month and one quarter for all three.
    const month = closedPeriod('month');
    const orders = [
      ['TIER-A', '100.00', inPeriod(month, 14, 10).toISOString()],
      ['TIER-B', '100.00', inPeriod(month, 14, 11).toISOString()],
      ['TIER-C', '10.00', inPeriod(month, 14, 12).toISOString()],
    ] as const;
    await postClicksAndWait(
      api,
      tiered.networkKey,
      orders.map(([id, , at]) => ({
        partnerId,
        customerKey: id,
        occurredAt: new Date(Date.parse(at) - 30 * 60 * 1000).toISOString(),
      })),
    );
    for (const [transactionId, amount, occurredAt] of orders) {
      const response = await api
        .http()
        .post('/v1/conversions')
        .set(...bearer(tiered.networkKey))
        .send({ transactionId, amount, currency: 'EUR', customerKey: transactionId, occurredAt });
      await waitUntilCredited(api, response.body.id); // one at a time, in time order
    }
    const rows = await api.query<{
      transaction_id: string;
      kind: string;
      amount_minor: string;
      capped_minor: string;
      tier_index: number | null;
    }>(
      `SELECT c.transaction_id, e.kind, e.amount_minor, e.capped_minor, e.tier_index
         FROM commission_entries e JOIN conversions c ON c.id = e.conversion_id
        WHERE c.brand_id = $1 ORDER BY c.occurred_at, e.entry_key`,
      [tiered.id],
    );
    // A: quarter 0 + 100.00 < 150.00 → 5 % = 5.00.
    // B: 100.00 + 100.00 crosses 150.00 → 8 % on all of it = 8.00; the month holds 5.00 of the 10.00 cap,
    //    so 5.00 is paid and 3.00 recorded as capped.
    // C: 8 % of 10.00 = 0.80, and the cap is full: 0 paid, 0.80 capped.
    expect(
      rows.map((row) => [row.transaction_id, row.kind, row.amount_minor, row.capped_minor, row.tier_index]),
    ).toEqual([
      ['TIER-A', 'cps', '500', '0', null],
      ['TIER-B', 'cps', '500', '0', 0],
      ['TIER-B', 'capped', '0', '300', 0],
      ['TIER-C', 'capped', '0', '80', 0],
    ]);
  });

  it('previews a draft plan on a past month beside the ledger, writing nothing', async () => {
    // T's month, which holds ENG-1 to ENG-4 (it may still be running: T is three days ago).
    const preview = (plan: object) =>
      api
        .http()
        .post(`/v1/commission-plans/preview?period=${T_MONTH.key}`)
        .set(...bearer(brand.managerKey))
        .send(plan);
    const entriesBefore = await api.query('SELECT id FROM commission_entries WHERE brand_id = $1', [brand.id]);

    // The plan in force itself reproduces the ledger, partner by partner.
    const same = await preview(PLAN);
    expect(same.status).toBe(200);
    expect(same.body.period).toBe(T_MONTH.key);
    expect(same.body.partners.map((partner: { difference: string }) => partner.difference)).toEqual(
      Object.keys(brand.partners).map(() => '0.00'),
    );

    // Awareness at 24 % instead of 12 %, on ENG-1 (51.72 credited) and ENG-3 (5.17; 1000 cents by
    // 15/29, 6/29, 8/29 = 517, 207, 276): 12.4128 → 12.41 and 1.2408 → 1.24, plus ENG-1's bonus 1.55
    // = 15.20, against 6.21 + 1.55 + 0.62 (5.17 × 12 %) = 8.38 today. ENG-4 is rejected and left out.
    const rules = PLAN.rules.map((rule) => (rule.role === 'awareness' ? { ...rule, cps: { rateBps: 2400 } } : rule));
    const doubled = await preview({ ...PLAN, rules });
    const awareness = doubled.body.partners.find(
      (partner: { partnerId: string }) => partner.partnerId === brand.partners.awareness.id,
    );
    expect(awareness).toMatchObject({ commission: '15.20', currentCommission: '8.38', difference: '6.82' });

    expect(await api.query('SELECT id FROM commission_entries WHERE brand_id = $1', [brand.id])).toHaveLength(
      entriesBefore.length,
    );
    const badPeriod = await api
      .http()
      .post(`/v1/commission-plans/preview?period=${T_MONTH.key.slice(0, 4)}-W1`)
      .set(...bearer(brand.managerKey))
      .send(PLAN);
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.error.details[0].field).toBe('period');
  });
  // Touches and entries carry no foreign-key constraints (see ledger.entity.ts): the engine itself
  // must keep every reference pointing at this brand's own conversions and partners.
  it("points every touch and entry at one of the brand's own conversions and partners", async () => {
    const dangling = await api.query(
      `SELECT 'touch' AS what, t.conversion_id::text AS id FROM conversion_touches t
         LEFT JOIN conversions c ON c.id = t.conversion_id AND c.brand_id = t.brand_id
         LEFT JOIN partners p ON p.id = t.partner_id AND p.brand_id = t.brand_id
        WHERE t.brand_id = $1 AND (c.id IS NULL OR p.id IS NULL)
       UNION ALL
       SELECT 'entry', e.entry_key FROM commission_entries e
         LEFT JOIN conversions c ON c.id = e.conversion_id AND c.brand_id = e.brand_id
         LEFT JOIN partners p ON p.id = e.partner_id AND p.brand_id = e.brand_id
        WHERE e.brand_id = $1 AND ((e.conversion_id IS NOT NULL AND c.id IS NULL) OR p.id IS NULL)`,
      [brand.id],
    );
    expect(dangling).toEqual([]);
    const written = await api.query<{ touches: number; entries: number }>(
      `SELECT (SELECT count(*) FROM conversion_touches WHERE brand_id = $1)::int AS touches,
              (SELECT count(*) FROM commission_entries WHERE brand_id = $1)::int AS entries`,
      [brand.id],
    );
    // Not vacuous: the tests above credited touches and wrote entries for this brand.
    expect(written[0].touches).toBeGreaterThan(0);
    expect(written[0].entries).toBeGreaterThan(0);
  });
});
