// The report a page shows: the round from the path, the version from ?version=, checked by lib/report.
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requirePageContext } from '@/lib/page-context';
import { buildReport } from '@/lib/report';

const params = z.object({ roundId: z.coerce.number().int().positive() });
const search = z.object({ version: z.coerce.number().int().positive().optional() });

export async function loadReportPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const { actor, db } = await requirePageContext();
  const parsed = params.safeParse(await props.params);
  if (!parsed.success) notFound();
  const { version } = search.catch({}).parse(await props.searchParams);
  const report = await buildReport(db, actor, parsed.data.roundId, version);
  if (!report) notFound();
  return { actor, roundId: parsed.data.roundId, report };
}
