// Pages that open on something to see and give the real reason when there is nothing: the default dashboard round
// is the newest with enough answers, the decision board opens on a period that has decisions and says when the
// URL's period could not be read, and report links are offered only where the reader can open a report.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { extensionDecisions, rounds } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { selectDashboardRound } from '@/lib/analytics/filters';
import { chooseDecisionPeriod, recordDecision } from '@/lib/decisions';
import { lockReportVersion } from '@/lib/report';
import { emptyReportContent, roundsWithReadableReport, saveReportDraft } from '@/lib/report/versions';
import { openRound } from '@/lib/rounds/manage';
import { demoActors, makeDraftRound, organisationId } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('no dead ends', () => {
  let database: DatabaseHandle;
  let strategist: Actor, coordinator: Actor, viewer: Actor;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, coordinator, viewer } = await demoActors(database.db));
  });
  afterAll(() => database.close());

  it('a new, almost empty round does not become the default dashboard round; asked for by name it is shown', async () => {
    const fresh = await makeDraftRound(database.db, strategist);
    expect((await openRound(database.db, strategist, fresh)).ok).toBe(true);
    await database.db.update(rounds).set({ opensOn: '2099-01-01' }).where(eq(rounds.id, fresh));
    const [{ slug }] = await database.db.select({ slug: rounds.slug }).from(rounds).where(eq(rounds.id, fresh));

    const selection = await selectDashboardRound(database.db, viewer, {});
    expect(selection.rounds[0].id).toBe(fresh); // control: it is the newest round
    expect(selection.round?.id).not.toBe(fresh);
    expect(selection.round?.responseCount).not.toBeNull();
    expect((await selectDashboardRound(database.db, viewer, { round: slug })).round?.id).toBe(fresh);
  });

  it('the decision board opens on the newest period with decisions and says when the period asked for is invalid', async () => {
    const today = new Date(2026, 5, 1);
    const halmstad = await organisationId(database.db, 'halmstad');
    await database.db.delete(extensionDecisions);
    expect(await chooseDecisionPeriod(database.db, viewer, undefined, today)).toEqual({
      period: '2027–2028',
      invalid: false,
    });
    expect(
      await recordDecision(database.db, strategist, {
        organisationId: halmstad,
        period: '2025–2026',
        status: 'extend',
        decidedOn: '2025-12-01',
        decidingBody: 'Kommunstyrelsen',
        caseNumber: '',
      }),
    ).toEqual({ ok: true, value: null });
    expect(await chooseDecisionPeriod(database.db, viewer, undefined, today)).toEqual({
      period: '2025–2026',
      invalid: false,
    });
    expect(await chooseDecisionPeriod(database.db, viewer, 'nonsense', today)).toEqual({
      period: '2025–2026',
      invalid: true,
    });
    expect(await chooseDecisionPeriod(database.db, viewer, '2030-2031', today)).toEqual({
      period: '2030–2031',
      invalid: false,
    });
  });

  it('report links: every round for a strategist, only rounds with a locked version for viewers and coordinators', async () => {
    const round = await makeDraftRound(database.db, strategist);
    expect(await roundsWithReadableReport(database.db, strategist)).toBe('all');
    const before = await roundsWithReadableReport(database.db, viewer);
    expect(before instanceof Set && before.has(round)).toBe(false);
    const saved = await saveReportDraft(database.db, strategist, {
      roundId: round,
      version: null,
      caseNumber: null,
      content: emptyReportContent,
    });
    expect(saved.ok).toBe(true);
    const draftOnly = await roundsWithReadableReport(database.db, coordinator);
    expect(draftOnly instanceof Set && draftOnly.has(round)).toBe(false);
    expect((await lockReportVersion(database.db, strategist, { roundId: round, version: 1 })).ok).toBe(true);
    for (const reader of [viewer, coordinator]) {
      const after = await roundsWithReadableReport(database.db, reader);
      expect(after instanceof Set && after.has(round)).toBe(true);
    }
  });
});
