// A closed round's dashboards read the counts stored when it closed (lib/counts/round-counts.ts) instead of adding
// them up again: the same figures for every reader, and whatever could make them out of date deletes them.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle, type Db } from '@/db/client';
import { heldResponses, organisations, roundCounts, rounds } from '@/db/schema';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import type { Actor } from '@/lib/auth/actor';
import { storeClosedRoundCounts } from '@/lib/counts/round-counts';
import { seededRandom } from '@/lib/demo/generate-answers';
import { updateOrganisation } from '@/lib/organisations';
import { releaseHeldAnswers } from '@/lib/responses/release';
import { closeRound, openRound } from '@/lib/rounds/manage';
import { demoActors, makeDraftRound } from './support/actors';
import { createRandomRound } from './support/random-round';
import { openTestDatabase } from './support/test-database';

describe("a closed round's stored counts", () => {
  let database: DatabaseHandle;
  let db: Db;
  let readers: Actor[];
  let strategist: Actor;
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    const demo = await demoActors(db);
    strategist = demo.strategist;
    readers = [demo.strategist, demo.coordinator, demo.viewer];
  });
  afterAll(() => database.close());

  const stored = async (round: number) =>
    (await db.select().from(roundCounts).where(eq(roundCounts.roundId, round))).length === 1;
  const dashboardsOf = (round: number) =>
    Promise.all(readers.map((reader) => computeRoundDashboard(db, reader, round)));

  it('closing a round stores its counts; nothing is stored for an open round', async () => {
    const round = await makeDraftRound(db, strategist);
    await openRound(db, strategist, round);
    expect(await storeClosedRoundCounts(db, round)).toBe(false);
    expect(await stored(round)).toBe(false);
    await closeRound(db, strategist, round);
    expect(await stored(round)).toBe(true);
  });

  it('every reader sees the same figures from the stored counts as from counting live', async () => {
    for (const index of [1, 2, 3]) {
      const { roundId } = await createRandomRound(database, seededRandom(100 + index), 500 + index);
      const live = await dashboardsOf(roundId);
      expect(await storeClosedRoundCounts(db, roundId)).toBe(true);
      expect(await dashboardsOf(roundId)).toEqual(live);
    }
  });

  it('a release into the closed round deletes them, and its answer is counted', async () => {
    const { roundId } = await createRandomRound(database, seededRandom(200), 600);
    await storeClosedRoundCounts(db, roundId);
    const before = (await computeRoundDashboard(db, strategist, roundId))!.targetGroups.overall.respondents;
    const [channel] = await queryRows<{ id: number }>(
      db,
      sql`select id from channels where round_id = ${roundId} limit 1`,
    );
    await db.insert(heldResponses).values({
      idempotencyKey: randomUUID(),
      roundId,
      surveyKey: 'target-feedback',
      surveyVersion: 1,
      channelId: channel.id,
      locale: 'sv',
      answers: { know_where_to_turn: 'yes' },
      submittedWeek: '2020-W06',
    });
    expect((await releaseHeldAnswers(db, { roundId })).released).toBe(1);
    expect(await stored(roundId)).toBe(false);
    const after = (await computeRoundDashboard(db, strategist, roundId))!.targetGroups.overall.respondents;
    expect(before).not.toBeNull();
    expect(after).toBe(before! + 1);
  });

  it("changing an organisation's kind deletes them (they group it under its old kind)", async () => {
    const { roundId } = await createRandomRound(database, seededRandom(300), 700);
    await storeClosedRoundCounts(db, roundId);
    const [organisation] = await db.select().from(organisations).where(eq(organisations.slug, 'halmstad'));
    const input = { name: organisation.name, slug: organisation.slug, isPrincipal: organisation.isPrincipal };
    expect(
      await updateOrganisation(db, strategist, organisation.id, { ...input, kind: organisation.kind }),
    ).toMatchObject({ ok: true });
    expect(await stored(roundId)).toBe(true);
    expect(await updateOrganisation(db, strategist, organisation.id, { ...input, kind: 'ngo' })).toMatchObject({
      ok: true,
    });
    expect(await stored(roundId)).toBe(false);
    await updateOrganisation(db, strategist, organisation.id, { ...input, kind: organisation.kind });
  });

  it('are not stored for a round whose raw responses are deleted', async () => {
    const { roundId } = await createRandomRound(database, seededRandom(400), 800);
    await db.update(rounds).set({ rawResponsesDeletedAt: new Date() }).where(eq(rounds.id, roundId));
    expect(await storeClosedRoundCounts(db, roundId)).toBe(false);
  });
});
