import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from './support/browser';

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
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect.poll(() => page.locator('#sign-in-error').textContent()).toBe('Fel e-postadress eller lösenord.');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a form sent before the script has loaded never puts the password in the address', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.locator('#email').fill(strategist.email);
    await page.locator('#password').fill(strategist.password);
    await Promise.all([
      page.waitForEvent('request', (request) => request.isNavigationRequest()),
      page.locator('#password').press('Enter'),
    ]);
    await page.waitForLoadState();
    expect(page.url()).not.toContain(encodeURIComponent(strategist.password));
    expect(page.url()).not.toContain('password=');
    await context.close();
  });

  it('the demo strategist signs in, sees the rounds, and signs out', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await page.goto(`${baseUrl()}/overview`);
    await page.waitForURL(`${baseUrl()}/sign-in`); // not signed in yet
    await page.getByLabel('E-postadress').fill(strategist.email);
    await page.getByLabel('Lösenord').fill(strategist.password);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
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

  it('a new account changes its own password, is signed out everywhere, and signs in with the new one', async () => {
    const admin = await browser.newPage({ locale: 'sv-SE' });
    await signIn(admin, strategist);
    await admin.goto(`${baseUrl()}/users`);
    const email = `byter-${Date.now().toString(36)}@halland.test`;
    await admin.getByLabel('Namn', { exact: true }).last().fill('Byter Lösenord');
    await admin.getByLabel('E-postadress').last().fill(email);
    await admin.getByLabel('Roll').last().selectOption('viewer');
    await admin.getByLabel('Första lösenord').fill('första-lösenordet-vid-kusten');
    await admin.getByRole('button', { name: 'Skapa konto' }).click();
    await expect.poll(() => admin.locator('tbody').textContent(), { timeout: 15_000 }).toContain(email);
    await admin.close();

    const page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, { email, password: 'första-lösenordet-vid-kusten' });
    await page.getByRole('link', { name: 'Mitt konto' }).click();
    await page.waitForURL(`${baseUrl()}/account`);
    await expectNoAxeViolations(page);
    await page.getByLabel('Nuvarande lösenord').fill('inte-det-lösenordet');
    await page.getByLabel('Nytt lösenord').fill('andra-lösenordet-vid-ån');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect
      .poll(() => page.locator('.field-error').first().textContent(), { timeout: 15_000 })
      .toBe('Det nuvarande lösenordet stämmer inte.');
    await page.getByLabel('Nuvarande lösenord').fill('första-lösenordet-vid-kusten');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.waitForURL(`${baseUrl()}/sign-in?passwordChanged=1`);
    expect(await page.locator('main p[role=status]').textContent()).toContain('Lösenordet är bytt');
    await signIn(page, { email, password: 'andra-lösenordet-vid-ån' });
    await page.close();
  });

  it('single sign-on through the region’s identity provider lets in a person with an account here, and nobody else', async () => {
    const signInThroughProvider = async (login: string) => {
      const page = await browser.newPage({ locale: 'sv-SE' });
      await page.goto(`${baseUrl()}/sign-in`);
      await page.getByRole('button', { name: 'Logga in med Region Hallands inloggning (test)' }).click();
      // The provider's own development pages: any password, then consent.
      await page.locator('input[name=login]').fill(login);
      await page.locator('input[name=password]').fill('vad-som-helst');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      return page;
    };
    const known = await signInThroughProvider('lars.lasare');
    await known.waitForURL(`${baseUrl()}/overview`);
    await expect.poll(() => known.textContent('main')).toContain('Inloggad som Lena Läsare (läsare)');
    await known.close();

    // The provider vouches for this address, but no account here has it: single sign-on never creates one.
    const unknown = await signInThroughProvider('okand.person');
    await unknown.waitForURL(/\/sign-in\?error=/);
    expect(await unknown.locator('#sign-in-error').textContent()).toBe('Fel e-postadress eller lösenord.');
    await unknown.close();
  });
});
