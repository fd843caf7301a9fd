import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { CreditingService } from '#core/attribution/index.js';
import { HOUR_MS, localDate, localDayBounds, periodOf } from '#domain';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  daysAgo,
  eventually,
  postClicksAndWait,
  publishPlan,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
  TIERED_CAPPED_PLAN,
} from '#testing';

/**
 * Tiers and caps read each partner's running totals (quarter revenue, month earnings). These tests
 * credit a batch in one call, out of order, and change the ledger afterwards (a rejection, a
 * refund) to check that the totals follow, with the numbers worked out by hand.
 */
describe('running totals behind tiers and caps', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let partnerId: string;
  const ids = new Map<string, string>();
  // Every order falls on one Berlin day three days back, 10 to 13 hours after its midnight: one month and
  // one quarter for the totals, and the plan's 30-day lock ends weeks after the run, so no settle job
  // (business clock) approves an entry: they stay pending, as the rejection below expects.
  const DAY_START = localDayBounds(localDate(daysAgo(3), 'Europe/Berlin'), 'Europe/Berlin').start;
  const at = (hours: number) => new Date(DAY_START.getTime() + hours * HOUR_MS).toISOString();
  const MONTH = periodOf(DAY_START, 'month', 'Europe/Berlin').key;
  const QUARTER = periodOf(DAY_START, 'quarter', 'Europe/Berlin').key;

  /**
   * A conversion written straight to the table, marked as enqueued so that no worker (the sweeper
   * included) picks it up: only the explicit call below credits it.
   */
  async function insertConversion(transactionId: string, amountMinor: number, occurredAt: string): Promise<string> {
    const [clickId] = await postClicksAndWait(api, brand.networkKey, [
      { partnerId, occurredAt: new Date(Date.parse(occurredAt) - 30 * 60 * 1000).toISOString() },
    ]);
    const id = randomUUID();
    await api.query(
      `INSERT INTO conversions (id, brand_id, transaction_id, amount_minor, currency, click_id, occurred_at,
                                status, source, fingerprint, enqueued_at)
       VALUES ($1, $2, $3, $4, 'EUR', $5, $6, 'pending', 'api', $7, now())`,
      [id, brand.id, transactionId, amountMinor, clickId, occurredAt, `fp-${transactionId}`.padEnd(64, '0')],
    );
    ids.set(transactionId, id);
    return id;
  }
  const totals = async (): Promise<Record<string, string>> =>
    Object.fromEntries(
      (
        await api.query<{ measure: string; period: string; total_minor: string }>(
          'SELECT measure, period, total_minor FROM partner_running_totals WHERE partner_id = $1',
          [partnerId],
        )
      ).map((row) => [`${row.measure} ${row.period}`, row.total_minor]),
    );
  const entries = async (transactionId: string) =>
    (
      await api.query<{ kind: string; amount_minor: string; capped_minor: string; tier_index: number | null }>(
        `SELECT kind, amount_minor, capped_minor, tier_index FROM commission_entries
          WHERE conversion_id = $1 ORDER BY entry_key`,
        [ids.get(transactionId)],
      )
    ).map((row) => [row.kind, row.amount_minor, row.capped_minor, row.tier_index]);

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    partnerId = brand.partners.conversion.id;
    await publishPlan(api, brand.managerKey, TIERED_CAPPED_PLAN);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('credits a batch given out of order as one conversion at a time in time order', async () => {
    const a = await insertConversion('RT-A', 10000, at(10));
    const b = await insertConversion('RT-B', 10000, at(11));
    const c = await insertConversion('RT-C', 1000, at(12));
    await worker.get(CreditingService).attributeConversions([c, b, a]);

    // A: quarter 0 + 100.00 < 150.00 → 5 % = 5.00.
    // B: 100.00 + 100.00 crosses 150.00 → 8 % = 8.00; 5.00 of the 10.00 cap is left: 5.00 paid, 3.00 capped.
    // C: 8 % of 10.00 = 0.80; the cap is full: 0.80 capped.
    expect(await entries('RT-A')).toEqual([['cps', '500', '0', null]]);
    expect(await entries('RT-B')).toEqual([
      ['cps', '500', '0', 0],
      ['capped', '0', '300', 0],
    ]);
    expect(await entries('RT-C')).toEqual([['capped', '0', '80', 0]]);
    // Quarter revenue 100 + 100 + 10 = 210.00; month earnings 5.00 + 5.00 + 0 = 10.00
    // (in the Berlin quarter and month of DAY_START).
    expect(await totals()).toEqual({ [`quarter_revenue ${QUARTER}`]: '21000', [`month_earned ${MONTH}`]: '1000' });
  });

  it('takes a rejected conversion out of the totals and counts clawbacks, so later conversions see the room', async () => {
    const other = await createBrandFixture(api);
    const otherPartner = other.partners.conversion.id;
    await publishPlan(api, other.managerKey, TIERED_CAPPED_PLAN);
    const post = async (transactionId: string, amount: string, occurredAt: string, status?: string) => {
      const response = await api
        .http()
        .post('/v1/conversions')
        .set(...bearer(other.networkKey))
        .send({ transactionId, amount, currency: 'EUR', customerKey: transactionId, occurredAt, status });
      expect([200, 201]).toContain(response.status);
      return response.body.id as string;
    };
    const otherTotals = async () =>
      Object.fromEntries(
        (
          await api.query<{ measure: string; total_minor: string }>(
            'SELECT measure, total_minor FROM partner_running_totals WHERE partner_id = $1',
            [otherPartner],
          )
        ).map((row) => [row.measure, row.total_minor]),
      );
    const orders = [
      ['RT2-A', '100.00', at(10)],
      ['RT2-B', '100.00', at(11)],
      ['RT2-D', '50.00', at(13)],
    ] as const;
    await postClicksAndWait(
      api,
      other.networkKey,
      orders.map(([id, , at]) => ({
        partnerId: otherPartner,
        customerKey: id,
        occurredAt: new Date(Date.parse(at) - 30 * 60 * 1000).toISOString(),
      })),
    );
    await waitUntilCredited(api, await post('RT2-A', '100.00', orders[0][2]));
    await waitUntilCredited(api, await post('RT2-B', '100.00', orders[1][2]));
    // A 5.00; B 8.00 of which 5.00 paid and 3.00 capped (as above).
    expect(await otherTotals()).toEqual({ quarter_revenue: '20000', month_earned: '1000' });

    // B rejected: its 100.00 leaves the quarter, its pending 5.00 the month.
    await post('RT2-B', '100.00', orders[1][2], 'rejected');
    expect(await otherTotals()).toEqual({ quarter_revenue: '10000', month_earned: '500' });

    // D: 100.00 + 50.00 reaches 150.00 → 8 % of 50.00 = 4.00, and 5.00 + 4.00 fits the 10.00 cap.
    // (Had B still counted, the month would have been full and all 4.00 capped.)
    const d = await post('RT2-D', '50.00', orders[2][2]);
    await waitUntilCredited(api, d);
    const dEntries = await api.query<{ kind: string; amount_minor: string; tier_index: number | null }>(
      'SELECT kind, amount_minor, tier_index FROM commission_entries WHERE conversion_id = $1',
      [d],
    );
    expect(dEntries).toEqual([{ kind: 'cps', amount_minor: '400', tier_index: 0 }]);
    expect(await otherTotals()).toEqual({ quarter_revenue: '15000', month_earned: '900' });

    // Half of A refunded: its 5.00 is clawed back by 2.50, and the month holds 9.00 − 2.50 = 6.50.
    await api
      .http()
      .post('/v1/conversions/RT2-A/reversals')
      .set(...bearer(other.networkKey))
      .send({ amount: '50.00' })
      .expect(201);
    await eventually(async () => (await otherTotals()).month_earned === '650');
    expect(await otherTotals()).toEqual({ quarter_revenue: '15000', month_earned: '650' });
  });
});
