// The platform in a browser: a coordinator adds an entry and confirms it, a strategist sees its review status
// change before a dialogue meeting, the public page shows it (reached from the feedback thank-you page), and every
// page passes axe and loads nothing from elsewhere.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo/seed';
import { baseUrl, expectNoAxeViolations, launchBrowser, recordRequests, signIn } from './support/browser';

const [strategist, coordinator] = demoAccounts;
const entryName = `Samtalsgrupp om sömn ${Date.now()}`;

describe('the platform for joint learning', () => {
  let browser: Browser;
  let asCoordinator: Page;
  let asStrategist: Page;
  let meetingUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    asCoordinator = await browser.newPage({ locale: 'sv-SE' });
    asStrategist = await browser.newPage({ locale: 'sv-SE' });
    await signIn(asCoordinator, coordinator);
    await signIn(asStrategist, strategist);
  });
  afterAll(() => browser.close());

  const reviewOf = (page: Page, name: string) =>
    page
      .locator('tr', { has: page.getByRole('rowheader', { name }) })
      .locator('td')
      .first()
      .textContent();

  it('a strategist records two dialogue meetings; the later one lists Halmstad\u2019s entries', async () => {
    for (const [date, theme] of [
      ['2020-03-01', 'Vårens dialogmöte 2020'],
      ['2099-10-01', 'Höstens dialogmöte'],
    ]) {
      await asStrategist.goto(`${baseUrl()}/platform/meetings`);
      await asStrategist.getByLabel('Datum').fill(date);
      await asStrategist.getByLabel('Tema').fill(theme);
      await asStrategist.getByLabel('Halmstads kommun').check();
      await asStrategist.getByRole('button', { name: 'Spara dialogmötet' }).click();
      await asStrategist.waitForURL(/\/platform\/meetings\/\d+$/);
    }
    meetingUrl = asStrategist.url();
    expect(await asStrategist.textContent('main')).toContain('sedan dialogmötet 2020-03-01');
    expect(await asStrategist.getByRole('heading', { name: 'Halmstads kommun' }).count()).toBe(1);
    await expectNoAxeViolations(asStrategist);
  });

  it('a coordinator adds an entry; the strategist sees it as changed, not confirmed', async () => {
    const requests = recordRequests(asCoordinator);
    await asCoordinator.goto(`${baseUrl()}/platform`);
    await expectNoAxeViolations(asCoordinator);
    await asCoordinator.getByRole('link', { name: 'Lägg till en stödinsats' }).click();
    await asCoordinator.waitForURL(/\/platform\/services\/new$/);
    await expectNoAxeViolations(asCoordinator);

    // Sent without the required choices first: the form names what is missing and keeps what was typed.
    await asCoordinator.getByLabel('Namn', { exact: true }).fill(entryName);
    await asCoordinator.getByLabel('Beskrivning').fill('Samtal i grupp om sömn och oro.');
    await asCoordinator.getByRole('button', { name: 'Spara stödinsatsen' }).click();
    await expect
      .poll(() => asCoordinator.getByRole('alert').first().textContent())
      .toBe('Kontrollera de markerade fälten.');
    expect(await asCoordinator.textContent('main')).toContain('Välj minst en målgrupp.');
    expect(await asCoordinator.getByLabel('Namn', { exact: true }).inputValue()).toBe(entryName);
    await expectNoAxeViolations(asCoordinator);

    await asCoordinator.getByLabel('Stressreducerande aktiviteter').check();
    await asCoordinator.getByLabel('Nyanlända', { exact: true }).check();
    await asCoordinator.getByLabel('Plats 1: Kommun').selectOption('halmstad');
    await asCoordinator.getByLabel('arabiska (ara)').selectOption('staff');
    await asCoordinator.getByLabel('tigrinja (tir)').selectOption('interpreter');
    await asCoordinator.getByLabel('När (i ord)').fill('Tisdagar 13–15');
    await asCoordinator.getByLabel('Visa på den publika sidan').check();
    await asCoordinator.getByRole('button', { name: 'Spara stödinsatsen' }).click();
    await asCoordinator.waitForURL(/\/platform\/services\/[0-9a-f-]{36}$/);
    expect(await asCoordinator.textContent('main')).toContain('Aldrig bekräftad');
    await expectNoAxeViolations(asCoordinator);
    expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);

    await asStrategist.goto(meetingUrl);
    await expect.poll(() => reviewOf(asStrategist, entryName)).toBe('Ändrad, inte bekräftad');
  });

  it('the coordinator\u2019s start page lists it to do; confirming it ("Uppgifterna stämmer") changes the strategist\u2019s review', async () => {
    await asCoordinator.goto(`${baseUrl()}/overview`);
    expect(await asCoordinator.locator('.platform-to-do').textContent()).toContain(entryName);
    await expectNoAxeViolations(asCoordinator);
    await asCoordinator.locator('.platform-to-do').getByRole('link', { name: entryName }).click();
    await asCoordinator.waitForURL(/\/platform\/services\//);
    await asCoordinator.getByRole('button', { name: 'Uppgifterna stämmer' }).click();
    await expect.poll(() => asCoordinator.getByRole('status').first().textContent()).toBe('Tack! Posten är bekräftad.');
    await asCoordinator.reload();
    expect(await asCoordinator.textContent('main')).toContain(`av ${coordinator.name}`);

    await asStrategist.goto(meetingUrl);
    await expect.poll(() => reviewOf(asStrategist, entryName)).toBe('Bekräftad');
    await asStrategist.goto(`${meetingUrl}/print`);
    expect(await reviewOf(asStrategist, entryName)).toBe('Bekräftad');
    await expectNoAxeViolations(asStrategist);
  });

  it('the public page shows it, reached from the feedback thank-you page, with category names in the visitor\u2019s language', async () => {
    const visitor = await browser.newPage({ locale: 'ar' });
    const requests = recordRequests(visitor);
    await visitor.goto(`${baseUrl()}/f/sp25q2/ar/thanks`);
    await visitor.locator('.help-list a[href="/support/ar"]').click();
    await visitor.waitForURL(`${baseUrl()}/support/ar`);
    expect(await visitor.textContent('main')).toContain(entryName);
    expect(await visitor.locator('h2 [lang="ar"]').first().textContent()).toBeTruthy();
    expect(await visitor.textContent('main')).toContain('أنشطة للتخفيف من التوتر');
    await expectNoAxeViolations(visitor);
    await visitor.goto(`${baseUrl()}/support/sv`);
    expect(await visitor.locator('html').getAttribute('lang')).toBe('sv');
    expect(await visitor.textContent('main')).toContain('Stressreducerande aktiviteter');
    expect(await visitor.textContent('main')).toContain(entryName);
    await expectNoAxeViolations(visitor);
    expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);
    await visitor.close();
  });

  it('the HSDS API gives anyone the public entry and a plain 400 for a bad page', async () => {
    const list = await fetch(`${baseUrl()}/api/hsds/services?per_page=100`);
    expect(list.status).toBe(200);
    const body = (await list.json()) as { total_items: number; contents: { name: string; status: string }[] };
    expect(body.contents.map((service) => service.name)).toContain(entryName);
    const bad = await fetch(`${baseUrl()}/api/hsds/services?page=0`, { headers: { 'accept-language': 'en' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('text/plain');
    expect(await bad.text()).toContain('page and per_page must be whole numbers');
    const badDate = await fetch(`${baseUrl()}/api/hsds/services?modified_after=yesterday`);
    expect(badDate.status).toBe(400);
    expect(await badDate.text()).toContain('modified_after');
  });
});
