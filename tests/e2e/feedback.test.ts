import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respondentTexts } from '@/lib/feedback/texts';
import { surveyLanguages } from '@/lib/i18n/locales';
import { baseUrl, expectNoAxeViolations, launchBrowser, recordRequests } from './support/browser';

const OPEN = 'sp25q2';
const CLOSED = 'sp23k7';
const MARKUP = '<img src=x onerror=alert(1)>';

const question = (page: Page, name: string) => page.locator(`[data-name="${name}"]`);

async function choose(page: Page, name: string, value: string | number) {
  await question(page, name).locator(`label:has(input[value="${value}"])`).first().click();
}

/** Next on the server-drawn first page, or SurveyJS's Next on the later ones. */
async function next(page: Page) {
  await page.locator('[data-testid="first-page-next"], .sd-navigation__next-btn').first().click();
}

/** The first page is drawn on the server; SurveyJS takes over at Next. */
async function firstPageReady(page: Page) {
  await page.locator('[data-testid="first-page"][data-ready]').waitFor();
}

/** Answers every page of the survey; the clock is moved on so the time floor is passed honestly. */
async function answerWholeSurvey(page: Page, comment: string) {
  await choose(page, 'offered_support', 'yes');
  await choose(page, 'support_met_needs', 4);
  await choose(page, 'know_where_to_turn', 'partly');
  await next(page);
  await page.locator('.sd-root-modern').waitFor();
  expect(await page.locator('.sd-root-modern').evaluate((element) => getComputedStyle(element).direction)).toBe(
    await page.locator('html').getAttribute('dir'),
  );
  await choose(page, 'support_used', 'meeting_places');
  await choose(page, 'support_wanted', 'parental_support');
  await next(page);
  await choose(page, 'stress_level', 3);
  await choose(page, 'worry_level', 2);
  await choose(page, 'sleep_problems', 5);
  await next(page);
  await choose(page, 'target_group', 'prefer_not');
  await choose(page, 'age_band', '30_49');
  await choose(page, 'municipality', 'halmstad');
  await question(page, 'comment').locator('textarea').fill(comment);
  await page.clock.fastForward(60_000);
  await page.locator('.sd-navigation__complete-btn').click();
}

describe('anonymous feedback in the respondent’s language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the picker names each language in itself, with its lang and direction, and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/f/${OPEN}`);
    const links = page.locator('.language-picker a');
    expect(await links.count()).toBe(surveyLanguages.length);
    for (const language of surveyLanguages) {
      const link = page.locator(`.language-picker a[href="/f/${OPEN}/${language.code}"]`);
      expect(await link.getAttribute('lang')).toBe(language.htmlLang);
      expect(await link.getAttribute('dir')).toBe(language.dir);
      expect(await link.textContent()).toContain(language.nativeName);
    }
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('answers the whole survey in Arabic, right to left, rating scales included, and reaches the thank-you page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    const requests = recordRequests(page);
    let alerted = false;
    page.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    await page.goto(`${baseUrl()}/f/${OPEN}`);
    await page.getByRole('link', { name: /العربية/ }).click();
    await page.waitForURL(`${baseUrl()}/f/${OPEN}/ar`);
    const root = page.locator('[data-testid="feedback-root"]');
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ar');
    await firstPageReady(page);
    await choose(page, 'offered_support', 'yes');
    // Right to left: the scale starts at the right, so 1 sits to the right of 5.
    const one = await question(page, 'support_met_needs').locator('label:has(input[value="1"])').boundingBox();
    const five = await question(page, 'support_met_needs').locator('label:has(input[value="5"])').boundingBox();
    expect(one!.x).toBeGreaterThan(five!.x);
    await page.goto(page.url()); // the first page again (the answers are kept on the device)
    await firstPageReady(page);
    await answerWholeSurvey(page, `${MARKUP} اتصل بي 0701234567`);
    await page.waitForURL(`${baseUrl()}/f/${OPEN}/ar/thanks`);
    expect(await page.textContent('h1')).toBe(respondentTexts.ar.thanksTitle);
    expect(await page.locator('.feedback').getAttribute('dir')).toBe('rtl');
    expect(await page.content()).not.toContain('onerror');
    expect(alerted).toBe(false);
    expect(await context.cookies()).toEqual([]); // no cookie, no session for a respondent
    expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);
    await context.close();
  });

  it('answers the whole survey in Swedish, resending with the same key after a lost connection', async () => {
    const page = await browser.newPage();
    await page.clock.install();
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/api/feedback/**', async (route) => {
      keys.push(JSON.parse(route.request().postData() ?? '{}').idempotencyKey);
      if (!dropped) {
        dropped = true;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    await answerWholeSurvey(page, 'Bra stöd på SFI.');
    await page.clock.fastForward(5_000); // the client's automatic retry
    await page.waitForURL(`${baseUrl()}/f/${OPEN}/sv/thanks`);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await page.textContent('h1')).toBe(respondentTexts.sv.thanksTitle);
    expect(await page.textContent('main')).toContain('1177');
    expect(await page.textContent('main')).toContain('112');
    await page.close();
  });

  it('a closed round says so in the chosen language and offers nothing to send', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/f/${CLOSED}/so`);
    expect(await page.textContent('.feedback-status')).toBe(respondentTexts.so.errors.round_closed);
    expect(await page.locator('.sd-root-modern').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a mistyped link says so in every language, each in its own direction', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl()}/f/nosuch9`);
    expect(response?.status()).toBe(404);
    await expect
      .poll(() => page.locator('li[lang="ar"]').textContent())
      .toBe(respondentTexts.ar.errors.unknown_channel);
    expect(await page.locator('li[lang="ar"]').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.site-header').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the poster shows the QR code and the absolute link, and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/f/${OPEN}/poster`);
    expect(await page.locator('.poster-qr svg').count()).toBe(1);
    expect(await page.textContent('.poster-link')).toBe(`${baseUrl()}/f/${OPEN}`);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it.each(surveyLanguages.map((language) => [language.code] as const))(
    'the survey and thank-you page in %s pass axe',
    async (code) => {
      const page = await browser.newPage();
      await page.goto(`${baseUrl()}/f/${OPEN}/${code}`);
      await firstPageReady(page);
      // The whole document is in the chosen language and direction, and shows nothing of the staff UI.
      const language = surveyLanguages.find((candidate) => candidate.code === code)!;
      expect(await page.locator('html').getAttribute('lang')).toBe(language.htmlLang);
      expect(await page.locator('html').getAttribute('dir')).toBe(language.dir);
      expect(await page.locator('.site-header, a[href="/sign-in"]').count()).toBe(0);
      await expectNoAxeViolations(page); // the first page drawn on the server
      await choose(page, 'offered_support', 'yes');
      await choose(page, 'know_where_to_turn', 'yes');
      await next(page);
      await question(page, 'support_used').locator('input').first().waitFor({ state: 'attached' });
      await expectNoAxeViolations(page); // SurveyJS's second page
      await page.locator('.sd-navigation__prev-btn').click();
      await question(page, 'support_met_needs').locator('input').first().waitFor({ state: 'attached' });
      await expectNoAxeViolations(page); // SurveyJS's first page, faces and end labels included
      await page.goto(`${baseUrl()}/f/${OPEN}/${code}/thanks`);
      expect(await page.textContent('h1')).toBe(respondentTexts[code].thanksTitle);
      await expectNoAxeViolations(page);
      await page.close();
    },
  );
});
