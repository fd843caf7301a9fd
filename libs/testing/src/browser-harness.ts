import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type TestSession } from './accounts.js';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  type ListeningTestApi,
  saveScreenshot,
  waitForTransitions,
} from './browser.js';

/** The sizes every page is looked at: a laptop and a phone. */
export const DESKTOP_VIEWPORT = { width: 1440, height: 900 };
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** The locale and zone the browser reads in, so that a test can write dates the same way. */
export const BROWSER_LOCALE = 'en-GB';
export const BROWSER_TIME_ZONE = 'Europe/Berlin';

export interface BrowserHarness {
  browser: Browser;
  /** Errors thrown in any page: assert it stays empty (afterEach). */
  pageErrors: string[];
  /** A fresh browser context (its own cookies) at desktop size, signed in when a session is given. */
  newPage(session?: Pick<TestSession, 'cookie'>): Promise<Page>;
  /** Axe (no serious or critical violation) and a screenshot, once transitions have settled. */
  check(page: Page, name: string): Promise<void>;
  /** `check` at 1440×900 (`name`) and at 390×844 (`name-phone`); the page ends at desktop size. */
  checkAtBothSizes(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * One Chromium for a browser test file, and pages for the people in it. A session made through the
 * API (signIn, signUpByInvite) becomes the page's cookie, so a test that is not about signing in
 * starts on its page at once.
 */
export async function openBrowserHarness(api: ListeningTestApi): Promise<BrowserHarness> {
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function check(page: Page, name: string): Promise<void> {
    await waitForTransitions(page);
    await expectNoSeriousA11yViolations(page, name);
    await saveScreenshot(page, name);
  }

  return {
    browser,
    pageErrors,
    async newPage(session) {
      const context = await browser.newContext({
        locale: BROWSER_LOCALE,
        timezoneId: BROWSER_TIME_ZONE,
        viewport: DESKTOP_VIEWPORT,
      });
      contexts.push(context);
      if (session) {
        const [name, ...value] = session.cookie.split('=');
        await context.addCookies([
          { name: name!, value: value.join('='), url: api.baseUrl, httpOnly: true, sameSite: 'Lax' },
        ]);
      }
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    check,
    async checkAtBothSizes(page, name) {
      await page.setViewportSize(DESKTOP_VIEWPORT);
      await check(page, name);
      await page.setViewportSize(PHONE_VIEWPORT);
      try {
        await check(page, `${name}-phone`);
      } finally {
        await page.setViewportSize(DESKTOP_VIEWPORT);
      }
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
    },
  };
}
