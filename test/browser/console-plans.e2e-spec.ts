import { type INestApplicationContext } from '@nestjs/common';
import { type Page } from 'playwright-core';
import { HOUR_MS, localDate } from '#domain';
import {
  bearer,
  BROWSER_TEST_TIMEOUT_MS,
  type BrowserHarness,
  type BrandFixture,
  closedPeriod,
  createBrandFixture,
  daysAgo,
  inPeriod,
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

/** In force for last month's orders: last click, conversion partners 5 %, awareness partners 10 %. */
const PLAN = {
  effectiveFrom: isoDaysAgo(400),
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'last_click' },
  rules: [
    { role: 'conversion', cps: { rateBps: 500 } },
    { role: 'awareness', cps: { rateBps: 1000 } },
  ],
};
const LAST_MONTH = closedPeriod('month');
const LAST_QUARTER = closedPeriod('quarter');
/** The brand's (Europe/Berlin) day after today on the business clock: the new version's start. */
const TOMORROW = localDate(daysAgo(-1), 'Europe/Berlin');

/** The cells of a table row found by its partner's name, as read on screen. */
async function rowOf(page: Page, name: string): Promise<string[]> {
  const row = page.getByRole('row', { name: new RegExp(name) });
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
}

/** A figure of the preview's strip by its label. */
async function figure(page: Page, label: string): Promise<string> {
  const lines = (await page.getByRole('region', { name: label, exact: true }).innerText()).split('\n');
  return lines.map((line) => line.trim()).filter(Boolean)[1]!;
}

/** Back to the top, nothing focused: a full-page screenshot of a scrolled page draws the sticky header mid-page. */
async function toTop(page: Page): Promise<void> {
  // A string: this file is compiled without the DOM's types.
  await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
}

/** The manager's commission plan pages: versions, a version, the editor, the preview, publishing. */
describe('console: commission plans', () => {
  let api: ListeningTestApi;
  let worker: INestApplicationContext;
  let harness: BrowserHarness;
  let brand: BrandFixture;
  let manager: TestSession;

  const order = async (transactionId: string, partnerId: string, at: Date, amount: string): Promise<void> => {
    const customerKey = `cust-${transactionId}`;
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId, customerKey, occurredAt: new Date(at.getTime() - HOUR_MS).toISOString() },
    ]);
    const response = await api
      .http()
      .post('/v1/conversions')
      .set(...bearer(brand.networkKey))
      .send({ transactionId, amount, currency: 'EUR', customerKey, occurredAt: at.toISOString() });
    expect(response.status).toBe(201);
    await waitUntilCredited(api, response.body.id);
  };

  beforeAll(async () => {
    api = await startListeningTestApi();
    worker = await startTestWorker();
    harness = await openBrowserHarness(api);
    brand = await createBrandFixture(api);
    // An older version (past) and the one in force.
    await publishPlan(api, brand.managerKey, { ...PLAN, effectiveFrom: isoDaysAgo(420), lockDays: 14 });
    await publishPlan(api, brand.managerKey, PLAN);
    // Last month: 200.00 through DealDrop Coupons (conversion), 100.00 through Trail Talk Podcast (awareness).
    await order('P-1', brand.partners.conversion.id, inPeriod(LAST_MONTH, 4, 12), '200.00');
    await order('P-2', brand.partners.awareness.id, inPeriod(LAST_MONTH, 9, 12), '100.00');
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager' });
  }, BROWSER_TEST_TIMEOUT_MS);
  afterEach(() => expect(harness.pageErrors).toEqual([]));
  afterAll(async () => {
    await harness?.close();
    await worker?.close();
    await api?.close();
  });

  it(
    'lists the versions and shows one read-only',
    async () => {
      const page = await harness.newPage(manager);
      await page.goto(`${api.baseUrl}/app/console/plans`);
      const versions = page.getByRole('region', { name: 'Plan versions' });
      await versions.getByRole('row').nth(2).waitFor();
      // Latest start first: the one in force (400 days ago), then the older one (420 days ago).
      const statuses = await versions
        .getByRole('row')
        .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('td')[1]?.textContent));
      expect(statuses).toEqual(['In force', 'Past']);
      await harness.checkAtBothSizes(page, 'versions');

      await versions.getByRole('link').first().click();
      await page.getByRole('heading', { name: /^Plan from / }).waitFor();
      const rules = page.getByRole('region', { name: 'Rules' });
      expect(
        await rules
          .getByRole('row', { name: /^Conversion/ })
          .getByRole('cell')
          .allInnerTexts(),
      ).toEqual(['Conversion', '5%', '—', '—', '—', '—']);
      await harness.checkAtBothSizes(page, 'version');
    },
    2 * BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'edits the plan, shows a bad value at its field, previews the hand-worked figures and publishes',
    async () => {
      const page = await harness.newPage(manager);
      await page.goto(`${api.baseUrl}/app/console/plans`);
      await page.getByRole('link', { name: 'Edit the plan' }).click();
      const conversionRule = page.getByRole('group', { name: 'Rule 1' });
      const rate = conversionRule.getByLabel('CPS rate', { exact: true });
      await rate.waitFor();
      // The draft starts from the version in force: rule 1 is the conversion role's 5 %.
      expect(await rate.inputValue()).toBe('5');
      await page.getByLabel('Starts on').fill(TOMORROW);

      // 150 % is 15000 basis points: the API refuses it, naming rules[0].cps.rateBps.
      await rate.fill('150');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await conversionRule.getByText('Must be between 0 % and 100 %; got 150 %').waitFor();
      expect(await rate.getAttribute('aria-invalid')).toBe('true');
      await toTop(page);
      await harness.check(page, 'editor-field-error');

      // Raise the conversion role from 5 % to 8 %.
      await rate.fill('8');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.getByRole('tab', { name: `Last month (${LAST_MONTH.key})` }).waitFor();
      // DealDrop Coupons: 200.00 × 5 % = 10.00 earned, × 8 % = 16.00 would be earned: +6.00.
      expect(await rowOf(page, 'DealDrop Coupons')).toEqual(['€200.00', '€10.00', '€16.00', '+€6.00']);
      // Trail Talk Podcast: 100.00 × 10 % = 10.00 both ways.
      expect(await rowOf(page, 'Trail Talk Podcast')).toEqual(['€100.00', '€10.00', '€10.00', '€0.00']);
      // 20.00 earned, 26.00 under the draft; of 300.00: 6.67 % and 8.67 %.
      expect(await figure(page, 'Earned')).toBe('€20.00');
      expect(await figure(page, 'Would earn')).toBe('€26.00');
      expect(await figure(page, 'Difference')).toBe('+€6.00');
      expect(await figure(page, 'Cost of sale')).toBe('6.67% → 8.67%');
      await toTop(page);
      await harness.checkAtBothSizes(page, 'editor-preview');

      // Last quarter holds last month's orders only when last month closed it (today is in a
      // quarter's first month); else it has none.
      await page.getByRole('tab', { name: `Last quarter (${LAST_QUARTER.key})` }).click();
      const lastMonthInQuarter = LAST_MONTH.end.getTime() === LAST_QUARTER.end.getTime();
      if (lastMonthInQuarter) {
        expect(await rowOf(page, 'DealDrop Coupons')).toEqual(['€200.00', '€10.00', '€16.00', '+€6.00']);
        expect(await figure(page, 'Would earn')).toBe('€26.00');
      } else {
        await page.getByText('No partner earned or would earn commission in last quarter.').waitFor();
        expect(await figure(page, 'Would earn')).toBe('€0.00');
        expect(await figure(page, 'Cost of sale')).toBe('— → —');
      }
      await toTop(page);
      await harness.check(page, 'editor-preview-quarter');

      await page.getByRole('button', { name: 'Publish as a new version' }).click();
      await page.waitForURL(/\/app\/console\/plans$/);
      const versions = page.getByRole('region', { name: 'Plan versions' });
      await versions.getByRole('row').nth(3).waitFor();
      const statuses = await versions
        .getByRole('row')
        .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('td')[1]?.textContent));
      expect(statuses).toEqual(['Scheduled', 'In force', 'Past']);
      await harness.check(page, 'versions-after-publish');

      // Stored as typed: from tomorrow's Berlin midnight, the conversion role at 800 bp.
      const list = await api
        .http()
        .get('/v1/commission-plans')
        .set(...bearer(brand.managerKey));
      const published = list.body.data.find((version: { inForce: boolean; effectiveFrom: string }) =>
        localDate(new Date(version.effectiveFrom), 'Europe/Berlin').startsWith(TOMORROW),
      );
      expect(published.rules).toEqual([
        { role: 'conversion', cps: { rateBps: 800 } },
        { role: 'awareness', cps: { rateBps: 1000 } },
      ]);
    },
    // The longest way through the console: seven axe checks of long pages, on a shared machine.
    5 * BROWSER_TEST_TIMEOUT_MS,
  );
});
