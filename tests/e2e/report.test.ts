import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from './support/browser';

const strategist = demoAccounts[0];

function pdfText(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hm-pdf-')), 'report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
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
    expect(await page.locator('.finding h3').first().textContent()).toMatch(/^Resultat 1\./);
    expect(await page.locator('.finding svg[role=img]').count()).toBeGreaterThan(3);
    expect(await page.locator('.finding table').count()).toBe(await page.locator('.finding svg[role=img]').count());
    await expectNoAxeViolations(page);
  });

  it('the strategist edits the proposal, saves, locks version 1, and the locked text can no longer be edited', async () => {
    const reportUrl = page.url();
    await page.getByRole('link', { name: 'Redigera utkastet' }).click();
    await page.getByLabel('Diarienummer').fill('RS2026-0042');
    await page.getByLabel('Period som huvudmännen beslutar om (till exempel 2026–2027)').fill('2026–2027');
    await page.getByLabel('Förslag till beslut').fill('Regionstyrelsen föreslås förlänga strategin för 2026–2027.');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Utkastet är sparat.');
    await expectNoAxeViolations(page);

    await page.reload();
    await page.getByLabel(/Jag förstår att en låst version/).check();
    await page.getByRole('button', { name: 'Lås version 1' }).click();
    await expect.poll(() => page.textContent('main')).toContain('Version 1 är låst');
    expect(await page.getByRole('button', { name: 'Spara utkastet' }).count()).toBe(0);

    await page.goto(reportUrl);
    expect(await page.textContent('main')).toContain('Regionstyrelsen föreslås förlänga strategin för 2026–2027.');
    expect(await page.textContent('main')).toContain('Huvudmännens beslut om förlängning 2026–2027');
  });

  it('the PDF download is an A4 document with the findings, the version and page numbers on each page', async () => {
    const reportId = new URL(page.url()).pathname.split('/')[2];
    const response = await page.request.get(`${baseUrl()}/reports/${reportId}/pdf?version=1`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(await response.body());
    expect(text).toContain('Beslutsunderlag');
    expect(text).toContain('Resultat 1.');
    expect(text).toContain('RS2026-0042');
    expect(text).toMatch(/Uppföljning 2025 · version 1 · \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/Sida 1 av \d+/);
    expect(text).not.toContain('Logga ut'); // the print page carries no site navigation
  });

  it('the decisions board shows every principal and a strategist records a decision', async () => {
    await page.goto(`${baseUrl()}/decisions?period=2026-2027`);
    await expectNoAxeViolations(page);
    await page.getByLabel('Huvudman').selectOption({ label: 'Hylte kommun' });
    await page.getByLabel('Beslut', { exact: true }).selectOption('extend');
    await page.getByLabel('Datum').fill('2026-05-20');
    await page.getByLabel('Beslutande organ').fill('Kommunstyrelsen');
    await page.getByRole('button', { name: 'Spara beslutet' }).click();
    await expect.poll(() => page.locator('tbody tr', { hasText: 'Hylte kommun' }).textContent()).toContain('Förlänger');
    expect(await page.textContent('main')).toContain('1 av 12 huvudmän har beslutat för 2026–2027');
  });
});
