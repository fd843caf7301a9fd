import { type INestApplicationContext } from '@nestjs/common';
import { type Page } from 'playwright-core';
import { LedgerService } from '#core/ledger/index.js';
import { HOUR_MS } from '#domain';
import {
  bearer,
  BROWSER_TEST_TIMEOUT_MS,
  type BrandFixture,
  type BrowserHarness,
  createBrandFixture,
  eventually,
  isoDaysAgo,
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

/**
 * Role-weighted over position-based (40/20/40), CPS by role, a 3.00 new-customer bonus, lock period
 * 1 day (the orders are three days old, so settling approves what a manager let through).
 */
const PLAN = {
  effectiveFrom: isoDaysAgo(400),
  lookbackDays: 30,
  lockDays: 1,
  attribution: { model: 'role_weighted', base: 'position_based' },
  rules: [
    { role: 'awareness', cps: { rateBps: 1200 } },
    { role: 'consideration', cps: { rateBps: 1000 } },
    { role: 'conversion', cps: { rateBps: 500 } },
    { role: 'retention', cps: { rateBps: 800 } },
  ],
  newCustomerBonus: { amount: '3.00' },
};
/** Each test looks at its pages at two sizes with axe: slow on a busy machine. */
const TEST_TIMEOUT_MS = 3 * BROWSER_TEST_TIMEOUT_MS;
/** The orders' time: noon (UTC) three days ago on the business clock. */
const T = `${isoDaysAgo(3).slice(0, 10)}T12:00:00Z`;
const beforeT = (ms: number): string => new Date(Date.parse(T) - ms).toISOString();

/**
 * The manager's conversions in the browser: the journey explorer of a three-touch order credited
 * by the real worker, the review queue (approve one, reject two with a note), a partial refund.
 */
describe('browser: the console’s conversions', () => {
  let api: ListeningTestApi;
  let worker: INestApplicationContext;
  let harness: BrowserHarness;
  let brand: BrandFixture;
  let manager: TestSession;
  let page: Page;
  const url = (path: string) => `${api.baseUrl}/app/console/conversions${path}`;

  async function order(transactionId: string, amount: string, extra: Record<string, unknown> = {}): Promise<void> {
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId, amount, currency: 'EUR', customerKey: transactionId, occurredAt: T, ...extra });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
  }

  /** The text of a touch's figures on the journey explorer. */
  const touchText = (index: number, partner: string) =>
    page.getByRole('group', { name: `Touch ${index}: ${partner}` }).innerText();

  beforeAll(async () => {
    api = await startListeningTestApi();
    worker = await startTestWorker();
    harness = await openBrowserHarness(api);
    brand = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, PLAN);
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
    const { partners } = brand;

    // The journey of JRN-1: a creator 10 days before, a review site 5 days before, a coupon site an hour before.
    await postClicksAndWait(
      api,
      brand.networkKey,
      [
        { partnerId: partners.awareness.id, occurredAt: beforeT(240 * HOUR_MS) },
        { partnerId: partners.consideration.id, occurredAt: beforeT(120 * HOUR_MS) },
        { partnerId: partners.conversion.id, occurredAt: beforeT(HOUR_MS) },
      ].map((click) => ({ ...click, customerKey: 'JRN-1' })),
    );
    await order('JRN-1', '100.00', { newCustomer: true });
    // Three orders 4 s after a click: the default rule (at least 10 s) sends them to review.
    for (const [transactionId, partnerId] of [
      ['FLAG-1', partners.awareness.id],
      ['FLAG-2', partners.consideration.id],
      ['FLAG-3', partners.consideration.id],
    ]) {
      await postClicksAndWait(api, brand.networkKey, [
        { partnerId, customerKey: transactionId, occurredAt: beforeT(4000) },
      ]);
      await order(transactionId, '50.00');
    }
    page = await harness.newPage(manager);
  }, 4 * BROWSER_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await harness?.close();
    await worker?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(harness.pageErrors).toEqual([]);
  });

  it(
    'lists the conversions newest first with status and flags, and filters them through the URL',
    async () => {
      await page.goto(url(''));
      const table = page.getByRole('region', { name: 'Conversions', exact: true });
      await table.getByRole('link', { name: 'JRN-1' }).waitFor();
      // All at the same instant: the later recorded first.
      expect(await table.locator('tbody tr td:first-child').allInnerTexts()).toEqual([
        'FLAG-3',
        'FLAG-2',
        'FLAG-1',
        'JRN-1',
      ]);
      const journeyRow = await table.getByRole('row').filter({ hasText: 'JRN-1' }).innerText();
      expect(journeyRow).toContain('€100.00');
      expect(journeyRow).toContain('Pending');
      expect(journeyRow).toContain('Trail Talk Podcast');
      expect(await table.getByRole('row').filter({ hasText: 'FLAG-1' }).innerText()).toContain(
        'Click too close to the order',
      );
      await harness.checkAtBothSizes(page, 'console-conversions');

      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'In review' }).click();
      await page.waitForURL((address) => address.searchParams.get('status') === 'review');
      await eventually(async () => (await table.locator('tbody tr').count()) === 3);
      await page.getByLabel('Transaction id').fill('flag-2');
      await page.waitForURL((address) => address.searchParams.get('q') === 'flag-2');
      await eventually(async () => (await table.locator('tbody tr').count()) === 1);
      await page.getByLabel('Transaction id').fill('nothing-like-it');
      await page.getByRole('heading', { name: 'No conversion matches these filters' }).waitFor();
      await harness.check(page, 'console-conversions-no-results');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'opens a conversion and reads each touch’s credit, revenue, rule and commission',
    async () => {
      await page.goto(url('/JRN-1'));
      await page.getByRole('heading', { name: 'Conversion JRN-1' }).waitFor();
      // Base 2/5, 1/5, 2/5 × role weights 3/2, 6/5, 4/5 = 3/5, 6/25, 8/25 (sum 29/25) → 15/29, 6/29, 8/29.
      // Revenue of 100.00: 51.7241, 20.6896, 27.5862 → largest remainders: 51.72, 20.69, 27.59.
      // CPS 12 % of 51.72 = 6.21; 10 % of 20.69 = 2.07; 5 % of 27.59 = 1.38. Bonus 3.00 by credit:
      // 1.55, 0.62, 0.83. Commission per touch: 7.76, 2.69, 2.21.
      const awareness = await touchText(1, 'Trail Talk Podcast');
      for (const figure of ['2/5', '3/2', '15/29 (51.7%)', '€51.72', 'Rule 1 · 12% · base rate', '€7.76']) {
        expect(awareness).toContain(figure);
      }
      const consideration = await touchText(2, 'GearLab Reviews');
      for (const figure of ['1/5', '6/5', '6/29 (20.7%)', '€20.69', 'Rule 2 · 10% · base rate', '€2.69']) {
        expect(consideration).toContain(figure);
      }
      const conversion = await touchText(3, 'DealDrop Coupons');
      for (const figure of ['2/5', '4/5', '8/29 (27.6%)', '€27.59', 'Rule 3 · 5% · base rate', '€2.21']) {
        expect(conversion).toContain(figure);
      }
      // The roles are named beside their colours, and the legend names every colour.
      const journey = page.getByRole('region', { name: 'Journey' });
      expect(await journey.getByRole('list', { name: 'Funnel roles' }).innerText()).toMatch(
        /Awareness[\s\S]*Consideration[\s\S]*Conversion[\s\S]*Retention/,
      );
      await harness.checkAtBothSizes(page, 'console-conversion-journey');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'approves a flagged conversion from the review queue, whose entry then becomes due',
    async () => {
      await page.goto(url('/review'));
      const queue = page.getByRole('region', { name: 'Conversions in review' });
      await queue.getByRole('link', { name: 'FLAG-1' }).waitFor();
      const flagged = await queue.getByRole('row').filter({ hasText: 'FLAG-1' }).innerText();
      // The evidence: the click came 4 s before the order; the rule wants at least 10 s.
      expect(flagged).toContain('Click too close to the order');
      expect(flagged).toContain('Seconds from click to order: 4');
      expect(flagged).toContain('Minimum allowed: 10');
      await harness.checkAtBothSizes(page, 'console-review-queue');

      await queue.getByRole('button', { name: 'Approve FLAG-1' }).click();
      await page.getByRole('status').filter({ hasText: 'FLAG-1 was approved.' }).waitFor();
      await queue.getByRole('link', { name: 'FLAG-1' }).waitFor({ state: 'detached' });

      // The lock period (1 day) of a three-day-old order is over: settling approves its entry.
      await worker.get(LedgerService).settle({ brandId: brand.id });
      await page.goto(url('/FLAG-1'));
      const commissions = page.getByRole('region', { name: 'Commission entries' });
      const entry = await commissions.getByRole('row').filter({ hasText: 'Trail Talk Podcast' }).innerText();
      // One touch takes all the credit: 12 % of 50.00 = 6.00.
      expect(entry).toContain('€6.00');
      expect(entry).toContain('Approved · due');
      expect(await page.getByRole('region', { name: 'Status' }).innerText()).toContain('Approved');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'rejects two flagged conversions at once, only with a note',
    async () => {
      await page.goto(url('/review'));
      const queue = page.getByRole('region', { name: 'Conversions in review' });
      await queue.getByRole('link', { name: 'FLAG-2' }).waitFor();
      await page.getByRole('checkbox', { name: 'Select FLAG-2' }).check();
      await page.getByRole('checkbox', { name: 'Select FLAG-3' }).check();
      await page.getByText('2 selected').waitFor();
      await page.getByRole('button', { name: 'Reject selected' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reject 2 conversions' });
      await dialog.getByRole('button', { name: 'Reject 2' }).click();
      await dialog.getByText('Say why, in a sentence the partners will read').waitFor();
      await harness.check(page, 'console-review-reject-dialog');
      await dialog.getByLabel('Note to the partners').fill('Same household as the creator');
      await dialog.getByRole('button', { name: 'Reject 2' }).click();
      await page.getByRole('status').filter({ hasText: '2 conversions were rejected.' }).waitFor();
      await page.getByRole('heading', { name: 'Nothing to review' }).waitFor();
      await harness.checkAtBothSizes(page, 'console-review-queue-empty');

      for (const transactionId of ['FLAG-2', 'FLAG-3']) {
        const shown = await api
          .http()
          .get(`/v1/conversions/${transactionId}`)
          .set(...bearer(brand.managerKey));
        expect(shown.body).toMatchObject({ status: 'rejected', statusNote: 'Same household as the creator' });
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'records a partial refund, naming a too-large amount at its field',
    async () => {
      await page.goto(url('/JRN-1'));
      await page.getByRole('button', { name: 'Record a refund' }).click();
      const dialog = page.getByRole('dialog', { name: 'Record a refund of JRN-1' });
      const amount = dialog.getByLabel('Amount refunded (EUR)');
      expect(await amount.inputValue()).toBe('100.00'); // all that remains, to start with
      await amount.fill('150.00');
      await dialog.getByLabel('Reason').fill('Two of three items returned');
      await dialog.getByRole('button', { name: 'Record refund' }).click();
      // The API's answer, under the field: 150.00 is more than the 100.00 that remains.
      await dialog.getByText(/is more than the 100\.00 EUR that remains/).waitFor();
      await harness.check(page, 'console-conversion-refund-dialog');
      await amount.fill('40.00');
      await dialog.getByRole('button', { name: 'Record refund' }).click();
      await dialog.waitFor({ state: 'detached' });

      // 100.00 − 40.00 = 60.00 remains.
      await eventually(async () =>
        (await page.getByRole('region', { name: 'Remaining' }).innerText()).includes('€60.00'),
      );
      expect(await page.getByRole('region', { name: 'Refunded' }).innerText()).toContain('€40.00');
      const refund = await page.getByRole('region', { name: 'Refunds recorded' }).getByRole('row').nth(1).innerText();
      expect(refund).toContain('€40.00');
      expect(refund).toContain('Two of three items returned');
      await harness.checkAtBothSizes(page, 'console-conversion-refunded');

      await page.goto(url('?q=JRN'));
      const row = page
        .getByRole('region', { name: 'Conversions', exact: true })
        .getByRole('row')
        .filter({ hasText: 'JRN-1' });
      expect(await row.innerText()).toContain('€40.00 refunded');
    },
    TEST_TIMEOUT_MS,
  );
});
