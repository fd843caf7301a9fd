import { type INestApplicationContext } from '@nestjs/common';
import { DAY_MS } from '#domain';
import { LedgerService } from '#core/ledger/index.js';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  eventually,
  issueKey,
  postClicksAndWait,
  publishPlan,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
} from '#testing';

/** A calendar date `days` after another, "YYYY-MM-DD" (date arithmetic, no time zone involved). */
const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/**
 * R1's day (written "5 October" below): the 5th of the month two back in Berlin, so that its 14
 * lock days are long over; R2 comes on the 2nd of the last closed month ("2 November"), a month of
 * its own under the monthly cap.
 */
const TWO_MONTHS_BACK = closedPeriod('month', 2);
const R1_DAY = `${TWO_MONTHS_BACK.key}-05`;
const R2_DAY = `${closedPeriod('month', 1).key}-02`;

/**
 * What a partner sees of its own business: every entry with the reason it pays less than earned,
 * totals by status, and its days. Europe/Berlin brand; 10 % CPS for the awareness partner (P2, the
 * fixture's partner key), last click, at most 5.00 per month.
 */
describe('partner portal views', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let p1Key: string;
  const p2 = () => brand.partners.awareness.id;
  const as = (key: string, path: string) =>
    api
      .http()
      .get(path)
      .set(...bearer(key));

  async function post(body: object): Promise<string> {
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
    p1Key = (await issueKey(api, brand.id, 'partner', brand.partners.conversion.id)).key;
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: TWO_MONTHS_BACK.start.toISOString(), // before every event
      lookbackDays: 30,
      lockDays: 14,
      attribution: { model: 'last_click' },
      rules: [{ role: 'awareness', cps: { rateBps: 1000 } }],
      caps: { perPartnerPerMonth: '5.00' },
    });
    await postClicksAndWait(api, brand.networkKey, [
      // 23:30 UTC on 4 October is already 5 October in Berlin: 01:30 on summer time, 00:30 in winter.
      { partnerId: p2(), customerKey: 'R1', occurredAt: `${plusDays(R1_DAY, -1)}T23:30:00Z` },
      { partnerId: p2(), customerKey: 'R1', occurredAt: `${R1_DAY}T10:00:00Z` },
      { partnerId: p2(), customerKey: 'R2', occurredAt: `${R2_DAY}T08:00:00Z` },
    ]);
    await api
      .http()
      .post('/v1/impressions')
      .set(...bearer(brand.networkKey))
      .send({ partnerId: p2(), date: R1_DAY, count: 1000 })
      .expect(202);
    // R1: 100.00 → 10 % = 10.00, of which the 5.00 cap pays 5.00 and holds back 5.00.
    const r1 = { transactionId: 'R1', amount: '100.00', customerKey: 'R1', occurredAt: `${R1_DAY}T12:00:00Z` };
    await waitUntilCredited(api, await post(r1));
    // R2: 30.00 → 3.00, then rejected by the brand's system.
    const r2 = { transactionId: 'R2', amount: '30.00', customerKey: 'R2', occurredAt: `${R2_DAY}T10:00:00Z` };
    await waitUntilCredited(api, await post(r2));
    await post({ ...r2, status: 'rejected' });
    // Half of R1 refunded: 5.00 × 50.00 / 100.00 = 2.50 back; the capped 0.00 gives back 0.
    await api
      .http()
      .post('/v1/conversions/R1/reversals')
      .set(...bearer(brand.networkKey))
      .send({ amount: '50.00', reason: 'damaged in transit' })
      .expect(201);
    await eventually(async () => {
      const rows = await api.query('SELECT 1 FROM commission_entries WHERE brand_id = $1 AND reversal_id IS NOT NULL', [
        brand.id,
      ]);
      return rows.length === 2;
    });
    await worker.get(LedgerService).settle({ brandId: brand.id });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it("lists the partner's entries, each capped, clawed-back or rejected one with its reason", async () => {
    const response = await as(brand.partnerKey, '/v1/me/commissions');
    expect(response.status).toBe(200);
    const rows = response.body.data.map((entry: Record<string, unknown>) => [
      entry.kind,
      entry.amount,
      entry.status,
      entry.reasonCode,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['cps', '5.00', 'approved', null],
        ['capped', '0.00', 'approved', 'monthly_cap'],
        ['cps', '-2.50', 'approved', 'refund'],
        ['capped', '0.00', 'approved', 'refund'],
        ['cps', '3.00', 'rejected', 'advertiser_rejected'],
      ]),
    );
    expect(rows).toHaveLength(5);
    const refund = response.body.data.find((entry: { amount: string }) => entry.amount === '-2.50');
    expect(refund.reason).toBe(
      'The order was refunded (50.00 EUR of 100.00 EUR): damaged in transit; 2.50 EUR of the commission is taken back.',
    );
    const capped = response.body.data.find(
      (entry: { kind: string; reversalId: string | null }) => entry.kind === 'capped' && !entry.reversalId,
    );
    expect(capped.reason).toBe(
      'The monthly cap of the commission plan was reached: 5.00 EUR of this commission was not paid.',
    );
    // P1 has no entries, and sees none of P2's.
    expect((await as(p1Key, '/v1/me/commissions')).body.data).toEqual([]);
  });

  it('sums the entries by status', async () => {
    // Approved: 5.00 + 0 − 2.50 + 0 = 2.50, none on a statement yet; rejected: R2's 3.00.
    const expected = {
      currency: 'EUR',
      pending: '0.00',
      approved: '2.50',
      rejected: '3.00',
      onStatements: '0.00',
      approvedNotYetStated: '2.50',
    };
    expect((await as(brand.partnerKey, '/v1/me/commissions/summary')).body).toEqual(expected);
    expect((await as(brand.managerKey, `/v1/partners/${p2()}/commissions/summary`)).body).toEqual(expected);
  });

  it("gives the partner's days in the brand's time zone", async () => {
    const [before, after] = [plusDays(R1_DAY, -1), plusDays(R1_DAY, 1)]; // 4 and 6 October
    const response = await as(brand.partnerKey, `/v1/me/daily?from=${before}&to=${after}`);
    expect(response.status).toBe(200);
    // Both R1 clicks fall on 5 October in Berlin; that day's entries: 5.00 + 0 − 2.50 + 0.
    expect(response.body).toEqual({
      currency: 'EUR',
      timezone: 'Europe/Berlin',
      days: [
        {
          date: before,
          clicks: 0,
          impressions: 0,
          conversions: 0,
          attributedRevenue: '0.00',
          commission: '0.00',
        },
        {
          date: R1_DAY,
          clicks: 2,
          impressions: 1000,
          conversions: 1,
          attributedRevenue: '100.00',
          commission: '2.50',
        },
        {
          date: after,
          clicks: 0,
          impressions: 0,
          conversions: 0,
          attributedRevenue: '0.00',
          commission: '0.00',
        },
      ],
    });
    expect((await as(brand.managerKey, `/v1/partners/${p2()}/daily?from=${before}&to=${after}`)).body).toEqual(
      response.body,
    );
    const p1Days = (await as(p1Key, `/v1/me/daily?from=${R1_DAY}&to=${R1_DAY}`)).body.days;
    expect(p1Days).toEqual([
      { date: R1_DAY, clicks: 0, impressions: 0, conversions: 0, attributedRevenue: '0.00', commission: '0.00' },
    ]);
  });

  it('refuses a bad or too long range with the field to fix', async () => {
    const reversed = await as(
      brand.partnerKey,
      `/v1/me/daily?from=${plusDays(R1_DAY, 1)}&to=${plusDays(R1_DAY, -1)}`, // 6 to 4 October
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0].field).toBe('to');
    const long = await as(brand.partnerKey, '/v1/me/daily?from=2026-01-01&to=2026-10-01');
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain('at most 92 days');
    expect((await as(brand.partnerKey, '/v1/me/daily?from=2026-02-30')).status).toBe(400);
    expect((await as(brand.partnerKey, '/v1/me/daily?from=yesterday')).status).toBe(400);
  });

  it("keeps other brands and partners out of a partner's views", async () => {
    const other = await createBrandFixture(api);
    for (const path of [`/v1/partners/${p2()}/daily`, `/v1/partners/${p2()}/commissions/summary`]) {
      expect((await as(other.managerKey, path)).status).toBe(404);
      expect((await as(p1Key, path)).status).toBe(403);
    }
  });
});
