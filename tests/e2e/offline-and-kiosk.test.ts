// Answering without a network (the service worker keeps the pages, the device's queue keeps the answer until the
// network returns) and kiosk mode on a shared tablet (two respondents in a row, nothing of the first left for the
// second; the idle countdown discards a half-answered survey).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { offlineTexts } from '@/lib/feedback/offline-texts';
import { respondentTexts } from '@/lib/feedback/texts';
import { baseUrl, expectNoAxeViolations, launchBrowser, signIn } from './support/browser';
import { storedFeedbackRows } from './support/responses';

const OPEN = 'sp25q2';
/** Letters only: a run of digits in free text is scrubbed as a phone number before it is stored. */
const marker = (label: string) =>
  `${label} ${Array.from({ length: 10 }, () => 'abcdefghkmnpqrstuvwxyz'[Math.floor(Math.random() * 22)]).join('')}`;
const strategist = demoAccounts[0];

const question = (page: Page, name: string) => page.locator(`[data-name="${name}"]`);
async function choose(page: Page, name: string, value: string | number) {
  await question(page, name).locator(`label:has(input[value="${value}"])`).first().click();
}
async function next(page: Page) {
  await page.locator('.sd-navigation__next-btn').click();
}

/** The first page is drawn by the server; SurveyJS loads on the first touch and takes over at its Next. */
const firstPageReady = (page: Page) => page.locator('[data-testid="first-page"][data-ready]').waitFor();

/** Answers the server-drawn first page and goes on to SurveyJS's second page. */
async function answerFirstPage(page: Page) {
  await firstPageReady(page);
  await choose(page, 'offered_support', 'yes');
  await choose(page, 'support_met_needs', 4);
  await choose(page, 'know_where_to_turn', 'partly');
  await page.getByTestId('first-page-next').click();
  await page.locator('.sd-root-modern').waitFor();
}

/** Answers the pages after the first; the clock is moved on so the time floor is passed honestly. */
async function answerRest(page: Page, comment: string) {
  await choose(page, 'support_used', 'meeting_places');
  await next(page);
  await choose(page, 'stress_level', 3);
  await next(page);
  await choose(page, 'target_group', 'prefer_not');
  await question(page, 'comment').locator('textarea').fill(comment);
  await page.clock.fastForward(30_000);
  await page.locator('.sd-navigation__complete-btn').click();
}

async function answerWholeSurvey(page: Page, comment: string) {
  await answerFirstPage(page);
  await answerRest(page, comment);
}

/** Everything the page's origin keeps in script storage: local, session, and every IndexedDB record. */
async function deviceStorage(page: Page) {
  return page.evaluate(async () => {
    const local = Object.fromEntries(Object.entries(localStorage));
    const session = Object.fromEntries(Object.entries(sessionStorage));
    const databases: Record<string, unknown[]> = {};
    for (const info of await indexedDB.databases()) {
      // Every request settles: a blocked or failed one is reported, never waited for.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`cannot open ${info.name}: ${request.error}`));
        request.onblocked = () => reject(new Error(`opening ${info.name} is blocked`));
      });
      const records: unknown[] = [];
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(`cannot read ${info.name}/${store}: ${request.error}`));
        });
        records.push(...all);
      }
      db.close();
      databases[info.name!] = records;
    }
    return { local, session, databases };
  });
}

/** The queue's count as the page shows it. */
const waiting = (page: Page) => page.locator('[data-testid="feedback-queue"]').getAttribute('data-waiting');

describe('offline answering and kiosk mode', () => {
  let browser: Browser;
  let staffContext: BrowserContext;
  let staff: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    staffContext = await browser.newContext();
    staff = await staffContext.newPage();
    await signIn(staff, strategist);
  });
  afterAll(async () => {
    await staffContext.close();
    await browser.close();
  });

  it('answers offline, survives a reload while offline (the service worker serves the page), and is stored exactly once when the network returns', async () => {
    const comment = marker('Offline-prov');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.goto(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    // The worker controls the page and has kept this channel's pages in every language.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Nineteen pages and their assets, fetched one after another on a busy machine: allow a minute.
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await (await caches.open('feedback-pages')).keys()).map((request) => new URL(request.url).pathname),
          ),
        { timeout: 60_000 },
      )
      .toEqual(
        expect.arrayContaining([
          `/f/${OPEN}`,
          `/f/${OPEN}/sv`,
          `/f/${OPEN}/ar`,
          `/f/${OPEN}/ti/thanks`,
          `/f/${OPEN}/uk/thanks`,
        ]),
      );

    // The network goes before the respondent touches the page: for the page (offline) and for the service worker's
    // own fetches (routed to nowhere). SurveyJS, loaded on the first touch, then comes from what the worker kept.
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    await answerFirstPage(page);
    await answerRest(page, comment);
    await expect.poll(() => page.locator('.feedback-status').first().textContent()).toBe(offlineTexts.sv.savedOnDevice);
    await expect.poll(() => waiting(page)).toBe('1');
    expect(JSON.stringify(await deviceStorage(page))).toContain(comment); // in the queue, and only there

    // Reload while offline: the leave-page warning shows (an answer is unsent), the worker serves the page.
    const reloaded = await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await firstPageReady(page);
    await expect.poll(() => waiting(page)).toBe('1');
    expect(await page.textContent('[data-testid="feedback-queue"]')).toContain(offlineTexts.sv.waitingOne);
    await expectNoAxeViolations(page);

    // The network returns: the waiting answer is sent, acknowledged, and gone from the device.
    await context.unroute('**/*');
    await context.setOffline(false);
    await expect.poll(() => waiting(page)).toBe('0');
    expect(await page.textContent('[data-testid="feedback-queue"]')).toContain(offlineTexts.sv.sentLater);
    expect(JSON.stringify(await deviceStorage(page))).not.toContain(comment);
    // Nothing unsent any more: leaving asks nothing.
    await page.goto(`${baseUrl()}/f/${OPEN}`);
    expect(dialogs).toEqual(['beforeunload']);
    expect(await storedFeedbackRows(staff, comment)).toHaveLength(1);
    await context.close();
  }, 240_000);

  it('a kiosk tablet: two respondents in a row, the second sees nothing of the first, and the device keeps nothing of them', async () => {
    // Staff enrol the tablet for the channel and get its link once.
    await staff.goto(`${baseUrl()}/kiosk`);
    const section = staff
      .locator('section', { has: staff.locator(`h2:has-text("Migrationsverkets boende Spenshult")`) })
      .first();
    await section.locator('input[name="label"]').fill('Surfplatta i receptionen');
    await section
      .locator('form', { has: staff.locator('input[name="label"]') })
      .locator('button[type="submit"]')
      .click();
    const link = await section.locator('.kiosk-link').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/k/[A-Za-z0-9_-]{43}$`));
    await expectNoAxeViolations(staff);

    const tablet = await browser.newContext();
    const page = await tablet.newPage();
    await page.clock.install();
    await page.goto(link);
    await page.waitForURL(`${baseUrl()}/f/${OPEN}`);
    await expectNoAxeViolations(page);

    // First respondent: English, with help from staff.
    const first = marker('Kiosk-första');
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(`${baseUrl()}/f/${OPEN}/en`);
    await firstPageReady(page);
    await expectNoAxeViolations(page);
    await page.locator('#kiosk-answered-with-help').check();
    await answerWholeSurvey(page, first);
    await page.waitForURL(`${baseUrl()}/f/${OPEN}/en/thanks`);
    expect(await page.textContent('h1')).toBe(respondentTexts.en.thanksTitle);
    expect(await page.textContent('[data-testid="kiosk-back-to-start"]')).toContain('Back to the start');
    await expectNoAxeViolations(page);
    await page.clock.fastForward(8_000);
    await page.waitForURL(`${baseUrl()}/f/${OPEN}`);

    // Nothing of the first respondent is left: only the kiosk's own setting, an empty queue, and the service
    // worker's bookkeeping of kept pages.
    await expect
      .poll(async () => {
        const storage = await deviceStorage(page);
        return {
          local: Object.keys(storage.local),
          session: storage.session,
          queue: storage.databases['feedback-queue'],
          databases: Object.keys(storage.databases).sort(),
        };
      })
      .toEqual({
        local: ['kiosk-device'],
        session: {},
        queue: [],
        databases: expect.arrayContaining(['feedback-queue']),
      });
    expect(
      Object.keys((await deviceStorage(page)).databases).every((name) =>
        ['feedback-queue', 'serwist-expiration'].includes(name),
      ),
    ).toBe(true);
    expect(JSON.stringify(await deviceStorage(page))).not.toContain(first);
    const [stored] = await storedFeedbackRows(staff, first);
    expect(stored['Besvarad med hjälp']).toBe('ja');
    expect(stored['Språk']).toBe('en');

    // Second respondent: a fresh survey, no answers, no tick, nothing typed.
    await page
      .getByRole('link', { name: /Svenska/ })
      .first()
      .click();
    await page.waitForURL(`${baseUrl()}/f/${OPEN}/sv`);
    await firstPageReady(page);
    expect(await page.locator('[data-testid="first-page"] input:checked').count()).toBe(0);
    expect(await page.locator('#kiosk-answered-with-help').isChecked()).toBe(false);
    expect(await page.content()).not.toContain(first);

    // They answer one question and walk away: a countdown warns, then the survey is discarded.
    await choose(page, 'offered_support', 'no');
    await page.clock.fastForward(61_000);
    await page.locator('[data-testid="kiosk-idle"]').waitFor();
    expect(await page.locator('[data-testid="kiosk-idle"] [role="alert"]').textContent()).toBe(
      offlineTexts.sv.idleWarning.replace('{seconds}', '30'),
    );
    await expectNoAxeViolations(page);
    // Any input resets the countdown …
    await page.locator('[data-testid="kiosk-idle"] button').click();
    await expect.poll(() => page.locator('[data-testid="kiosk-idle"]').count()).toBe(0);
    // … and without any, the survey is gone after 90 seconds.
    await page.clock.fastForward(91_000);
    await page.waitForURL(`${baseUrl()}/f/${OPEN}`);
    await expect.poll(async () => Object.keys((await deviceStorage(page)).local)).toEqual(['kiosk-device']);
    await tablet.close();
  }, 240_000);
});
