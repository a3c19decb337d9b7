// Debian's Chromium through playwright-core (no browser downloads), an axe-core check for every page, and a check
// after every test that no page reported a content security policy violation.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = () => inject('baseUrl');

/** What pages reported since the last check: Chromium logs every blocked script or style as a console error. */
const cspViolations: string[] = [];

/** Watches a page's console for content security policy violations. */
export function watchCsp(page: Page): Page {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/** The violations reported so far, emptied. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

// Every test of every file that uses this browser fails on a violation any of its pages reported.
afterEach(() => {
  expect(takeCspViolations(), 'content security policy violations').toEqual([]);
});

/** Chromium, with every page it opens (through newPage or a context) watched for CSP violations. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const newPage = browser.newPage.bind(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newPage = async (options) => watchCsp(await newPage(options));
  browser.newContext = async (options) => {
    const context: BrowserContext = await newContext(options);
    context.on('page', watchCsp);
    return context;
  };
  return browser;
}

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and fails with what it found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next.js streams a page's <title> after its content, so right after a navigation the title may not be there yet.
  // A page that never gets one is left to axe to report.
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      },
    ),
  )) as AxeResult;
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
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
