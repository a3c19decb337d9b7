// Step 3 of the improvement model shares: good examples on the platform, the dialogue meeting's list of initiatives
// that reached step 3, and the decision report's initiative figures and citations, kept as they were at locking.
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, initiatives } from '@/db/schema';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { changeTestInput, createChangeTest } from '@/lib/improvement/change-tests';
import { initiativesPerStepAndKind } from '@/lib/improvement/follow-up';
import {
  createInitiative,
  getInitiative,
  initiativeInput,
  moveInitiativeStep,
  updateInitiative,
} from '@/lib/improvement/initiatives';
import { createMeeting, meetingReview } from '@/lib/platform/dialogue';
import { goodExampleInput, listGoodExamples, publishGoodExample } from '@/lib/platform/good-examples';
import { buildReport, lockReportVersion } from '@/lib/report';
import { saveReportDraft, startNewReportVersion } from '@/lib/report/versions';
import { demoActors, makeActor, organisationId, roundId } from './support/actors';
import { renderReportHtml } from './support/report-html';
import { openTestDatabase } from './support/test-database';

const initiativeFields = (overrides: Record<string, unknown> = {}) =>
  initiativeInput.parse({ title: 'Hälsosamtal på SFI', ...overrides });
const testFields = (decision: string) =>
  changeTestInput.parse({
    idea: 'Hälsosamtal i klassrummet',
    prediction: 'Fler kommer',
    startsOn: '2026-02-01',
    happened: 'Två klasser prövade',
    studied: 'Dubbelt så många kom',
    decision,
  });
const example = (initiativeId: number, changeTestId?: number) =>
  goodExampleInput.parse({
    initiativeId: String(initiativeId),
    changeTestId: changeTestId ? String(changeTestId) : '',
    title: 'Hälsosamtal i klassrummet',
    whatWasDone: 'Vi höll samtalen under lektionstid.',
    whatWasLearnt: 'Fler kommer när samtalet kommer till dem.',
  });

describe('step 3 shares', () => {
  let database: DatabaseHandle;
  let strategist: Actor, coordinator: Actor, viewer: Actor, foreignCoordinator: Actor;
  let halmstad: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, coordinator, viewer } = await demoActors(database.db));
    foreignCoordinator = await makeActor(database.db, 'coordinator', 'laholm');
    halmstad = await organisationId(database.db, 'halmstad');
  });
  afterAll(() => database.close());

  async function halmstadInitiative(overrides: Record<string, unknown> = {}) {
    const made = await createInitiative(database.db, coordinator, initiativeFields(overrides));
    if (!made.ok) throw new Error(made.error);
    return made.value.id;
  }
  async function changeTest(initiativeId: number, decision: string) {
    const made = await createChangeTest(database.db, coordinator, initiativeId, testFields(decision));
    if (!made.ok) throw new Error(made.error);
    return made.value.id;
  }

  describe('good examples on the platform', () => {
    it('a coordinator publishes an adopted idea of their own initiative; every signed-in role reads it, with its owners and a link back; audit-logged', async () => {
      const initiativeId = await halmstadInitiative();
      const testId = await changeTest(initiativeId, 'adopt');
      const published = await publishGoodExample(database.db, coordinator, example(initiativeId, testId));
      expect(published).toMatchObject({ ok: true });
      const owners = (await getInitiative(database.db, viewer, initiativeId)).owners.map((owner) => owner.name);
      for (const reader of [viewer, foreignCoordinator, strategist]) {
        expect(await listGoodExamples(database.db, reader)).toContainEqual(
          expect.objectContaining({
            initiativeId,
            changeTestId: testId,
            initiativeTitle: 'Hälsosamtal på SFI',
            title: 'Hälsosamtal i klassrummet',
            owners,
          }),
        );
      }
      const [entry] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      expect(entry).toMatchObject({ action: 'good_example.publish', actorUserId: coordinator.userId, outcome: 'ok' });
      expect(entry.details).toMatchObject({
        after: { initiativeId, changeTestId: testId, whatWasLearnt: 'Fler kommer när samtalet kommer till dem.' },
      });
      expect(await publishGoodExample(database.db, coordinator, example(initiativeId, testId))).toMatchObject({
        ok: false,
        error: 'platform.goodExample.alreadyPublished',
      });
    });

    it("another organisation's coordinator finds nothing to publish (404) and a viewer is refused; nothing is stored", async () => {
      const initiativeId = await halmstadInitiative();
      const testId = await changeTest(initiativeId, 'adopt');
      await expect(publishGoodExample(database.db, foreignCoordinator, example(initiativeId, testId))).rejects.toThrow(
        NotFound,
      );
      await expect(publishGoodExample(database.db, viewer, example(initiativeId, testId))).rejects.toThrow(
        AccessDenied,
      );
      expect(await listGoodExamples(database.db, viewer, { initiativeId })).toEqual([]);
      expect(await publishGoodExample(database.db, strategist, example(initiativeId, testId))).toMatchObject({
        ok: true,
      });
    });

    it('only an adopted idea, or a finished initiative as a whole, is published; a test of another initiative is not found', async () => {
      const initiativeId = await halmstadInitiative();
      const adapted = await changeTest(initiativeId, 'adapt');
      expect(await publishGoodExample(database.db, coordinator, example(initiativeId, adapted))).toMatchObject({
        ok: false,
        error: 'platform.goodExample.notAdopted',
      });
      expect(await publishGoodExample(database.db, coordinator, example(initiativeId))).toMatchObject({
        ok: false,
        error: 'platform.goodExample.notFinished',
      });
      const elsewhere = await changeTest(await halmstadInitiative(), 'adopt');
      expect(await publishGoodExample(database.db, coordinator, example(initiativeId, elsewhere))).toMatchObject({
        ok: false,
        error: 'guard.notFound',
      });
      expect(await listGoodExamples(database.db, viewer, { initiativeId })).toEqual([]);

      await updateInitiative(
        database.db,
        coordinator,
        initiativeId,
        initiativeFields({ status: 'finished', owners: [String(halmstad)] }),
      );
      expect(await publishGoodExample(database.db, coordinator, example(initiativeId))).toMatchObject({ ok: true });
      expect(
        (await listGoodExamples(database.db, viewer, { initiativeId })).map((shown) => shown.changeTestId),
      ).toEqual([null]);
    });

    it('an empty text is a field error', async () => {
      const parsed = goodExampleInput.safeParse({ initiativeId: '1', title: ' ', whatWasDone: 'x', whatWasLearnt: '' });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
        ['title', 'guard.required'],
        ['whatWasLearnt', 'guard.required'],
      ]);
    });
  });

  it('a dialogue meeting lists the initiatives that reached step 3 after the previous meeting and up to its own day', async () => {
    const movedOn = async (title: string, date: string) => {
      const id = await halmstadInitiative({ title });
      expect(await moveInitiativeStep(database.db, coordinator, id, 3)).toMatchObject({ ok: true });
      await database.db.update(initiatives).set({ stepChangedOn: date }).where(eq(initiatives.id, id));
      return id;
    };
    await movedOn('Före förra mötet', '2089-12-31');
    await movedOn('Samma dag som förra mötet', '2090-01-10');
    const between = await movedOn('Mellan mötena', '2090-03-01');
    const onTheDay = await movedOn('Samma dag som mötet', '2090-06-01');
    await movedOn('Efter mötet', '2090-06-02');
    const backToTwo = await movedOn('Tillbaka till steg 2', '2090-04-01');
    await moveInitiativeStep(database.db, coordinator, backToTwo, 2);

    const meeting = async (heldOn: string) => {
      const made = await createMeeting(database.db, strategist, {
        heldOn,
        theme: 'Gemensamt lärande',
        notes: null,
        organisationIds: [halmstad],
      });
      if (!made.ok) throw new Error(made.error);
      return made.value.id;
    };
    await meeting('2090-01-10');
    const review = await meetingReview(database.db, viewer, await meeting('2090-06-01'));
    expect(review.since).toBe('2090-01-10');
    expect(review.reachedStep3.map((initiative) => [initiative.id, initiative.stepChangedOn])).toEqual([
      [between, '2090-03-01'],
      [onTheDay, '2090-06-01'],
    ]);
    expect(review.reachedStep3[0].owners).toEqual(
      (await getInitiative(database.db, viewer, between)).owners.map((owner) => owner.name),
    );
  });

  it('the report shows the dashboards\u2019 initiative figures and cited initiatives; a locked version keeps both after the initiatives change', async () => {
    const round = await roundId(database.db, 'uppfoljning-2023');
    const cited = await halmstadInitiative({ title: 'Kartläggning före ändring' });
    const draft = (await buildReport(database.db, strategist, round))!;
    expect(draft.improvement).toEqual(await initiativesPerStepAndKind(database.db, viewer));
    const findingKey = draft.content.findings[0].key;
    const content = { ...draft.content, citations: [{ findingKey, initiativeId: cited }] };

    expect(
      await saveReportDraft(database.db, strategist, {
        roundId: round,
        version: null,
        caseNumber: null,
        content: { ...content, citations: [{ findingKey, initiativeId: 999_999 }] },
      }),
    ).toMatchObject({
      ok: false,
      error: 'report.error.initiativeNotFound',
    });
    expect(
      await saveReportDraft(database.db, strategist, {
        roundId: round,
        version: null,
        caseNumber: null,
        content: { ...content, citations: [{ findingKey: 'no_such_finding', initiativeId: cited }] },
      }),
    ).toMatchObject({
      ok: false,
      error: 'report.error.initiativeNotFound',
    });
    expect(
      await saveReportDraft(database.db, strategist, { roundId: round, version: null, caseNumber: null, content }),
    ).toEqual({ ok: true, value: { version: 1 } });

    const saved = (await buildReport(database.db, strategist, round, 1))!;
    const owners = (await getInitiative(database.db, viewer, cited)).owners.map((owner) => owner.name);
    expect(saved.citations).toEqual([
      { findingKey, id: cited, title: 'Kartläggning före ändring', step: 1, status: 'active', owners },
    ]);
    expect(await lockReportVersion(database.db, strategist, { roundId: round, version: 1 })).toMatchObject({
      ok: true,
    });
    const figuresAtLocking = saved.improvement;

    // The initiatives change after locking: the cited one is renamed and moves on, and a new one starts.
    await updateInitiative(
      database.db,
      strategist,
      cited,
      initiativeFields({ title: 'Kartläggning efter ändring', owners: [String(halmstad)] }),
    );
    await moveInitiativeStep(database.db, strategist, cited, 2);
    await halmstadInitiative({ title: 'Ett nytt initiativ' });
    const now = await initiativesPerStepAndKind(database.db, viewer);
    expect(now).not.toEqual(figuresAtLocking); // control: the figures did change

    const locked = (await buildReport(database.db, viewer, round, 1))!;
    expect(locked.version?.locked).toBe(true);
    expect(locked.improvement).toEqual(figuresAtLocking);
    expect(locked.citations).toEqual(saved.citations);
    const html = renderReportHtml(locked);
    const finding = html.slice(html.indexOf(`id="finding-${findingKey}"`));
    expect(finding.slice(0, finding.indexOf('</section>'))).toContain(
      'Initiativ: <strong>Kartläggning före ändring</strong>, steg 1 i förbättringsmodellen',
    );
    expect(html).not.toContain('Kartläggning efter ändring');
    expect(html).toContain(`${figuresAtLocking!.all.total} initiativ: ${figuresAtLocking!.all.step1} i steg 1`);

    // A new draft reads the initiatives as they are now.
    await startNewReportVersion(database.db, strategist, round);
    const newDraft = (await buildReport(database.db, strategist, round))!;
    expect(newDraft.improvement).toEqual(now);
    expect(newDraft.citations).toMatchObject([{ id: cited, title: 'Kartläggning efter ändring', step: 2 }]);
  });
});
