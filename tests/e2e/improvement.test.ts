import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from './support/browser';

const [, coordinator, viewer] = demoAccounts;

/** Opens a <details> by its summary text, if it is not open already, and gives it back. */
async function openDetails(page: Page, summary: string | RegExp): Promise<Locator> {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) }).first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
  return details;
}

describe('the improvement model', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a coordinator creates an initiative, adds a measure and values, sees the run chart with its table, records a test of change and moves to step 2', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, coordinator);
    await page.goto(`${baseUrl()}/improvement`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Nytt initiativ' }).click();
    await page.getByLabel('Namn på initiativet').fill('Hälsosamtal i SFI');
    await page.getByLabel('Problemet: vad vill vi förändra och varför?').fill('Få känner till vart de kan vända sig.');
    await page.getByLabel('Nyanlända', { exact: true }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Skapa initiativet' }).click();
    await page.waitForURL(/\/improvement\/\d+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hälsosamtal i SFI');
    expect(await page.textContent('main')).toContain('Steg 1 Identifiera sedan');

    const newMeasure = await openDetails(page, 'Nytt mått');
    await newMeasure.getByLabel('Namn på måttet').fill('Deltagare per månad');
    await newMeasure.getByLabel('Operationell definition').fill('Antal som kom till minst ett samtal under månaden.');
    await newMeasure.getByLabel('Enhet', { exact: true }).selectOption('count');
    await newMeasure.getByRole('button', { name: 'Lägg till måttet' }).click();
    await page.locator('h3', { hasText: 'Deltagare per månad' }).waitFor();

    const values = [12, 14, 11, 13, 12, 15, 13, 12, 14, 11, 13, 12];
    for (const [i, value] of values.entries()) {
      const form = await openDetails(page, 'Nytt värde: Deltagare per månad');
      await form.getByLabel('Period', { exact: true }).fill(`2025-${String(i + 1).padStart(2, '0')}`);
      await form.getByLabel('Värde', { exact: true }).fill(String(value));
      await form.getByRole('button', { name: 'Spara värdet' }).click();
      await expect
        .poll(() => page.locator('table', { hasText: 'Värden för Deltagare per månad' }).locator('tbody tr').count())
        .toBe(i + 1);
    }
    // The same period again asks before it replaces, and keeps the first value.
    const again = await openDetails(page, 'Nytt värde: Deltagare per månad');
    await again.getByLabel('Period', { exact: true }).fill('2025-03');
    await again.getByLabel('Värde', { exact: true }).fill('40');
    await again.getByRole('button', { name: 'Spara värdet' }).click();
    await expect.poll(() => again.locator('.field-error').textContent()).toContain('Perioden har redan ett värde');

    const section = page.locator('section.chart-section', { hasText: 'Deltagare per månad' });
    await section.locator('canvas[role="img"]').waitFor();
    expect(await section.locator('canvas').getAttribute('aria-label')).toMatch(
      /^Styrdiagram: Ingen signal: de \d+ punkterna varierar kring medianen 12,5/,
    );
    expect(await section.locator('table tbody tr', { hasText: '2025-03' }).textContent()).toContain('11');

    const newTest = await openDetails(page, 'Nytt förändringstest');
    await newTest.getByLabel('Idén som prövas').fill('Samtal direkt efter lektionen');
    await newTest.getByLabel('Vad tror vi ska hända?').fill('Fler kommer');
    await newTest.getByLabel('Startar', { exact: true }).fill('2025-12-01');
    await newTest.getByLabel('Slutar', { exact: true }).fill('2025-11-01');
    await newTest.getByRole('button', { name: 'Lägg till testet' }).click();
    await expect
      .poll(() => newTest.locator('.field-error').textContent())
      .toContain('Slutdatumet ligger före startdatumet');
    await newTest.getByLabel('Slutar', { exact: true }).fill('2026-01-31');
    await newTest.getByRole('button', { name: 'Lägg till testet' }).click();
    await page.locator('h3', { hasText: 'T1: Samtal direkt efter lektionen' }).waitFor();
    // The test of change stands on the run chart's time axis, in its table too.
    await expect.poll(() => section.locator('table tbody tr', { hasText: '2025-12' }).textContent()).toContain('T1');

    await page.getByLabel('Flytta till steg').selectOption('2');
    await page.getByRole('button', { name: 'Flytta', exact: true }).click();
    await expect
      .poll(() => page.textContent('main'))
      .toContain('Steg 2 Förbättra genom att förnya och förstärka sedan');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a coordinator publishes an adopted idea as a good example, and everyone finds it on the platform with a link back', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, coordinator);
    await page.goto(`${baseUrl()}/improvement/new`);
    await page.getByLabel('Namn på initiativet').fill('Tolk vid hälsosamtalet');
    await page.getByRole('button', { name: 'Skapa initiativet' }).click();
    await page.waitForURL(/\/improvement\/\d+$/);
    const initiativeUrl = page.url();

    const newTest = await openDetails(page, 'Nytt förändringstest');
    await newTest.getByLabel('Idén som prövas').fill('Boka tolk redan vid kallelsen');
    await newTest.getByLabel('Vad tror vi ska hända?').fill('Färre uteblir');
    await newTest.getByLabel('Startar', { exact: true }).fill('2026-01-05');
    await newTest.getByLabel('Vad hände?').fill('Tolken bokades med kallelsen i fyra veckor');
    await newTest.getByLabel('Resultat jämfört med förutsägelsen').fill('Hälften så många uteblev');
    await newTest.getByLabel('Beslut', { exact: true }).selectOption('adopt');
    await newTest.getByRole('button', { name: 'Lägg till testet' }).click();
    await page.locator('h3', { hasText: 'T1: Boka tolk redan vid kallelsen' }).waitFor();

    const publish = await openDetails(page, 'Publicera T1 som gott exempel på plattformen');
    expect(await publish.getByLabel('Vad vi lärde oss').inputValue()).toBe('Hälften så många uteblev');
    await expectNoAxeViolations(page);
    await publish.getByLabel('Vad vi lärde oss').fill('Tolk bokad med kallelsen halverade antalet som uteblev.');
    await publish.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByRole('link', { name: 'Publicerat som gott exempel: Boka tolk redan vid kallelsen' }).waitFor();
    await page.close();

    const reader = await browser.newPage({ locale: 'sv-SE' });
    await signIn(reader, viewer);
    await reader.goto(`${baseUrl()}/platform`);
    await reader.getByRole('link', { name: 'Goda exempel' }).click();
    const example = reader.locator('article', {
      has: reader.getByRole('heading', { name: 'Boka tolk redan vid kallelsen' }),
    });
    expect(await example.textContent()).toContain('Tolk bokad med kallelsen halverade antalet som uteblev.');
    expect(await example.textContent()).toContain('Halmstads kommun');
    await expectNoAxeViolations(reader);
    await example.getByRole('link', { name: 'Tolk vid hälsosamtalet' }).click();
    await reader.waitForURL(initiativeUrl);
    await reader.close();
  });

  it("a viewer reads the demo initiative's run chart, whose long shift after the tests of change is marked as a signal, and edits nothing", async () => {
    const page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, viewer);
    await page.goto(`${baseUrl()}/improvement`);
    await page.getByRole('link', { name: 'Stressreducerande samtalsgrupper på modersmål' }).click();
    const section = page.locator('section.chart-section', { hasText: 'Andel deltagare som fullföljer gruppen' });
    await section.locator('canvas[role="img"]').waitFor();
    expect(await section.locator('.chart-summary').textContent()).toContain(
      'visar en verklig förändring till det bättre',
    );
    expect(
      await section.locator('table tbody tr', { hasText: 'del av ett ovanligt långt skift' }).count(),
    ).toBeGreaterThan(7);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Redigera initiativet' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.goto(`${baseUrl()}/dashboards`);
    const work = page.locator('section[aria-labelledby="improvement-work"]');
    expect(await work.textContent()).toMatch(/initiativ: \d+ i steg 1, \d+ i steg 2/);
    await page.close();
  });
});
