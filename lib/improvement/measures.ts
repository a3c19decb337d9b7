// Measures of an initiative and their values. A value is entered by hand per week, month or quarter, or taken round
// by round from one of our survey indicators: then it is the region's share exactly as the dashboards show it, and a
// share hidden there as too few answers is a gap here, never a value.
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import {
  changeTests,
  measureDirection,
  measureKind,
  measurePeriod,
  measures,
  measureUnit,
  measureValues,
  type Measure,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { computeTrends } from '@/lib/analytics/trends';
import { isoWeek } from '@/lib/dates';
import { indicators } from '@/surveys';
import { requireInitiativeEditor } from './initiatives';
import { normalisePeriod, type ManualPeriod } from './periods';
import { DEFAULT_BASELINE_LENGTH, runChart, type RunChart, type RunChartValue } from './run-chart';

export type { Measure };

/** The choices of a measure's form, in the schema's order. */
export const measureChoices = {
  kinds: measureKind.enumValues,
  units: measureUnit.enumValues,
  directions: measureDirection.enumValues,
  periods: measurePeriod.enumValues,
};

export const measureInput = z
  .object({
    name: z.string().trim().min(1, 'guard.required').max(200, 'guard.tooLong'),
    kind: z.enum(measureKind.enumValues, 'improvement.kindRequired'),
    definition: z.string().trim().min(1, 'guard.required').max(2000, 'guard.tooLong'),
    unit: z.enum(measureUnit.enumValues, 'improvement.unitRequired'),
    unitLabel: z.string().trim().max(40, 'guard.tooLong').default(''),
    direction: z.enum(measureDirection.enumValues, 'improvement.directionRequired'),
    period: z.enum(measurePeriod.enumValues, 'improvement.periodRequired'),
    indicatorId: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
  })
  .superRefine((input, context) => {
    if (input.period === 'round' && !indicators.some((indicator) => indicator.id === input.indicatorId)) {
      context.addIssue({ code: 'custom', path: ['indicatorId'], message: 'improvement.indicatorRequired' });
    }
  })
  // Indicator values are shares, kept as percentages; a hand-entered measure names no indicator.
  .transform((input) =>
    input.period === 'round' ? { ...input, unit: 'percent' as const } : { ...input, indicatorId: undefined },
  );
export type MeasureInput = z.output<typeof measureInput>;

export async function createMeasure(
  db: DbOrTx,
  actor: Actor | null,
  initiativeId: number,
  input: MeasureInput,
): Promise<Result<{ id: number }>> {
  return db.transaction(async (tx) => {
    const editor = await requireInitiativeEditor(tx, actor, initiativeId);
    const [created] = await tx
      .insert(measures)
      .values({ ...input, indicatorId: input.indicatorId ?? null, initiativeId })
      .returning({ id: measures.id });
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'measure.create',
      targetType: 'measure',
      targetId: created.id,
      outcome: 'ok',
      details: { initiativeId, after: input },
    });
    return ok(created);
  });
}

/** The measure, and the editor who may change it (the initiative's editor). */
async function editableMeasure(
  tx: DbOrTx,
  actor: Actor | null,
  measureId: number,
): Promise<{ measure: Measure; editor: Actor }> {
  requireRole(actor, 'strategist', 'coordinator');
  const [measure] = await tx.select().from(measures).where(eq(measures.id, measureId));
  if (!measure) throw new NotFound();
  const editor = await requireInitiativeEditor(tx, actor, measure.initiativeId);
  return { measure, editor };
}

export const valueInput = z.object({
  period: z.string().trim().min(1, 'guard.required').max(10, 'improvement.periodInvalid'),
  value: z
    .string()
    .trim()
    .min(1, 'guard.required')
    .transform((text) => Number(text.replace(',', '.').replace(/\s/g, ''))),
  // The form asks before a period's value is replaced: only a ticked "replace" box replaces it.
  replace: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
});
export type ValueInput = z.output<typeof valueInput>;

/** Whether a value fits the measure's unit: counts are whole and not negative, percentages 0–100. */
export function valueFitsUnit(unit: Measure['unit'], value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (unit === 'count') return Number.isInteger(value) && value >= 0;
  if (unit === 'percent') return value >= 0 && value <= 100;
  return true;
}

export async function recordMeasureValue(
  db: DbOrTx,
  actor: Actor | null,
  measureId: number,
  input: ValueInput,
): Promise<Result<{ period: string; replaced: boolean }>> {
  return db.transaction(async (tx) => {
    const { measure, editor } = await editableMeasure(tx, actor, measureId);
    if (measure.period === 'round') return fail('improvement.value.fromIndicator');
    const period = normalisePeriod(measure.period, input.period);
    if (!period) return fail('guard.checkFields', { period: `improvement.period.${measure.period}Invalid` });
    if (!valueFitsUnit(measure.unit, input.value))
      return fail('guard.checkFields', { value: `improvement.value.${measure.unit}Invalid` });
    const [existing] = await tx
      .select({ value: measureValues.value })
      .from(measureValues)
      .where(and(eq(measureValues.measureId, measureId), eq(measureValues.period, period)));
    if (existing && !input.replace) return fail('guard.checkFields', { period: 'improvement.value.periodTaken' });
    await tx
      .insert(measureValues)
      .values({ measureId, period, value: input.value })
      .onConflictDoUpdate({ target: [measureValues.measureId, measureValues.period], set: { value: input.value } });
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: existing ? 'measure.value.replace' : 'measure.value.add',
      targetType: 'measure',
      targetId: measureId,
      outcome: 'ok',
      details: { period, before: existing ? { value: existing.value } : null, after: { value: input.value } },
    });
    return ok({ period, replaced: Boolean(existing) });
  });
}

export const baselineInput = z.object({
  baselineStart: z.coerce.number().int('guard.invalidValue').min(1, 'guard.invalidValue'),
  baselineLength: z.coerce
    .number()
    .int('guard.invalidValue')
    .min(1, 'guard.invalidValue')
    .max(100, 'guard.invalidValue'),
  reason: z.string().trim().min(10, 'improvement.baseline.reasonRequired').max(1000, 'guard.tooLong'),
});
export type BaselineInput = z.output<typeof baselineInput>;

/** Moves the frozen baseline by hand (first point counted from 1), with a written reason kept on the measure. */
export async function moveBaseline(
  db: DbOrTx,
  actor: Actor | null,
  measureId: number,
  input: BaselineInput,
): Promise<Result<{ id: number }>> {
  return db.transaction(async (tx) => {
    const { measure, editor } = await editableMeasure(tx, actor, measureId);
    const start = input.baselineStart - 1;
    await tx
      .update(measures)
      .set({ baselineStart: start, baselineLength: input.baselineLength, baselineReason: input.reason })
      .where(eq(measures.id, measureId));
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'measure.baseline',
      targetType: 'measure',
      targetId: measureId,
      outcome: 'ok',
      details: {
        before: { start: measure.baselineStart, length: measure.baselineLength, reason: measure.baselineReason },
        after: { start, length: input.baselineLength, reason: input.reason },
      },
    });
    return ok({ id: measureId });
  });
}

export type MeasurePoint = { period: string; label: string; value: RunChartValue };
/** A test of change, placed on the measure's time axis at the period it started in. */
export type ChangeTestMark = { id: number; idea: string; period: string };
export type MeasureChart = { measure: Measure; points: MeasurePoint[]; chart: RunChart; marks: ChangeTestMark[] };

/** Every measure of an initiative with its points, run chart and tests of change; for every signed-in reader. */
export async function initiativeMeasureCharts(
  db: DbOrTx,
  actor: Actor | null,
  initiativeId: number,
): Promise<MeasureChart[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const rows = await db
    .select()
    .from(measures)
    .where(eq(measures.initiativeId, initiativeId))
    .orderBy(asc(measures.id));
  if (!rows.length) return [];
  const tests = await db
    .select({ id: changeTests.id, idea: changeTests.idea, startsOn: changeTests.startsOn })
    .from(changeTests)
    .where(eq(changeTests.initiativeId, initiativeId))
    .orderBy(asc(changeTests.startsOn));
  // Indicator measures share one pass over the rounds' dashboards.
  const trends = rows.some((measure) => measure.period === 'round') ? await computeTrends(db, actor) : null;
  const charts: MeasureChart[] = [];
  for (const measure of rows) {
    const points =
      measure.period === 'round' ? indicatorPoints(trends!, measure.indicatorId!) : await manualPoints(db, measure.id);
    const values = points.map((point) => point.value);
    const chart = runChart(values, {
      start: measure.baselineStart,
      length: measure.baselineLength ?? DEFAULT_BASELINE_LENGTH,
    });
    const marks =
      measure.period === 'round'
        ? []
        : tests.map((test) => ({
            id: test.id,
            idea: test.idea,
            period: periodOfDate(measure.period as ManualPeriod, test.startsOn),
          }));
    charts.push({ measure, points, chart, marks });
  }
  return charts;
}

async function manualPoints(db: DbOrTx, measureId: number): Promise<MeasurePoint[]> {
  const rows = await db
    .select({ period: measureValues.period, value: measureValues.value })
    .from(measureValues)
    .where(eq(measureValues.measureId, measureId))
    .orderBy(asc(measureValues.period));
  return rows.map((row) => ({ period: row.period, label: row.period, value: row.value }));
}

function indicatorPoints(trends: Awaited<ReturnType<typeof computeTrends>>, indicatorId: string): MeasurePoint[] {
  const trend = trends.trends.find((candidate) => candidate.indicatorId === indicatorId);
  return (trend?.points ?? []).map((point) => ({
    period: point.round.slug,
    label: point.round.name,
    // A figure the dashboards hide is null there, and a gap here.
    value: point.figure ? Math.round(point.figure.share * 1000) / 10 : null,
  }));
}

/** The period a date falls in, spelled as the measure's values are. */
export function periodOfDate(kind: ManualPeriod, isoDateText: string): string {
  const date = new Date(`${isoDateText}T00:00:00Z`);
  if (kind === 'week') return isoWeek(date);
  const month = date.getUTCMonth() + 1;
  if (kind === 'month') return `${date.getUTCFullYear()}-${String(month).padStart(2, '0')}`;
  return `${date.getUTCFullYear()}-Q${Math.ceil(month / 3)}`;
}
