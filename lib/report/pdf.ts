// The decision report as an A4 PDF, printed server-side by the installed Chromium from the report's print page.
// Where no Chromium is installed the caller falls back to the browser's own print dialog (same print stylesheet).
import { existsSync } from 'node:fs';
import { LOCALE_COOKIE } from '@/lib/i18n';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function canRenderPdf(): boolean {
  // A path from the environment, outside the app: without the comment, Turbopack traces the whole project into the
  // server output in case this call reads one of its files.
  return existsSync(/* turbopackIgnore: true */ chromiumPath());
}

export type PdfRequest = {
  /** The print page to render, on this server. */
  url: string;
  /** The signed-in user's cookies, so the print page shows exactly what this user may see. */
  cookies: { name: string; value: string }[];
  /** Printed in every page's footer beside the page number. */
  footerText: string;
};

export async function renderPdf({ url, cookies, footerText }: PdfRequest): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const origin = new URL(url);
    // The report is a Swedish document whatever the reader's UI language: the page's <html lang> is the PDF's language.
    const swedish = [
      ...cookies.filter((cookie) => cookie.name !== LOCALE_COOKIE),
      { name: LOCALE_COOKIE, value: 'sv' },
    ];
    await context.addCookies(swedish.map((cookie) => ({ ...cookie, domain: origin.hostname, path: '/' })));
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`the print page answered ${response?.status()}`);
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      // Tagged (headings, tables, lists and reading order for screen readers) with the headings as bookmarks.
      tagged: true,
      outline: true,
      margin: { top: '16mm', bottom: '18mm', left: '18mm', right: '18mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font: 8pt sans-serif; width: 100%; padding: 0 18mm; display: flex; justify-content: space-between;">
        <span>${escapeHtml(footerText)}</span><span>Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
