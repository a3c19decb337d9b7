import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { reportVersions, rounds } from '@/db/schema';
import { STORED_FIGURES_VERSION } from '@/lib/analytics/stored-figures';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { buildReport, lockReportVersion } from '@/lib/report';
import { emptyReportContent, listReportVersions, saveReportDraft, startNewReportVersion } from '@/lib/report/versions';
import { demoActors } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('report versions', () => {
  let database: DatabaseHandle;
  let strategist: Actor, viewer: Actor;
  let roundId: number;
  let quote: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, viewer } = await demoActors(database.db));
    [{ id: roundId }] = await database.db
      .select({ id: rounds.id })
      .from(rounds)
      .where(eq(rounds.slug, 'uppfoljning-2025'));
    [{ quote }] = await queryRows<{ quote: string }>(
      database.db,
      sql`select answers->>'extension_suggestions' as quote from responses where round_id = ${roundId} and answers ? 'extension_suggestions' limit 1`,
    );
  });
  afterAll(() => database.close());

  const content = (proposal: string) => ({
    ...emptyReportContent,
    findings: [{ key: 'awareness', text: 'Kännedomen varierar.' }],
    proposal,
  });

  it('a strategist saves a draft, locks it, and the locked version can no longer be edited', async () => {
    expect(
      await saveReportDraft(database.db, strategist, {
        roundId,
        version: null,
        caseNumber: 'RS2026/1',
        content: content('Förläng'),
      }),
    ).toEqual({ ok: true, value: { version: 1 } });
    expect(
      await saveReportDraft(database.db, strategist, {
        roundId,
        version: 1,
        caseNumber: 'RS2026/1',
        content: content('Förläng 2026–2027'),
      }),
    ).toEqual({ ok: true, value: { version: 1 } });
    const shownBeforeLocking = (await buildReport(database.db, strategist, roundId, 1))!;
    expect(await lockReportVersion(database.db, strategist, { roundId, version: 1 })).toEqual({
      ok: true,
      value: { version: 1 },
    });

    expect(
      await saveReportDraft(database.db, strategist, {
        roundId,
        version: 1,
        caseNumber: null,
        content: content('Ändrat'),
      }),
    ).toMatchObject({ ok: false, error: 'report.error.locked' });
    expect(await lockReportVersion(database.db, strategist, { roundId, version: 1 })).toMatchObject({
      ok: false,
      error: 'report.error.locked',
    });
    const [kept] = await listReportVersions(database.db, strategist, roundId);
    expect(kept).toMatchObject({
      version: 1,
      locked: true,
      caseNumber: 'RS2026/1',
      content: { proposal: 'Förläng 2026–2027' },
    });
    // lib chose the figures: the report's own, as it showed them before locking (suppressed, by kind), the platform's
    // and the improvement work's, stored with the version of their shape.
    const { dashboard, platform, improvement, citations } = shownBeforeLocking;
    expect(kept.figures).toEqual(
      JSON.parse(JSON.stringify({ version: STORED_FIGURES_VERSION, ...dashboard, platform, improvement, citations })),
    );
    const shownAfterLocking = (await buildReport(database.db, strategist, roundId, 1))!;
    expect(shownAfterLocking.dashboard.actors.overall).toEqual(dashboard.actors.overall);
  });

  it('only a strategist locks a version', async () => {
    await expect(lockReportVersion(database.db, viewer, { roundId, version: 1 })).rejects.toThrow(AccessDenied);
  });

  it('the database itself refuses to change or delete a locked version', async () => {
    const locked = and(eq(reportVersions.roundId, roundId), eq(reportVersions.version, 1));
    await expect(database.db.update(reportVersions).set({ caseNumber: 'X' }).where(locked)).rejects.toThrow();
    await expect(database.db.delete(reportVersions).where(locked)).rejects.toThrow();
  });

  it('a new version starts from the locked wording; both are kept and can be compared', async () => {
    expect(await startNewReportVersion(database.db, strategist, roundId)).toEqual({ ok: true, value: { version: 2 } });
    expect(
      await saveReportDraft(database.db, strategist, {
        roundId,
        version: 2,
        caseNumber: 'RS2026/1',
        content: content('Förläng med ändringar'),
      }),
    ).toEqual({ ok: true, value: { version: 2 } });
    const versions = await listReportVersions(database.db, strategist, roundId);
    expect(versions.map((v) => [v.version, v.locked, v.content.proposal])).toEqual([
      [1, true, 'Förläng 2026–2027'],
      [2, false, 'Förläng med ändringar'],
    ]);
  });

  it('viewers see only locked versions and cannot write', async () => {
    expect((await listReportVersions(database.db, viewer, roundId)).map((v) => v.version)).toEqual([1]);
    await expect(
      saveReportDraft(database.db, viewer, { roundId, version: 2, caseNumber: null, content: content('x') }),
    ).rejects.toThrow(AccessDenied);
  });

  it('a quote must be a free-text answer given in the round; an invented one is refused', async () => {
    const withQuote = { ...content('Förläng'), quotes: [quote] };
    expect(
      await saveReportDraft(database.db, strategist, { roundId, version: 2, caseNumber: null, content: withQuote }),
    ).toEqual({ ok: true, value: { version: 2 } });
    const invented = { ...content('Förläng'), quotes: ['Alla älskar strategin'] };
    expect(
      await saveReportDraft(database.db, strategist, { roundId, version: 2, caseNumber: null, content: invented }),
    ).toMatchObject({ ok: false, error: 'report.error.quoteNotFound' });
  });
});
