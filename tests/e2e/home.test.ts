import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, recordRequests } from './support/browser';

describe('the home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('speaks Swedish by default, passes axe, and loads nothing from third parties', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    const requests = recordRequests(page);
    await page.goto(baseUrl());
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.textContent('h1')).toBe('Uppföljning av strategin Hälsa och migration');
    await expectNoAxeViolations(page);
    expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);
    await page.close();
  });

  it('switches to English from the keyboard and stays on the same page', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('link', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl()}/sign-in`);
    await expect.poll(() => page.textContent('h1')).toBe('Sign in');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(baseUrl());
    expect(await page.textContent('h1')).toBe('Follow-up of the Health and Migration strategy');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a browser that asks for English gets English until a language is chosen', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(baseUrl());
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});
