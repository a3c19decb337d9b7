import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, recordRequests, signIn } from './support/browser';

const [strategist, coordinator] = demoAccounts;

/** Server actions and a busy machine take more than expect.poll's default second. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** The Halmstad row of the response-rate table, with Intl's narrow spaces made plain. */
async function halmstadCells(page: Page): Promise<string[]> {
  const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Halmstads kommun' }) });
  return (await row.locator('td').allTextContents()).map((text) => text.replace(/\s/g, ' '));
}

describe('an actor follow-up from the strategist\u2019s round to a staff member\u2019s answer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('strategist opens a round, makes links, an actor answers through one, the rate moves, the link then refuses', async () => {
    const admin = await browser.newPage({ locale: 'sv-SE', acceptDownloads: true });
    await signIn(admin, strategist);

    // A new draft round, through the form, then opened.
    await admin.goto(`${baseUrl()}/rounds`);
    await expectNoAxeViolations(admin);
    const slug = `e2e-${Date.now().toString(36)}`;
    await admin.getByLabel('Namn', { exact: true }).fill('E2E-omgång');
    await admin.getByLabel('Kortnamn').fill(slug);
    await admin.getByLabel('Minsta gruppstorlek').fill('2');
    await admin.getByRole('button', { name: 'Skapa utkast' }).click();
    await poll(() => admin.locator('main p[role=alert]').textContent()).toBe('Kontrollera de markerade fälten.');
    await poll(() => admin.locator('.field-error').first().textContent()).toBe('Minsta gruppstorlek är 3.');
    await expectNoAxeViolations(admin);
    await admin.getByLabel('Minsta gruppstorlek').fill('3');
    await admin.getByRole('button', { name: 'Skapa utkast' }).click();
    await admin.waitForURL(/\/rounds\/\d+$/);
    const roundId = Number(admin.url().split('/').pop());
    await expectNoAxeViolations(admin);
    await admin.getByLabel(/Jag förstår att enkäterna fryses/).check();
    await admin.getByRole('button', { name: 'Öppna omgången' }).click();
    await poll(() => admin.locator('main strong').first().textContent()).toBe('Öppen');
    await poll(() => admin.textContent('main')).toContain('Aktörsuppföljning (v1)');

    // Three links for Halmstad, straight to a file.
    await admin.goto(`${baseUrl()}/rounds/${roundId}/invitations`);
    await expectNoAxeViolations(admin);
    await admin.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Halmstads kommun' });
    await admin.getByLabel('Antal länkar').fill('3');
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'Skapa och ladda ner listan' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const links = csv.match(/https?:\/\/\S+\/answer\/[A-Za-z0-9_-]{43}/g) ?? [];
    expect(links).toHaveLength(3);
    const link = links[0]!;
    // Links used are answers: fewer than the minimum group size show as too few, like on the dashboards.
    await poll(() => halmstadCells(admin)).toEqual(['3', 'för få svar för att visas']);

    // A staff member answers through the first link, in a browser with no session.
    const staff = await browser.newPage({ locale: 'sv-SE' });
    const requests = recordRequests(staff);
    await staff.goto(link);
    await poll(() => staff.textContent('main')).toContain('Du svarar för Halmstads kommun i E2E-omgång.');
    await staff.locator('[data-name="role_category"]').getByText('Chef eller ledare').click();
    for (const question of ['aware_strategy', 'aware_model', 'aware_platform']) {
      await staff.locator(`[data-name="${question}"]`).getByText('Jag känner inte till den').click();
    }
    await expectNoAxeViolations(staff);
    for (let page = 0; page < 6; page++) {
      const complete = staff.getByRole('button', { name: 'Slutför' });
      if (await complete.isVisible()) break;
      await staff.getByRole('button', { name: 'Nästa' }).click();
    }
    await staff.getByRole('button', { name: 'Slutför' }).click();
    await poll(() => staff.getByRole('status').first().textContent()).toBe('Tack! Dina svar är sparade.');
    expect(await staff.textContent('main')).not.toContain('genomfört enkäten'); // our own words, not SurveyJS's default
    expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);

    // One used link is still too few to show (issue #10: "10 made / 4 used / 40 %" gave a small group away);
    // the link refuses a second use.
    await admin.reload();
    await poll(() => halmstadCells(admin)).toEqual(['3', 'för få svar för att visas']);
    await staff.goto(link);
    await poll(() => staff.locator('main p[role=alert]').textContent()).toBe(
      'Länken har redan använts. Varje länk kan bara användas en gång.',
    );
    await expectNoAxeViolations(staff);

    // A coordinator cannot make links for another organisation, even by writing the request by hand.
    const varberg = await admin
      .getByLabel('Organisation', { exact: true })
      .locator('option', { hasText: 'Varbergs kommun' })
      .getAttribute('value');
    const coordinatorPage = await browser.newPage({ locale: 'sv-SE' });
    await signIn(coordinatorPage, coordinator);
    const foreign = await coordinatorPage.request.post(`${baseUrl()}/api/rounds/${roundId}/invitations`, {
      data: { organisationId: Number(varberg), count: 1 },
      headers: { origin: baseUrl() },
    });
    expect(foreign.status()).toBe(404);
    await Promise.all([admin.close(), staff.close(), coordinatorPage.close()]);
  });

  it('a round page leads to each channel’s poster, a page of its own without the staff UI', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, strategist);
    await page.goto(`${baseUrl()}/rounds`);
    await page.locator('main').getByRole('link', { name: 'Uppföljning 2025', exact: true }).first().click();
    await page.getByRole('link', { name: 'Affisch med QR-kod för Migrationsverkets boende Spenshult' }).click();
    await page.waitForURL(`${baseUrl()}/f/sp25q2/poster`);
    expect(await page.locator('.poster-qr svg').count()).toBe(1);
    expect(await page.locator('.site-header').count()).toBe(0);
    await page.close();
  });

  it('the organisations and users pages pass axe for a strategist, and a viewer finds neither', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, strategist);
    for (const path of ['/organisations', '/users']) {
      await page.goto(`${baseUrl()}${path}`);
      await expectNoAxeViolations(page);
    }
    await page.close();

    const viewerPage = await browser.newPage({ locale: 'sv-SE' });
    await signIn(viewerPage, demoAccounts[2]);
    for (const path of ['/organisations', '/users']) {
      await viewerPage.goto(`${baseUrl()}${path}`);
      await poll(() => viewerPage.textContent('h1')).toBe('Sidan finns inte.');
    }
    await viewerPage.close();
  });
});
