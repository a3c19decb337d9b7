import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, rounds, roundSurveys } from '@/db/schema';
import { closeRound, createRound, getRound, openRound, roundInput, updateRound } from '@/lib/rounds/manage';
import { latestSurvey } from '@/surveys';
import { demoActors, makeDraftRound } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('the life cycle of a round: draft → open → closed', () => {
  let database: DatabaseHandle;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    actors = await demoActors(database.db);
  });
  afterAll(() => database.close());

  it('a new round is a draft with its chosen surveys planned', async () => {
    const id = await makeDraftRound(database.db, actors.strategist);
    const round = await getRound(database.db, actors.strategist, id);
    expect(round.status).toBe('draft');
    expect(round.surveys.map((survey) => survey.key).sort()).toEqual(['actor-followup', 'target-feedback']);
  });

  it('opening freezes the newest version of each survey, and is audited', async () => {
    const id = await makeDraftRound(database.db, actors.strategist);
    expect(await openRound(database.db, actors.strategist, id)).toEqual({ ok: true, value: { id } });
    const frozen = await database.db.select().from(roundSurveys).where(eq(roundSurveys.roundId, id));
    const actorSnapshot = frozen.find((row) => row.surveyKey === 'actor-followup')!;
    expect(actorSnapshot.surveyVersion).toBe(latestSurvey('actor-followup').version);
    expect(actorSnapshot.definition).toEqual(latestSurvey('actor-followup').json);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'round.open'));
    expect(audit.map((entry) => entry.targetId)).toContain(String(id));
  });

  it('an open round can no longer be edited or opened again, only closed; a closed round stays closed', async () => {
    const id = await makeDraftRound(database.db, actors.strategist);
    await openRound(database.db, actors.strategist, id);
    const edit = {
      name: 'Changed',
      slug: `changed-${id}`,
      opensOn: null,
      closesOn: null,
      minGroupSize: 5,
      surveys: ['actor-followup' as const],
    };
    expect(await updateRound(database.db, actors.strategist, id, edit)).toMatchObject({
      ok: false,
      error: 'rounds.onlyDraftEditable',
    });
    expect(await openRound(database.db, actors.strategist, id)).toMatchObject({
      ok: false,
      error: 'rounds.onlyDraftOpens',
    });
    expect(await closeRound(database.db, actors.strategist, id)).toMatchObject({ ok: true });
    expect(await closeRound(database.db, actors.strategist, id)).toMatchObject({
      ok: false,
      error: 'rounds.onlyOpenCloses',
    });
    expect(await openRound(database.db, actors.strategist, id)).toMatchObject({
      ok: false,
      error: 'rounds.onlyDraftOpens',
    });
    const [row] = await database.db
      .select({ name: rounds.name, status: rounds.status })
      .from(rounds)
      .where(eq(rounds.id, id));
    expect(row.status).toBe('closed');
    expect(row.name).not.toBe('Changed');
  });

  it('a draft can be edited, including which surveys it will freeze', async () => {
    const id = await makeDraftRound(database.db, actors.strategist);
    const edit = {
      name: 'Uppföljning 2027',
      slug: `uppfoljning-2027-${id}`,
      opensOn: '2027-01-10',
      closesOn: '2027-03-01',
      minGroupSize: 7,
      surveys: ['actor-followup' as const],
    };
    expect(await updateRound(database.db, actors.strategist, id, edit)).toMatchObject({ ok: true });
    const round = await getRound(database.db, actors.strategist, id);
    expect(round).toMatchObject({ name: 'Uppföljning 2027', minGroupSize: 7, opensOn: '2027-01-10' });
    expect(round.surveys.map((survey) => survey.key)).toEqual(['actor-followup']);
  });

  it('the minimum group size is never below 3, and the closing date not before the opening date', () => {
    const base = { name: 'X', slug: 'x', surveys: 'actor-followup', opensOn: '', closesOn: '' };
    const tooSmall = roundInput.safeParse({ ...base, minGroupSize: '2' });
    expect(tooSmall.success ? null : tooSmall.error.issues[0].message).toBe('rounds.minGroupSizeTooSmall');
    const backwards = roundInput.safeParse({
      ...base,
      minGroupSize: '5',
      opensOn: '2026-05-01',
      closesOn: '2026-04-01',
    });
    expect(backwards.success ? null : backwards.error.issues[0].message).toBe('rounds.closesBeforeOpens');
    expect(roundInput.safeParse({ ...base, minGroupSize: '3' }).success).toBe(true);
  });

  it('a taken short name is a field error, not a crash', async () => {
    const result = await createRound(database.db, actors.strategist, {
      name: 'Dup',
      slug: 'uppfoljning-2025',
      opensOn: null,
      closesOn: null,
      minGroupSize: 5,
      surveys: ['actor-followup'],
    });
    expect(result).toEqual({ ok: false, error: 'guard.checkFields', fieldErrors: { slug: 'rounds.slugTaken' } });
  });
});
