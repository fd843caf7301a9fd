import { type Browser, type BrowserContext } from 'playwright-core';
import { AppConfig } from '#config';
import {
  BROWSER_TEST_TIMEOUT_MS,
  expectNoSeriousA11yViolations,
  launchBrowser,
  type ListeningTestApi,
  saveScreenshot,
  startListeningTestApi,
} from '#testing';

const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><title>Harness</title></head><body><main>${body}</main></body></html>`;

/** The browser-test harness itself: Chromium reaches the listening API, screenshots and axe work. */
describe('browser harness', () => {
  let api: ListeningTestApi;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    api = await startListeningTestApi();
    browser = await launchBrowser();
    context = await browser.newContext();
  }, BROWSER_TEST_TIMEOUT_MS);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });

  it(
    'opens the API documentation from the listening API in Chromium and keeps a full-page screenshot',
    async () => {
      const docs = await context.newPage();
      const response = await docs.goto(`${api.baseUrl}/docs`);
      expect(response?.status()).toBe(200);
      await docs.getByRole('heading', { name: /Partnermix API/ }).waitFor();
      const path = await saveScreenshot(docs, 'api-docs');
      expect(path).toMatch(/test-output\/screenshots\/harness\/api-docs\.png$/);
      await docs.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  // Swagger UI at /docs is not our markup (axe finds color-contrast and nested-interactive there),
  // so the checker is proven on pages of our own: one that passes and one that must not.
  it(
    'passes an accessible page and refuses a serious violation, naming the rule, its help and the element',
    async () => {
      const tab = await context.newPage();
      await tab.setContent(page('<h1>Apply</h1><label>Email <input type="email" name="email"></label>'));
      await expectNoSeriousA11yViolations(tab, 'accessible page');

      await tab.setContent(page('<h1>Apply</h1><input type="email" id="email"><img src="data:," id="logo">'));
      const refusal = expectNoSeriousA11yViolations(tab, 'broken page');
      await expect(refusal).rejects.toThrow(/^broken page: 2 serious accessibility violation\(s\) \(axe\)/);
      await expect(refusal).rejects.toThrow(
        /- image-alt \(critical\): Images must have alternative text\n.*\n\s+at #logo/,
      );
      await expect(refusal).rejects.toThrow(/- label \(critical\): Form elements must have labels\n.*\n\s+at #email/);
      await tab.close();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it('reaches the same API that answers JSON, at the address its links are built on', async () => {
    const tab = await context.newPage();
    const response = await tab.goto(`${api.baseUrl}/health`);
    expect(response?.status()).toBe(200);
    expect(api.app.get(AppConfig).PUBLIC_BASE_URL).toBe(api.baseUrl);
    await tab.close();
  });
});
