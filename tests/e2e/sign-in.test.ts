import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/db/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser } from './support/browser';

const strategist = demoAccounts[0];

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the sign-in page passes axe and a wrong password gets a clear message', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await page.goto(`${baseUrl()}/sign-in`);
    await expectNoAxeViolations(page);
    await page.getByLabel('E-postadress').fill(strategist.email);
    await page.getByLabel('Lösenord').fill('not-the-password');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.locator('#sign-in-error').textContent()).toBe('Fel e-postadress eller lösenord.');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the demo strategist signs in, sees the rounds, and signs out', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await page.goto(`${baseUrl()}/overview`);
    await page.waitForURL(`${baseUrl()}/sign-in`); // not signed in yet
    await page.getByLabel('E-postadress').fill(strategist.email);
    await page.getByLabel('Lösenord').fill(strategist.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${baseUrl()}/overview`);
    await expect.poll(() => page.textContent('main')).toContain('Inloggad som Sara Strateg (strateg)');
    const rows = await page.locator('tbody tr th').allTextContents();
    // Other browser tests add rounds of their own to the same database; the seeded ones come newest first.
    expect(rows.filter((name) => name.startsWith('Uppföljning'))).toEqual(['Uppföljning 2025', 'Uppföljning 2023']);
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.includes('next-auth.session-token'));
    expect(session?.httpOnly).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(`${baseUrl()}/`);
    await page.goto(`${baseUrl()}/overview`);
    await page.waitForURL(`${baseUrl()}/sign-in`);
    await page.close();
  });
});
