import { type INestApplicationContext } from '@nestjs/common';
import { type Page } from 'playwright-core';
import {
  bearer,
  type BrandFixture,
  type BrowserHarness,
  BROWSER_TEST_TIMEOUT_MS,
  createBrandFixture,
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
 * A brand manager's partners pages in the browser. Europe/Berlin, EUR, read in en-GB; last click,
 * 10 % CPS for every role. In the last 30 days:
 *   Trail Talk Podcast (awareness): 7 clicks; orders of 120.00 and 30.00 → 2 conversions,
 *     €150.00 revenue, €15.00 commission, EPC 15.00 / 7 = 2.142857… → €2.1429
 *   GearLab Reviews (consideration): 2 clicks; one order of 400.00 → 1, €400.00, €40.00, EPC €20.00
 *   DealDrop Coupons (conversion): 3 clicks; one order of 25.00 → 1, €25.00, €2.50, EPC 2.50 / 3 → €0.8333
 *   Summit Rewards (retention): nothing → 0, 0, €0.00, €0.00, no EPC (—)
 */
describe('browser: the console’s partners', () => {
  let api: ListeningTestApi;
  let worker: INestApplicationContext;
  let harness: BrowserHarness;
  let brand: BrandFixture;
  let manager: TestSession;
  let page: Page;

  /** Each row of the partners table as [name, clicks, conversions, revenue, commission, EPC]. */
  async function tableRows(): Promise<string[][]> {
    const rows = await page.getByRole('region', { name: 'Partners', exact: true }).locator('tbody tr').all();
    const read = [];
    for (const row of rows) {
      const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
      // A row the table replaced while it was read: the caller polls again.
      if (cells.length < 9) continue;
      read.push([cells[0].split('\n')[0], cells[4], cells[5], cells[6], cells[7], cells[8]]);
    }
    return read;
  }

  /** The names of the table's rows, polled until they are `expected` (the table follows the URL). */
  async function expectNames(expected: string[]): Promise<void> {
    const deadline = Date.now() + 15_000;
    let names = (await tableRows()).map((row) => row[0]);
    while (JSON.stringify(names) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      names = (await tableRows()).map((row) => row[0]);
    }
    expect(names).toEqual(expected);
  }

  beforeAll(async () => {
    api = await startListeningTestApi();
    worker = await startTestWorker();
    brand = await createBrandFixture(api);
    await publishPlan(api, brand.managerKey, {
      effectiveFrom: isoDaysAgo(60),
      lookbackDays: 30,
      lockDays: 30,
      attribution: { model: 'last_click' },
      rules: ['awareness', 'consideration', 'conversion', 'retention'].map((role) => ({
        role,
        cps: { rateBps: 1000 },
      })),
    });
    const { awareness: a, consideration: b, conversion: c } = brand.partners;
    await postClicksAndWait(api, brand.networkKey, [
      { partnerId: a.id, customerKey: 'a1', occurredAt: isoDaysAgo(5, undefined, 3) },
      { partnerId: a.id, customerKey: 'a2', occurredAt: isoDaysAgo(5, undefined, 3) },
      ...[1, 2, 3, 4, 5].map((hour) => ({
        partnerId: a.id,
        customerKey: 'a3',
        occurredAt: isoDaysAgo(6, undefined, hour),
      })),
      { partnerId: b.id, customerKey: 'b1', occurredAt: isoDaysAgo(4, undefined, 3) },
      { partnerId: b.id, customerKey: 'b2', occurredAt: isoDaysAgo(4, undefined, 3) },
      ...['c1', 'c2', 'c3'].map((customerKey) => ({
        partnerId: c.id,
        customerKey,
        occurredAt: isoDaysAgo(3, undefined, 3),
      })),
    ]);
    for (const [transactionId, amount, customerKey, days] of [
      ['P-a1', '120.00', 'a1', 5],
      ['P-a2', '30.00', 'a2', 5],
      ['P-b1', '400.00', 'b1', 4],
      ['P-c1', '25.00', 'c1', 3],
    ] as const) {
      const response = await api
        .http()
        .post('/v1/conversions')
        .set(...bearer(brand.networkKey))
        .send({ transactionId, amount, currency: 'EUR', customerKey, occurredAt: isoDaysAgo(days) });
      expect(response.status).toBe(201);
      await waitUntilCredited(api, response.body.id);
    }
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager', name: 'Maya Manager' });
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
    'shows each partner’s hand-worked figures, sorted by revenue, largest first',
    async () => {
      await page.goto(`${api.baseUrl}/app/console/partners`);
      await page.getByRole('region', { name: 'Partners', exact: true }).waitFor();
      await expectNames(['GearLab Reviews', 'Trail Talk Podcast', 'DealDrop Coupons', 'Summit Rewards']);
      expect(await tableRows()).toEqual([
        ['GearLab Reviews', '2', '1', '€400.00', '€40.00', '€20.00'],
        ['Trail Talk Podcast', '7', '2', '€150.00', '€15.00', '€2.1429'],
        ['DealDrop Coupons', '3', '1', '€25.00', '€2.50', '€0.8333'],
        ['Summit Rewards', '0', '0', '€0.00', '€0.00', '—'],
      ]);
      expect(await page.getByRole('columnheader', { name: 'Revenue' }).getAttribute('aria-sort')).toBe('descending');
      await harness.checkAtBothSizes(page, 'partners');
    },
    BROWSER_TEST_TIMEOUT_MS * 2,
  );

  it(
    'sorts by revenue the other way round and by EPC, all in the URL',
    async () => {
      await page.getByRole('button', { name: 'Revenue' }).click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'revenue');
      await expectNames(['Summit Rewards', 'DealDrop Coupons', 'Trail Talk Podcast', 'GearLab Reviews']);
      await page.getByRole('button', { name: 'EPC' }).click();
      await page.waitForURL((url) => url.searchParams.get('sort') === '-epc');
      // €20.00, €2.1429, €0.8333; no clicks, no EPC: last.
      await expectNames(['GearLab Reviews', 'Trail Talk Podcast', 'DealDrop Coupons', 'Summit Rewards']);
    },
    BROWSER_TEST_TIMEOUT_MS * 2,
  );

  it(
    'filters by role and searches by name, with a no-results state',
    async () => {
      await page.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Awareness', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('role') === 'awareness');
      await expectNames(['Trail Talk Podcast']);
      await page.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Conversion', exact: true }).click();
      await expectNames(['DealDrop Coupons']);

      await page.getByRole('textbox', { name: 'Search' }).fill('gear');
      await page.waitForURL((url) => url.searchParams.get('search') === 'gear');
      await page.getByRole('heading', { name: 'No partner matches' }).waitFor(); // gear AND the conversion role
      await harness.check(page, 'partners-no-results');
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.waitForURL((url) => !url.searchParams.has('role') && !url.searchParams.has('search'));
      await expectNames(['GearLab Reviews', 'Trail Talk Podcast', 'DealDrop Coupons', 'Summit Rewards']);
      await page.getByRole('textbox', { name: 'Search' }).fill('GEAR');
      await expectNames(['GearLab Reviews']);
      await page.getByRole('textbox', { name: 'Search' }).fill('');
      await expectNames(['GearLab Reviews', 'Trail Talk Podcast', 'DealDrop Coupons', 'Summit Rewards']);
    },
    BROWSER_TEST_TIMEOUT_MS * 2,
  );

  it(
    'creates a partner from the list and lands on its page',
    async () => {
      await page.getByRole('button', { name: 'Create partner' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Create partner' });
      await dialog.getByLabel('Name').fill('Zephyr Creator');
      await dialog.getByLabel('Email').fill('hello@zephyr.example');
      await harness.check(page, 'partners-create-dialog');
      await dialog.getByRole('button', { name: 'Create partner' }).click();
      await page.getByRole('heading', { name: 'Zephyr Creator', level: 1 }).waitFor();
      const listed = await api
        .http()
        .get('/v1/partners?type=creator')
        .set(...bearer(brand.managerKey));
      expect(listed.body.data.map((partner: { name: string }) => partner.name)).toContain('Zephyr Creator');
      await page.getByRole('link', { name: 'All partners' }).click();
      await expectNames([
        'GearLab Reviews',
        'Trail Talk Podcast',
        'DealDrop Coupons',
        'Summit Rewards',
        'Zephyr Creator',
      ]);
    },
    BROWSER_TEST_TIMEOUT_MS * 2,
  );

  it(
    'opens a partner: its last 30 days, a new link copied, a new code, an edit refused at its field, and suspends it',
    async () => {
      const partner = brand.partners.awareness;
      await page.getByRole('link', { name: 'Trail Talk Podcast' }).click();
      await page.getByRole('heading', { name: 'Trail Talk Podcast', level: 1 }).waitFor();
      const stat = (label: string) => page.getByRole('region', { name: label, exact: true }).locator('p').nth(1);
      // The same days as the table: 7 clicks, 2 conversions, 120.00 + 30.00, 12.00 + 3.00.
      await stat('Clicks').filter({ hasText: '7' }).waitFor();
      expect(await stat('Conversions').innerText()).toBe('2');
      expect(await stat('Revenue').innerText()).toBe('€150.00');
      expect(await stat('Commission').innerText()).toBe('€15.00');
      await page.getByRole('heading', { name: 'No links yet' }).waitFor();
      await harness.checkAtBothSizes(page, 'partner');

      // A link with a sub-id, copied from its row.
      await page.getByRole('button', { name: 'Create link' }).click();
      const linkDialog = page.getByRole('dialog', { name: 'Create link' });
      await linkDialog.getByLabel('Destination').fill(`https://evil.example/tents`);
      await linkDialog.getByRole('button', { name: 'Create link' }).click();
      await linkDialog.getByText("must be on one of the brand's landing domains").waitFor();
      await harness.check(page, 'partner-link-dialog-error');
      await linkDialog.getByLabel('Destination').fill(`https://${brand.landingDomain}/tents`);
      await linkDialog.getByLabel('sub1').fill('spring-video');
      await linkDialog.getByRole('button', { name: 'Create link' }).click();
      const created = linkDialog.getByLabel('Tracking link');
      await created.waitFor();
      const url = await created.inputValue();
      expect(url).toMatch(/\/c\/[2-9a-zA-Z]{8}\?sub1=spring-video$/);
      await harness.check(page, 'partner-link-created');
      await linkDialog.getByRole('button', { name: 'Done' }).click();
      const code = /\/c\/([^?]+)/.exec(url)![1];
      const links = page.getByRole('region', { name: 'Links table', exact: true });
      await links.getByText(url).waitFor();
      await links.getByText('sub1=spring-video', { exact: true }).waitFor();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.baseUrl });
      await links.getByRole('button', { name: `Copy link ${code}` }).click();
      await links.getByRole('button', { name: `Copied ${code}` }).waitFor();
      // The page's own clipboard (no DOM types here: the test reads it through globalThis).
      const clipboard = await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      );
      expect(clipboard).toBe(url);

      // A promo code.
      await page.getByRole('button', { name: 'Create code' }).click();
      const codeDialog = page.getByRole('dialog', { name: 'Create promo code' });
      await codeDialog.getByLabel('Code').fill('TRAIL10');
      await harness.check(page, 'partner-code-dialog');
      await codeDialog.getByRole('button', { name: 'Create code' }).click();
      await page.getByRole('region', { name: 'Promo codes table', exact: true }).getByText('TRAIL10').waitFor();

      // An e-mail the API refuses shows under its field.
      await page.getByRole('button', { name: 'Edit' }).click();
      const editDialog = page.getByRole('dialog', { name: 'Edit Trail Talk Podcast' });
      await editDialog.getByLabel('Email').fill('not-an-address');
      await editDialog.getByRole('button', { name: 'Save' }).click();
      await editDialog.getByText('Email must be an e-mail address').waitFor();
      await harness.check(page, 'partner-edit-dialog-error');
      await editDialog.getByLabel('Email').fill('hello@trailtalk.example');
      await editDialog.getByRole('button', { name: 'Save' }).click();
      await editDialog.waitFor({ state: 'detached' });
      await page.getByText('hello@trailtalk.example').waitFor();

      // Suspended: the header says so, and the API agrees.
      await page.getByRole('button', { name: 'Suspend' }).click();
      await page.getByRole('button', { name: 'Reactivate' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Suspended' }).waitFor();
      const stored = await api
        .http()
        .get(`/v1/partners/${partner.id}`)
        .set(...bearer(brand.managerKey));
      expect(stored.body).toMatchObject({ status: 'suspended', email: 'hello@trailtalk.example' });
      const codes = await api
        .http()
        .get(`/v1/partners/${partner.id}/codes`)
        .set(...bearer(brand.managerKey));
      expect(codes.body.data.map((row: { code: string }) => row.code)).toEqual(['TRAIL10']);
      await harness.checkAtBothSizes(page, 'partner-suspended');
    },
    BROWSER_TEST_TIMEOUT_MS * 3,
  );
});
