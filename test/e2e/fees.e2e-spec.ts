import { type INestApplicationContext } from '@nestjs/common';
import { FeeAccrualService } from '#core/ledger/index.js';
import { HOUR_MS, nextPeriod, periodOf } from '#domain';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  inPeriod,
  isoDaysAgo,
  postClicksAndWait,
  startTestApi,
  startTestWorker,
  type TestApi,
  publishPlan,
  testClock,
} from '#testing';

/** CPC, CPM and flat fees accrue per partner per local day, exactly once, late data included. */
describe('time-based fees (CPC, CPM, flat fee)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  // The 2nd of the last month that is over in Berlin: more than three days back, so the worker's hourly
  // accrual of the last three completed days never accrues it, and within the 400 days a click may be
  // dated back. Not a 1st, on which the quarterly flat fee below would accrue too. Clocks change only on
  // last Sundays, so the 1st lasts 24 h and DAY starts 24 h after the month.
  const MONTH = closedPeriod('month');
  const DAY = `${MONTH.key}-02`;
  const DAY_START = inPeriod(MONTH, 1);
  /** An instant `hours` (and `seconds`) after the day's local midnight, as ISO. */
  const at = (hours: number, seconds = 0) =>
    new Date(DAY_START.getTime() + hours * HOUR_MS + seconds * 1000).toISOString();
  const fees = (partnerId: string) =>
    api.query<{ kind: string; amount_minor: string; occurred_at: Date }>(
      `SELECT kind, amount_minor, occurred_at FROM commission_entries
        WHERE partner_id = $1 AND conversion_id IS NULL ORDER BY kind, occurred_at, created_at`,
      [partnerId],
    );
  const postClicks = (partnerId: string, times: string[]) =>
    postClicksAndWait(
      api,
      brand.networkKey,
      times.map((occurredAt) => ({ partnerId, occurredAt })),
    );

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: isoDaysAgo(365), // in force on every day accrued below
      lookbackDays: 30,
      lockDays: 14,
      attribution: { model: 'last_click' },
      rules: [
        { role: 'consideration', cpc: { amount: '0.35' } },
        { role: 'awareness', cpm: { amount: '3.33' } },
        { role: 'retention', flatFee: { amount: '1000.00', period: 'quarter' } },
      ],
    });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('pays CPC for the valid clicks of the local day, and pays late clicks by a further entry', async () => {
    const partner = brand.partners.consideration.id;
    // DAY_START is the local midnight of DAY, read independently of the product's calendar code.
    const berlin = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Berlin',
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    expect(berlin.format(DAY_START)).toBe(`${DAY} 00:00:00`);
    // Three clicks inside the Berlin day (its first second, midday, its last second), one just before it
    // (23:59:59 local on the 1st) that does not count.
    await postClicks(partner, [at(0), at(12), at(24, -1), at(0, -1)]);
    const sut = worker.get(FeeAccrualService);
    await sut.accrueDay(brand.id, DAY);
    // 3 clicks × 0.35 = 1.05
    expect((await fees(partner)).map((row) => [row.kind, row.amount_minor])).toEqual([['cpc', '105']]);
    expect((await fees(partner))[0].occurred_at).toEqual(DAY_START);

    expect(await sut.accrueDay(brand.id, DAY)).toBe(0); // nothing new: nothing written

    await postClicks(partner, [at(18)]); // a late S2S click for that day (18:00 local)
    await sut.accrueDay(brand.id, DAY);
    // Total 4 × 0.35 = 1.40: a second entry of 0.35.
    expect((await fees(partner)).map((row) => [row.kind, row.amount_minor])).toEqual([
      ['cpc', '105'],
      ['cpc', '35'],
    ]);
  });

  it('pays CPM day by day so that the month adds up to the rounded total', async () => {
    const partner = brand.partners.awareness.id;
    // Two days of one month: the second day's accrual counts the first day's impressions.
    const secondDay = `${MONTH.key}-03`;
    for (const [date, count] of [
      [DAY, 1500],
      [secondDay, 1500],
    ] as const) {
      await api
        .http()
        .post('/v1/impressions')
        .set(...bearer(brand.networkKey))
        .send({ partnerId: partner, date, count })
        .expect(202);
    }
    const sut = worker.get(FeeAccrualService);
    await sut.accrueDay(brand.id, DAY);
    await sut.accrueDay(brand.id, secondDay);
    // 1,500 at 3.33/1000 = 4.995 → 5.00; 3,000 → 9.99, so the second day gets 9.99 − 5.00 = 4.99.
    expect((await fees(partner)).map((row) => [row.kind, row.amount_minor])).toEqual([
      ['cpm', '500'],
      ['cpm', '499'],
    ]);
  });

  it('accrues a quarterly flat fee on the first day of each month, a third each', async () => {
    const partner = brand.partners.retention.id;
    // The months of the current quarter (Berlin), the later ones perhaps still ahead: the worker's hourly
    // accrual of the last three completed days reaches the 1st of the current month (when run on the 2nd
    // to the 4th), and then writes the very entry accrued here (entries are keyed), never a fourth one.
    const first = periodOf(periodOf(testClock.now(), 'quarter', 'Europe/Berlin').start, 'month', 'Europe/Berlin');
    const [m1, m2, m3] = [first, nextPeriod(first), nextPeriod(nextPeriod(first))].map((month) => month.key);
    const sut = worker.get(FeeAccrualService);
    await sut.accrueDay(brand.id, `${m1}-01`);
    await sut.accrueDay(brand.id, `${m1}-02`); // not a first day: nothing
    await sut.accrueDay(brand.id, `${m2}-01`);
    await sut.accrueDay(brand.id, `${m3}-01`);
    // 1,000.00 over the quarter's three months: 333.34, 333.33, 333.33.
    expect((await fees(partner)).map((row) => row.amount_minor)).toEqual(['33334', '33333', '33333']);
  });
});
