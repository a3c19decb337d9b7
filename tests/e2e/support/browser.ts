// Debian's Chromium through playwright-core (no browser downloads), and an axe-core check for every page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = () => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and fails with what it found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next.js streams a page's <title> after its content, so right after a navigation the title may not be there yet.
  // A page that never gets one is left to axe to report.
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )) as AxeResult;
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe-core on ${page.url()}`).toEqual([]);
}

/** Every request the page makes, so a test can check that nothing goes to a third party (privacy rule 8). */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Signs in through the real sign-in page and waits for the overview. */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill(account.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`${baseUrl()}/overview`);
}
