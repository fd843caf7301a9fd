import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { freePort } from './child-process.js';
import { startTestApi, type TestApi } from './test-app.js';

/**
 * The Chromium scripts/test.mjs found or installed (ensureChromium), handed over through
 * jest.config.js's `globals`; Debian's and Ubuntu's paths when the tests run without it.
 */
function chromiumPath(): string {
  const given = (globalThis as { CHROMIUM_PATH?: string }).CHROMIUM_PATH;
  const path = [given, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate) => candidate && existsSync(candidate),
  );
  if (!path) throw new Error('No Chromium found: run the tests with `npm test`, which installs or names it');
  return path;
}

/** For a browser test's `it` and `beforeAll`: a page, a screenshot and an axe run take seconds each. */
export const BROWSER_TEST_TIMEOUT_MS = 90_000;

/** Headless Chromium, quiet: no first-run, update, sync or background traffic. Close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface ListeningTestApi extends TestApi {
  /** `http://127.0.0.1:<port>`: where a browser reaches the API, and what mailed links point at. */
  baseUrl: string;
}

/**
 * The real API application like startTestApi, but listening on 127.0.0.1 so that a browser can
 * reach it; PUBLIC_BASE_URL is its own address, so links it builds (tracking, mails) lead back to it.
 */
export async function startListeningTestApi(overrides: Record<string, string> = {}): Promise<ListeningTestApi> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = await startTestApi({ ...overrides, PUBLIC_BASE_URL: baseUrl });
  try {
    await api.app.listen({ port, host: '127.0.0.1' });
  } catch (error) {
    await api.close();
    throw error;
  }
  return { ...api, baseUrl };
}

/**
 * Waits until no CSS transition or animation runs (a dialog fading in, a menu opening), so that
 * axe and screenshots see the page as it settles, not half-transparent on its way there.
 */
export async function waitForTransitions(page: Page): Promise<void> {
  // Typed by hand: this project's TypeScript has no DOM types (and the app's CSP refuses a string to eval).
  type PageDocument = { getAnimations: () => { playState: string }[] };
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: PageDocument }).document
      .getAnimations()
      .every((animation) => animation.playState !== 'running'),
  );
}

/**
 * What a field's accessible description says (the elements its aria-describedby names): where a
 * field's error is read out. Mantine's PasswordInput marks an invalid input with data-invalid
 * only, so this, not aria-invalid, is how a test sees an error at its field.
 */
export async function accessibleDescription(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** Fails on any axe violation of impact `serious` or `critical`, naming each rule, its help and where. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length === 0) return;
  const lines = serious.map(
    (violation) =>
      `- ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(' ')}`).join('\n'),
  );
  throw new Error(`${label}: ${serious.length} serious accessibility violation(s) (axe)\n${lines.join('\n')}`);
}

/** Where screenshots go; kept after the run so that a person can open them. */
export const SCREENSHOT_ROOT = resolve('test-output', 'screenshots');
const cleared = new Set<string>();

/**
 * A full-page PNG at test-output/screenshots/<spec>/<name>.png (spec: the test file's name without
 * `.e2e-spec.ts`). A spec's folder is emptied at its first screenshot of the run, so nothing stale
 * stays beside the new ones. Returns the file's path.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const testPath = expect.getState().testPath ?? 'unknown';
  const spec = basename(testPath).replace(/\.e2e-spec\.ts$|\.spec\.ts$|\.ts$/, '');
  const folder = join(SCREENSHOT_ROOT, spec);
  if (!cleared.has(folder)) {
    rmSync(folder, { recursive: true, force: true });
    cleared.add(folder);
  }
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
