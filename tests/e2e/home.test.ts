import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, recordRequests, takeCspViolations } from './support/browser';

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

  it('runs no inline script without the page’s nonce, and the check after every test sees the attempt (control)', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    const response = await page.goto(baseUrl());
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src [^;]*'nonce-[^']+'/);
    expect(policy.split(';').find((part) => part.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
    // Next.js's own scripts carry the nonce and ran: the page is interactive and nothing was reported.
    expect(takeCspViolations()).toEqual([]);
    // Markup an attacker slips into the page: an inline event handler. (A script element made by a running script
    // would be allowed by 'strict-dynamic'; DevTools' own evaluation is never subject to the policy.)
    const ran = await page.evaluate(async () => {
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.injected = true');
      document.body.append(button);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      button.remove();
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => takeCspViolations().length).toBeGreaterThan(0);
    // A second page load gets another nonce.
    const again = await page.goto(baseUrl());
    expect(again?.headers()['content-security-policy']).not.toBe(policy);
    await page.close();
  });
});
