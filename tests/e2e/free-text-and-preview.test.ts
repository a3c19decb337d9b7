// Issue #14 items 8 and 9 in a browser: a strategist narrows the free text to a language and searches it, the quote
// picker filters the same way, and a draft round's survey is previewed in Arabic, right to left, without anything
// being sent or kept.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from './support/browser';

const [strategist] = demoAccounts;
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const commentSection = (page: Page) => page.locator('section[aria-labelledby="q-comment"]');

async function openRoundId(page: Page, name: string): Promise<number> {
  await page.goto(`${baseUrl()}/rounds`);
  const href = await page.locator('a[href^="/rounds/"]', { hasText: name }).first().getAttribute('href');
  return Number(href?.split('/')[2]);
}

describe('free text a strategist can work with, and a preview before opening', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'sv-SE' });
    await signIn(page, strategist);
  });
  afterAll(() => browser.close());

  it('narrowed to Arabic, the free text shows only Arabic answers, each tagged and right to left', async () => {
    await page.goto(`${baseUrl()}/dashboards/free-text?round=uppfoljning-2025`);
    const language = page.locator('select[name="language"]');
    // Only languages with answers to show are offered: the 3 English comments are not.
    expect(await language.locator('option').allTextContents()).toEqual(['Alla språk', 'Svenska', 'Arabiska']);
    await language.selectOption({ label: 'Arabiska' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/language=ar/);
    const answers = commentSection(page).locator('.free-text-answers li');
    // The demo's 5, and any an earlier browser test sent in Arabic and released (test files share one server).
    const shown = await answers.count();
    expect(shown).toBeGreaterThanOrEqual(5);
    for (const answer of await answers.all()) {
      expect(await answer.locator('.free-text-tags').textContent()).toBe('Arabiska');
      // The direction follows the text's own script (the demo's "Arabic" comments are written in Swedish).
      expect(await answer.locator('p').getAttribute('lang')).toBe('ar');
      expect(await answer.locator('p').getAttribute('dir')).toBe('auto');
    }
    // The actors answered in Swedish: in Arabic there is nothing of theirs to show.
    const suggestions = page.locator('section[aria-labelledby="q-extension_suggestions"]');
    expect(await suggestions.textContent()).toContain('för få svar för att visas');
    await expectNoAxeViolations(page);

    // The download holds what the page shows.
    const csvHref = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    const csv = await (await page.request.get(`${baseUrl()}${csvHref}`)).text();
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows.filter((row) => row.includes('Arabiska'))).toHaveLength(shown);
    expect(rows.filter((row) => row.includes('Svenska'))).toHaveLength(0);
  });

  it('searches the answers case-insensitively, and says when nothing that may be shown matches', async () => {
    await page.goto(`${baseUrl()}/dashboards/free-text?round=uppfoljning-2025`);
    await page.getByLabel('Sök i svaren').fill('VÄNDA MIG');
    await page.getByLabel('Sök i svaren').press('Enter');
    await page.waitForURL(/q=V%C3%84NDA/);
    // Other browser tests send comments too, so the number found is not fixed: each one listed matches, and the
    // count says how many are listed.
    const listed = await commentSection(page).locator('.free-text-answers li').allTextContents();
    expect(listed.length).toBeGreaterThanOrEqual(5);
    for (const text of listed) expect(text.toUpperCase()).toContain('VÄNDA MIG');
    expect(await commentSection(page).locator('p').first().textContent()).toBe(`${listed.length} svar visas`);
    await page.getByLabel('Sök i svaren').fill('finns inte någonstans');
    await page.getByRole('button', { name: 'Visa' }).click();
    await poll(() => commentSection(page).textContent()).toContain(
      'Inget av svaren som får visas innehåller ”finns inte någonstans”.',
    );
  });

  it('the quote picker filters the same way, and keeps the quotes already chosen', async () => {
    // The closed 2023 round: the report tests lock 2025's version 1.
    const roundId = await openRoundId(page, 'Uppföljning 2023');
    await page.goto(`${baseUrl()}/reports/${roundId}/edit`);
    const quotes = page.locator('input[name="quotes"]');
    const unfiltered = await quotes.count();
    const picked = (await quotes.first().getAttribute('value'))!;
    const words = picked
      .replace(/^Demo: /, '')
      .slice(0, 20)
      .toUpperCase();
    await page.locator('input[name="q"]').fill(words);
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/[?&]q=/);
    await poll(() => quotes.first().getAttribute('value')).toBe(picked);
    const found = await quotes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(found.length).toBeLessThan(unfiltered);
    for (const text of found) expect(text.toUpperCase()).toContain(words);
    await quotes.first().check();
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await poll(() => page.getByRole('status').first().textContent()).toBe('Utkastet är sparat.');
    await page.locator('input[name="q"]').fill('');
    await page.locator('select[name="question"]').selectOption({ label: 'Förslag inför en förlängning' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/question=extension_suggestions/);
    // The chosen quote stays in "Valda citat", kept, though the filter leaves its question out, so saving keeps it;
    // the picker no longer offers it.
    const chosen = page.locator('.chosen-quotes blockquote');
    await poll(() => chosen.count()).toBe(1);
    expect(await chosen.textContent()).toBe(picked);
    expect(await page.locator('.chosen-quotes input[type="checkbox"]').isChecked()).toBe(true);
    const offered = await quotes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(offered).not.toContain(picked);
    await expectNoAxeViolations(page);
  });

  it('previews a draft round’s feedback survey in Arabic, right to left, and completing it sends and keeps nothing', async () => {
    await page.goto(`${baseUrl()}/rounds`);
    const slug = `forhandsgranskning-${Date.now().toString(36)}`;
    await page.getByLabel('Namn', { exact: true }).fill('Förhandsgranskning');
    await page.getByLabel('Kortnamn').fill(slug);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.waitForURL(/\/rounds\/\d+$/);
    const roundId = Number(page.url().split('/').pop());
    expect(await page.locator('main strong').first().textContent()).toBe('Utkast');
    await expectNoAxeViolations(page);

    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') posts.push(`${request.method()} ${request.url()}`);
    });
    await page.locator(`a[href="/rounds/${roundId}/preview/target-feedback/ar"]`).click();
    await page.waitForURL(`${baseUrl()}/rounds/${roundId}/preview/target-feedback/ar`);
    expect(await page.locator('.preview-banner strong').textContent()).toBe('Förhandsgranskning – inga svar sparas');
    const root = page.locator('[data-testid="feedback-root"]');
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ar');
    await page.locator('[data-testid="first-page"][data-ready]').waitFor();
    await expectNoAxeViolations(page);
    // The right-to-left survey inside the left-to-right staff page does not widen it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const question = (name: string) => page.locator(`[data-name="${name}"]`);
    const choose = (name: string, value: string | number) =>
      question(name).locator(`label:has(input[value="${value}"])`).first().click();
    const next = () => page.locator('[data-testid="first-page-next"], .sd-navigation__next-btn').first().click();
    await choose('offered_support', 'yes');
    await choose('support_met_needs', 4);
    await choose('know_where_to_turn', 'partly');
    await next();
    await page.locator('.sd-root-modern').waitFor();
    expect(await page.locator('.sd-root-modern').evaluate((element) => getComputedStyle(element).direction)).toBe(
      'rtl',
    );
    await choose('support_used', 'meeting_places');
    await choose('support_wanted', 'parental_support');
    await next();
    await choose('stress_level', 3);
    await choose('worry_level', 2);
    await choose('sleep_problems', 5);
    await next();
    await choose('target_group', 'prefer_not');
    await choose('age_band', '30_49');
    await choose('municipality', 'halmstad');
    await question('comment').locator('textarea').fill('هذه معاينة فقط');
    await page.locator('.sd-navigation__complete-btn').click();
    await poll(() => page.locator('[data-testid="feedback-status"]').textContent()).toContain(
      'Förhandsgranskningen är klar',
    );
    expect(page.url()).toBe(`${baseUrl()}/rounds/${roundId}/preview/target-feedback/ar`);
    expect(posts).toEqual([]);
    expect(await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])).toEqual([]);

    // The actors' survey too, in the staff languages.
    await page.goto(`${baseUrl()}/rounds/${roundId}`);
    await page.locator(`a[href="/rounds/${roundId}/preview/actor-followup/sv"]`).click();
    await page.locator('.sd-root-modern').waitFor();
    expect(await page.locator('.preview-banner strong').textContent()).toBe('Förhandsgranskning – inga svar sparas');
    expect(await page.locator('h1').textContent()).toBe('Uppföljning för aktörer');
    expect(posts).toEqual([]);
  });
});
