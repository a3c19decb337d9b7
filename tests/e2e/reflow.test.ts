// WCAG 2.1 1.4.10 Reflow (required by DOS-lagen): every staff page works at 320 CSS px without the page scrolling
// sideways. 320 CSS px is what a 1280 px wide desktop window shows at 400 % zoom, so one check covers both. The menu
// collapses behind a button there, and every control shows a focus indicator that stands out from what is beside it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from './support/browser';

const [strategist, coordinator] = demoAccounts;
const narrow = { width: 320, height: 640 };

/** A signed-in page in a context of its own with this viewport. */
async function signedIn(browser: Browser, account: { email: string; password: string }, viewport = narrow) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport });
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

/** The href of the first link in main matching the pattern on the page at this path. */
async function firstHref(page: Page, path: string, pattern: RegExp): Promise<string | undefined> {
  await page.goto(`${baseUrl()}${path}`);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.find((href) => pattern.test(href));
}

/** How wide the page is, and what sticks out past the viewport's right edge (to say what to fix). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1)
      // An element inside a box that scrolls by itself does not widen the page: name the outermost ones only.
      .filter((element) => !element.parentElement?.closest('.table-scroll'))
      .filter(
        (element) => !(element.parentElement && element.parentElement.getBoundingClientRect().right > viewport + 1),
      )
      .slice(0, 5)
      .map((element) => {
        const name = element.tagName.toLowerCase() + (element.className ? `.${String(element.className)}` : '');
        return `${name} (${Math.round(element.getBoundingClientRect().right)} px): ${element.textContent?.slice(0, 40)}`;
      });
    return { width: document.documentElement.scrollWidth, culprits };
  });
}

/** Opens the page at 320 px, waits for its charts, and fails if the page itself is wider than the screen. */
async function expectFitsNarrowScreen(page: Page, path: string, { axe = true } = {}) {
  const response = await page.goto(`${baseUrl()}${path}`);
  expect(response?.status(), path).toBeLessThan(400);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  if ((await page.locator('main canvas').count()) > 0) await page.locator('main canvas').first().waitFor();
  const { width, culprits } = await overflow(page);
  expect(width, `${path} is ${width} px wide at 320 px: ${culprits.join('; ')}`).toBeLessThanOrEqual(narrow.width);
  if (axe) await expectNoAxeViolations(page);
}

/** Checks each page, going on past a failure, so that one run names every page that does not fit. */
async function expectAllFitNarrowScreen(page: Page, paths: string[]) {
  const failures: string[] = [];
  for (const path of paths) {
    try {
      await expectFitsNarrowScreen(page, path);
    } catch (error) {
      failures.push(`${path}: ${(error as Error).message.split('\n').slice(0, 6).join(' ')}`);
    }
  }
  expect(failures).toEqual([]);
}

/** Every link of the main menu, as a strategist sees it, in order. */
const strategistMenu = [
  'Översikt',
  'Resultat',
  'Omgångar',
  'Plattformen',
  'Organisationer',
  'Logg',
  'Användare',
  'Surfplattor',
  'Förbättringsarbete',
  'Beslut om förlängning',
  'Mitt konto',
];

/** Whether the element lies wholly within the viewport's width and is shown. */
async function withinViewport(page: Page, locator: ReturnType<Page['locator']>) {
  if (!(await locator.isVisible())) return false;
  const box = (await locator.boundingBox())!;
  return box.x >= 0 && box.x + box.width <= page.viewportSize()!.width;
}

/** Tabs through the page and returns each focused control whose focus indicator is missing or too faint. */
async function faintFocusIndicators(page: Page, presses: number): Promise<string[]> {
  await page.locator('body').focus();
  const faint: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const parse = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const contrast = (a: number[], b: number[]) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (light + 0.05) / (dark + 0.05);
      };
      // The colour beside the indicator: the first ancestor with a background of its own.
      let around: number[] = [255, 255, 255];
      for (let node = element.parentElement; node; node = node.parentElement) {
        const rgba = parse(getComputedStyle(node).backgroundColor);
        if (rgba.length === 3 || (rgba.length === 4 && rgba[3] > 0)) {
          around = rgba.slice(0, 3);
          break;
        }
      }
      const style = getComputedStyle(element);
      const name = `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
      const width = parseFloat(style.outlineWidth);
      if (style.outlineStyle === 'none' || width < 2) return `${name}: no outline (${style.outlineStyle} ${width}px)`;
      const ratio = contrast(parse(style.outlineColor).slice(0, 3), around);
      return ratio < 3
        ? `${name}: outline ${style.outlineColor} on ${around.join(',')} is ${ratio.toFixed(2)}:1`
        : null;
    });
    if (problem) faint.push(problem);
  }
  return faint;
}

describe('staff pages at 320 CSS px (and so at 400 % zoom on a 1280 px window)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
  });

  it('the menu collapses behind a button that opens on the keyboard and reaches every link and "Logga ut"', async () => {
    const { context, page } = await signedIn(browser, strategist);
    contexts.push(context);
    await page.goto(`${baseUrl()}/overview`);
    const button = page.getByRole('button', { name: 'Meny' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const menu = page.locator(`#${await button.getAttribute('aria-controls')}`);
    expect(await menu.getByRole('link', { name: 'Beslut om förlängning' }).isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const links = menu.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
    expect(await links.allTextContents()).toEqual(strategistMenu);
    for (const link of await links.all())
      expect(await withinViewport(page, link), (await link.textContent()) ?? '').toBe(true);
    expect(await withinViewport(page, menu.getByRole('button', { name: 'Logga ut' }))).toBe(true);
    expect(await withinViewport(page, menu.getByRole('link', { name: 'English' }))).toBe(true);
    expect((await overflow(page)).width).toBeLessThanOrEqual(narrow.width);
    await expectNoAxeViolations(page);

    // Escape closes it and leaves the focus on the button; a link followed closes it too.
    await menu.getByRole('link', { name: 'Beslut om förlängning' }).focus();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await button.click();
    await menu.getByRole('link', { name: 'Mitt konto' }).click();
    await page.waitForURL(`${baseUrl()}/account`);
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
  });

  it('without JavaScript the menu is simply open', async () => {
    const { context } = await signedIn(browser, strategist);
    contexts.push(context);
    const noScript = await browser.newContext({
      locale: 'sv-SE',
      viewport: narrow,
      javaScriptEnabled: false,
      storageState: await context.storageState(),
    });
    contexts.push(noScript);
    const page = await noScript.newPage();
    await page.goto(`${baseUrl()}/overview`);
    expect(await page.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
    expect(await withinViewport(page, page.getByRole('link', { name: 'Mitt konto' }))).toBe(true);
    expect((await overflow(page)).width).toBeLessThanOrEqual(narrow.width);
  });

  it('at 1280 px the whole menu is in view; at 200 % zoom of a 1366 px laptop "Logga ut" can be reached', async () => {
    const { context, page } = await signedIn(browser, strategist, { width: 1280, height: 800 });
    contexts.push(context);
    expect(await page.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
    expect(await withinViewport(page, page.getByRole('button', { name: 'Logga ut' }))).toBe(true);
    expect((await overflow(page)).width).toBeLessThanOrEqual(1280);

    await page.setViewportSize({ width: 683, height: 384 });
    const button = page.getByRole('button', { name: 'Meny' });
    if (await button.isVisible()) await button.click();
    expect(await withinViewport(page, page.getByRole('button', { name: 'Logga ut' }))).toBe(true);
    expect((await overflow(page)).width).toBeLessThanOrEqual(683);
  });

  it('every staff page fits 320 px for a strategist, tables scrolling in their own box with the first column kept', async () => {
    const { context, page } = await signedIn(browser, strategist);
    contexts.push(context);
    const round = (await firstHref(page, '/rounds', /^\/rounds\/\d+$/))!;
    const roundId = round.split('/')[2];
    const organisation = (await firstHref(page, '/organisations', /^\/organisations\/\d+$/))!;
    const initiative = (await firstHref(page, '/improvement', /^\/improvement\/\d+$/))!;
    const service = (await firstHref(page, '/platform', /^\/platform\/services\/[0-9a-f-]{36}$/))!;
    let meeting = await firstHref(page, '/platform/meetings', /^\/platform\/meetings\/\d+$/);
    if (!meeting) {
      // The demo data has no dialogue meeting: record one long ago, before any other test's.
      await page.getByLabel('Datum').fill('2001-01-01');
      await page.getByLabel('Tema').fill('Dialogmöte för smala skärmar');
      await page.locator('input[name=organisationIds]').last().check();
      await page.getByRole('button', { name: 'Spara dialogmötet' }).click();
      await page.waitForURL(/\/platform\/meetings\/\d+$/);
      meeting = new URL(page.url()).pathname;
    }
    for (const found of [round, organisation, initiative, service, meeting]) expect(found).toBeTruthy();

    const pages = [
      '/',
      '/overview',
      '/account',
      '/audit',
      '/dashboards',
      '/dashboards/actors',
      '/dashboards/target-groups',
      '/dashboards/trends',
      '/dashboards/free-text',
      '/decisions',
      '/improvement',
      '/improvement/new',
      initiative,
      `${initiative}/edit`,
      '/kiosk',
      '/organisations',
      organisation,
      '/platform',
      '/platform/categories',
      '/platform/examples',
      '/platform/meetings',
      meeting,
      `${meeting}/print`,
      service,
      '/platform/services/new',
      `/reports/${roundId}`,
      `/reports/${roundId}/edit`,
      // /reports/…/compare exists only once two versions are locked, which the demo data has not.
      `/reports/${roundId}/print`,
      '/rounds',
      round,
      `${round}/answer`,
      `${round}/invitations`,
      '/users',
      '/answer/a-link-that-does-not-exist',
    ];
    await expectAllFitNarrowScreen(page, pages);

    // A wide table scrolls inside its own box, which the keyboard can reach and which is named; its first column
    // stays in view while the rest scrolls.
    await page.goto(`${baseUrl()}/dashboards/actors`);
    const boxes = page.locator('main .table-scroll');
    expect(await boxes.count()).toBeGreaterThan(0);
    expect(await page.locator('main table').count()).toBe(await page.locator('main .table-scroll table').count());
    const box = boxes.first();
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.getAttribute('role')).toBe('region');
    expect(await box.getAttribute('aria-label')).toBeTruthy();
    const firstCell = box.locator('tbody tr').first().locator('th, td').first();
    const before = (await firstCell.boundingBox())!;
    await box.evaluate((element) => element.scrollBy({ left: 400 }));
    expect(await box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect((await firstCell.boundingBox())!.x).toBeCloseTo(before.x, 0);
  }, 420_000);

  it('a coordinator’s pages fit 320 px too, the survey they answer included', async () => {
    const { context, page } = await signedIn(browser, coordinator);
    contexts.push(context);
    // A coordinator does not manage rounds: the list leads to answering and to the invitations of their own.
    const answer = (await firstHref(page, '/rounds', /^\/rounds\/\d+\/answer$/))!;
    await expectAllFitNarrowScreen(page, [
      '/overview',
      '/dashboards',
      '/dashboards/actors',
      '/rounds',
      answer,
      '/users',
      '/kiosk',
      '/platform',
      '/improvement',
      '/decisions',
    ]);
  }, 420_000);

  it('the sign-in page fits 320 px', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', viewport: narrow });
    await expectFitsNarrowScreen(page, '/sign-in');
    await page.close();
  });

  it('every control tabbed to shows an outline of at least 2 px with 3:1 contrast against what is around it', async () => {
    const { context, page } = await signedIn(browser, strategist);
    contexts.push(context);
    for (const path of ['/overview', '/dashboards', '/rounds', '/audit']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.locator('h1').first().waitFor();
      const menu = page.getByRole('button', { name: 'Meny' });
      if (await menu.isVisible()) await menu.click();
      expect(await faintFocusIndicators(page, 30), path).toEqual([]);
    }
  });
});
