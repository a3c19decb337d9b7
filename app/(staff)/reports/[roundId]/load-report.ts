// The report a page shows: the round from the path, the version from ?version=, checked by lib/report.
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/page';
import { buildReport } from '@/lib/report';

const params = z.object({ roundId: z.coerce.number().int().positive() });
const search = z.object({ version: z.coerce.number().int().positive().optional() });

export async function loadReportPage(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const actor = await requirePageActor();
  const parsed = params.safeParse(await props.params);
  if (!parsed.success) notFound();
  const { version } = search.catch({}).parse(await props.searchParams);
  const report = await buildReport(await getDb(), actor, parsed.data.roundId, version);
  if (!report) notFound();
  return { actor, roundId: parsed.data.roundId, report };
}
