// The respondent's phone: the first question answerable before SurveyJS arrives, nothing typed lost on a reload or a
// closed tab, the send status beside the send button, focus on the new page's first question, tap-to-call numbers.
import { readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respondentTexts } from '@/lib/feedback/texts';
import { surveyLanguages } from '@/lib/i18n/locales';
import { COMPILE_HINT } from '@/scripts/compile-hints';
import { baseUrl, expectNoAxeViolations, launchBrowser } from './support/browser';

const OPEN = 'sp25q2';
// No service worker: these tests hold back or answer requests themselves (page.route), and a worker would fetch
// past them. The offline tests (offline-and-kiosk.test.ts) run with it.
const PHONE = { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' as const };
/** The slow 3G profile: 400 kbps both ways, 400 ms latency. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

const question = (page: Page, name: string) => page.locator(`[data-name="${name}"]`);
const choice = (page: Page, name: string, value: string | number) =>
  question(page, name).locator(`label:has(input[value="${value}"])`).first();
const isChecked = (page: Page, name: string, value: string | number) =>
  question(page, name).locator(`input[value="${value}"]`).first().isChecked();
const firstPageReady = (page: Page) => page.locator('[data-testid="first-page"][data-ready]').waitFor();
const surveyNext = (page: Page) => page.locator('.sd-navigation__next-btn').click();
const surveyBack = (page: Page) => page.locator('.sd-navigation__prev-btn').click();
/** The name of the question holding the focus, if any. */
const focusedQuestion = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? null);

/** Holds back every script chunk whose text `matches` until `release` is called. */
async function holdChunks(page: Page, matches: (body: string) => boolean) {
  const held: Route[] = [];
  let released = false;
  let release!: () => void;
  const releasedNow = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!released && matches(body)) {
      held.push(route);
      await releasedNow;
    }
    await route.fulfill({ response, body });
  });
  return {
    held,
    release: () => {
      released = true;
      release();
    },
  };
}

const holdSurveyJs = (page: Page) => holdChunks(page, (body) => body.includes('sd-root-modern'));
/** The offline queue and kiosk mode (app/f/_components/device-tools.tsx). */
const holdDeviceTools = (page: Page) => holdChunks(page, (body) => body.includes('kiosk-back-to-start'));

/** Holds back every script of the page (Next.js, React and ours) until `release` is called: the page as plain HTML. */
async function holdAllScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** The first page's answers kept on the device for this channel and language. */
const keptOnDevice = (page: Page, locale: string) =>
  page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { answers: Record<string, unknown> } | null)?.answers,
    `feedback-answers:${OPEN}:${locale}`,
  );

async function answerFirstPage(page: Page) {
  await choice(page, 'offered_support', 'yes').click();
  await choice(page, 'support_met_needs', 4).click();
  await choice(page, 'know_where_to_turn', 'partly').click();
}

describe('the survey on a respondent’s phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the first question is answerable before SurveyJS has loaded, and its answers carry into SurveyJS', async () => {
    const page = await browser.newPage(PHONE);
    const surveyJs = await holdSurveyJs(page);
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    expect(await page.locator('.feedback-progress').textContent()).toContain('Sida 1 av 4');
    await answerFirstPage(page);
    await expect.poll(() => surveyJs.held.length).toBeGreaterThan(0); // the first touch asked for SurveyJS; it is held
    expect(await isChecked(page, 'offered_support', 'yes')).toBe(true);
    expect(await isChecked(page, 'support_met_needs', 4)).toBe(true);
    expect(await page.locator('.sd-root-modern').count()).toBe(0);
    await expectNoAxeViolations(page);

    // Next while SurveyJS is still on its way: a clear loading state beside the button.
    await page.getByTestId('first-page-next').click();
    expect(await page.getByRole('status').filter({ hasText: respondentTexts.sv.loadingNextPage }).count()).toBe(1);
    surveyJs.release();
    await question(page, 'support_used').locator('input').first().waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.feedback-progress').textContent()).toContain('Sida 2 av 4');
    await expect.poll(() => page.locator('.lead').count()).toBe(0); // the introduction is for the first page only
    await expect.poll(() => focusedQuestion(page)).toBe('support_used');

    await surveyBack(page);
    await expect.poll(() => focusedQuestion(page)).toBe('offered_support');
    await expect.poll(() => isChecked(page, 'offered_support', 'yes')).toBe(true);
    expect(await isChecked(page, 'support_met_needs', 4)).toBe(true);
    expect(await isChecked(page, 'know_where_to_turn', 'partly')).toBe(true);
    await expect.poll(() => page.locator('.lead').count()).toBe(1);
    await page.unrouteAll({ behavior: 'ignoreErrors' }); // chunks still on their way when the test ends
    await page.close();
  });

  it('on a slow 3G network (throttled through CDP) the first question is answered before SurveyJS has loaded', async () => {
    const page = await browser.newPage(PHONE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    const surveyJsLoaded: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('.js'))
        void request
          .response()
          .then((response) => response?.text())
          .then((body) => body?.includes('sd-root-modern') && surveyJsLoaded.push(request.url()))
          .catch(() => undefined);
    });
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`, { waitUntil: 'commit' });
    await choice(page, 'offered_support', 'yes').click();
    await choice(page, 'know_where_to_turn', 'no').click();
    await firstPageReady(page);
    await expect.poll(() => keptOnDevice(page, 'sv')).toEqual({ offered_support: 'yes', know_where_to_turn: 'no' });
    expect(surveyJsLoaded).toEqual([]);
    expect(await page.locator('.sd-root-modern').count()).toBe(0);
    await page.close();
  });

  it('the scripts every page loads first ask the browser to compile them while they download', async () => {
    // V8's compile hint (scripts/compile-hints.ts, run by npm run build) on Next.js's and React's first-loaded
    // scripts, and only on those: SurveyJS and our own chunks are compiled as usual, when they first run.
    const { rootMainFiles } = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as {
      rootMainFiles: string[];
    };
    const html = await (await fetch(`${baseUrl()}/f/${OPEN}/ar`)).text();
    const named = [...html.matchAll(/<script src="\/_next\/(static\/chunks\/[^"?]+\.js)"/g)].map((match) => match[1]);
    expect(named).toEqual(expect.arrayContaining(rootMainFiles));
    for (const script of named) {
      const body = await (await fetch(`${baseUrl()}/_next/${script}`)).text();
      expect(body.startsWith(`${COMPILE_HINT}\n`), script).toBe(rootMainFiles.includes(script));
    }
    expect(named.length).toBeGreaterThan(rootMainFiles.length); // the page's own chunks were looked at too
  });

  it('the Arabic-script and Tigrinya pages draw their questions in a font made for their script', async () => {
    const scriptFont = { ar: /Arabic/, fa: /Arabic/, prs: /Arabic/, ti: /Ethiopic|Abyssinica/, sv: /./ };
    for (const [locale, expected] of Object.entries(scriptFont)) {
      const page = await browser.newPage(PHONE);
      await page.goto(`${baseUrl()}/f/${OPEN}/${locale}`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.first-page-title' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      // The font that drew most of the question's letters.
      const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
      expect(main.familyName, locale).toMatch(expected);
      await page.close();
    }
  });

  it('choices made before any script has arrived are kept once the scripts run', async () => {
    const page = await browser.newPage(PHONE);
    const scripts = await holdAllScripts(page);
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`, { waitUntil: 'commit' });
    await choice(page, 'offered_support', 'yes').click();
    await choice(page, 'know_where_to_turn', 'partly').click();
    expect(await page.locator('[data-testid="first-page"][data-ready]').count()).toBe(0); // no script has run yet
    scripts.release();
    await firstPageReady(page);
    await expect.poll(() => keptOnDevice(page, 'sv')).toEqual({ offered_support: 'yes', know_where_to_turn: 'partly' });
    await choice(page, 'support_met_needs', 4).click(); // shown once the page knows the first answer
    await page.getByTestId('first-page-next').click();
    await question(page, 'support_used').locator('input').first().waitFor({ state: 'attached' });
    await surveyBack(page);
    await expect.poll(() => isChecked(page, 'offered_support', 'yes')).toBe(true);
    expect(await isChecked(page, 'support_met_needs', 4)).toBe(true);
    expect(await isChecked(page, 'know_where_to_turn', 'partly')).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' }); // chunks still on their way when the test ends
    await page.close();
  });

  it('before any script has arrived, the follow-up question appears and Next says the page is still loading', async () => {
    for (const locale of ['sv', 'ar']) {
      const page = await browser.newPage(PHONE);
      const scripts = await holdAllScripts(page);
      await page.goto(`${baseUrl()}/f/${OPEN}/${locale}`, { waitUntil: 'commit' });
      const followUp = question(page, 'support_met_needs');
      const stillLoading = page.getByText(respondentTexts[locale as 'sv' | 'ar'].loadingNextPage);
      await question(page, 'offered_support').waitFor();
      expect(await followUp.isVisible()).toBe(false);
      expect(await stillLoading.isVisible()).toBe(true); // beside Next, which cannot work yet
      await choice(page, 'offered_support', 'yes').click();
      expect(await followUp.isVisible()).toBe(true);
      await choice(page, 'support_met_needs', 4).click();
      await choice(page, 'offered_support', 'no').click();
      expect(await followUp.isVisible()).toBe(false);
      expect(await page.locator('[data-testid="first-page"][data-ready]').count()).toBe(0); // still no script
      await choice(page, 'offered_support', 'yes').click();
      scripts.release();
      await firstPageReady(page);
      expect(await followUp.isVisible()).toBe(true);
      expect(await isChecked(page, 'support_met_needs', 4)).toBe(true);
      await expect.poll(() => stillLoading.isVisible()).toBe(false); // Next works now
      await expectNoAxeViolations(page);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.close();
    }
  });

  it('after a reload, a choice made before the scripts arrive wins over the one kept from before', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    await choice(page, 'offered_support', 'no').click();
    await choice(page, 'know_where_to_turn', 'yes').click();
    await expect.poll(() => keptOnDevice(page, 'sv')).toEqual({ offered_support: 'no', know_where_to_turn: 'yes' });

    const scripts = await holdAllScripts(page);
    await page.reload({ waitUntil: 'commit' });
    await choice(page, 'know_where_to_turn', 'partly').click(); // the respondent changes their mind before the scripts
    scripts.release();
    await firstPageReady(page);
    await expect.poll(() => keptOnDevice(page, 'sv')).toEqual({ offered_support: 'no', know_where_to_turn: 'partly' });
    expect(await isChecked(page, 'offered_support', 'no')).toBe(true); // what was kept and not changed comes back
    expect(await isChecked(page, 'know_where_to_turn', 'partly')).toBe(true);
    expect(await isChecked(page, 'know_where_to_turn', 'yes')).toBe(false);
    await page.unrouteAll({ behavior: 'ignoreErrors' }); // chunks still on their way when the test ends
    await context.close();
  });

  it('the first page runs before the offline queue and kiosk code have arrived, which then follow', async () => {
    const page = await browser.newPage(PHONE);
    const deviceTools = await holdDeviceTools(page);
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    await answerFirstPage(page); // answered while the queue's and kiosk's code is held
    expect(deviceTools.held.length).toBe(1);
    expect(await page.getByTestId('feedback-queue').count()).toBe(0);
    deviceTools.release();
    await page.getByTestId('feedback-queue').waitFor({ state: 'attached' });
    await page.unrouteAll({ behavior: 'ignoreErrors' }); // chunks still on their way when the test ends
    await page.close();
  });

  it('a choice made on the first page before the scripts arrive is kept when the survey resumes at a later page', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    await answerFirstPage(page);
    await page.getByTestId('first-page-next').click();
    await question(page, 'support_used').locator('input').first().waitFor({ state: 'attached' });
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('feedback-answers:sp25q2:sv')))
      .toContain('"pageNo":1');

    const scripts = await holdAllScripts(page);
    await page.reload({ waitUntil: 'commit' });
    await choice(page, 'know_where_to_turn', 'no').click(); // on the server-drawn first page, before any script
    scripts.release();
    await question(page, 'support_used').locator('input').first().waitFor({ state: 'attached' }); // resumed at page 2
    await expect.poll(() => keptOnDevice(page, 'sv')).toMatchObject({ know_where_to_turn: 'no' });
    await surveyBack(page);
    await expect.poll(() => isChecked(page, 'know_where_to_turn', 'no')).toBe(true);
    expect(await isChecked(page, 'offered_support', 'yes')).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' }); // chunks still on their way when the test ends
    await context.close();
  });

  it('answers survive a reload and a closed tab, and are forgotten once the server has them', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${baseUrl()}/f/${OPEN}/ar`);
    await firstPageReady(page);
    await answerFirstPage(page);
    await page.reload();
    await firstPageReady(page);
    await expect.poll(() => isChecked(page, 'offered_support', 'yes')).toBe(true);
    await expect.poll(() => isChecked(page, 'support_met_needs', 4)).toBe(true);

    await page.getByTestId('first-page-next').click();
    await choice(page, 'support_used', 'meeting_places').click();
    await page.close(); // the tab is closed
    const again = await context.newPage();
    await again.clock.install();
    await again.goto(`${baseUrl()}/f/${OPEN}/ar`);
    await question(again, 'support_used').locator('input').first().waitFor({ state: 'attached' });
    await expect.poll(() => isChecked(again, 'support_used', 'meeting_places')).toBe(true);
    expect(await again.locator('.feedback-progress').textContent()).toContain(
      respondentTexts.ar.progress.replace('{page}', '2').replace('{count}', '4'),
    );
    await surveyBack(again);
    await expect.poll(() => isChecked(again, 'know_where_to_turn', 'partly')).toBe(true);

    await surveyNext(again);
    await surveyNext(again);
    await surveyNext(again);
    await again.clock.fastForward(60_000);
    await again.locator('.sd-navigation__complete-btn').click();
    await again.waitForURL(`${baseUrl()}/f/${OPEN}/ar/thanks`);
    expect(await again.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await context.close();
  });

  it('the send status stands beside the send button and is announced', async () => {
    const page = await browser.newPage(PHONE);
    let answer!: (route: Route) => Promise<void>;
    await page.route('**/api/feedback/**', (route) => answer(route));
    let sendingSeen!: () => void;
    const sending = new Promise<void>((resolve) => (sendingSeen = resolve));
    answer = async (route) => {
      await sending;
      // A final refusal (a 4xx the device does not retry; a 429 or a 5xx would wait in the device's queue).
      await route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, message: respondentTexts.sv.errors.too_fast }),
      });
    };
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    await choice(page, 'offered_support', 'no').click();
    await choice(page, 'know_where_to_turn', 'yes').click();
    await page.getByTestId('first-page-next').click();
    await surveyNext(page);
    await surveyNext(page);
    const send = page.locator('.sd-navigation__complete-btn');
    await send.click();
    const status = page.getByRole('status').filter({ hasText: respondentTexts.sv.sending });
    await status.waitFor();
    await expectBeside(status, send);
    sendingSeen();
    const alert = page.getByRole('alert').filter({ hasText: respondentTexts.sv.errors.too_fast });
    await alert.waitFor();
    await expectBeside(alert, send);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the focus ring on choices and scale buttons has at least 3:1 contrast, before and after SurveyJS', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    const ringOf = async (name: string, drawn: string) => {
      await question(page, name).locator('input').first().focus();
      await page.keyboard.press('ArrowRight'); // keyboard use shows the ring (:focus-visible)
      const ring = await question(page, name)
        .locator(drawn)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, color: style.outlineColor };
        });
      expect(ring.style, name).not.toBe('none');
      expect(ring.width, name).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.color, 'rgb(243, 245, 248)'), name).toBeGreaterThanOrEqual(3); // against the question's background
    };
    await ringOf('know_where_to_turn', 'input:focus');
    await choice(page, 'offered_support', 'yes').click();
    await ringOf('support_met_needs', 'input:focus');
    await page.getByTestId('first-page-next').click();
    await question(page, 'support_used').locator('input').first().waitFor({ state: 'attached' });
    await surveyBack(page);
    await ringOf('know_where_to_turn', 'input:focus + .sd-radio__decorator');
    await ringOf('support_met_needs', '.sd-rating__item:has(input:focus)');
    await page.close();
  });

  it.each(surveyLanguages.map((language) => [language.code] as const))(
    'the thank-you page in %s calls 1177 and 112 with one tap',
    async (code) => {
      const page = await browser.newPage(PHONE);
      await page.goto(`${baseUrl()}/f/${OPEN}/${code}/thanks`);
      expect(await page.locator('a[href="tel:1177"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="tel:112"]').count()).toBe(1);
      await page.close();
    },
  );
});

/** Close to the button (within 150 px on the page, below or above it), not at the top of a long page. */
async function expectBeside(note: import('playwright-core').Locator, button: import('playwright-core').Locator) {
  const a = (await note.boundingBox())!;
  const b = (await button.boundingBox())!;
  const gap = a.y >= b.y + b.height ? a.y - (b.y + b.height) : b.y - (a.y + a.height);
  expect(gap).toBeLessThan(150);
}

function contrast(colorA: string, colorB: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(colorA), luminance(colorB)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
