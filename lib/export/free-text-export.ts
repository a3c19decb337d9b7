// The free-text view as a CSV file: the same answers the page shows for the same filters, every page of them, with
// each answer's question, language and kind of organisation. Strategists only, audit-logged like every export;
// cells are neutralised against formulas by toCsv (privacy rule 5).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { rounds } from '@/db/schema';
import { freeTextFiltersOf, freeTextParamFields } from '@/lib/analytics/filters';
import { listFreeTextAnswers } from '@/lib/analytics/free-text';
import { labelFor, swedish } from '@/lib/analytics/labels';
import { recordAudit } from '@/lib/audit';
import { AccessDenied, NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { ok, type Result } from '@/lib/result';
import { exportFileName } from './file-name';
import type { ExportFile } from './round-export';
import { toCsv, type Cell, type ExportTable } from './spreadsheet';

export const freeTextExportInput = z.object({
  roundId: z.coerce.number().int().positive(),
  format: z.enum(['csv', 'csv-semicolon']).default('csv-semicolon'),
  question: freeTextParamFields.question.optional(),
  language: freeTextParamFields.language.optional(),
  kind: freeTextParamFields.kind.optional(),
  q: freeTextParamFields.q.optional(),
});

// Exports are Swedish, like the report they go with.
const t = swedish;

export async function freeTextExportFile(
  db: Db,
  actor: Actor | null,
  input: z.output<typeof freeTextExportInput>,
  now = new Date(),
): Promise<Result<ExportFile>> {
  const { roundId, format, ...params } = input;
  const filters = freeTextFiltersOf(params);
  const reader = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const audit = (outcome: 'ok' | 'denied') =>
    recordAudit(db, {
      actorUserId: reader.userId,
      action: 'export',
      targetType: 'round',
      targetId: roundId,
      outcome,
      // What a strategist searched for is theirs: the log says only that they did.
      details: { content: 'free-text', format, ...params, q: params.q ? 'search' : undefined },
    });
  let table: ExportTable;
  let slug: string;
  try {
    const strategist = requireRole(reader, 'strategist');
    const [round] = await db
      .select({ id: rounds.id, slug: rounds.slug, minGroupSize: rounds.minGroupSize })
      .from(rounds)
      .where(eq(rounds.id, roundId));
    if (!round) throw new NotFound();
    slug = round.slug;
    const view = await listFreeTextAnswers(db, strategist, round, filters, { offset: 0 });
    table = {
      title: t('freeText.export.fileName'),
      headers: [
        t('freeText.export.question'),
        t('freeText.export.language'),
        t('freeText.export.kind'),
        t('freeText.export.answer'),
      ],
      rows: view.questions.flatMap(({ questionId, shown }): Cell[][] => {
        const question = t(`dashboards.freeText.question.${questionId}`);
        if (!shown) return [[question, null, null, t('dashboards.suppressed')]];
        return shown.answers.map((answer) => [
          question,
          labelFor(t, `dashboards.language.${answer.language}`, answer.language),
          answer.kind ? t(`dashboards.kind.${answer.kind}`) : null,
          answer.text,
        ]);
      }),
    };
    await audit('ok');
  } catch (error) {
    if (error instanceof AccessDenied) await audit('denied');
    throw error;
  }
  const named = [
    filters.questionId ? t(`dashboards.freeText.question.${filters.questionId}`) : null,
    filters.language ? labelFor(t, `dashboards.language.${filters.language}`, filters.language) : null,
    filters.organisationKind ? t(`dashboards.kind.${filters.organisationKind}`) : null,
    filters.search ? 'sok' : null,
    format === 'csv-semicolon' ? 'excel' : null,
  ].filter((part): part is string => part !== null);
  return ok({
    fileName: exportFileName([slug, table.title, ...named], now, 'csv'),
    contentType: 'text/csv; charset=utf-8',
    body: toCsv(table, format === 'csv-semicolon' ? 'semicolon' : 'comma'),
  });
}
