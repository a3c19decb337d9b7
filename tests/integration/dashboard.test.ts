import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { computeRoundDashboard, type RoundDashboard } from '@/lib/analytics/dashboard';
import { organisationKinds } from '@/lib/organisations';
import { seededRandom } from '@/lib/demo/generate-answers';
import { indicators } from '@/surveys';
import { recoverByDifferencing } from '../support/differencing-attack';
import { publishedFigures, shownGroupSizes } from '../support/dashboard-publication';
import { createRandomRound } from './support/random-round';
import { openTestDatabase } from './support/test-database';

const strategist: Actor = { userId: 1, role: 'strategist', organisationId: null, name: 'Strateg' };
const viewer: Actor = { userId: 3, role: 'viewer', organisationId: null, name: 'Läsare' };

async function idOf(database: DatabaseHandle, table: 'rounds' | 'organisations', slug: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    database.db,
    sql`select id from ${sql.identifier(table)} where slug = ${slug}`,
  );
  return row.id;
}

/** The share the dashboard should print for an indicator over the whole round, counted the plain way. */
async function plainIndicatorCounts(database: DatabaseHandle, roundId: number, indicatorId: string) {
  const indicator = indicators.find((i) => i.id === indicatorId)!;
  const rows = await queryRows<{ answer: string | null; count: number }>(
    database.db,
    sql`select answers ->> ${indicator.questionId} as answer, count(*)::int as count from responses
        where round_id = ${roundId} and survey_key = ${indicator.surveyKey} group by 1`,
  );
  const counted = rows.filter((r) => r.answer !== null && !(indicator.excluded ?? []).map(String).includes(r.answer));
  return {
    n: counted.reduce((sum, r) => sum + r.count, 0),
    positive: counted
      .filter((r) => indicator.positive.map(String).includes(r.answer!))
      .reduce((sum, r) => sum + r.count, 0),
  };
}

function expectNothingRecoverable(dashboard: RoundDashboard) {
  const { values, tables } = publishedFigures(dashboard);
  expect(recoverByDifferencing(values, tables)).toEqual(new Map());
}

describe('a round dashboard', () => {
  let database: DatabaseHandle;
  let round2025: number;
  let round2023: number;
  let halmstad: number;
  let dashboard: RoundDashboard;
  beforeAll(async () => {
    database = await openTestDatabase();
    round2025 = await idOf(database, 'rounds', 'uppfoljning-2025');
    round2023 = await idOf(database, 'rounds', 'uppfoljning-2023');
    halmstad = await idOf(database, 'organisations', 'halmstad');
    dashboard = (await computeRoundDashboard(database.db, strategist, round2025))!;
  });
  afterAll(() => database.close());

  it('prints every indicator over the whole round with the counts a plain GROUP BY gives', async () => {
    for (const indicator of indicators) {
      const overall =
        indicator.surveyKey === 'actor-followup' ? dashboard.actors.overall : dashboard.targetGroups.overall;
      const figure = overall.indicators[indicator.id]!;
      expect({ n: figure.n, positive: figure.positive }).toEqual(
        await plainIndicatorCounts(database, round2025, indicator.id),
      );
      expect(figure.share).toBeCloseTo(figure.positive / figure.n, 12);
      expect(figure.interval.low).toBeLessThanOrEqual(figure.share);
      expect(figure.interval.high).toBeGreaterThanOrEqual(figure.share);
    }
  });

  it('counts the answers to every indicator question and the target-group category as responses arrive', async () => {
    const rows = await queryRows<{ survey_key: string; question_id: string }>(
      database.db,
      sql`select survey_key::text, question_id from answer_count_questions`,
    );
    const counted = rows.map((r) => `${r.survey_key}:${r.question_id}`);
    for (const indicator of indicators) expect(counted).toContain(`${indicator.surveyKey}:${indicator.questionId}`);
    expect(counted).toContain('target-feedback:target_group');
  });

  it('breaks the actors down by every kind of organisation, and the kinds add up to the region', () => {
    expect(dashboard.actors.byKind.map((g) => g.key)).toEqual(organisationKinds);
    const kindsTotal = dashboard.actors.byKind.reduce((sum, g) => sum + (g.respondents ?? 0), 0);
    expect(kindsTotal).toBe(dashboard.actors.overall.respondents);
    expect(dashboard.actors.byOrganisation.length).toBe(23);
  });

  it('breaks the target groups down by language, channel and category', () => {
    expect(dashboard.targetGroups.byLanguage.map((g) => g.key)).toContain('ar');
    expect(dashboard.targetGroups.byChannel.map((g) => g.name)).toContain('Migrationsverkets boende Spenshult');
    expect(dashboard.targetGroups.byCategory.map((g) => g.key)).toContain('asylum_seeker');
  });

  it('compares with the round before and says whether each change is larger than chance', () => {
    expect(dashboard.comparedWith?.slug).toBe('uppfoljning-2023');
    const change = dashboard.actors.overall.indicators.aware_strategy!.change!;
    expect(change).not.toBeNull();
    expect(typeof change.significant).toBe('boolean');
  });

  it("carries the compared round's figures for the charts, suppressed as that round publishes them", async () => {
    const before = (await computeRoundDashboard(database.db, strategist, round2023, { compareRoundId: null }))!;
    const strip = (figures: RoundDashboard['actors']['overall']['indicators']) =>
      Object.fromEntries(Object.entries(figures).map(([id, f]) => [id, f && { ...f, change: null }]));
    expect(dashboard.actors.overall.previous).toEqual(strip(before.actors.overall.indicators));
    for (const group of dashboard.actors.byOrganisation) {
      const then = before.actors.byOrganisation.find((g) => g.key === group.key);
      expect(group.previous).toEqual(then && strip(then.indicators));
    }
    // Some organisation is hidden in 2023: its earlier bars are hidden too, not drawn from raw counts.
    expect(before.actors.byOrganisation.some((g) => g.indicators.aware_strategy === null)).toBe(true);
    const without = (await computeRoundDashboard(database.db, strategist, round2025, { compareRoundId: null }))!;
    expect(without.actors.overall.previous).toBeUndefined();
  });

  it('hides organisations below the minimum group size and shows no figure over fewer respondents', () => {
    const medborgarskolan = dashboard.actors.byOrganisation.find((g) => g.name === 'Medborgarskolan')!;
    expect(medborgarskolan.respondents).toBeNull(); // 3 respondents in the demo data
    expect(Object.values(medborgarskolan.indicators).every((figure) => figure === null)).toBe(true);
    expect(Math.min(...shownGroupSizes(dashboard))).toBeGreaterThanOrEqual(dashboard.round.minGroupSize);
  });

  it('shows the response rate per organisation from the links made and used', async () => {
    const rate = dashboard.responseRates.byOrganisation.find((r) => r.key === String(halmstad))!;
    const [counts] = await queryRows<{ made: number; used: number }>(
      database.db,
      sql`select count(*)::int as made, count(*) filter (where used)::int as used from invitations where round_id = ${round2025} and organisation_id = ${halmstad}`,
    );
    expect(rate).toMatchObject({ invitations: counts.made, used: counts.used, rate: counts.used / counts.made });
  });

  it('differencing attack: nothing the dashboard publishes for the demo rounds gives a hidden figure away', async () => {
    expectNothingRecoverable(dashboard);
    expectNothingRecoverable((await computeRoundDashboard(database.db, strategist, round2023))!);
  });

  it('a viewer sees exactly what a strategist sees', async () => {
    expect(await computeRoundDashboard(database.db, viewer, round2025)).toEqual(dashboard);
  });

  it('nobody signed out gets a figure', async () => {
    await expect(computeRoundDashboard(database.db, null, round2025)).rejects.toThrow(AccessDenied);
  });

  it("a coordinator sees the region beside their own organisation and never another organisation's figures", async () => {
    const coordinator: Actor = { userId: 2, role: 'coordinator', organisationId: halmstad, name: 'Samordnare' };
    const own = (await computeRoundDashboard(database.db, coordinator, round2025))!;
    expect(own.scope).toEqual({ kind: 'organisation', organisationId: halmstad });
    expect(own.actors.byOrganisation.map((g) => g.key)).toEqual([String(halmstad)]);
    expect(own.actors.byOrganisation[0].respondents).toBe(42);
    expect(own.responseRates.byOrganisation.map((r) => r.key)).toEqual([String(halmstad)]);
    expect(own.actors.byKind).toEqual([]);
    expect(own.responseRates.byKind).toEqual([]);
    expect(own.targetGroups.byChannel).toEqual([]);
    expect(own.actors.overall.respondents).toBe(dashboard.actors.overall.respondents);
  });

  it('a coordinator whose organisation is below the minimum sees it hidden', async () => {
    const medborgarskolan = await idOf(database, 'organisations', 'medborgarskolan');
    const coordinator: Actor = { userId: 9, role: 'coordinator', organisationId: medborgarskolan, name: 'Samordnare' };
    const own = (await computeRoundDashboard(database.db, coordinator, round2025))!;
    expect(own.actors.byOrganisation[0].respondents).toBeNull();
    expect(own.responseRates.byOrganisation[0].rate).toBeNull();
  });

  it('filtering by kind shows only that kind, with the same figures as the full dashboard', async () => {
    const agencies = (await computeRoundDashboard(database.db, strategist, round2025, { organisationKind: 'agency' }))!;
    expect(agencies.actors.byKind.map((g) => g.key)).toEqual(['agency']);
    expect(agencies.actors.byOrganisation.length).toBe(5);
    for (const group of agencies.actors.byOrganisation) expect(dashboard.actors.byOrganisation).toContainEqual(group);
  });

  it('keeps the same figures after the raw responses of a round are deleted (privacy rule 6)', async () => {
    const { roundId } = await createRandomRound(database, seededRandom(7), 99);
    const before = await computeRoundDashboard(database.db, strategist, roundId, { compareRoundId: null });
    await database.db.execute(sql`delete from responses where round_id = ${roundId}`);
    expect(await computeRoundDashboard(database.db, strategist, roundId, { compareRoundId: null })).toEqual(before);
  });

  describe('over random rounds with many small groups and random filters', () => {
    it('never shows a figure over fewer respondents than the minimum, filtered views only show what the full one does, and differencing recovers nothing', async () => {
      const random = seededRandom(20251125);
      for (let index = 0; index < 8; index++) {
        const { roundId, minGroupSize } = await createRandomRound(database, random, index);
        const full = (await computeRoundDashboard(database.db, strategist, roundId, { compareRoundId: null }))!;
        expect(full.round.minGroupSize).toBe(minGroupSize);
        expect(Math.min(...shownGroupSizes(full))).toBeGreaterThanOrEqual(minGroupSize);
        expectNothingRecoverable(full);

        const kind = random() < 0.8 ? organisationKinds[Math.floor(random() * 4)] : undefined;
        const filtered = (await computeRoundDashboard(database.db, strategist, roundId, {
          organisationKind: kind,
          compareRoundId: null,
        }))!;
        for (const group of filtered.actors.byOrganisation) expect(full.actors.byOrganisation).toContainEqual(group);
        for (const rate of filtered.responseRates.byOrganisation)
          expect(full.responseRates.byOrganisation).toContainEqual(rate);
        expect(Math.min(...shownGroupSizes(filtered))).toBeGreaterThanOrEqual(minGroupSize);

        const organisationRows = await queryRows<{ id: number }>(database.db, sql`select id from organisations`);
        const organisationId = organisationRows[Math.floor(random() * organisationRows.length)].id;
        const coordinator: Actor = { userId: 99, role: 'coordinator', organisationId, name: 'Samordnare' };
        const own = (await computeRoundDashboard(database.db, coordinator, roundId, { compareRoundId: null }))!;
        expect(own.actors.byOrganisation.every((g) => g.key === String(organisationId))).toBe(true);
        expect(Math.min(...shownGroupSizes(own))).toBeGreaterThanOrEqual(minGroupSize);
        // What the coordinator can subtract: the region minus their organisation is the rest, never a small group.
        const ownGroup = own.actors.byOrganisation[0];
        if (ownGroup?.respondents != null && own.actors.overall.respondents != null) {
          expect(own.actors.overall.respondents - ownGroup.respondents).toBeGreaterThanOrEqual(minGroupSize);
        }
      }
    });
  });
});
