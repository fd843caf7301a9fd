import { type INestApplicationContext } from '@nestjs/common';
import { type Page } from 'playwright-core';
import { DAY_MS, localDate, previousPeriod } from '#domain';
import {
  bearer,
  type BrandFixture,
  BROWSER_TEST_TIMEOUT_MS,
  type BrowserHarness,
  closedPeriod,
  createBrandFixture,
  type ListeningTestApi,
  openBrowserHarness,
  postClicksAndWait,
  publishPlan,
  signUpByInvite,
  startListeningTestApi,
  startTestWorker,
  type TestSession,
  waitUntilCredited,
} from '#testing';

const BERLIN = 'Europe/Berlin';
/** Last month in Berlin ("November" below), the period chosen on the page. */
const MONTH = closedPeriod('month');
/** A day of last month, "YYYY-MM-DD". */
const day = (n: number): string => `${MONTH.key}-${String(n).padStart(2, '0')}`;
/** Ten days before last month began ("Oct 22"): inside the period of the same length before it, whatever its length. */
const BEFORE = new Date(Date.parse(`${localDate(MONTH.start, BERLIN)}T00:00:00Z`) - 10 * DAY_MS)
  .toISOString()
  .slice(0, 10);
/** The month's name as the page writes it ("November 2026"). */
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${day(1)}T12:00:00Z`),
);

/**
 * A manager reads the console's overview in the browser. The brand (Europe/Berlin, EUR) pays
 * awareness CPS 10 %, consideration CPA 5.00, conversion CPS 5 %, position-based (two touches:
 * 1/2 each), lock 0 days; its target mix is 40 / 20 / 30 / 10 %.
 *
 * Before November (Oct 22): K clicks (cust-3), cust-3's first order 80.00 → K 80.00, CPS 4.00.
 * November: A clicks Nov 5, K Nov 6 (cust-1); cust-1's first order 100.00 Nov 6 → A 50.00 (5.00),
 *   K 50.00 (2.50); C clicks Nov 7 (cust-2), cust-2 orders 40.00 → C 40.00 (CPA 5.00); an order of
 *   60.00 with a click id nobody has waits in review.
 * This month: one click of A (now).
 *
 * Last month against the same number of days before it:
 *   attributed revenue 140.00 vs 80.00 +75 %; conversions 2 vs 1 +100 %; clicks 3 vs 1 +200 %;
 *   commission 12.50 vs 4.00 +212.5 % (bad news); cost of sale 12.50 / 140.00 = 8.9 % vs 5 %:
 *   +78.6 % (bad news); MER 200.00 / 12.50 = 16× vs 80.00 / 4.00 = 20×: −20 %; new customers
 *   1 vs 1; active partners 3 vs 1 +200 %.
 * To do: 1 conversion in review, 1 application waiting, 3 statements to issue for November (A, C, K).
 */
describe('browser: the console overview', () => {
  let api: ListeningTestApi;
  let worker: INestApplicationContext;
  let harness: BrowserHarness;
  let brand: BrandFixture;
  let manager: TestSession;
  let page: Page;

  /** A stat card's text: its label, figure and change line. */
  const card = (label: string) => page.getByRole('region', { name: label, exact: true });
  /** Polls until a stat card reads `value` and `change` (any change line when none is given). */
  async function expectCard(label: string, value: string, change?: string): Promise<void> {
    const fits = (text: string | null) =>
      change === undefined ? Boolean(text?.startsWith(`${label}${value}`)) : text === `${label}${value}${change}`;
    const deadline = Date.now() + 10_000;
    let text = await card(label).textContent();
    while (!fits(text) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      text = await card(label).textContent();
    }
    expect(change === undefined ? text?.slice(0, `${label}${value}`.length) : text).toBe(
      change === undefined ? `${label}${value}` : `${label}${value}${change}`,
    );
  }

  beforeAll(async () => {
    api = await startListeningTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api, { name: 'Summit Outfitters' });
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: previousPeriod(MONTH).start.toISOString(),
      lookbackDays: 30,
      lockDays: 0,
      attribution: { model: 'position_based' },
      rules: [
        { role: 'awareness', cps: { rateBps: 1000 } },
        { role: 'consideration', cpa: { amount: '5.00' } },
        { role: 'conversion', cps: { rateBps: 500 } },
      ],
    });
    const { awareness: A, consideration: C, conversion: K } = brand.partners;
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId: K.id, customerKey: 'cust-3', occurredAt: `${BEFORE}T10:00:00Z` },
      { partnerId: A.id, customerKey: 'cust-1', occurredAt: `${day(5)}T10:00:00Z` },
      { partnerId: K.id, customerKey: 'cust-1', occurredAt: `${day(6)}T10:00:00Z` },
      { partnerId: C.id, customerKey: 'cust-2', occurredAt: `${day(7)}T10:00:00Z` },
      { partnerId: A.id, customerKey: 'cust-9' }, // now: this month
    ]);
    for (const order of [
      {
        transactionId: 'B-4',
        amount: '80.00',
        customerKey: 'cust-3',
        newCustomer: true,
        occurredAt: `${BEFORE}T12:00:00Z`,
      },
      {
        transactionId: 'B-1',
        amount: '100.00',
        customerKey: 'cust-1',
        newCustomer: true,
        occurredAt: `${day(6)}T12:00:00Z`,
      },
      {
        transactionId: 'B-2',
        amount: '40.00',
        customerKey: 'cust-2',
        newCustomer: false,
        occurredAt: `${day(7)}T12:00:00Z`,
      },
      {
        transactionId: 'B-3',
        amount: '60.00',
        clickId: '01930000-0000-7000-8000-0000000000ff',
        occurredAt: `${day(8)}T12:00:00Z`,
      },
    ]) {
      const response = await api
        .http()
        .post('/v1/conversions')
        .set(...bearer(brand.networkKey))
        .send({ ...order, currency: 'EUR' })
        .expect(201);
      await waitUntilCredited(api, response.body.id);
    }
    await api
      .http()
      .put('/v1/partner-mix/target')
      .set(...bearer(brand.managerKey))
      .send({ awareness: 0.4, consideration: 0.2, conversion: 0.3, retention: 0.1 })
      .expect(200);
    const { slug } = (
      await api
        .http()
        .get(`/v1/brands/${brand.id}`)
        .set(...bearer(brand.managerKey))
    ).body;
    await api
      .http()
      .post(`/v1/public/brands/${slug}/applications`)
      .send({ name: 'Bike Blog', email: 'hello@bikeblog.example', type: 'content' })
      .expect(201);
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager', name: 'Maria Manager' });
    harness = await openBrowserHarness(api);
    page = await harness.newPage(manager);
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await harness?.close();
    await worker?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(harness.pageErrors).toEqual([]);
  });

  it(
    'opens on this month so far, with the click made today',
    async () => {
      await page.goto(`${api.baseUrl}/app/console`);
      await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
      // Its change depends on the day of the month: the days before may reach into November's traffic.
      await expectCard('Clicks', '1');
      await harness.check(page, 'overview-this-month');
    },
    // The console's first load, its charts' chunk and axe.
    2 * BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'reads last month against the days before it: each figure, its change and the to-do counts',
    async () => {
      await page.getByRole('combobox', { name: 'Period' }).click();
      await page.getByRole('option', { name: 'Last month' }).click();
      await page.waitForURL((url) => url.searchParams.get('period') === 'last_month');
      await expectCard('Attributed revenue', '€140.00', '+75% on the period before');
      await expectCard('Conversions', '2', '+100% on the period before');
      await expectCard('Clicks', '3', '+200% on the period before');
      await expectCard('Commission cost', '€12.50', '+212.5% on the period before');
      await expectCard('Cost of sale', '8.9%', '+78.6% on the period before');
      await expectCard('MER', '16×', '-20% on the period before');
      await expectCard('New customers', '1', 'No change on the period before');
      await expectCard('Active partners', '3', '+200% on the period before');

      // The mix: 50.00, 40.00 and 50.00 of 140.00 against 40 / 20 / 30 / 10 %.
      const mix = page.getByRole('region', { name: 'Mix by funnel role', exact: true }).locator('tbody tr');
      expect(await mix.allTextContents()).toEqual([
        'Awareness€50.0035.7%40%-4.3 pts',
        'Consideration€40.0028.6%20%+8.6 pts',
        'Conversion€50.0035.7%30%+5.7 pts',
        'Retention€0.000%10%-10 pts',
      ]);

      const todo = page.getByRole('region', { name: 'To do', exact: true }).getByRole('link');
      expect(await todo.allTextContents()).toEqual([
        '1 conversion in review',
        '1 application waiting',
        `3 statements to issue for ${MONTH_NAME}`,
      ]);
      await harness.checkAtBothSizes(page, 'overview-last-month');
    },
    // Two axe runs (desktop and phone).
    2 * BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'picks custom days: Nov 5–7 against Nov 2–4, which had nothing',
    async () => {
      await page.getByRole('combobox', { name: 'Period' }).click();
      await page.getByRole('option', { name: 'Custom' }).click();
      // Custom starts from the days on screen: all of November.
      await page.waitForURL((url) => url.searchParams.get('period') === 'custom');
      expect(new URL(page.url()).searchParams.get('from')).toBe(day(1));
      await page.getByLabel('Days', { exact: true }).first().click();
      await page.getByRole('button', { name: `5 ${MONTH_NAME}`, exact: true }).click();
      await harness.check(page, 'overview-custom-picker');
      await page.getByRole('button', { name: `7 ${MONTH_NAME}`, exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('from') === day(5) && url.searchParams.get('to') === day(7));
      // A Nov 5, K Nov 6, C Nov 7; cust-1's and cust-2's orders. Nov 2–4 had nothing to compare with.
      await expectCard('Clicks', '3', 'Nothing to compare with before');
      await expectCard('Attributed revenue', '€140.00', 'Nothing to compare with before');
      await expectCard('Active partners', '3', 'Nothing to compare with before');
      await harness.check(page, 'overview-custom');
    },
    // Two axe runs (the open calendar, then the page).
    2 * BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'follows a to-do link to where it is done',
    async () => {
      await page.getByRole('link', { name: '1 application waiting' }).click();
      await page.waitForURL(`${api.baseUrl}/app/console/applications`);
      await page.getByRole('heading', { name: 'Applications', level: 1 }).waitFor();
      await page.getByText('Bike Blog').waitFor();
      await harness.check(page, 'overview-todo-followed');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
