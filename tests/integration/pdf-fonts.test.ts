// Quotes in other scripts must print as text, not as empty boxes, on a fresh Debian server: the fonts come from
// fonts-noto-core, which .ci/run installs beside Chromium. The page uses the app's own font stack (app/globals.css).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRenderPdf, renderPdf } from '@/lib/report/pdf';

const ARABIC = 'الدعم ساعدني كثيرا';
const TIGRINYA = 'ሓገዝ ረኺበ እየ';
const UKRAINIAN = 'Підтримка мені дуже допомогла';

const appFontStack = /font-family:\s*([^;]+);/.exec(readFileSync('app/globals.css', 'utf8'))![1];

describe.skipIf(!canRenderPdf())('quotes in Arabic, Tigrinya and Ukrainian in the printed report', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const page = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>body { font-family: ${appFontStack}; }</style></head>
      <body><blockquote lang="ar" dir="rtl">${ARABIC}</blockquote><blockquote lang="ti">${TIGRINYA}</blockquote>
      <blockquote lang="uk">${UKRAINIAN}</blockquote></body></html>`;
    server = createServer((_request, response) => response.end(page));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('embeds Noto fonts for the scripts and the text can be read back from the PDF', async () => {
    const pdf = await renderPdf({ url, cookies: [], footerText: 'Test' });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pdf-fonts-')), 'report.pdf');
    writeFileSync(file, pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansArabic|NotoNaskhArabic/);
    expect(fonts).toMatch(/NotoSansEthiopic|NotoSerifEthiopic/);
    // Arabic comes back in presentation forms and visual order; NFKC turns the forms back into letters.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
    expect(text).toContain(TIGRINYA);
    expect(text).toContain(UKRAINIAN);
    for (const word of ARABIC.split(' '))
      expect(text.includes(word) || text.includes([...word].reverse().join(''))).toBe(true);
  });
});
