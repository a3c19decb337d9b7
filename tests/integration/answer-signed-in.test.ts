import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { responses, roundParticipations } from '@/db/schema';
import { accountAnswerStatus, submitActorResponse } from '@/lib/actor-survey/submit';
import { closeRound, openRound } from '@/lib/rounds/manage';
import { answerInput, demoActors, makeActor, makeDraftRound } from './support/actors';
import { releaseAll } from './support/release';
import { openTestDatabase } from './support/test-database';

describe('answering signed in', () => {
  let database: DatabaseHandle;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let round: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    actors = await demoActors(database.db);
    round = await makeDraftRound(database.db, actors.strategist);
    await openRound(database.db, actors.strategist, round);
  });
  afterAll(() => database.close());

  it('a staff member answers once per round for their own organisation; the answer does not name them', async () => {
    const staff = await makeActor(database.db, 'viewer', 'varberg');
    const input = answerInput(21);
    expect(await submitActorResponse(database.db, { via: 'account', actor: staff, roundId: round }, input)).toEqual({
      ok: true,
      value: { stored: true },
    });
    await releaseAll(database.db);
    const [stored] = await database.db
      .select()
      .from(responses)
      .where(eq(responses.idempotencyKey, input.idempotencyKey));
    expect(stored.organisationId).toBe(staff.organisationId);
    expect(JSON.stringify(stored)).not.toContain(String(staff.name));
    expect(await accountAnswerStatus(database.db, staff, round)).toBe('answered');

    const second = await submitActorResponse(
      database.db,
      { via: 'account', actor: staff, roundId: round },
      answerInput(22),
    );
    expect(second).toEqual({ ok: false, error: 'answer.alreadyAnswered' });
  });

  it('free text is scrubbed of identity numbers, phone numbers and e-mail addresses before it is stored', async () => {
    const staff = await makeActor(database.db, 'viewer', 'falkenberg');
    const input = answerInput(41);
    input.answers = {
      ...input.answers,
      extension_suggestions: 'Ring Anna på 070-123 45 67 eller anna@example.se, pnr 19850101-1234.',
    };
    expect(
      await submitActorResponse(database.db, { via: 'account', actor: staff, roundId: round }, input),
    ).toMatchObject({ ok: true });
    await releaseAll(database.db);
    const [stored] = await database.db
      .select()
      .from(responses)
      .where(eq(responses.idempotencyKey, input.idempotencyKey));
    const text = String(stored.answers.extension_suggestions);
    expect(text).not.toMatch(/070|anna@example|19850101/);
    expect(text).toContain('[borttaget]');
  });

  it('two simultaneous answers from one person: exactly one is stored', async () => {
    const staff = await makeActor(database.db, 'coordinator', 'hylte');
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        submitActorResponse(database.db, { via: 'account', actor: staff, roundId: round }, answerInput(30 + i)),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const [count] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(roundParticipations)
      .where(eq(roundParticipations.userId, staff.userId));
    expect(Number(count.n)).toBe(1);
  });

  it('an account without an organisation, and a closed round, are refused with a reason', async () => {
    expect(
      await submitActorResponse(database.db, { via: 'account', actor: actors.viewer, roundId: round }, answerInput()),
    ).toEqual({
      ok: false,
      error: 'answer.noOrganisation',
    });
    const closed = await makeDraftRound(database.db, actors.strategist);
    await openRound(database.db, actors.strategist, closed);
    await closeRound(database.db, actors.strategist, closed);
    const staff = await makeActor(database.db, 'viewer', 'laholm');
    expect(
      await submitActorResponse(database.db, { via: 'account', actor: staff, roundId: closed }, answerInput()),
    ).toEqual({
      ok: false,
      error: 'answer.roundNotOpen',
    });
  });
});
