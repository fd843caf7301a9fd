import { readFile } from 'node:fs/promises';
import { type INestApplicationContext } from '@nestjs/common';
import { type Locator, type Page } from 'playwright-core';
import { type CalendarPeriod } from '#domain';
import {
  bearer,
  type BrandFixture,
  type BrowserHarness,
  BROWSER_TEST_TIMEOUT_MS,
  closedPeriod,
  createBrandFixture,
  daysAgo,
  eventually,
  inPeriod,
  type ListeningTestApi,
  openBrowserHarness,
  pdfText,
  postClicksAndWait,
  publishPlan,
  signUpByInvite,
  startListeningTestApi,
  startTestWorker,
  type TestSession,
  waitUntilCredited,
} from '#testing';

/** Each test reads and checks several pages (axe and screenshots at two sizes): slow on a busy machine. */
const TEST_TIMEOUT_MS = 3 * BROWSER_TEST_TIMEOUT_MS;

/** The month as the page names it in the browser's locale (en-GB): "November 2026". */
const monthName = (month: CalendarPeriod) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(
    inPeriod(month, 14),
  );

/**
 * The console's Payouts pages: a manager runs last month's statements and watches the worker's
 * run finish, reads what each partner is due, opens one and downloads its PDF and CSV, and marks
 * statements paid, one from its page and two at once with one reference.
 *
 * Euro brand in Berlin, minimum payout 25.00, 10 % CPS for every role (last click), 14-day lock.
 * Last month (M1), each order on a day before the 13th, so its lock is over before today:
 * - DealDrop Coupons: C1 400.00 → 40.00; a quarter of it refunded (100.00) → 10.00 clawed back:
 *   earned 30.00, clawbacks −10.00, due 30.00.
 * - Trail Talk Podcast: A1 300.00 → 30.00 due.
 * - Summit Rewards: L1 250.00 → 25.00, exactly the minimum: due.
 * - GearLab Reviews: R1 120.00 → 12.00 < 25.00: nothing due, 12.00 carried forward.
 */
describe('browser: the console’s payouts', () => {
  const M1 = closedPeriod('month', 1);
  const M2 = closedPeriod('month', 2);
  const onDay = (day: number) => inPeriod(M1, day - 1, 12).toISOString();
  let api: ListeningTestApi;
  let worker: INestApplicationContext;
  let harness: BrowserHarness;
  let brand: BrandFixture;
  let manager: TestSession;
  let page: Page;

  async function order(partnerId: string, transactionId: string, amount: string, at: string): Promise<void> {
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId, customerKey: transactionId, occurredAt: new Date(Date.parse(at) - 3600 * 1000).toISOString() },
    ]);
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId, amount, currency: 'EUR', customerKey: transactionId, occurredAt: at });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
  }

  /** The cells of a partner's row in the statements table, as text. */
  const rowOf = (name: string): Locator =>
    page.getByRole('region', { name: 'Statements' }).getByRole('row').filter({ hasText: name });
  const cellsOf = async (name: string) =>
    (await rowOf(name).getByRole('cell').allInnerTexts()).map((text) => text.trim());

  beforeAll(async () => {
    api = await startListeningTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api, { minimumPayout: '25.00' });
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: daysAgo(365).toISOString(),
      lookbackDays: 30,
      lockDays: 14,
      attribution: { model: 'last_click' },
      rules: (['awareness', 'consideration', 'conversion', 'retention'] as const).map((role) => ({
        role,
        cps: { rateBps: 1000 },
      })),
    });
    await order(brand.partners.conversion.id, 'C1', '400.00', onDay(10));
    await order(brand.partners.awareness.id, 'A1', '300.00', onDay(11));
    await order(brand.partners.retention.id, 'L1', '250.00', onDay(12));
    await order(brand.partners.consideration.id, 'R1', '120.00', onDay(12));
    const refund = await api
      .http()
      .post('/v1/conversions/C1/reversals')
      .set(...bearer(brand.managerKey))
      .send({ amount: '100.00', reason: 'one item returned' });
    expect(refund.status).toBe(201);
    await eventually(async () => {
      const rows = await api.query(
        `SELECT 1 FROM commission_entries e JOIN conversions c ON c.id = e.conversion_id
          WHERE c.brand_id = $1 AND c.transaction_id = 'C1' AND e.reversal_id IS NOT NULL`,
        [brand.id],
      );
      return rows.length === 1;
    });
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager', name: 'Maria Manager' });
    harness = await openBrowserHarness(api);
    page = await harness.newPage(manager);
  }, BROWSER_TEST_TIMEOUT_MS * 2);
  afterAll(async () => {
    await harness?.close();
    await worker?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(harness.pageErrors).toEqual([]);
  });

  it(
    'runs last month’s statements, watches the run finish and reads what each partner is due',
    async () => {
      await page.goto(`${api.baseUrl}/app/console/payouts?period=${M1.key}`);
      await page.getByRole('heading', { level: 1, name: 'Payouts' }).waitFor();
      await page.getByText(`No statements for ${monthName(M1)} yet.`).waitFor();
      await page.getByRole('heading', { name: `No statements for ${monthName(M1)}` }).waitFor();
      await harness.check(page, 'payouts-before-run');

      await page.getByRole('button', { name: `Run ${monthName(M1)}` }).click();
      // The worker's job: the page follows it until it is done.
      await page.getByText(`Finished: ${monthName(M1)} has 4 statements.`).waitFor();
      await rowOf('GearLab Reviews').waitFor();
      // Partner, opening, earned, clawbacks, carried forward, amount due, status (a badge, in
      // capitals), paid. One month is shown, so no month column.
      expect((await cellsOf('DealDrop Coupons')).slice(1)).toEqual([
        'DealDrop Coupons',
        '€0.00',
        '€30.00', // 40.00 − 10.00
        '-€10.00', // 10 % of the 100.00 refunded
        '€0.00',
        '€30.00',
        'ISSUED',
        '—',
      ]);
      expect((await cellsOf('Trail Talk Podcast')).slice(2, 7)).toEqual([
        '€0.00',
        '€30.00',
        '€0.00',
        '€0.00',
        '€30.00',
      ]);
      expect((await cellsOf('Summit Rewards')).slice(2, 7)).toEqual(['€0.00', '€25.00', '€0.00', '€0.00', '€25.00']);
      // 12.00 is below the 25.00 minimum: carried, nothing due, nothing to select.
      expect((await cellsOf('GearLab Reviews')).slice(2, 7)).toEqual(['€0.00', '€12.00', '€0.00', '€12.00', '€0.00']);
      expect(await rowOf('GearLab Reviews').getByRole('checkbox').count()).toBe(0);
      await harness.checkAtBothSizes(page, 'payouts-list');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'opens a statement with its lines and downloads its PDF and CSV with the session',
    async () => {
      await rowOf('DealDrop Coupons').getByRole('link', { name: 'DealDrop Coupons' }).click();
      await page.getByRole('heading', { level: 1, name: `DealDrop Coupons: ${monthName(M1)}` }).waitFor();
      const lines = page.getByRole('region', { name: 'Statement lines' });
      await lines.getByRole('row').filter({ hasText: '-€10.00' }).waitFor();
      // Header, the order's 40.00, its clawback, the footer.
      expect(await lines.getByRole('row').count()).toBe(4);
      expect(await lines.getByRole('row').filter({ hasText: '€40.00' }).innerText()).toMatch(
        /C1\s+Commission \(CPS\)\s+€400\.00\s+100\.00 %\s+€400\.00\s+10\.00 %\s+€40\.00/,
      );
      const clawback = await lines.getByRole('row').filter({ hasText: '-€10.00' }).innerText();
      expect(clawback).toContain('C1');
      expect(clawback).toContain('one item returned');
      expect(await lines.getByRole('row').last().innerText()).toMatch(/Earned\s+€30\.00/);
      await page.getByText('30.00 EUR is due to be paid.').waitFor();
      await harness.checkAtBothSizes(page, 'payouts-statement');

      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF' }).click()]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      const text = await pdfText(await readFile(await pdf.path()));
      expect(text).toContain('Partner: DealDrop Coupons');
      expect(text).toContain(`Period: ${M1.key}`);
      expect(text).toMatch(/Earned this period\s+30\.00 EUR/);
      expect(text).toMatch(/Amount due\s+30\.00 EUR/);

      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
      expect(csv.suggestedFilename()).toMatch(/\.csv$/);
      const csvRows = (await readFile(await csv.path(), 'utf8')).trim().split('\n');
      expect(csvRows).toHaveLength(3); // header, the commission, the clawback
      expect(csvRows).toContain(`${M1.key}-10,Commission (CPS),C1,400.00,100.00 %,400.00,2,1000,,40.00,,0,,`);
      expect(
        csvRows.filter((row) => row.startsWith(`${M1.key}-10,Commission (CPS),C1,`) && row.includes(',-10.00,')),
      ).toHaveLength(1);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'marks one statement paid from its page, then two at once with one reference',
    async () => {
      await page.getByRole('button', { name: 'Mark paid' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mark the statement paid' });
      await dialog.getByLabel('Payment reference').waitFor();
      await harness.check(page, 'payouts-mark-paid-dialog');
      await dialog.getByRole('button', { name: 'Mark paid' }).click();
      await dialog.getByText('Enter the payment’s reference').waitFor();
      await dialog.getByLabel('Payment reference').fill('SEPA-0001');
      await dialog.getByRole('button', { name: 'Mark paid' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('reference SEPA-0001').waitFor();
      expect(await page.getByRole('button', { name: 'Mark paid' }).count()).toBe(0);

      await page.goto(`${api.baseUrl}/app/console/payouts?period=${M1.key}`);
      await rowOf('DealDrop Coupons').getByText('SEPA-0001').waitFor();
      await page.getByRole('checkbox', { name: 'Select Trail Talk Podcast' }).check();
      await page.getByRole('checkbox', { name: 'Select Summit Rewards' }).check();
      await page.getByRole('button', { name: 'Mark 2 paid' }).click();
      const bulk = page.getByRole('dialog', { name: 'Mark 2 statements paid' });
      await bulk.getByText('Trail Talk Podcast: €30.00').waitFor();
      await bulk.getByText('Summit Rewards: €25.00').waitFor();
      await harness.check(page, 'payouts-bulk-dialog');
      await bulk.getByLabel('Payment reference').fill('SEPA-BATCH-0002');
      await bulk.getByRole('button', { name: 'Mark paid' }).click();
      await bulk.waitFor({ state: 'detached' });
      await rowOf('Summit Rewards').getByText('SEPA-BATCH-0002').waitFor();
      await rowOf('Trail Talk Podcast').getByText('SEPA-BATCH-0002').waitFor();

      // The status filter is in the URL: three paid, GearLab Reviews still issued (nothing due).
      await page.getByText('Paid', { exact: true }).first().click();
      await page.waitForURL(/status=paid/);
      await eventually(
        async () => (await page.getByRole('region', { name: 'Statements' }).getByRole('row').count()) === 4,
      );
      await page.getByText('Issued', { exact: true }).first().click();
      await page.waitForURL(/status=issued/);
      await eventually(
        async () => (await page.getByRole('region', { name: 'Statements' }).getByRole('row').count()) === 2,
      );
      await rowOf('GearLab Reviews').waitFor();
      await harness.check(page, 'payouts-issued');

      // A month with nothing paid: the no-results state, with a way back.
      await page.goto(`${api.baseUrl}/app/console/payouts?period=${M2.key}&status=paid`);
      await page.getByRole('heading', { name: 'No statement matches' }).waitFor();
      await harness.check(page, 'payouts-no-results');
      const paid = await api.query<{ paid_reference: string }>(
        `SELECT paid_reference FROM statements WHERE brand_id = $1 AND status = 'paid' ORDER BY paid_reference`,
        [brand.id],
      );
      expect(paid.map((row) => row.paid_reference)).toEqual(['SEPA-0001', 'SEPA-BATCH-0002', 'SEPA-BATCH-0002']);
    },
    TEST_TIMEOUT_MS,
  );
});
