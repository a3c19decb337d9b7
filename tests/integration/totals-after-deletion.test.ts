// Finding 4 of issue #10: the round list read its totals from raw responses, so after a round's raw responses were
// deleted (privacy rule 6) /overview said "< 5" while the round's dashboard still said 268 + 160. Every page takes a
// round's totals from the same counts (or, once the raw rows are gone, from the stored figures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { selectDashboardRound } from '@/lib/analytics/filters';
import type { Actor } from '@/lib/auth/actor';
import { responseRatesByOrganisation } from '@/lib/invitations';
import { buildReport, lockReportVersion } from '@/lib/report';
import { emptyReportContent, saveReportDraft } from '@/lib/report/versions';
import { deleteRawResponses } from '@/lib/retention';
import { listRounds } from '@/lib/rounds/queries';
import { demoActors, roundId } from './support/actors';
import { openTestDatabase } from './support/test-database';

/** Every total a reader can see of one round, page by page. */
async function totalsSeenBy(database: DatabaseHandle, actor: Actor, id: number) {
  const listed = (await listRounds(database.db, actor)).find((round) => round.id === id)!;
  const picker = (await selectDashboardRound(database.db, actor, {})).rounds.find((round) => round.id === id)!;
  const dashboard = (await computeRoundDashboard(database.db, actor, id, { compareRoundId: null }))!;
  const report = await buildReport(database.db, actor, id);
  const rates = actor.role === 'viewer' ? null : await responseRatesByOrganisation(database.db, actor, id);
  return {
    overviewAndRoundList: listed.responseCount,
    roundPicker: picker.responseCount,
    dashboard: {
      actors: dashboard.actors.overall.respondents,
      targetGroups: dashboard.targetGroups.overall.respondents,
    },
    dashboardRates: dashboard.responseRates.overall,
    report: report && {
      actors: report.dashboard.actors.overall.respondents,
      targetGroups: report.dashboard.targetGroups.overall.respondents,
    },
    invitations: rates,
  };
}

describe("a round's totals after its raw responses are deleted", () => {
  let database: DatabaseHandle;
  let actors: Actor[];
  let strategist: Actor;
  let round2023: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    const demo = await demoActors(database.db);
    strategist = demo.strategist;
    actors = [demo.strategist, demo.coordinator, demo.viewer];
    round2023 = await roundId(database.db, 'uppfoljning-2023');
  });
  afterAll(() => database.close());

  it('the overview shows the same total as the dashboard: the sum of its two surveys', async () => {
    const [listed] = (await listRounds(database.db, strategist)).filter((round) => round.id === round2023);
    const dashboard = (await computeRoundDashboard(database.db, strategist, round2023))!;
    expect(listed.responseCount).toBe(
      dashboard.actors.overall.respondents! + dashboard.targetGroups.overall.respondents!,
    );
  });

  it('every page (overview, round list, round picker, dashboards, report, invitations) shows the same totals as before, for every role', async () => {
    await saveReportDraft(database.db, strategist, {
      roundId: round2023,
      version: null,
      caseNumber: 'RS231164',
      content: { ...emptyReportContent, proposal: 'Förläng' },
    });
    await lockReportVersion(database.db, strategist, { roundId: round2023, version: 1 });
    const before = await Promise.all(actors.map((actor) => totalsSeenBy(database, actor, round2023)));
    expect(before[0].overviewAndRoundList).toBeGreaterThan(100);

    const deleted = await deleteRawResponses(database.db, strategist, {
      roundId: round2023,
      confirm: 'yes',
      confirmName: 'Uppföljning 2023',
    });
    expect(deleted).toMatchObject({ ok: true });

    const after = await Promise.all(actors.map((actor) => totalsSeenBy(database, actor, round2023)));
    expect(after).toEqual(before);
  });
});
