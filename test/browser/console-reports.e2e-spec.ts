import { readFile } from 'node:fs/promises';
import { type INestApplicationContext } from '@nestjs/common';
import { type Locator, type Page } from 'playwright-core';
import { type CalendarPeriod, DAY_MS, localDate, nextPeriod, periodOf, previousPeriod } from '#domain';
import { FeeAccrualService } from '#core/ledger/index.js';
import {
  bearer,
  type BrandFixture,
  type BrowserHarness,
  BROWSER_TEST_TIMEOUT_MS,
  closedPeriod,
  createBrandFixture,
  expectNoSeriousA11yViolations,
  type ListeningTestApi,
  openBrowserHarness,
  postClicksAndWait,
  publishPlan,
  saveScreenshot,
  signUpByInvite,
  startListeningTestApi,
  startTestWorker,
  testClock,
  type TestSession,
  waitUntilCredited,
} from '#testing';

const BERLIN = 'Europe/Berlin';
/** A test of this file: a worker starts and builds reports, axe reads a long page of charts; machines may be busy. */
const TEST_TIMEOUT_MS = 4 * BROWSER_TEST_TIMEOUT_MS;
/** The quarter reported on: the last one closed in Berlin (the brand's zone), "Q3" below. */
const QUARTER = closedPeriod('quarter');
/** The quarter before it ("Q2"), for the change on the previous quarter. */
const PREVIOUS = previousPeriod(QUARTER);
/** A quarter with nothing in it: the one before the previous. */
const EMPTY = previousPeriod(PREVIOUS);
const middleMonth = (quarter: CalendarPeriod): string => nextPeriod(periodOf(quarter.start, 'month', BERLIN)).key;
const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const FIRST_DAY = localDate(QUARTER.start, BERLIN);
const NEXT_FIRST_DAY = localDate(QUARTER.end, BERLIN);
const LAST_DAY = plusDays(NEXT_FIRST_DAY, -1);
/** "2026-Q3" → the start of its option's label, "Q3 2026 ". */
const optionName = (quarter: CalendarPeriod): RegExp => {
  const [year, q] = quarter.key.split('-');
  return new RegExp(`^${q} ${year} `);
};

/**
 * The manager's Reports page: asks for last quarter's partner-mix report, follows it from queued
 * to ready, reads hand-worked figures off the page, downloads the CSV; a quarter with nothing in it
 * says so. The quarter is test/e2e/partner-mix.e2e-spec.ts's (written there as 2026-Q3; its
 * figures are worked out there, the ones read here again below).
 *
 * Partners: A = Trail Talk Podcast (awareness), C = GearLab Reviews (consideration), K = DealDrop
 * Coupons (conversion), R = Summit Rewards (retention). Position-based 40/20/40.
 *   O1 new 100.00: A, C, K → 40.00, 20.00, 40.00    O2 50.00: A, K → 25.00, 25.00
 *   O3 new 80.00: K → 80.00                          O4 30.00: (K), R → 15.00, 15.00
 *   Q2: O9 new 40.00: A → 40.00.
 * By role: awareness 65.00 (25 %), consideration 20.00 (7.7 %), conversion 160.00 (61.5 %),
 * retention 15.00 (5.8 %) of 260.00. Commission 7.30 + 1.40 + 10.80 + 100.00 (R's flat fee) = 119.50.
 * Other spend 100.00 + 30.00: MER = 260.00 / 249.50 = 1.04. Last click gives K 230.00 and R 30.00
 * (over-valued), A and C nothing (under-valued).
 */
describe('browser: the console’s partner-mix reports', () => {
  let api: ListeningTestApi;
  let worker: INestApplicationContext | undefined;
  let brand: BrandFixture;
  let manager: TestSession;
  let harness: BrowserHarness;
  let page: Page;

  const at = (day: number, hour: number, month = middleMonth(QUARTER)): string =>
    `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

  /** A text as one line: how the page's blocks break it does not matter here. */
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
  /** The texts of a table row's data cells (its header cell, the name, left out). */
  const cellsOf = async (row: Locator): Promise<string[]> => {
    await row.waitFor();
    return (await row.locator('td').allInnerTexts()).map(squash);
  };

  beforeAll(async () => {
    api = await startListeningTestApi();
    brand = await createBrandFixture(api);
    worker = await startTestWorker();
    await publishPlan(api, brand.managerKey, {
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
      { transactionId: 'PM-1', amount: '100.00', customerKey: 'cust-1', newCustomer: true, occurredAt: at(3, 12) },
      { transactionId: 'PM-2', amount: '50.00', customerKey: 'cust-2', newCustomer: false, occurredAt: at(6, 12) },
      { transactionId: 'PM-3', amount: '80.00', customerKey: 'cust-3', newCustomer: true, occurredAt: at(10, 12) },
      { transactionId: 'PM-4', amount: '30.00', customerKey: 'cust-3', newCustomer: false, occurredAt: at(20, 12) },
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
    await worker.get(FeeAccrualService).accrueDay(brand.id, FIRST_DAY); // R's first month: 100.00
    await api
      .http()
      .put('/v1/partner-mix/target')
      .set(...bearer(brand.managerKey))
      .send({ awareness: 0.4, consideration: 0.2, conversion: 0.3, retention: 0.1 })
      .expect(200);
    for (const spend of [
      { channel: 'paid_social', periodStart: FIRST_DAY, periodEnd: LAST_DAY, amount: '100.00' },
      // 61 days, 30 of them in the quarter: 30.00 of it counts.
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
        .set(...bearer(brand.managerKey))
        .send({ ...spend, currency: 'EUR' })
        .expect(201);
    }
    // No worker while the report is asked for, so that the page is seen waiting for one.
    await worker.close();
    worker = undefined;
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
    harness = await openBrowserHarness(api);
    page = await harness.newPage(manager);
    // The page offers quarters by the browser's clock: the business clock's, on a run moved in time.
    if (Math.abs(testClock.now().getTime() - Date.now()) > 60_000) await page.clock.install({ time: testClock.now() });
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
    await worker?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(harness.pageErrors).toEqual([]);
  });

  it(
    'has no report at first, asks for last quarter’s and shows it queued until a worker builds it',
    async () => {
      await page.goto(`${api.baseUrl}/app/console/reports`);
      await page.getByRole('heading', { name: 'No reports yet' }).waitFor();
      // Last quarter is offered first.
      expect(await page.getByRole('combobox', { name: 'Quarter', exact: true }).inputValue()).toMatch(
        optionName(QUARTER),
      );
      await harness.checkAtBothSizes(page, 'reports-empty');

      await page.getByRole('button', { name: 'Request report' }).click();
      await page.waitForURL(/\/app\/console\/reports\/[0-9a-f-]{36}$/);
      // The run's queue is shared by every test file, so another file's worker may build the report
      // at once: the page is seen queued only while no worker has picked the job up.
      const queued = page.getByRole('status').filter({ hasText: `The report of ${QUARTER.key} is queued` });
      const built = page.getByRole('heading', { name: 'Mix by funnel role' });
      await queued.or(built).first().waitFor();
      if (await queued.isVisible()) {
        // The spinner never settles, so no waiting for transitions here: axe and a picture as it is.
        await expectNoSeriousA11yViolations(page, 'report-queued');
        await saveScreenshot(page, 'report-queued');
      }

      worker = await startTestWorker();
      // The page asks again on its own until the report is ready.
      await built.waitFor({ timeout: BROWSER_TEST_TIMEOUT_MS });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reads the hand-worked figures: GMV and share by role, the mix against target, MER and who last click misjudges',
    async () => {
      const byRole = page.getByRole('region', { name: 'Figures by funnel role', exact: true });
      // GMV, share, conversions, new customers, AOV, commission, CAC, cost of sale, repeat rate,
      // assisted, GMV vs last quarter.
      expect(await cellsOf(byRole.getByRole('row', { name: /^Awareness/ }))).toEqual([
        '€65.00',
        '25%',
        '0.9', // 2/5 + 1/2
        '0.4', // O1's 2/5
        '€72.22', // 65 / 0.9
        '€7.30', // 6.50 CPS + 0.80 bonus
        '€18.25', // 7.30 / 0.4
        '11.2%', // 7.30 / 65
        '0%',
        '2', // O1 and O2, closed by K
        '+62.5% from €40.00', // (65 − 40) / 40
      ]);
      expect((await cellsOf(byRole.getByRole('row', { name: /^Consideration/ }))).slice(0, 2)).toEqual([
        '€20.00',
        '7.7%',
      ]);
      expect((await cellsOf(byRole.getByRole('row', { name: /^Conversion/ }))).slice(0, 2)).toEqual([
        '€160.00',
        '61.5%',
      ]);
      expect((await cellsOf(byRole.getByRole('row', { name: /^Retention/ }))).slice(0, 2)).toEqual(['€15.00', '5.8%']);

      const mix = page.getByRole('list', { name: 'Mix by role' });
      expect((await mix.getByRole('listitem').allInnerTexts()).map(squash)).toEqual([
        'Awareness 25% (target 40%, 15 points under)',
        'Consideration 7.7% (target 20%, 12.3 points under)',
        'Conversion 61.5% (target 30%, 31.5 points over)',
        'Retention 5.8% (target 10%, 4.2 points under)',
      ]);

      const { awareness: A, consideration: C, conversion: K, retention: R } = brand.partners;
      await page
        .getByRole('alert')
        .filter({ hasText: `${K.name} and ${R.name} get more revenue by last click than by the settlement model` })
        .waitFor();
      await page
        .getByRole('alert')
        .filter({ hasText: `${A.name} and ${C.name} get less revenue by last click than by the settlement model` })
        .waitFor();
      const models = page.getByRole('region', { name: 'Revenue by model and partner', exact: true });
      // Last click, first click, linear, settlement, verdict.
      expect(await cellsOf(models.getByRole('row', { name: new RegExp(`^${K.name}`) }))).toEqual([
        '€230.00', // O1, O2, O3
        '€110.00', // O3, O4
        '€153.33',
        '€160.00',
        'Over-valued by last click',
      ]);

      expect(await page.getByRole('region', { name: 'MER', exact: true }).innerText()).toContain('1.04×');
      const spend = page.getByRole('region', { name: 'Spend behind MER', exact: true });
      expect(await cellsOf(spend.getByRole('row', { name: /^Partner commissions/ }))).toEqual(['€119.50']);
      expect(await cellsOf(spend.getByRole('row', { name: /^paid_social/ }))).toEqual(['€100.00']);
      expect(await cellsOf(spend.getByRole('row', { name: /^tv/ }))).toEqual(['€30.00']);
      expect(await cellsOf(spend.getByRole('row', { name: /^Total/ }))).toEqual(['€249.50']);

      await page.getByRole('heading', { name: 'Recommendations' }).waitFor();
      expect(await page.getByRole('listitem').filter({ hasText: 'Awareness earns 25.0 %' }).count()).toBe(1);
      await harness.checkAtBothSizes(page, 'report');

      await page.getByRole('tab', { name: /By partner \(4\)/ }).click();
      await page.waitForURL((url) => url.searchParams.get('by') === 'partner');
      const byPartner = page.getByRole('region', { name: 'Figures by partner', exact: true });
      expect((await cellsOf(byPartner.getByRole('row', { name: new RegExp(`^${R.name}`) }))).slice(0, 8)).toEqual([
        '€15.00',
        '5.8%',
        '0.5',
        '0',
        '€30.00',
        '€100.00', // the flat fee
        '—', // no new customers: no CAC
        '666.7%', // 100 / 15
      ]);
      await harness.check(page, 'report-by-partner');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'downloads the CSV with the session',
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`partner-mix-${QUARTER.key}.csv`);
      const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
      expect(lines[0]).toMatch(/^section,key,name,role,type,activePartners,clicks,impressions,/);
      // Awareness: 65.00, a share of 0.25.
      expect(lines.find((line) => line.startsWith('role,awareness,'))).toContain(',65.00,0.25,');
      const { conversion: K } = brand.partners;
      expect(lines.find((line) => line.startsWith(`partner,${K.id},${K.name},conversion,coupon,`))).toContain(
        ',160.00,0.6154,',
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lists the report as ready, and says so when a quarter had nothing in it',
    async () => {
      await page.getByRole('link', { name: 'All reports' }).click();
      const reports = page.getByRole('region', { name: 'Partner-mix reports', exact: true });
      await reports.getByRole('row', { name: new RegExp(`^${QUARTER.key} Ready`) }).waitFor();

      await page.getByRole('combobox', { name: 'Quarter', exact: true }).click();
      await page.getByRole('option', { name: optionName(EMPTY) }).click();
      await page.getByRole('button', { name: 'Request report' }).click();
      await page
        .getByRole('heading', { name: `Nothing happened in ${EMPTY.key}` })
        .waitFor({ timeout: BROWSER_TEST_TIMEOUT_MS });
      await harness.checkAtBothSizes(page, 'report-empty-quarter');

      await page.getByRole('link', { name: 'All reports' }).click();
      await reports.getByRole('row', { name: new RegExp(`^${EMPTY.key} Ready`) }).waitFor();
      await page.getByRole('combobox', { name: 'Show quarter' }).click();
      await page.getByRole('option', { name: optionName(QUARTER) }).click();
      await page.waitForURL((url) => url.searchParams.get('quarter') === QUARTER.key);
      await reports.getByRole('row', { name: new RegExp(`^${EMPTY.key}`) }).waitFor({ state: 'detached' });
      expect(await reports.locator('tbody tr').count()).toBe(1);
      await harness.checkAtBothSizes(page, 'reports-list');
    },
    TEST_TIMEOUT_MS,
  );
});
