import { type Page } from 'playwright-core';
import {
  accessibleDescription,
  bearer,
  BROWSER_LOCALE,
  BROWSER_TEST_TIMEOUT_MS,
  BROWSER_TIME_ZONE,
  type BrowserHarness,
  createBrand,
  linkIn,
  type ListeningTestApi,
  newEmail,
  newPassword,
  signUpByInvite,
  startListeningTestApi,
  openBrowserHarness,
  startTestMailbox,
  testClock,
  type TestMailbox,
} from '#testing';

const DAY_MS = 24 * 3600 * 1000;
const COMMON_PASSWORD = 'password123';
// The API's message, shown under the field with a capital letter.
const COMMON_PASSWORD_ERROR = 'Password is one of the most common passwords; choose one nobody would guess';

/**
 * A brand manager in the browser: the operator's mailed invite, choosing a password, the console,
 * signing out and in again, the signed-in devices, a forgotten password, and the 404 page.
 */
describe('browser: a brand manager’s account', () => {
  let mailbox: TestMailbox;
  let api: ListeningTestApi;
  let browser: BrowserHarness;
  let brand: { id: string; name: string };
  /** Maria, the manager the operator invites; her password once she has chosen it. */
  const maria = { email: newEmail('maria'), password: newPassword() };
  /** Her session cookie once she has signed in (not the invite's sign-in: that session is signed out). */
  let mariaSession: { cookie: string };

  const sessionStatus = async (cookie: string): Promise<number> =>
    (await api.http().get('/v1/auth/session').set('Cookie', cookie)).status;

  async function signInOnPage(page: Page, email: string, password: string): Promise<void> {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: false }).first().fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await startListeningTestApi({ SMTP_URL: mailbox.smtpUrl });
    const created = await createBrand(api, { name: 'Summit Outfitters' });
    brand = { id: created.id, name: 'Summit Outfitters' };
    browser = await openBrowserHarness(api);
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await mailbox?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(browser.pageErrors).toEqual([]);
  });

  it(
    'accepts the mailed invite: shows brand and email, refuses a common password at its field, then opens the console',
    async () => {
      const invite = await api
        .http()
        .post(`/v1/brands/${brand.id}/invites`)
        .set(...bearer(api.operatorKey))
        .send({ email: maria.email, role: 'brand_manager' });
      expect(invite.status).toBe(201);
      const expiresIn = Date.parse(invite.body.expiresAt) - testClock.now().getTime();
      expect(Math.abs(expiresIn - 7 * DAY_MS)).toBeLessThan(60_000);

      const mail = await mailbox.waitForMail(
        maria.email,
        (m) => m.subject === `You are invited to ${brand.name} on Partnermix`,
      );
      const link = linkIn(mail, `${api.baseUrl}/app/accept-invite?token=`);
      expect(link).toBe(invite.body.acceptUrl);

      const page = await browser.newPage();
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: `Join ${brand.name} on Partnermix` }).waitFor();
      await page
        .getByText(`You were invited as ${maria.email} to manage the partner program of ${brand.name}.`)
        .waitFor();
      expect(await page.getByLabel('Email').inputValue()).toBe(maria.email);
      await browser.check(page, 'accept-invite');

      await page.getByLabel('Your name').fill('Maria Manager');
      const password = page.getByLabel('Choose a password');
      await password.fill(COMMON_PASSWORD);
      await page.getByRole('button', { name: 'Accept and continue' }).click();
      await page.getByText(COMMON_PASSWORD_ERROR).waitFor();
      expect(await accessibleDescription(password)).toContain(COMMON_PASSWORD_ERROR);
      expect(new URL(page.url()).pathname).toBe('/app/accept-invite');
      await browser.check(page, 'accept-invite-common-password');

      await password.fill(maria.password);
      await page.getByRole('button', { name: 'Accept and continue' }).click();
      await page.waitForURL(`${api.baseUrl}/app/console`);
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Brand console', exact: true })
        .getByRole('link', { name: 'Applications' })
        .waitFor();
      await page.getByRole('button', { name: /Maria Manager.*Account menu/ }).waitFor();
      await browser.check(page, 'console-overview');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'signs out from the account menu: back on sign-in, and the old session cookie is refused (401)',
    async () => {
      const page = await browser.newPage();
      const context = page.context();
      // The invite was accepted in the first test's context: sign in here to have a session of this context.
      await page.goto(`${api.baseUrl}/app/login`);
      await signInOnPage(page, maria.email, maria.password);
      await page.waitForURL(`${api.baseUrl}/app/console`);
      const cookie = (await context.cookies(api.baseUrl)).find((entry) => entry.name === 'pmx_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      const old = `pmx_session=${cookie!.value}`;
      expect(await sessionStatus(old)).toBe(200);

      await page.getByRole('button', { name: /Account menu/ }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(`${api.baseUrl}/app/login`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await sessionStatus(old)).toBe(401);
      await browser.check(page, 'sign-in');

      await signInOnPage(page, maria.email, `${maria.password}-not`);
      await page.getByRole('alert').getByText('That email and password do not match an account.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/login');
      await browser.check(page, 'sign-in-wrong-password');

      await page.getByLabel('Password', { exact: false }).first().fill(maria.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${api.baseUrl}/app/console`);
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      const signedIn = (await context.cookies(api.baseUrl)).find((entry) => entry.name === 'pmx_session')!;
      mariaSession = { cookie: `pmx_session=${signedIn.value}` };
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'lists the current session on Signed-in devices, signed in at the time the API’s clock gave',
    async () => {
      const page = await browser.newPage(mariaSession);
      const context = page.context();
      await page.goto(`${api.baseUrl}/app/console`);
      await page.getByRole('button', { name: /Account menu/ }).click();
      await page.getByRole('menuitem', { name: 'Signed-in devices' }).click();
      await page.waitForURL(`${api.baseUrl}/app/account/sessions`);
      await page.getByRole('heading', { level: 1, name: 'Signed-in devices' }).waitFor();

      const cookie = (await context.cookies(api.baseUrl)).find((entry) => entry.name === 'pmx_session')!;
      const listed = await api.http().get('/v1/auth/sessions').set('Cookie', `pmx_session=${cookie.value}`);
      expect(listed.status).toBe(200);
      const current = listed.body.data.find((entry: { current: boolean }) => entry.current);
      expect(Math.abs(Date.parse(current.createdAt) - testClock.now().getTime())).toBeLessThan(5 * 60_000);

      const rows = page.getByRole('region', { name: 'Signed-in devices' }).getByRole('row');
      await rows.nth(1).waitFor();
      // A header row and one row per session of this account that is still open: the first
      // test's and this context's sign-ins (the one signed out is gone).
      expect(await rows.count()).toBe(1 + listed.body.data.length);
      const row = rows.filter({ hasText: 'This device' });
      expect(await row.count()).toBe(1);
      const day = new Intl.DateTimeFormat(BROWSER_LOCALE, { dateStyle: 'medium', timeZone: BROWSER_TIME_ZONE }).format(
        new Date(current.createdAt),
      );
      expect(await row.getByRole('cell').nth(2).innerText()).toContain(day);
      await browser.check(page, 'account-sessions');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'shows the 404 page for an unknown address, signed out and inside the console',
    async () => {
      const signedOut = await browser.newPage();
      await signedOut.goto(`${api.baseUrl}/app/no-such-page`);
      await signedOut.getByRole('heading', { level: 1, name: 'This page does not exist' }).waitFor();
      await signedOut.getByText('/app/no-such-page').waitFor();
      await browser.check(signedOut, 'not-found');

      const signedIn = await browser.newPage(mariaSession);
      await signedIn.goto(`${api.baseUrl}/app/console/no-such-page`);
      await signedIn.getByRole('heading', { level: 1, name: 'This page does not exist' }).waitFor();
      await signedIn.getByRole('navigation', { name: 'Brand console', exact: true }).waitFor();
      await browser.check(signedIn, 'console-not-found');
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'resets a forgotten password through the mailed link: a common one refused, the old one refused after',
    async () => {
      const paul = await signUpByInvite(api, api.operatorKey, brand.id, {
        role: 'brand_manager',
        name: 'Paul Planner',
        email: newEmail('paul'),
      });
      const chosen = newPassword();
      const page = await browser.newPage();
      await page.goto(`${api.baseUrl}/app/login`);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.waitForURL(`${api.baseUrl}/app/forgot-password`);
      await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
      await browser.check(page, 'forgot-password');

      await page.getByLabel('Email').fill(paul.email);
      await page.getByRole('button', { name: 'Email me a reset link' }).click();
      await page.getByRole('status').getByText(`If an account uses ${paul.email}`).waitFor();
      await browser.check(page, 'forgot-password-sent');

      const mail = await mailbox.waitForMail(paul.email, (m) => m.subject === 'Reset your Partnermix password');
      await page.goto(linkIn(mail, `${api.baseUrl}/app/reset-password?token=`));
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      await browser.check(page, 'reset-password');

      const fresh = page.getByLabel('New password', { exact: false }).first();
      const repeat = page.getByLabel('Repeat the new password');
      await fresh.fill(COMMON_PASSWORD);
      await repeat.fill(COMMON_PASSWORD);
      await page.getByRole('button', { name: 'Save the new password' }).click();
      await page.getByText(COMMON_PASSWORD_ERROR).waitFor();
      expect(await accessibleDescription(fresh)).toContain(COMMON_PASSWORD_ERROR);
      await browser.check(page, 'reset-password-common-password');

      await fresh.fill(chosen);
      await repeat.fill(chosen);
      await page.getByRole('button', { name: 'Save the new password' }).click();
      await page.getByRole('status').getByText('Your password is changed').waitFor();
      await browser.check(page, 'reset-password-done');
      // A reset ends every session of the account, the one of the invite's sign-in included.
      expect(await sessionStatus(paul.cookie)).toBe(401);

      await page.getByRole('link', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(`${api.baseUrl}/app/login`);
      await signInOnPage(page, paul.email, paul.password);
      await page.getByRole('alert').getByText('That email and password do not match an account.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/login');

      await page.getByLabel('Password', { exact: false }).first().fill(chosen);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${api.baseUrl}/app/console`);
      await page.getByRole('button', { name: /Paul Planner.*Account menu/ }).waitFor();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
