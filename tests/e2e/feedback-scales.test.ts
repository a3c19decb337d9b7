// The scales mean what they say in every language: a respondent who follows an end label ("no, never", "severe
// stress") must store the value that label describes. Right to left, SurveyJS mirrors the numbers but not the end
// labels (LIBRARIES.md), so the test looks where each label is drawn and clicks the end of the scale drawn nearest it.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyLanguages } from '@/lib/i18n/locales';
import { localizedSurveyText } from '@/lib/surveys/localized-text';
import feedbackSurvey from '@/surveys/target-feedback/v1.json';
import { baseUrl, launchBrowser } from './support/browser';

const OPEN = 'sp25q2';

type Element = {
  type: string;
  name: string;
  rateMin?: number;
  rateMax?: number;
  minRateDescription?: unknown;
  maxRateDescription?: unknown;
  choices?: { value: string }[];
};
const pages = (feedbackSurvey as unknown as { pages: { elements: Element[] }[] }).pages;
const ratings = pages.flatMap((page) => page.elements).filter((element) => element.type === 'rating');

// The first page is drawn on the server (its end labels carry data-rate-end), the others by SurveyJS.
const question = (page: Page, name: string) => page.locator(`[data-name="${name}"]`);
const endLabel = (element: Locator, end: 'min' | 'max') =>
  element.locator(`.sd-rating__${end}-text, [data-rate-end="${end}"]`);

type Box = { x: number; y: number; width: number; height: number };
const centerX = (box: Box) => box.x + box.width / 2;

/** The rate item at the end of the scale drawn nearest the label: of the two outermost items, the one whose centre is nearer the label's. */
async function itemNearest(rating: Locator, label: Locator): Promise<Locator> {
  const labelBox = (await label.boundingBox())!;
  const items = rating.locator('label:has(input[type="radio"])');
  const boxes = await Promise.all(
    (await items.all()).map(async (item, index) => ({ index, box: (await item.boundingBox())! })),
  );
  boxes.sort((a, b) => a.box.x - b.box.x);
  const ends = [boxes[0], boxes[boxes.length - 1]];
  ends.sort((a, b) => Math.abs(centerX(a.box) - centerX(labelBox)) - Math.abs(centerX(b.box) - centerX(labelBox)));
  return items.nth(ends[0].index);
}

/** Clicks, on every rating question of the page, the end drawn nearest the label of `end`, after checking the label's text. */
async function followLabels(page: Page, locale: string, end: 'min' | 'max', names: string[]) {
  for (const rating of ratings.filter((candidate) => names.includes(candidate.name))) {
    const element = question(page, rating.name);
    const label = endLabel(element, end);
    const expected = localizedSurveyText(end === 'min' ? rating.minRateDescription : rating.maxRateDescription, locale);
    expect((await label.textContent())?.trim(), `${rating.name} ${end} label in ${locale}`).toBe(expected);
    await (await itemNearest(element, label)).click();
  }
}

/** Choices of an ordered question must read in the survey's order: top to bottom, then in the line's direction. */
async function expectChoicesInReadingOrder(page: Page, name: string, dir: 'ltr' | 'rtl') {
  const element = pages.flatMap((p) => p.elements).find((candidate) => candidate.name === name)!;
  const inputs = await question(page, name).locator('label:has(input)').all();
  const placed = await Promise.all(
    inputs.map(async (label) => ({
      value: await label.locator('input').first().getAttribute('value'),
      box: (await label.boundingBox())!,
    })),
  );
  placed.sort((a, b) => Math.round(a.box.y - b.box.y) || (dir === 'rtl' ? b.box.x - a.box.x : a.box.x - b.box.x));
  expect(
    placed.map((choice) => choice.value),
    `${name} in reading order`,
  ).toEqual(element.choices!.map((choice) => choice.value));
}

async function next(page: Page) {
  await page.locator('[data-testid="first-page-next"], .sd-navigation__next-btn').first().click();
}

/** The answer kept on the device for a question (the first page's answers are stored there before SurveyJS loads). */
async function keptAnswer(page: Page, locale: string, name: string) {
  return page.evaluate(
    ([key, name]) =>
      (JSON.parse(localStorage.getItem(key) ?? '{}') as { answers?: Record<string, unknown> }).answers?.[name],
    [`feedback-answers:${OPEN}:${locale}`, name] as const,
  );
}

/** Answers the survey following one end label on every scale, and returns the answers the page sends to be stored. */
async function answersFollowing(
  browser: Browser,
  locale: string,
  dir: 'ltr' | 'rtl',
  end: 'min' | 'max',
  control = false,
) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  // The control puts SurveyJS's end labels back where SurveyJS pins them (left and right, whatever the direction).
  if (control)
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent =
          '.feedback .sd-rating fieldset .sd-rating__min-text { inset-inline: auto !important; left: 0 !important; right: auto !important; }' +
          '.feedback .sd-rating fieldset .sd-rating__max-text { inset-inline: auto !important; right: 0 !important; left: auto !important; }';
        document.head.append(style);
      });
    });
  let sent: Record<string, unknown> | undefined;
  // The answers are caught on their way to the server: what the client sends is what is stored.
  await page.route('**/api/feedback/**', async (route) => {
    sent = JSON.parse(route.request().postData() ?? '{}').answers;
    await route.fulfill({ status: 201, contentType: 'application/json', body: '{"ok":true}' });
  });
  const expected = (name: string) =>
    ratings.find((rating) => rating.name === name)![end === 'min' ? 'rateMin' : 'rateMax'];
  await page.goto(`${baseUrl()}/f/${OPEN}/${locale}`);
  // The server-drawn first page.
  await page.locator('[data-testid="first-page"][data-ready]').waitFor();
  await question(page, 'offered_support').locator('label:has(input[value="yes"])').click();
  await expectChoicesInReadingOrder(page, 'know_where_to_turn', dir);
  await question(page, 'know_where_to_turn').locator('label:has(input[value="partly"])').click();
  await followLabels(page, locale, end, ['support_met_needs']);
  await expect.poll(() => keptAnswer(page, locale, 'support_met_needs')).toBe(expected('support_met_needs'));
  // The same page drawn by SurveyJS (after Next and Back), from the middle of the scale.
  await next(page);
  await page.locator('.sd-navigation__prev-btn').click();
  await question(page, 'support_met_needs').locator('label:has(input[value="3"])').click();
  await expectChoicesInReadingOrder(page, 'know_where_to_turn', dir);
  await followLabels(page, locale, end, ['support_met_needs']);
  await next(page);
  await next(page);
  await question(page, 'stress_level').waitFor();
  await followLabels(page, locale, end, ['stress_level', 'worry_level', 'sleep_problems']);
  await next(page);
  await expectChoicesInReadingOrder(page, 'age_band', dir);
  await page.locator('.sd-navigation__complete-btn').click();
  await page.waitForURL(`${baseUrl()}/f/${OPEN}/${locale}/thanks`);
  await page.close();
  return sent!;
}

/** The answers to the scales SurveyJS draws (page 3), following the min labels. */
function surveyJsScales(answers: Record<string, unknown>) {
  return ['stress_level', 'worry_level', 'sleep_problems'].map((name) => answers[name]);
}

describe('every scale means what its labels say, in every language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each(surveyLanguages.map((language) => [language.code, language.dir] as const))(
    'in %s (%s) the end nearest each end label stores the value that label describes',
    async (locale, dir) => {
      const followingMin = await answersFollowing(browser, locale, dir, 'min');
      const followingMax = await answersFollowing(browser, locale, dir, 'max');
      for (const rating of ratings) {
        expect(
          followingMin[rating.name],
          `${rating.name}: "${localizedSurveyText(rating.minRateDescription, locale)}"`,
        ).toBe(rating.rateMin);
        expect(
          followingMax[rating.name],
          `${rating.name}: "${localizedSurveyText(rating.maxRateDescription, locale)}"`,
        ).toBe(rating.rateMax);
      }
    },
  );

  it.each(['sv', 'ar'])(
    "on a 320 px phone in %s the first page's scale stays on one row, its ends under their labels",
    async (locale) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.goto(`${baseUrl()}/f/${OPEN}/${locale}`);
      await question(page, 'offered_support').locator('label:has(input[value="yes"])').click();
      const scale = question(page, 'support_met_needs');
      const tops = await Promise.all(
        (await scale.locator('label:has(input[type="radio"])').all()).map(
          async (item) => (await item.boundingBox())!.y,
        ),
      );
      expect(new Set(tops.map(Math.round)).size, `rows of the scale in ${locale}`).toBe(1);
      const rating = ratings.find((candidate) => candidate.name === 'support_met_needs')!;
      for (const [end, value] of [
        ['min', rating.rateMin],
        ['max', rating.rateMax],
      ] as const) {
        const item = await itemNearest(scale, endLabel(scale, end));
        expect(await item.locator('input').getAttribute('value'), `${end} end in ${locale}`).toBe(String(value));
      }
      await page.close();
    },
  );

  it('control: with the end labels where SurveyJS pins them, following the Arabic labels stores the opposite values', async () => {
    const followingMin = await answersFollowing(browser, 'ar', 'rtl', 'min', true);
    expect(surveyJsScales(followingMin)).toEqual([5, 5, 5]);
  });
});
