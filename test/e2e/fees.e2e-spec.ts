import { type INestApplicationContext } from '@nestjs/common';
import { FeeAccrualService } from '#core/ledger/index.js';
import {
  bearer,
  type BrandFixture,
  createBrandFixture,
  postClicksAndWait,
  startTestApi,
  startTestWorker,
  type TestApi,
  publishPlan,
} from '#testing';

/** CPC, CPM and flat fees accrue per partner per local day, exactly once, late data included. */
describe('time-based fees (CPC, CPM, flat fee)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  const DAY = '2026-11-01'; // a Sunday; in Europe/Berlin (CET, +01:00) it runs 2026-10-31T23:00Z to 2026-11-01T23:00Z
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
      effectiveFrom: '2026-01-01T00:00:00+01:00',
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
    // Three clicks inside the Berlin day, one just before it (Oct 31, 23:59 local) that does not count.
    await postClicks(partner, [
      '2026-10-31T23:00:00Z',
      '2026-11-01T12:00:00Z',
      '2026-11-01T22:59:59Z',
      '2026-10-31T22:59:59Z',
    ]);
    const sut = worker.get(FeeAccrualService);
    await sut.accrueDay(brand.id, DAY);
    // 3 clicks × 0.35 = 1.05
    expect((await fees(partner)).map((row) => [row.kind, row.amount_minor])).toEqual([['cpc', '105']]);
    expect((await fees(partner))[0].occurred_at).toEqual(new Date('2026-10-31T23:00:00Z'));

    expect(await sut.accrueDay(brand.id, DAY)).toBe(0); // nothing new: nothing written

    await postClicks(partner, ['2026-11-01T18:00:00+01:00']); // a late S2S click for that day
    await sut.accrueDay(brand.id, DAY);
    // Total 4 × 0.35 = 1.40: a second entry of 0.35.
    expect((await fees(partner)).map((row) => [row.kind, row.amount_minor])).toEqual([
      ['cpc', '105'],
      ['cpc', '35'],
    ]);
  });

  it('pays CPM day by day so that the month adds up to the rounded total', async () => {
    const partner = brand.partners.awareness.id;
    for (const [date, count] of [
      ['2026-11-01', 1500],
      ['2026-11-02', 1500],
    ] as const) {
      await api
        .http()
        .post('/v1/impressions')
        .set(...bearer(brand.networkKey))
        .send({ partnerId: partner, date, count })
        .expect(202);
    }
    const sut = worker.get(FeeAccrualService);
    await sut.accrueDay(brand.id, '2026-11-01');
    await sut.accrueDay(brand.id, '2026-11-02');
    // 1,500 at 3.33/1000 = 4.995 → 5.00; 3,000 → 9.99, so the second day gets 9.99 − 5.00 = 4.99.
    expect((await fees(partner)).map((row) => [row.kind, row.amount_minor])).toEqual([
      ['cpm', '500'],
      ['cpm', '499'],
    ]);
  });

  it('accrues a quarterly flat fee on the first day of each month, a third each', async () => {
    const partner = brand.partners.retention.id;
    const sut = worker.get(FeeAccrualService);
    await sut.accrueDay(brand.id, '2026-10-01');
    await sut.accrueDay(brand.id, '2026-10-02'); // not a first day: nothing
    await sut.accrueDay(brand.id, '2026-11-01');
    await sut.accrueDay(brand.id, '2026-12-01');
    // 1,000.00 over Oct, Nov, Dec: 333.34, 333.33, 333.33.
    expect((await fees(partner)).map((row) => row.amount_minor)).toEqual(['33334', '33333', '33333']);
  });
});
