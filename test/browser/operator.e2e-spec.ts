import { randomBytes } from 'node:crypto';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { UsersService } from '#core/accounts/index.js';
import {
  bearer,
  BROWSER_TEST_TIMEOUT_MS,
  createBrand,
  expectNoSeriousA11yViolations,
  launchBrowser,
  type ListeningTestApi,
  newEmail,
  newPassword,
  saveScreenshot,
  startListeningTestApi,
  waitForTransitions,
} from '#testing';

/**
 * The operator in the browser: signs in, finds a brand in the list of all brands by searching,
 * invites its first manager from the row, and creates a brand that then shows in the list.
 */
describe('browser: the operator’s brands', () => {
  let api: ListeningTestApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  // Names no other file's brands carry, so the search finds exactly these.
  const tag = randomBytes(3).toString('hex');
  const juniper = `Juniper ${tag} Candles`;
  const operator = { email: newEmail('olga'), password: newPassword() };

  async function check(name: string): Promise<void> {
    await waitForTransitions(page);
    await expectNoSeriousA11yViolations(page, name);
    await saveScreenshot(page, name);
  }

  /** The first cell (name, then id) of every brand row of the list. */
  const brandCells = () => page.getByRole('region', { name: 'Brands', exact: true }).locator('tbody tr td:first-child');

  beforeAll(async () => {
    api = await startListeningTestApi();
    await api.app.get(UsersService).create({ ...operator, name: 'Olga Operator', isOperator: true });
    await createBrand(api, { name: juniper });
    await createBrand(api, { name: `Larch ${tag} Soap` });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it(
    'signs in to the operator area and finds a brand by searching the list',
    async () => {
      await page.goto(`${api.baseUrl}/app/login`);
      await page.getByLabel('Email').fill(operator.email);
      await page.getByLabel('Password', { exact: false }).first().fill(operator.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${api.baseUrl}/app/operator`);
      await page.getByRole('heading', { name: 'All brands' }).waitFor();

      await page.getByLabel('Search brands').fill(tag);
      await page.waitForURL((url) => url.searchParams.get('search') === tag);
      // The two brands of this file, oldest first.
      await expectRows([juniper, `Larch ${tag} Soap`]);
      await page.getByLabel('Search brands').fill(`JUNIPER ${tag}`);
      await expectRows([juniper]);
      await check('operator-brands');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'invites the first manager of a brand from its row: the invite link, and the invite in the brand',
    async () => {
      const [juniperBrand] = (
        await api
          .http()
          .get(`/v1/brands?search=${encodeURIComponent(juniper)}`)
          .set(...bearer(api.operatorKey))
      ).body.data;
      await page.getByRole('button', { name: `Invite a manager to ${juniper}` }).click();
      await expectValue(page.getByLabel('Brand id'), juniperBrand.id);
      const email = newEmail('june');
      await page.getByLabel('Manager’s email').fill(email);
      await page.getByRole('button', { name: 'Create invite' }).click();
      await page.getByLabel('Invite link').waitFor();
      expect(await page.getByLabel('Invite link').inputValue()).toMatch(
        new RegExp(`^${api.baseUrl}/app/accept-invite\\?token=`),
      );
      await check('operator-invite-created');

      const invites = await api
        .http()
        .get(`/v1/brands/${juniperBrand.id}/invites`)
        .set(...bearer(api.operatorKey));
      expect(invites.body.data).toEqual([expect.objectContaining({ email, role: 'brand_manager', status: 'pending' })]);
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'creates a brand, which then shows in the list',
    async () => {
      const name = `Maple ${tag} Syrup`;
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Landing domains').fill(`maple-${tag}.example`);
      await page.getByRole('button', { name: 'Create brand' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${name} is created` })
        .waitFor();
      await page.getByLabel('Search brands').fill(tag);
      await expectRows([juniper, `Larch ${tag} Soap`, name]);
      await check('operator-brand-created');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  /** The brand rows of the list show exactly these names, in this order. */
  async function expectRows(names: string[]): Promise<void> {
    // Read in one go (the rows change while the debounced search catches up), then polled.
    await expectEventually(async () => {
      const texts = await brandCells().allInnerTexts();
      return texts.map((text) => text.split('\n')[0].trim());
    }, names);
  }

  async function expectValue(field: ReturnType<Page['getByLabel']>, value: string): Promise<void> {
    await expectEventually(() => field.inputValue(), value);
  }

  /** Polls until `read` gives `expected` (the list follows the search after a short debounce). */
  async function expectEventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
    const deadline = Date.now() + 10_000;
    let last: T = await read();
    while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    expect(last).toEqual(expected);
  }
});
