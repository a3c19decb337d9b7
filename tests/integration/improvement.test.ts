import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, measureValues, rounds } from '@/db/schema';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { createChangeTest, listChangeTests, updateChangeTest, changeTestInput } from '@/lib/improvement/change-tests';
import { initiativesPerStepAndKind } from '@/lib/improvement/follow-up';
import {
  createInitiative,
  getInitiative,
  initiativeInput,
  listInitiatives,
  moveInitiativeStep,
  updateInitiative,
} from '@/lib/improvement/initiatives';
import {
  createMeasure,
  initiativeMeasureCharts,
  measureInput,
  moveBaseline,
  recordMeasureValue,
  valueInput,
} from '@/lib/improvement/measures';
import { demoActors, makeActor, organisationId } from './support/actors';
import { openTestDatabase } from './support/test-database';

const initiative = (overrides: Record<string, unknown> = {}) =>
  initiativeInput.parse({
    title: 'Kartlägga ohälsa i etableringen',
    problem: 'Vi vet inte hur många som mår dåligt.',
    targetGroups: ['newly_arrived'],
    ...overrides,
  });
const manualMeasure = (overrides: Record<string, unknown> = {}) =>
  measureInput.parse({
    name: 'Andel screenade',
    kind: 'process',
    definition: 'Screenade / inskrivna per månad',
    unit: 'percent',
    direction: 'higher_is_better',
    period: 'month',
    ...overrides,
  });
const value = (period: string, amount: string | number, replace = false) =>
  valueInput.parse({ period, value: String(amount), replace: replace ? 'on' : '' });

describe('the improvement model: initiatives, measures, tests of change', () => {
  let database: DatabaseHandle;
  let strategist: Actor, coordinator: Actor, viewer: Actor, otherCoordinator: Actor;
  let halmstad: number, arbetsformedlingen: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, coordinator, viewer } = await demoActors(database.db));
    otherCoordinator = await makeActor(database.db, 'coordinator', 'laholm');
    halmstad = await organisationId(database.db, 'halmstad');
    arbetsformedlingen = await organisationId(database.db, 'arbetsformedlingen');
  });
  afterAll(() => database.close());

  async function coordinatorInitiative(overrides: Record<string, unknown> = {}) {
    const created = await createInitiative(database.db, coordinator, initiative(overrides));
    if (!created.ok) throw new Error(created.error);
    return created.value.id;
  }

  it("a coordinator's new initiative is owned by their organisation, starts in step 1 today, and is audit-logged", async () => {
    const id = await coordinatorInitiative();
    const detail = await getInitiative(database.db, viewer, id);
    expect(detail).toMatchObject({ step: 1, status: 'active', canEdit: false, owners: [{ id: halmstad }] });
    expect(detail.stepChangedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await getInitiative(database.db, coordinator, id)).canEdit).toBe(true);
    const [entry] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'initiative.create', targetId: String(id), actorUserId: coordinator.userId });
    expect(entry.details).toMatchObject({ after: { title: 'Kartlägga ohälsa i etableringen', owners: [halmstad] } });
  });

  it('a coordinator cannot leave their own organisation out of the owners', async () => {
    const result = await createInitiative(
      database.db,
      coordinator,
      initiative({ owners: [String(arbetsformedlingen)] }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { owners: 'improvement.ownersMustIncludeOwn' } });
  });

  it("another organisation's coordinator finds nothing to edit (404), a viewer is refused, a strategist edits any", async () => {
    const id = await coordinatorInitiative();
    await expect(updateInitiative(database.db, otherCoordinator, id, initiative({ title: 'Kapat' }))).rejects.toThrow(
      NotFound,
    );
    await expect(moveInitiativeStep(database.db, otherCoordinator, id, 2)).rejects.toThrow(NotFound);
    await expect(createMeasure(database.db, otherCoordinator, id, manualMeasure())).rejects.toThrow(NotFound);
    await expect(updateInitiative(database.db, viewer, id, initiative())).rejects.toThrow(AccessDenied);
    expect(
      await updateInitiative(
        database.db,
        strategist,
        id,
        initiative({ title: 'Nytt namn', owners: [String(halmstad)] }),
      ),
    ).toMatchObject({ ok: true });
    expect((await getInitiative(database.db, coordinator, id)).title).toBe('Nytt namn');
  });

  it('an update is audit-logged with the fields before and after', async () => {
    const id = await coordinatorInitiative({ learnt: '' });
    await updateInitiative(database.db, coordinator, id, initiative({ learnt: 'Screening fungerar i SFI.' }));
    const [entry] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'initiative.update' });
    expect(entry.details).toMatchObject({ before: { learnt: '' }, after: { learnt: 'Screening fungerar i SFI.' } });
  });

  it('moving to step 2 dates the move; moving to the same step is refused', async () => {
    const id = await coordinatorInitiative();
    expect(await moveInitiativeStep(database.db, coordinator, id, 2)).toMatchObject({ ok: true });
    expect((await getInitiative(database.db, viewer, id)).step).toBe(2);
    expect(await moveInitiativeStep(database.db, coordinator, id, 2)).toMatchObject({
      ok: false,
      fieldErrors: { step: 'improvement.stepUnchanged' },
    });
  });

  it('an aim date already past is refused with a field error', async () => {
    const result = await createInitiative(database.db, coordinator, initiative({ aimByWhen: '2001-01-01' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { aimByWhen: 'improvement.aimInPast' } });
  });

  describe('values', () => {
    let measureId: number;
    beforeAll(async () => {
      const id = await coordinatorInitiative();
      const created = await createMeasure(database.db, coordinator, id, manualMeasure());
      if (!created.ok) throw new Error(created.error);
      measureId = created.value.id;
    });

    it("must match the measure's unit and period", async () => {
      expect(await recordMeasureValue(database.db, coordinator, measureId, value('2026-W03', 40))).toMatchObject({
        ok: false,
        fieldErrors: { period: 'improvement.period.monthInvalid' },
      });
      expect(await recordMeasureValue(database.db, coordinator, measureId, value('2026-13', 40))).toMatchObject({
        ok: false,
      });
      expect(await recordMeasureValue(database.db, coordinator, measureId, value('2026-03', 140))).toMatchObject({
        ok: false,
        fieldErrors: { value: 'improvement.value.percentInvalid' },
      });
      expect(await database.db.select().from(measureValues).where(eq(measureValues.measureId, measureId))).toHaveLength(
        0,
      );
    });

    it('a period entered twice asks before it replaces, and the first value stays until then', async () => {
      expect(await recordMeasureValue(database.db, coordinator, measureId, value('2026-03', '40,5'))).toMatchObject({
        ok: true,
        value: { replaced: false },
      });
      expect(await recordMeasureValue(database.db, coordinator, measureId, value('2026-03', 55))).toMatchObject({
        ok: false,
        fieldErrors: { period: 'improvement.value.periodTaken' },
      });
      const [kept] = await database.db.select().from(measureValues).where(eq(measureValues.measureId, measureId));
      expect(kept.value).toBe(40.5);
      expect(await recordMeasureValue(database.db, coordinator, measureId, value('2026-03', 55, true))).toMatchObject({
        ok: true,
        value: { replaced: true },
      });
      const [entry] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      expect(entry).toMatchObject({ action: 'measure.value.replace' });
      expect(entry.details).toMatchObject({ period: '2026-03', before: { value: 40.5 }, after: { value: 55 } });
    });

    it('a count must be a whole number', async () => {
      const id = await coordinatorInitiative();
      const created = await createMeasure(
        database.db,
        coordinator,
        id,
        manualMeasure({ unit: 'count', period: 'week' }),
      );
      if (!created.ok) throw new Error(created.error);
      expect(
        await recordMeasureValue(database.db, coordinator, created.value.id, value('2026-W07', 2.5)),
      ).toMatchObject({
        fieldErrors: { value: 'improvement.value.countInvalid' },
      });
      expect(await recordMeasureValue(database.db, coordinator, created.value.id, value('2026-w07', 3))).toMatchObject({
        ok: true,
        value: { period: '2026-W07' },
      });
    });
  });

  it('twenty monthly values make a run chart whose baseline is the first 12, with the tests of change on the time axis', async () => {
    const id = await coordinatorInitiative();
    const created = await createMeasure(database.db, coordinator, id, manualMeasure());
    if (!created.ok) throw new Error(created.error);
    const before = [40, 44, 38, 42, 41, 39, 43, 40, 42, 38, 44, 41];
    const after = [52, 55, 51, 54, 56, 53, 55, 57];
    for (const [i, amount] of [...before, ...after].entries()) {
      const month = new Date(Date.UTC(2025, i, 1));
      const period = `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
      expect(await recordMeasureValue(database.db, coordinator, created.value.id, value(period, amount))).toMatchObject(
        { ok: true },
      );
    }
    await createChangeTest(
      database.db,
      coordinator,
      id,
      changeTestInput.parse({ idea: 'Screening i SFI', prediction: 'Fler screenas', startsOn: '2025-12-15' }),
    );
    const [chart] = await initiativeMeasureCharts(database.db, viewer, id);
    expect(chart.points).toHaveLength(20);
    expect(chart.chart.centre).toBe(41);
    // 44 (the 11th) and the eight after it lie above 41; the 12th, 41, is on the line and ignored.
    expect(chart.chart.analysis).toMatchObject({ longestRun: 9, longestRunSignal: true });
    expect(chart.marks).toEqual([expect.objectContaining({ idea: 'Screening i SFI', period: '2025-12' })]);

    // Moving the baseline needs a reason; afterwards the centre line follows the new baseline.
    expect(
      await moveBaseline(database.db, coordinator, created.value.id, {
        baselineStart: 13,
        baselineLength: 8,
        reason: 'kort',
      }),
    ).toBeDefined();
    expect(
      await moveBaseline(database.db, coordinator, created.value.id, {
        baselineStart: 13,
        baselineLength: 8,
        reason: 'Ny rutin sedan januari 2026',
      }),
    ).toMatchObject({ ok: true });
    const [moved] = await initiativeMeasureCharts(database.db, viewer, id);
    expect(moved.chart.centre).toBe(54.5);
    expect(moved.measure.baselineReason).toBe('Ny rutin sedan januari 2026');
  });

  it("a measure from a survey indicator takes the dashboards' regional share round by round, a hidden share as a gap", async () => {
    const id = await coordinatorInitiative();
    const created = await createMeasure(
      database.db,
      coordinator,
      id,
      measureInput.parse({
        name: 'Modellen hjälpte',
        kind: 'outcome',
        definition: 'Enkätens indikator',
        unit: 'count',
        direction: 'higher_is_better',
        period: 'round',
        indicatorId: 'model_helped_identify_challenges',
      }),
    );
    if (!created.ok) throw new Error(created.error);
    const [chart] = await initiativeMeasureCharts(database.db, viewer, id);
    expect(chart.measure.unit).toBe('percent');
    const seededRounds = await database.db.select().from(rounds);
    expect(chart.points.length).toBe(seededRounds.filter((round) => round.status !== 'draft').length);
    for (const point of chart.points)
      expect(point.value === null || (point.value >= 0 && point.value <= 100)).toBe(true);
    expect(chart.points.some((point) => point.value !== null)).toBe(true);
    expect(await recordMeasureValue(database.db, coordinator, created.value.id, value('2026-03', 5))).toMatchObject({
      ok: false,
      error: 'improvement.value.fromIndicator',
    });
  });

  it('a round measure needs an indicator', () => {
    const parsed = measureInput.safeParse({
      name: 'x',
      kind: 'outcome',
      definition: 'y',
      unit: 'percent',
      direction: 'higher_is_better',
      period: 'round',
    });
    expect(parsed.success).toBe(false);
  });

  it('tests of change: dates out of order get a field error; a decision needs a result; every cycle is kept in date order', async () => {
    const id = await coordinatorInitiative();
    const plan = { idea: 'Hälsosamtal på arabiska', prediction: 'Fler kommer', startsOn: '2026-02-01' };
    expect(
      await createChangeTest(database.db, coordinator, id, changeTestInput.parse({ ...plan, endsOn: '2026-01-01' })),
    ).toMatchObject({
      fieldErrors: { endsOn: 'improvement.datesOutOfOrder' },
    });
    expect(
      await createChangeTest(database.db, coordinator, id, changeTestInput.parse({ ...plan, decision: 'adopt' })),
    ).toMatchObject({
      fieldErrors: { studied: 'improvement.changeTest.studyFirst' },
    });
    const created = await createChangeTest(database.db, coordinator, id, changeTestInput.parse(plan));
    if (!created.ok) throw new Error(created.error);
    await expect(
      updateChangeTest(database.db, otherCoordinator, created.value.id, changeTestInput.parse(plan)),
    ).rejects.toThrow(NotFound);
    const done = { ...plan, endsOn: '2026-03-01', happened: '12 kom', studied: 'Fler än vi trodde', decision: 'adopt' };
    expect(
      await updateChangeTest(database.db, coordinator, created.value.id, changeTestInput.parse(done)),
    ).toMatchObject({ ok: true });
    expect(await listChangeTests(database.db, viewer, id)).toEqual([
      expect.objectContaining({ decision: 'adopt', endsOn: '2026-03-01' }),
    ]);
  });

  it('the follow-up counts initiatives per step and kind of owning actor, in SQL', async () => {
    const before = await initiativesPerStepAndKind(database.db, viewer);
    const id = await createInitiative(
      database.db,
      strategist,
      initiative({ owners: [String(halmstad), String(arbetsformedlingen)] }),
    );
    if (!id.ok) throw new Error(id.error);
    await moveInitiativeStep(database.db, strategist, id.value.id, 3);
    const after = await initiativesPerStepAndKind(database.db, viewer);
    const kind = (figures: typeof after, name: string) => figures.byKind.find((row) => row.kind === name)?.step3 ?? 0;
    expect(kind(after, 'municipality') - kind(before, 'municipality')).toBe(1);
    expect(kind(after, 'agency') - kind(before, 'agency')).toBe(1);
    // Owned by two kinds, counted once in all.
    expect(after.all.step3 - before.all.step3).toBe(1);
    expect((await listInitiatives(database.db, viewer)).some((row) => row.id === id.value.id)).toBe(true);
  });
});
