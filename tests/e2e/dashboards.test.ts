import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, hallandOrganisations } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, recordRequests, signIn } from './support/browser';

const [strategist, coordinator] = demoAccounts;

/** A new page, signed in as this account through the real sign-in page. */
async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ locale: 'sv-SE' });
  await signIn(page, account);
  return page;
}

describe('result pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a strategist sees each chart with a one-sentence summary and a data table, on pages that pass axe', async () => {
    const page = await signedInPage(browser, strategist);
    const requests = recordRequests(page);
    await page.goto(`${baseUrl()}/dashboards`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Resultat: Uppföljning 2025');
    const sections = page.locator('section.chart-section');
    expect(await sections.count()).toBe(2);
    for (const section of await sections.all()) {
      await section.locator('canvas[role="img"]').waitFor();
      expect(await section.locator('canvas').getAttribute('aria-label')).toMatch(
        /^Diagram: Av \d+ indikatorer är .+ högst \(\d+\s%\)/,
      );
      expect(await section.locator('table tbody tr').count()).toBeGreaterThan(3);
      expect(await section.locator('.chart-summary').textContent()).toMatch(/högst/);
    }
    expect(await page.textContent('main')).toContain('Förändring jämförs med Uppföljning 2023.');
    await expectNoAxeViolations(page);

    await page.goto(`${baseUrl()}/dashboards/actors?indicator=aware_strategy&compare=uppfoljning-2023`);
    await page.locator('#by-kind-title').waitFor();
    const kinds = await page.locator('section[aria-labelledby="by-kind-title"] tbody th').allTextContents();
    expect(kinds).toEqual(['Hela regionen', 'Kommuner', 'Myndigheter', 'Region Halland', 'Idéburna organisationer']);
    const medborgarskolan = page.locator('section[aria-labelledby="by-organisation-title"] tr', {
      hasText: 'Medborgarskolan',
    });
    expect(await medborgarskolan.textContent()).toContain('för få svar för att visas');
    // The chart has no bar for a hidden group: its label says why, and the canvas says each bar in words.
    const byOrganisation = page.locator('section[aria-labelledby="by-organisation-title"]');
    expect(await byOrganisation.locator('canvas').textContent()).toMatch(/Medborgarskolan – för få svar/);
    expect(await byOrganisation.locator('canvas').textContent()).toMatch(
      /Uppföljning 2023, Hela regionen: \d+\s% \(95 % konfidensintervall \d+\s%–\d+\s%\)/,
    );
    expect(await byOrganisation.locator('.chart-note').textContent()).toContain('95 % konfidensintervall');
    await expectNoAxeViolations(page);

    // The trends page's tables download as one CSV for Swedish Excel, suppressed as on the page.
    await page.goto(`${baseUrl()}/dashboards/trends`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV för svenskt Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^utveckling-excel-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFIndikator;Omgång;Andel;Antal svar (n);95 % KI låg;95 % KI hög;Förändring sedan omgången före (procentenheter);Förändringen är',
    );
    expect(csv).toMatch(/\r\nKännedom om [^;]+;Uppföljning 2025;0,\d+;\d+;/);

    for (const path of ['/dashboards/target-groups', '/dashboards/trends', '/dashboards/free-text']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.locator('h1').waitFor();
      await expectNoAxeViolations(page);
    }
    expect(await page.textContent('main')).toContain('Demo:');
    expect(requests.every((url) => url.startsWith(baseUrl()) || url.startsWith('data:'))).toBe(true);
    await page.close();
  });

  it('a coordinator sees the region and their own organisation, never another organisation, and no free text', async () => {
    const page = await signedInPage(browser, coordinator);
    await page.goto(`${baseUrl()}/dashboards/actors`);
    await page.locator('#by-organisation-title').waitFor();
    const main = (await page.textContent('main'))!;
    expect(main).toContain('Halmstads kommun');
    const others = hallandOrganisations
      .map(([, name]) => name)
      .filter((name) => name !== 'Halmstads kommun' && !name.startsWith('Region Halland'));
    for (const name of others) expect(main).not.toContain(name);
    expect(await page.locator('#by-kind-title').count()).toBe(0);

    await page.goto(`${baseUrl()}/dashboards`);
    const rateRows = await page
      .locator('table', { hasText: 'Svarsfrekvens per organisation' })
      .locator('tbody th')
      .allTextContents();
    expect(rateRows).toEqual(['Halmstads kommun']);
    await expectNoAxeViolations(page);

    expect(await page.locator('nav[aria-label="Resultatsidor"]').textContent()).not.toContain('Fritextsvar');
    const response = await page.goto(`${baseUrl()}/dashboards/free-text`);
    expect(response?.status()).toBe(404);
    await page.close();
  });
});
