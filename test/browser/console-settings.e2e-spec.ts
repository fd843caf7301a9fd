import { type INestApplicationContext } from '@nestjs/common';
import { type Page } from 'playwright-core';
import {
  accessibleDescription,
  bearer,
  BROWSER_TEST_TIMEOUT_MS,
  type BrandFixture,
  type BrowserHarness,
  closedPeriod,
  createBrandFixture,
  eventually,
  type ListeningTestApi,
  openBrowserHarness,
  signUpByInvite,
  startListeningTestApi,
  startTestWorker,
  startWebhookReceiver,
  type TestSession,
  type WebhookReceiver,
} from '#testing';

/** Each test looks at several pages and dialogs at two sizes (axe on each) on a shared machine. */
const TEST_TIMEOUT_MS = 3 * BROWSER_TEST_TIMEOUT_MS;
// The API's message, shown under the field with a capital letter.
const DOMAIN_ERROR = 'Each of landingDomains must be a lower-case host name such as "shop.example.com"';

/**
 * A brand manager sets the program up in the browser: the brand, API keys, a webhook with its test
 * delivery, the target mix, other marketing spend and a promo code. Every page and open dialog is
 * checked with axe and kept as screenshots at desktop and phone size.
 */
describe('browser: console settings', () => {
  let api: ListeningTestApi;
  let worker: INestApplicationContext;
  let harness: BrowserHarness;
  let receiver: WebhookReceiver;
  let brand: BrandFixture;
  let manager: TestSession;
  let page: Page;

  const url = (path: string) => `${api.baseUrl}/app/console/settings${path}`;
  const get = (path: string) =>
    api
      .http()
      .get(path)
      .set(...bearer(brand.managerKey));

  beforeAll(async () => {
    api = await startListeningTestApi();
    worker = await startTestWorker();
    receiver = await startWebhookReceiver();
    brand = await createBrandFixture(api, { name: 'Summit Outfitters' });
    manager = await signUpByInvite(api, brand.managerKey, brand.id, { role: 'brand_manager', name: 'Maria Manager' });
    harness = await openBrowserHarness(api);
    page = await harness.newPage(manager);
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await harness?.close();
    await receiver?.close();
    await worker?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(harness.pageErrors).toEqual([]);
  });

  it(
    'edits the brand: a bad landing domain is refused at its field, a good one is saved and stays',
    async () => {
      await page.goto(url(''));
      await page.getByRole('heading', { level: 1, name: 'Brand settings' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Settings sections' });
      expect(await nav.getByRole('link', { name: 'Brand' }).getAttribute('aria-current')).toBe('page');
      expect(await nav.getByRole('link', { name: 'Team' }).getAttribute('href')).toBe('/app/console/team');
      expect(await page.getByLabel('Currency').inputValue()).toBe('EUR');
      expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
      const domains = page.getByLabel('Landing domains');
      expect(await domains.inputValue()).toBe(brand.landingDomain);
      await harness.checkAtBothSizes(page, 'settings-brand');

      await domains.fill('shop.summit.example\nnot a host');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText(DOMAIN_ERROR).waitFor();
      expect(await accessibleDescription(domains)).toContain(DOMAIN_ERROR);
      expect((await get(`/v1/brands/${brand.id}`)).body.landingDomains).toEqual([brand.landingDomain]);
      await harness.check(page, 'settings-brand-invalid-domain');

      // Upper case is lower-cased before it is sent.
      await domains.fill('shop.summit.example\nSummit.example');
      await page.getByLabel('Click id parameter').fill('irclickid');
      await page.getByLabel('Minimum payout (EUR)').fill('25.50');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('The brand settings were saved.').waitFor();
      const saved = (await get(`/v1/brands/${brand.id}`)).body;
      expect(saved).toMatchObject({
        landingDomains: ['shop.summit.example', 'summit.example'],
        clickIdParam: 'irclickid',
        minimumPayout: '25.50',
      });

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Brand settings' }).waitFor();
      expect(await page.getByLabel('Landing domains').inputValue()).toBe('shop.summit.example\nsummit.example');
      expect(await page.getByLabel('Minimum payout (EUR)').inputValue()).toBe('25.50');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'creates an API key and shows it once, then revokes it and the key stops working',
    async () => {
      await page.goto(url('/api-keys'));
      await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
      const table = page.getByRole('region', { name: 'API keys' });
      // The fixture's three keys.
      await table.getByText('network key').waitFor();
      await harness.checkAtBothSizes(page, 'settings-api-keys');

      await page.getByRole('button', { name: 'Create API key' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create an API key' });
      await dialog.getByLabel('Name').fill('Shop server');
      await harness.check(page, 'settings-api-key-dialog');
      await dialog.getByRole('button', { name: 'Create key' }).click();

      const shown = page.getByRole('dialog', { name: 'API key created' });
      const key = await shown.getByLabel('API key').inputValue();
      expect(key).toMatch(/^pmx_nw_/);
      expect(await shown.getByLabel('Postback signing secret').inputValue()).toMatch(/^pmx_ss_/);
      await shown.getByText('This is the only time the key is shown.', { exact: false }).first().waitFor();
      await harness.check(page, 'settings-api-key-created');
      // A live network key may not read partners (403); a revoked one is not a key at all (401).
      const partnersAs = async (secret: string) =>
        (
          await api
            .http()
            .get('/v1/partners')
            .set(...bearer(secret))
        ).status;
      expect(await partnersAs(key)).toBe(403);
      await shown.getByRole('button', { name: 'I have stored it' }).click();

      const row = table.getByRole('row').filter({ hasText: 'Shop server' });
      await row.getByText(`${key.slice(0, 12)}…`).waitFor();
      expect(await page.content()).not.toContain(key);

      await row.getByRole('button', { name: 'Revoke Shop server' }).click();
      const confirm = page.getByRole('dialog', { name: 'Revoke this key?' });
      await confirm.waitFor();
      await harness.check(page, 'settings-api-key-revoke');
      await confirm.getByRole('button', { name: 'Revoke key' }).click();
      await row.waitFor({ state: 'detached' });
      expect(await partnersAs(key)).toBe(401);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'adds a webhook, sends a test event to the receiver and sees it delivered in the log',
    async () => {
      await page.goto(url('/webhooks'));
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
      await page.getByText('No webhooks').waitFor();
      await harness.checkAtBothSizes(page, 'settings-webhooks-empty');

      await page.getByRole('button', { name: 'Add webhook' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a webhook' });
      await dialog.getByLabel('Endpoint URL').fill(`${receiver.url}/hooks/partnermix`);
      await dialog.getByRole('button', { name: 'Add webhook' }).click();
      await dialog.getByText('Pick at least one event').waitFor();
      await dialog.getByLabel(/^conversion\.created/).check();
      await harness.check(page, 'settings-webhook-dialog');
      await dialog.getByRole('button', { name: 'Add webhook' }).click();

      const added = page.getByRole('dialog', { name: 'Webhook added' });
      expect(await added.getByLabel('Signing secret').inputValue()).toMatch(/^whsec_/);
      await harness.check(page, 'settings-webhook-secret');
      await added.getByRole('link', { name: 'Open its delivery log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Webhook' }).waitFor();
      await page.getByText('Nothing delivered yet').waitFor();

      await page.getByRole('button', { name: 'Send test event' }).click();
      const log = page.getByRole('region', { name: 'Delivery log' });
      const row = log.getByRole('row').filter({ hasText: 'webhook.test' });
      // The worker delivers it; the log asks again while it is pending.
      await row.getByText('Delivered').waitFor();
      await row.getByText('HTTP 200', { exact: false }).waitFor();
      const posts = receiver.requests.filter((request) => request.method === 'POST');
      expect(posts).toHaveLength(1);
      expect(posts[0]!.url).toBe('/hooks/partnermix');
      expect(JSON.parse(posts[0]!.body).type).toBe('webhook.test');
      await harness.checkAtBothSizes(page, 'settings-webhook-log');

      // Retry sends the same event again.
      await row.getByRole('button', { name: /^Send the webhook\.test delivery/ }).click();
      await eventually(async () => receiver.requests.filter((request) => request.method === 'POST').length === 2);
      const again = receiver.requests.filter((request) => request.method === 'POST')[1]!;
      expect(JSON.parse(again.body).id).toBe(JSON.parse(posts[0]!.body).id);

      await page.getByRole('button', { name: 'Rotate secret' }).click();
      const rotate = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
      await rotate.getByRole('button', { name: 'Rotate secret' }).click();
      const rotated = page.getByRole('dialog', { name: 'New signing secret' });
      expect(await rotated.getByLabel('Signing secret').inputValue()).toMatch(/^whsec_/);
      await harness.check(page, 'settings-webhook-rotated');
      await rotated.getByRole('button', { name: 'I have stored it' }).click();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'sets the target mix: shares that do not add up to 100% are refused, then 40/30/20/10 is saved',
    async () => {
      await page.goto(url('/target-mix'));
      await page.getByRole('heading', { level: 1, name: 'Target mix' }).waitFor();
      await page.getByText('No target set yet.').waitFor();
      const share = (role: string) => page.getByRole('textbox', { name: role });
      await share('Awareness').fill('40');
      await share('Consideration').fill('30');
      await share('Conversion').fill('20');
      await share('Retention').fill('5');
      // 40 + 30 + 20 + 5 = 95.
      await page.getByText('Total: 95%').waitFor();
      await page.getByRole('button', { name: 'Save target mix' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'The four shares add up to 95%; they must add up to 100%.' })
        .waitFor();
      expect((await get('/v1/partner-mix/target')).status).toBe(404);
      await harness.checkAtBothSizes(page, 'settings-target-mix-invalid');

      await share('Retention').fill('10');
      await page.getByText('Total: 100%').waitFor();
      await page.getByRole('button', { name: 'Save target mix' }).click();
      await page.getByText('The target mix was saved.').waitFor();
      expect((await get('/v1/partner-mix/target')).body).toMatchObject({
        awareness: 0.4,
        consideration: 0.3,
        conversion: 0.2,
        retention: 0.1,
      });
      await page.reload();
      expect(await share('Retention').inputValue()).toBe('10%');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'adds last month’s paid social spend, shown exactly in euros',
    async () => {
      const month = closedPeriod('month', 1).key; // "YYYY-MM", the month before this one
      const [year, number] = month.split('-').map(Number);
      const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year!, number! - 1, 1)),
      );
      await page.goto(url('/spend'));
      await page.getByRole('heading', { level: 1, name: 'Marketing spend' }).waitFor();
      await page.getByText('No spend entered').waitFor();
      await page.getByLabel('Month').fill(month);
      await page.getByLabel('Channel').first().fill('paid_social');
      await page.keyboard.press('Escape');
      await page.getByLabel('Amount (EUR)').fill('12500.05');
      await page.getByRole('button', { name: 'Add spend' }).click();
      const row = page
        .getByRole('region', { name: 'Marketing spend' })
        .getByRole('row')
        .filter({ hasText: 'paid_social' });
      // 12,500 euros and 5 cents, to the cent.
      await row.getByText('€12,500.05').waitFor();
      await row.getByText(monthName).waitFor();
      const [stored] = (await get('/v1/spend')).body.data;
      expect(stored).toMatchObject({ channel: 'paid_social', amount: '12500.05', currency: 'EUR' });
      expect(stored.periodStart).toBe(`${month}-01`);
      await harness.checkAtBothSizes(page, 'settings-spend');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'creates a promo code for a partner and lists it with the partner’s name',
    async () => {
      await page.goto(url('/promo-codes'));
      await page.getByRole('heading', { level: 1, name: 'Promo codes' }).waitFor();
      await page.getByText('No promo codes').waitFor();
      await page.getByRole('button', { name: 'Create promo code' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create a promo code' });
      await dialog.getByLabel('Partner').first().click();
      await page.getByRole('option', { name: 'Trail Talk Podcast' }).click();
      await dialog.getByLabel('Code').first().fill('TRAIL10');
      await harness.check(page, 'settings-promo-code-dialog');
      await dialog.getByRole('button', { name: 'Create code' }).click();
      await dialog.waitFor({ state: 'detached' });
      const row = page.getByRole('region', { name: 'Promo codes' }).getByRole('row').filter({ hasText: 'TRAIL10' });
      await row.getByText('Trail Talk Podcast').waitFor();
      expect((await get(`/v1/partners/${brand.partners.awareness.id}/codes`)).body.data).toMatchObject([
        { code: 'TRAIL10', exclusiveToAudience: false },
      ]);
      await harness.checkAtBothSizes(page, 'settings-promo-codes');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows the quality rules and the team’s members from the settings list',
    async () => {
      await page.goto(url('/quality'));
      await page.getByRole('heading', { level: 1, name: 'Quality rules' }).waitFor();
      const rules = (await get('/v1/quality-rules')).body;
      expect(await page.getByLabel('Last-second window (seconds)').inputValue()).toBe(String(rules.lastSecondSeconds));
      await harness.checkAtBothSizes(page, 'settings-quality');

      await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Team' }).click();
      await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
      const member = page
        .getByRole('region', { name: 'Members' })
        .getByRole('row')
        .filter({ hasText: 'Maria Manager' });
      await member.getByText('Brand manager').waitFor();
      await member.getByText('(you)', { exact: false }).waitFor();
      await harness.checkAtBothSizes(page, 'team-members');
    },
    TEST_TIMEOUT_MS,
  );
});
