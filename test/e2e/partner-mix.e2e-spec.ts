import { type INestApplicationContext } from '@nestjs/common';
import { type CalendarPeriod, DAY_MS, localDate, nextPeriod, periodOf, previousPeriod } from '#domain';
import { FeeAccrualService } from '#core/ledger/index.js';
import { PartnerMixReportService } from '#core/reports/index.js';
import {
  bearer,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  eventually,
  openApiDocument,
  postClicksAndWait,
  publishPlan,
  resolveSchema,
  responseSchema,
  schemaMismatches,
  startTestApi,
  startTestWorker,
  type TestApi,
  waitUntilCredited,
} from '#testing';

const BERLIN = 'Europe/Berlin';
/** The quarter reported on: the last one closed in Berlin (Q3 below). */
const QUARTER = closedPeriod('quarter');
/** The quarter before it, for the comparison (Q2 below). */
const PREVIOUS = previousPeriod(QUARTER);
/** The quarter under way, which the scheduled job closes at its end (Q4 below). */
const CURRENT = nextPeriod(QUARTER);
/** The middle month of a quarter, "YYYY-MM": August for Q3. */
const middleMonth = (quarter: CalendarPeriod): string => nextPeriod(periodOf(quarter.start, 'month', BERLIN)).key;
/** A calendar date `days` after another, "YYYY-MM-DD" (date arithmetic, no time zone involved). */
const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** First and last day of the quarter, and the first day of the next (Jul 1, Sep 30, Oct 1 below). */
const FIRST_DAY = localDate(QUARTER.start, BERLIN);
const NEXT_FIRST_DAY = localDate(QUARTER.end, BERLIN);
const LAST_DAY = plusDays(NEXT_FIRST_DAY, -1);

/**
 * A seeded quarter (Europe/Berlin) small enough to work out every figure by hand. It is the last
 * closed quarter of the business clock; below it is written as if it were 2026-Q3: "Aug 3" is the
 * 3rd of its middle month, "Jul 1" its first day, "May 10" the 10th of the middle month of the
 * quarter before ("Q2"), and "Q4" the quarter under way. No figure depends on the months' lengths.
 *
 * Partners (one per role): A = Trail Talk Podcast (creator, awareness), C = GearLab Reviews
 * (review, consideration), K = DealDrop Coupons (coupon, conversion), R = Summit Rewards (loyalty,
 * retention). Settlement: position-based 40/20/40 (two touches: 1/2 each). Plan: awareness CPS
 * 10 %, consideration CPA 5.00, conversion CPS 5 %, retention flat fee 300.00 a quarter (100.00 a
 * month), 2.00 per new customer split by credit. Lookback 30 days.
 *
 * Q3 journeys (clicks at 10:00Z, orders at 12:00Z):
 *   O1 cust-1 new   100.00  A Aug 1, C Aug 2, K Aug 3 → 2/5, 1/5, 2/5 = 40.00, 20.00, 40.00
 *   O2 cust-2       50.00   A Aug 5, K Aug 6         → 1/2, 1/2     = 25.00, 25.00
 *   O3 cust-3 new   80.00   K Aug 10                 → 1            = 80.00
 *   O4 cust-3       30.00   (K Aug 10), R Aug 19     → 1/2, 1/2     = 15.00, 15.00 (ordered Aug 20)
 *   cust-5: A Aug 12, no order (a journey ending in null). A bot click of K on Aug 7 counts nowhere.
 * Q2: O9 cust-9 new 40.00, A May 10 → A 40.00 (CPS 4.00 + bonus 2.00).
 * Ledger Q3: A cps 4.00 + 2.50, bonus 0.80 = 7.30; C cpa 5.00 × 1/5 = 1.00, bonus 0.40 = 1.40;
 *   K cps 2.00 + 1.25 + 4.00 + 0.75 = 8.00, bonus 0.80 + 2.00 = 2.80, total 10.80; R flat fee 100.00.
 */
describe('partner-mix report', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let brand: BrandFixture;
  let other: BrandFixture;
  let report: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  let reportId: string;

  /** `hour`:00 UTC on a day of the quarter's middle month (or of another month): at(3, 10) is "Aug 3, 10:00Z". */
  const at = (day: number, hour: number, month = middleMonth(QUARTER)): string =>
    `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
  const manager = () => bearer(brand.managerKey);
  const waitUntilDone = async (id: string, key = brand.managerKey) =>
    eventually(async () => {
      const response = await api
        .http()
        .get(`/v1/reports/partner-mix/${id}`)
        .set(...bearer(key));
      return response.body.status === 'done' || response.body.status === 'failed' ? response.body : null;
    }, 60);

  beforeAll(async () => {
    api = await startTestApi();
    brand = await createBrandFixture(api);
    other = await createBrandFixture(api);
    worker = await startTestWorker();
    await publishPlan(api, brand.managerKey, {
      // In force since the start of the previous quarter: before every event of both quarters.
      effectiveFrom: PREVIOUS.start.toISOString(),
      lookbackDays: 30,
      lockDays: 30,
      attribution: { model: 'position_based' },
      rules: [
        { role: 'awareness', cps: { rateBps: 1000 } },
        { role: 'consideration', cpa: { amount: '5.00' } },
        { role: 'conversion', cps: { rateBps: 500 } },
        { role: 'retention', flatFee: { amount: '300.00', period: 'quarter' } },
      ],
      newCustomerBonus: { amount: '2.00' },
    });
    const { awareness: A, consideration: C, conversion: K, retention: R } = brand.partners;
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId: A.id, customerKey: 'cust-9', occurredAt: at(10, 10, middleMonth(PREVIOUS)) },
      { partnerId: A.id, customerKey: 'cust-1', occurredAt: at(1, 10) },
      { partnerId: C.id, customerKey: 'cust-1', occurredAt: at(2, 10) },
      { partnerId: K.id, customerKey: 'cust-1', occurredAt: at(3, 10) },
      { partnerId: A.id, customerKey: 'cust-2', occurredAt: at(5, 10) },
      { partnerId: K.id, customerKey: 'cust-2', occurredAt: at(6, 10) },
      { partnerId: K.id, customerKey: 'cust-4', occurredAt: at(7, 10), userAgent: 'Googlebot/2.1' },
      { partnerId: K.id, customerKey: 'cust-3', occurredAt: at(10, 10) },
      { partnerId: A.id, customerKey: 'cust-5', occurredAt: at(12, 10) },
      { partnerId: R.id, customerKey: 'cust-3', occurredAt: at(19, 10) },
    ]);
    const orders = [
      {
        transactionId: 'PM-9',
        amount: '40.00',
        customerKey: 'cust-9',
        newCustomer: true,
        occurredAt: at(10, 12, middleMonth(PREVIOUS)),
      },
      {
        transactionId: 'PM-1',
        amount: '100.00',
        customerKey: 'cust-1',
        newCustomer: true,
        occurredAt: at(3, 12),
      },
      {
        transactionId: 'PM-2',
        amount: '50.00',
        customerKey: 'cust-2',
        newCustomer: false,
        occurredAt: at(6, 12),
      },
      { transactionId: 'PM-3', amount: '80.00', customerKey: 'cust-3', newCustomer: true, occurredAt: at(10, 12) },
      {
        transactionId: 'PM-4',
        amount: '30.00',
        customerKey: 'cust-3',
        newCustomer: false,
        occurredAt: at(20, 12),
      },
    ];
    // One at a time: each is credited before the next, as the journeys were lived.
    for (const order of orders) {
      const response = await api
        .http()
        .post('/v1/conversions')
        .set(...bearer(brand.networkKey))
        .send({ ...order, currency: 'EUR' })
        .expect(201);
      await waitUntilCredited(api, response.body.id);
    }
    await worker.get(FeeAccrualService).accrueDay(brand.id, FIRST_DAY); // R's July flat fee
    await api
      .http()
      .post('/v1/impressions')
      .set(...bearer(brand.networkKey))
      .send({ partnerId: A.id, date: `${middleMonth(QUARTER)}-01`, count: 5000 }) // Aug 1
      .expect(202);
    await api
      .http()
      .put('/v1/partner-mix/target')
      .set(...manager())
      .send({ awareness: 0.4, consideration: 0.2, conversion: 0.3, retention: 0.1 })
      .expect(200);
    for (const spend of [
      { channel: 'paid_social', periodStart: FIRST_DAY, periodEnd: LAST_DAY, amount: '100.00' }, // all of Q3
      // Q3's last 30 days and Q4's first 31 (as Sep 1 – Oct 31) are 61 days, 30 of them in Q3: 61.00 × 30 / 61 = 30.00.
      {
        channel: 'tv',
        periodStart: plusDays(NEXT_FIRST_DAY, -30),
        periodEnd: plusDays(NEXT_FIRST_DAY, 30),
        amount: '61.00',
      },
    ]) {
      await api
        .http()
        .post('/v1/spend')
        .set(...manager())
        .send({ ...spend, currency: 'EUR' })
        .expect(201);
    }

    const requested = await api
      .http()
      .post('/v1/reports/partner-mix')
      .set(...manager())
      .send({ quarter: QUARTER.key })
      .expect(202);
    expect(requested.body).toEqual({ id: expect.any(String), status: 'queued', quarter: QUARTER.key });
    reportId = requested.body.id;
    report = await waitUntilDone(reportId);
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const names = () => ({
    A: brand.partners.awareness.name,
    C: brand.partners.consideration.name,
    K: brand.partners.conversion.name,
    R: brand.partners.retention.name,
  });

  it('is built by the worker for the quarter asked', () => {
    expect(report).toMatchObject({
      id: reportId,
      status: 'done',
      quarter: QUARTER.key,
      previousQuarter: PREVIOUS.key,
      trigger: 'on_demand',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      // Midnights in Berlin: 22:00Z on summer time (+02:00, as at both ends of Q3), 23:00Z in winter.
      period: { start: QUARTER.start.toISOString(), end: QUARTER.end.toISOString() },
    });
  });

  it('totals the quarter', () => {
    // 100 + 50 + 80 + 30 = 260.00; cost 7.30 + 1.40 + 10.80 + 100.00 = 119.50; new customers 1 (O1) + 1 (O3).
    expect(report.totals).toEqual({
      conversions: 4,
      attributedConversions: 4,
      revenue: '260.00',
      refunded: '0.00',
      attributedRevenue: '260.00',
      commissionCost: '119.50',
      newCustomers: 2,
    });
  });

  it('gives every figure per partner, worked out by hand', () => {
    const none = { cps: '0.00', cpa: '0.00', newCustomerBonus: '0.00', cpc: '0.00', cpm: '0.00', flatFee: '0.00' };
    const noPrevious = {
      previousQuarter: { attributedRevenue: '0.00', attributedConversions: 0, clicks: 0, commissionCost: '0.00' },
      changePercent: { attributedRevenue: null, attributedConversions: null, clicks: null, commissionCost: null },
    };
    const { awareness: A, consideration: C, conversion: K, retention: R } = brand.partners;
    const partner = (p: typeof A) => ({ partnerId: p.id, name: p.name, role: p.role, type: p.type });
    // In order of attributed revenue: K 160.00, A 65.00, C 20.00, R 15.00 (of 260.00).
    expect(report.byPartner).toEqual([
      {
        ...partner(K),
        activePartners: 1,
        clicks: 3, // Aug 3, 6, 10; the bot's click is not creditable
        impressions: 0,
        conversionsTouched: 4,
        attributedConversions: 2.4, // 2/5 + 1/2 + 1 + 1/2
        attributedRevenue: '160.00', // 40 + 25 + 80 + 15
        revenueShare: 0.6154, // 160 / 260
        newCustomers: 1.4, // O1 2/5 + O3 1
        aov: '66.67', // 160 / 2.4
        commission: { ...none, cps: '8.00', newCustomerBonus: '2.80', total: '10.80' },
        costOfSale: 0.0675, // 10.80 / 160
        cac: '7.71', // 10.80 / 1.4 = 7.714
        customersBrought: 2, // cust-1 (O1), cust-3 (O3)
        repeatPurchaseRate: 0.5, // cust-3 ordered again (O4)
        assistedConversions: 1, // O4, where R has the last touch
        ...noPrevious,
      },
      {
        ...partner(A),
        activePartners: 1,
        clicks: 3, // Aug 1, 5, 12
        impressions: 5000,
        conversionsTouched: 2,
        attributedConversions: 0.9, // 2/5 + 1/2
        attributedRevenue: '65.00',
        revenueShare: 0.25,
        newCustomers: 0.4,
        aov: '72.22', // 65 / 0.9
        commission: { ...none, cps: '6.50', newCustomerBonus: '0.80', total: '7.30' },
        costOfSale: 0.1123, // 7.30 / 65
        cac: '18.25', // 7.30 / 0.4
        customersBrought: 1,
        repeatPurchaseRate: 0,
        assistedConversions: 2, // K closed both
        // Q2: O9, 40.00 on one click, cost 4.00 + 2.00.
        previousQuarter: { attributedRevenue: '40.00', attributedConversions: 1, clicks: 1, commissionCost: '6.00' },
        // (65 − 40) / 40 = 62.5 %; (0.9 − 1) / 1 = −10 %; (3 − 1) / 1 = 200 %; (7.30 − 6.00) / 6.00 = 21.7 %
        changePercent: { attributedRevenue: 62.5, attributedConversions: -10, clicks: 200, commissionCost: 21.7 },
      },
      {
        ...partner(C),
        activePartners: 1,
        clicks: 1,
        impressions: 0,
        conversionsTouched: 1,
        attributedConversions: 0.2,
        attributedRevenue: '20.00',
        revenueShare: 0.0769, // 20 / 260
        newCustomers: 0.2,
        aov: '100.00', // 20 / 0.2
        commission: { ...none, cpa: '1.00', newCustomerBonus: '0.40', total: '1.40' },
        costOfSale: 0.07,
        cac: '7.00', // 1.40 / 0.2
        customersBrought: 1,
        repeatPurchaseRate: 0,
        assistedConversions: 1,
        ...noPrevious,
      },
      {
        ...partner(R),
        activePartners: 1,
        clicks: 1,
        impressions: 0,
        conversionsTouched: 1,
        attributedConversions: 0.5,
        attributedRevenue: '15.00',
        revenueShare: 0.0577, // 15 / 260
        newCustomers: 0,
        aov: '30.00', // 15 / 0.5
        commission: { ...none, flatFee: '100.00', total: '100.00' },
        costOfSale: 6.6667, // 100 / 15
        cac: null, // no new customers
        customersBrought: 0,
        repeatPurchaseRate: null,
        assistedConversions: 0,
        ...noPrevious,
      },
    ]);
  });

  it('gives the same figures per role and per type (one partner each here)', () => {
    const strip = ({ partnerId: _id, name: _name, role, type, ...figures }: Record<string, unknown>) => ({
      role,
      type,
      figures,
    });
    const byPartner = new Map(report.byPartner.map((row: Record<string, unknown>) => [row.role, strip(row)]));
    expect(report.byRole.map((row: Record<string, unknown>) => row.role)).toEqual([
      'awareness',
      'consideration',
      'conversion',
      'retention',
    ]);
    for (const { role, ...figures } of report.byRole) {
      expect(figures).toEqual((byPartner.get(role) as { figures: unknown }).figures);
    }
    expect(report.byType.map((row: Record<string, unknown>) => row.type)).toEqual([
      'coupon',
      'creator',
      'loyalty',
      'review',
    ]);
    for (const { type, ...figures } of report.byType) {
      const row = [...byPartner.values()].find((item) => (item as { type: string }).type === type) as {
        figures: unknown;
      };
      expect(figures).toEqual(row.figures);
    }
  });

  it('sets the role mix against the target, gaps in points', () => {
    expect(report.target).toEqual({
      set: true,
      roles: [
        { role: 'awareness', target: 0.4, actual: 0.25, gapPoints: -15 },
        { role: 'consideration', target: 0.2, actual: 0.0769, gapPoints: -12.3 }, // 7.69 − 20
        { role: 'conversion', target: 0.3, actual: 0.6154, gapPoints: 31.5 }, // 61.54 − 30
        { role: 'retention', target: 0.1, actual: 0.0577, gapPoints: -4.2 }, // 5.77 − 10
      ],
    });
  });

  it('computes MER with the other spend', () => {
    // Other spend 100.00 + 30.00; total spend 130.00 + 119.50 = 249.50; MER 260 / 249.5 = 1.042.
    expect(report.mer).toEqual({
      totalRevenue: '260.00',
      affiliateCost: '119.50',
      otherSpend: '130.00',
      otherSpendByChannel: [
        { channel: 'paid_social', amount: '100.00' },
        { channel: 'tv', amount: '30.00' },
      ],
      totalSpend: '249.50',
      mer: 1.04,
      affiliateShareOfSpend: 0.479, // 119.5 / 249.5 = 0.47896
    });
  });

  it('compares last click, first click and linear with the settlement model', () => {
    const { A, C, K, R } = names();
    // Last click: O1, O2, O3 → K (230.00), O4 → R (30.00). First click: O1, O2 → A (150.00), O3, O4 → K.
    // Linear: O1 33.33 each, O2 25 each, O3 80 to K, O4 15 each.
    const row = (lastClick: string, firstClick: string, linear: string, settlement: string, verdict: string) => ({
      lastClick,
      firstClick,
      linear,
      settlement,
      lastClickVerdict: verdict,
    });
    expect(report.modelComparison.settlementModel).toBe('position_based');
    expect(report.modelComparison.byRole).toEqual([
      { role: 'awareness', ...row('0.00', '150.00', '58.33', '65.00', 'under_valued') },
      { role: 'consideration', ...row('0.00', '0.00', '33.33', '20.00', 'under_valued') },
      { role: 'conversion', ...row('230.00', '110.00', '153.33', '160.00', 'over_valued') }, // 230 ≥ 1.2 × 160
      { role: 'retention', ...row('30.00', '0.00', '15.00', '15.00', 'over_valued') },
    ]);
    expect(
      report.modelComparison.byPartner.map((r: Record<string, unknown>) => [r.name, r.lastClick, r.settlement]),
    ).toEqual([
      [K, '230.00', '160.00'],
      [A, '0.00', '65.00'],
      [C, '0.00', '20.00'],
      [R, '30.00', '15.00'],
    ]);
    expect(report.modelComparison.overValuedByLastClick).toEqual([K, R]);
    expect(report.modelComparison.underValuedByLastClick).toEqual([A, C]);
  });

  it('shares conversions by Shapley values per role, exactly', () => {
    // Coalitions: {awa, con, cnv} 100.00; {awa, cnv} 50.00; {cnv} 80.00; {cnv, ret} 30.00. With this
    // worth each journey is shared equally by its roles: awareness 33.33 + 25 = 58.33, consideration
    // 33.33, conversion 33.33 + 25 + 80 + 15 = 153.33, retention 15.00.
    expect(report.dataDriven.shapley).toMatchObject({ byRoleMethod: 'exact', byTypeMethod: 'exact' });
    expect(report.dataDriven.shapley.byRole).toEqual([
      { role: 'awareness', conversions: 0.8333, revenue: '58.33', share: 0.2244 },
      { role: 'consideration', conversions: 0.3333, revenue: '33.33', share: 0.1282 },
      { role: 'conversion', conversions: 2.3333, revenue: '153.33', share: 0.5897 },
      { role: 'retention', conversions: 0.5, revenue: '15.00', share: 0.0577 },
    ]);
    expect(
      report.dataDriven.shapley.byType.map((row: { type: string; revenue: string }) => [row.type, row.revenue]),
    ).toEqual([
      ['coupon', '153.33'],
      ['creator', '58.33'],
      ['loyalty', '15.00'],
      ['review', '33.33'],
    ]);
  });

  it('attributes by Markov removal effects over converting and non-converting journeys', () => {
    // start→awa 3 (O1, O2, cust-5), start→cnv 2; awa→con 1, awa→cnv 1, awa→null 1; con→cnv 1;
    // cnv→conversion 3, cnv→ret 1; ret→conversion 1. p(start) = 3/5 · 2/3 + 2/5 · 1 = 4/5.
    // Without awareness 2/5 (effect 1/2), consideration 3/5 (1/4), conversion 0 (1), retention 3/5 (1/4).
    // Shares of the sum 2: 1/4, 1/8, 1/2, 1/8; × 4 conversions and × 260.00.
    expect(report.dataDriven.markov).toEqual({
      method: 'first-order Markov chain, removal effect',
      lookbackDays: 30,
      journeys: { converting: 4, nonConverting: 1 },
      conversionProbability: 0.8,
      byRole: [
        { role: 'awareness', removalEffect: 0.5, share: 0.25, conversions: 1, revenue: '65.00' },
        { role: 'consideration', removalEffect: 0.25, share: 0.125, conversions: 0.5, revenue: '32.50' },
        { role: 'conversion', removalEffect: 1, share: 0.5, conversions: 2, revenue: '130.00' },
        { role: 'retention', removalEffect: 0.25, share: 0.125, conversions: 0.5, revenue: '32.50' },
      ],
      byType: [
        { type: 'coupon', removalEffect: 1, share: 0.5, conversions: 2, revenue: '130.00' },
        { type: 'creator', removalEffect: 0.5, share: 0.25, conversions: 1, revenue: '65.00' },
        { type: 'loyalty', removalEffect: 0.25, share: 0.125, conversions: 0.5, revenue: '32.50' },
        { type: 'review', removalEffect: 0.25, share: 0.125, conversions: 0.5, revenue: '32.50' },
      ],
    });
  });

  it('recommends, naming the figures', () => {
    const { A, C, R } = names();
    // Average CAC 119.50 / 2 = 59.75. Awareness and consideration are under target and cheaper:
    // raise or recruit. Conversion is over target but cheaper than average: nothing. Partners: K's
    // 230 vs 160 is under 1.5×; A and C get nothing by last click; R gets 2× by last click.
    expect(report.recommendations).toEqual([
      'Awareness earns 25.0 % of attributed revenue against a 40.0 % target (15.0 points under), at a CAC of 18.25 EUR against 59.75 EUR on average: raise its rate or recruit more awareness partners.',
      'Consideration earns 7.7 % of attributed revenue against a 20.0 % target (12.3 points under), at a CAC of 7.00 EUR against 59.75 EUR on average: raise its rate or recruit more consideration partners.',
      `${A} gets 65.00 EUR of revenue by multi-touch credit but only 0.00 EUR by last click: last click under-values it; pay it on multi-touch credit.`,
      `${C} gets 20.00 EUR of revenue by multi-touch credit but only 0.00 EUR by last click: last click under-values it; pay it on multi-touch credit.`,
      `${R} gets 30.00 EUR of revenue by last click but 15.00 EUR by multi-touch credit (2.0×): review its rate, last click over-values it.`,
    ]);
  });

  it('answers CSV: one row per role, type and partner, then totals, MER and the rest', async () => {
    const response = await api
      .http()
      .get(`/v1/reports/partner-mix/${reportId}?format=csv`)
      .set(...manager())
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trim().split('\n');
    expect(lines[0]).toMatch(/^section,key,name,role,type,activePartners,clicks,impressions,/);
    const awareness = lines.find((line) => line.startsWith('role,awareness,'));
    expect(awareness).toContain(',65.00,0.25,');
    // 37 columns: section, key, 34 empty ones, value.
    expect(lines).toContain(['mer', 'mer', ...new Array<string>(34).fill(''), '1.04'].join(','));
    expect(lines.filter((line) => line.startsWith('partner,'))).toHaveLength(4);
    expect(lines.filter((line) => line.startsWith('recommendation,'))).toHaveLength(5);
  });

  it('has exactly the fields /docs declares: the report’s state and every figure', async () => {
    const document = await openApiDocument(api);
    const schema = resolveSchema(document, responseSchema(document, 'get', '/v1/reports/partner-mix/{id}') ?? {});
    // Every declared field but `error`, which only a failed report has.
    expect(Object.keys(report).sort()).toEqual(
      Object.keys(schema.properties ?? {})
        .filter((field) => field !== 'error')
        .sort(),
    );
    expect(schemaMismatches(document, schema, report)).toEqual([]);
    const list = await api
      .http()
      .get('/v1/reports/partner-mix')
      .set(...manager())
      .expect(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(
      schemaMismatches(document, responseSchema(document, 'get', '/v1/reports/partner-mix') ?? {}, list.body),
    ).toEqual([]);
  });

  it('is another brand’s secret: 404 for its manager, and lists only the brand’s own reports', async () => {
    await api
      .http()
      .get(`/v1/reports/partner-mix/${reportId}`)
      .set(...bearer(other.managerKey))
      .expect(404);
    const list = await api
      .http()
      .get('/v1/reports/partner-mix')
      .set(...bearer(other.managerKey))
      .expect(200);
    expect(list.body).toEqual({ data: [], nextCursor: null });
    const mine = await api
      .http()
      .get(`/v1/reports/partner-mix?quarter=${QUARTER.key}`)
      .set(...manager())
      .expect(200);
    expect(mine.body.data.map((row: { id: string }) => row.id)).toEqual([reportId]);
    expect(mine.body.data[0].byRole).toBeUndefined(); // lists carry no figures
    // The other brand's target and spend are its own.
    await api
      .http()
      .get('/v1/partner-mix/target')
      .set(...bearer(other.managerKey))
      .expect(404);
    const spend = await api
      .http()
      .get('/v1/spend')
      .set(...bearer(other.managerKey))
      .expect(200);
    expect(spend.body.data).toEqual([]);
    // A partner key may not read reports at all.
    await api
      .http()
      .get(`/v1/reports/partner-mix/${reportId}`)
      .set(...bearer(brand.partnerKey))
      .expect(403);
  });

  it('refuses what cannot be right, naming the field', async () => {
    const put = await api
      .http()
      .put('/v1/partner-mix/target')
      .set(...manager())
      .send({ awareness: 0.5, consideration: 0.3, conversion: 0.3, retention: 0.1 })
      .expect(400);
    expect(put.body.error.details).toEqual([
      { field: 'target', message: 'the four shares must sum to 1; they sum to 1.2' },
    ]);
    await api
      .http()
      .put('/v1/partner-mix/target')
      .set(...manager())
      .send({ awareness: 1 })
      .expect(400);
    const spend = await api
      .http()
      .post('/v1/spend')
      .set(...manager())
      .send({ channel: 'tv', periodStart: NEXT_FIRST_DAY, periodEnd: LAST_DAY, amount: '1.001', currency: 'USD' })
      .expect(400);
    expect(spend.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'amount',
      'currency',
      'periodEnd',
    ]);
    const future = await api
      .http()
      .post('/v1/reports/partner-mix')
      .set(...manager())
      .send({ quarter: nextPeriod(CURRENT).key }) // has not started yet
      .expect(400);
    expect(future.body.error.details[0].field).toBe('quarter');
    await api
      .http()
      .post('/v1/reports/partner-mix')
      .set(...manager())
      .send({ quarter: '2026-Q5' })
      .expect(400);
    await api
      .http()
      .get('/v1/reports/partner-mix/not-an-id')
      .set(...manager())
      .expect(404);
  });

  it('schedules one report per brand when its quarter closes, through the same job', async () => {
    const sut = worker.get(PartnerMixReportService);
    // Just after midnight in Berlin ending Q4 (00:30 on Jan 1), Q4 has closed for this brand.
    const afterClose = new Date(CURRENT.end.getTime() + 30 * 60_000);
    expect(await sut.closeQuarters(afterClose, [brand.id])).toBe(1);
    expect(await sut.closeQuarters(afterClose, [brand.id])).toBe(0); // once per brand and quarter
    // Before it closes (23:30 on Dec 31 in Berlin) the last closed quarter is Q3, ended before the brand existed.
    expect(await sut.closeQuarters(new Date(CURRENT.end.getTime() - 30 * 60_000), [other.id])).toBe(0);
    const [row] = await api.query<{ id: string }>(
      `SELECT id FROM partner_mix_reports WHERE brand_id = $1 AND quarter = $2 AND trigger = 'scheduled'`,
      [brand.id, CURRENT.key],
    );
    const scheduled = await waitUntilDone(row.id);
    expect(scheduled).toMatchObject({
      status: 'done',
      quarter: CURRENT.key,
      trigger: 'scheduled',
      previousQuarter: QUARTER.key,
    });
    const document = await openApiDocument(api);
    const schema = responseSchema(document, 'get', '/v1/reports/partner-mix/{id}') ?? {};
    expect(schemaMismatches(document, schema, scheduled)).toEqual([]); // empty groups: nulls where declared
    // Q4 has no activity; Q3 is now the previous quarter.
    expect(
      scheduled.byPartner.find((p: { partnerId: string }) => p.partnerId === brand.partners.conversion.id),
    ).toMatchObject({
      attributedRevenue: '0.00',
      previousQuarter: { attributedRevenue: '160.00', attributedConversions: 2.4, clicks: 3, commissionCost: '10.80' },
      changePercent: { attributedRevenue: -100, attributedConversions: -100, clicks: -100, commissionCost: -100 },
    });
  });
});
