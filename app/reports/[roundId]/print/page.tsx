// The report alone, for printing and for the server-side PDF (rendered with JavaScript off).
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { getActor } from '@/lib/auth/session';
import { buildReport } from '@/lib/report';
import { ReportDocument } from '../report-document';

export const metadata: Metadata = { title: 'Beslutsunderlag (utskrift)' };

const params = z.object({ roundId: z.coerce.number().int().positive() });
const search = z.object({ version: z.coerce.number().int().positive().optional() });

export default async function ReportPrintPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  const { roundId } = params.parse(await props.params);
  const { version } = search.catch({}).parse(await props.searchParams);
  const report = await buildReport(await getDb(), actor, roundId, version);
  if (!report) notFound();
  return (
    <div className="print-page">
      <ReportDocument report={report} />
    </div>
  );
}
