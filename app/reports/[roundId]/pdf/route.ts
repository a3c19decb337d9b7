import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { getActor } from '@/lib/auth/session';
import { buildReport } from '@/lib/report';
import { canRenderPdf, renderPdf } from '@/lib/report/pdf';

const params = z.object({ roundId: z.coerce.number().int().positive() });

/** The report as an A4 PDF; without Chromium on the server, the print page (the browser's print makes the PDF). */
export async function GET(request: NextRequest, context: { params: Promise<unknown> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'sign in' }, { status: 401 });
  const parsed = params.safeParse(await context.params);
  const version = z.coerce.number().int().positive().optional().catch(undefined).parse(request.nextUrl.searchParams.get('version') ?? undefined);
  if (!parsed.success) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const report = await buildReport(await getDb(), actor, parsed.data.roundId, version);
  if (!report) return NextResponse.json({ error: 'not found' }, { status: 404 });

  const printUrl = new URL(`/reports/${parsed.data.roundId}/print`, request.nextUrl.origin);
  if (report.version) printUrl.searchParams.set('version', String(report.version.version));
  if (!canRenderPdf()) return NextResponse.redirect(printUrl, 303);

  const date = (report.version?.lockedAt ?? new Date()).toISOString().slice(0, 10);
  const versionText = report.version ? `version ${report.version.version}${report.version.locked ? '' : ' (utkast)'}` : 'utkast';
  const pdf = await renderPdf({
    url: printUrl.toString(),
    cookies: request.cookies.getAll().map(({ name, value }) => ({ name, value })),
    footerText: `${report.round.name} · ${versionText} · ${date}`,
  });
  const fileName = `beslutsunderlag-${report.round.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${report.version ? `v${report.version.version}` : 'utkast'}.pdf`;
  return new NextResponse(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'no-store' },
  });
}
