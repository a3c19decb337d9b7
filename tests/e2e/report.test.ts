import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from './support/browser';

const strategist = demoAccounts[0];

function pdfFile(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hm-pdf-')), 'report.pdf');
  writeFileSync(file, bytes);
  return file;
}
const pdfText = (bytes: Buffer, ...options: string[]) =>
  execFileSync('pdftotext', [...options, pdfFile(bytes), '-'], { encoding: 'utf8' });
/** pdfinfo's fields: Title, Pages, Tagged, … */
function pdfInfo(bytes: Buffer): Record<string, string> {
  const output = execFileSync('pdfinfo', [pdfFile(bytes)], { encoding: 'utf8' });
  return Object.fromEntries(
    output.split('\n').map((line) => [line.split(':')[0], line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('the decision report', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, strategist);
  });
  afterAll(() => browser.close());

  it('a strategist opens the drafted report from the overview; it has numbered findings with charts and tables', async () => {
    await page.getByRole('link', { name: 'Beslutsunderlag: Uppföljning 2025' }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Beslutsunderlag');
    expect(await page.locator('.report-document h2').allTextContents()).toEqual([
      '1. Sammanfattning',
      '2. Förslag till beslut',
      '3. Ärendebeskrivning',
      '4. Bakgrund',
      '5. Metod',
      '6. Resultat',
      '7. Bedömning',
      '8. Konsekvenser',
      '9. Beslutsunderlag',
    ]);
    expect(await page.locator('.finding h4').first().textContent()).toMatch(/^Resultat 1\./);
    expect(await page.locator('.finding svg[role=img]').count()).toBeGreaterThan(3);
    expect(await page.locator('.finding table').count()).toBe(await page.locator('.finding svg[role=img]').count());
    await expectNoAxeViolations(page);
  });

  it("no chart label reaches into its bar, however long the group's name", async () => {
    const overlaps = await page.locator('.share-bars g').evaluateAll((groups) =>
      groups.flatMap((group) => {
        const label = group.querySelector('text') as SVGTextElement;
        const bar = group.querySelector('rect') as SVGRectElement;
        const box = label.getBBox();
        return box.x + box.width >= bar.x.baseVal.value ? [label.textContent] : [];
      }),
    );
    expect(await page.locator('.share-bars g').count()).toBeGreaterThan(20);
    expect(overlaps).toEqual([]);
  });

  it('the strategist edits the proposal, saves, and locks version 1 from the top of the report; it then offers no editing', async () => {
    const reportUrl = page.url();
    const state = page.getByRole('region', { name: 'Versionens status' });
    expect(await state.textContent()).toContain('Inget utkast är sparat ännu');
    await page.getByRole('link', { name: 'Redigera utkastet' }).click();
    await page.getByLabel('Diarienummer').fill('RS2026-0042');
    await page.getByLabel('Period som huvudmännen beslutar om (till exempel 2026–2027)').fill('2026–2027');
    await page.getByLabel('Förslag till beslut').fill('Regionstyrelsen föreslås förlänga strategin för 2026–2027.');
    await page
      .getByLabel('Bedömning')
      .fill('Strategin fungerar men behöver bli mer känd bland idéburna organisationer.');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Utkastet är sparat.');
    await expectNoAxeViolations(page);

    await page.goto(reportUrl);
    expect(await state.textContent()).toContain('Utkast, version 1: inte låst.');
    const lock = page.getByRole('button', { name: 'Lås version 1' });
    // Near the top: on the first screen, before the document itself.
    const lockTop = (await lock.boundingBox())!.y;
    expect(lockTop).toBeLessThan((await page.locator('.report-document h1').boundingBox())!.y);
    expect(lockTop).toBeLessThan(900);
    await expectNoAxeViolations(page);

    await lock.click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('Kontrollera de markerade fälten.');
    expect(await state.textContent()).toContain('Kryssa i rutan för att bekräfta att versionen ska låsas.');
    expect(await state.textContent()).not.toContain('kunde inte sparas');

    await page.getByLabel(/Jag förstår att en låst version/).check();
    await lock.click();
    await expect.poll(() => state.textContent()).toMatch(/Version 1, låst \d{4}-\d{2}-\d{2}/);
    expect(await page.getByRole('link', { name: 'Redigera utkastet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Starta en ny version' }).count()).toBe(1);
    expect(await page.textContent('main')).toContain('Regionstyrelsen föreslås förlänga strategin för 2026–2027.');
    expect(await page.textContent('main')).toContain('Huvudmännens beslut om förlängning 2026–2027');

    await page.goto(`${reportUrl}/edit`);
    expect(await page.getByRole('button', { name: 'Spara utkastet' }).count()).toBe(0);
    await page.goto(reportUrl);
  });

  it('the PDF download is a tagged Swedish A4 document of at most 10 pages, named and titled in Swedish', async () => {
    const reportId = new URL(page.url()).pathname.split('/')[2];
    const response = await page.request.get(`${baseUrl()}/reports/${reportId}/pdf?version=1`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toBe('attachment; filename="uppfoljning-2025-v1.pdf"');
    const bytes = await response.body();
    const text = pdfText(bytes, '-layout');
    expect(text).toContain('Beslutsunderlag');
    expect(text).toContain('Resultat 1.');
    expect(text).toContain('RS2026-0042');
    expect(text).toMatch(/Uppföljning 2025 · version 1 · \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/Sida 1 av \d+/);
    expect(text).not.toContain('Logga ut'); // the print page carries no site navigation
    expect(text).not.toContain('Versionens status');

    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Uppföljning 2025 – beslutsunderlag Hälsa och migration, version 1');
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBeLessThanOrEqual(10);
    expect(bytes.toString('latin1')).toMatch(/\/Lang \(sv\)/);

    // Each finding stated once: the first finding's figure sentence appears once in the whole PDF.
    const finding = (await page.locator('.finding .chart-summary').first().textContent())!;
    const statement = finding.slice(0, finding.indexOf(' (')).replace(/\s+/g, ' ');
    expect(statement).toMatch(/^Kännedom om strategin: \d+ %$/);
    const flowing = pdfText(bytes).replace(/\s+/g, ' ');
    expect(flowing.split(statement).length - 1).toBe(1);
  });

  it('the decisions board shows every principal and a strategist records a decision', async () => {
    await page.goto(`${baseUrl()}/decisions?period=2026-2027`);
    await expectNoAxeViolations(page);
    await page.getByLabel('Huvudman', { exact: true }).selectOption({ label: 'Hylte kommun' });
    await page.getByLabel('Beslut', { exact: true }).selectOption('extend');
    await page.getByLabel('Datum').fill('2026-05-20');
    await page.getByLabel('Beslutande organ').fill('Kommunstyrelsen');
    await page.getByRole('button', { name: 'Spara beslutet' }).click();
    await expect.poll(() => page.locator('tbody tr', { hasText: 'Hylte kommun' }).textContent()).toContain('Förlänger');
    expect(await page.textContent('main')).toContain('1 av 12 huvudmän har beslutat för 2026–2027');
  });
});
