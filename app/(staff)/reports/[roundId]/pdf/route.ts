import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { guardedRoute } from '@/lib/auth/guarded';
import { buildReport } from '@/lib/report';
import { canRenderPdf, renderPdf } from '@/lib/report/pdf';
import { reportFileName } from '@/lib/export/file-name';

const input = z.object({
  roundId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive().optional(),
});

/** The report as an A4 PDF; without Chromium on the server, the print page (the browser's print makes the PDF). */
export const GET = guardedRoute(input, async ({ roundId, version }, { db, actor, request }) => {
  const report = await buildReport(db, actor, roundId, version);
  if (!report) return NextResponse.json({ error: 'not found' }, { status: 404 });

  const origin = new URL(request.url).origin;
  const printUrl = new URL(`/reports/${roundId}/print`, origin);
  if (report.version) printUrl.searchParams.set('version', String(report.version.version));
  if (!canRenderPdf()) return NextResponse.redirect(printUrl, 303);

  const date = (report.version?.lockedAt ?? new Date()).toISOString().slice(0, 10);
  const versionText = report.version
    ? `version ${report.version.version}${report.version.locked ? '' : ' (utkast)'}`
    : 'utkast';
  // The print page is fetched with the caller's own cookies, so the PDF shows exactly what this user may see.
  const cookies = new NextRequest(request).cookies.getAll().map(({ name, value }) => ({ name, value }));
  const pdf = await renderPdf({
    url: printUrl.toString(),
    cookies,
    footerText: `${report.round.name} · ${versionText} · ${date}`,
  });
  const fileName = reportFileName(report.round.name, report.version);
  return new NextResponse(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
});
