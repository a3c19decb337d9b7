// Held answers and their release (DESIGN.md "Held answer and release"): a submission waits in held_responses, a
// release moves it into responses in a transaction of its own, in batches of at least the round's minimum group size.
import { spawn } from 'node:child_process';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@/db/admin';
import { queryRows, type DatabaseHandle, type Db } from '@/db/client';
import { rounds } from '@/db/schema';
import { submitActorResponse } from '@/lib/actor-survey/submit';
import { submitFeedback } from '@/lib/feedback/submit';
import { createInvitations } from '@/lib/invitations';
import { countHeldAnswers, holdReleaseLock, releaseHeldAnswers, releaseOnSchedule } from '@/lib/responses/release';
import { deleteRawResponses } from '@/lib/retention';
import { closeRound, openRound } from '@/lib/rounds/manage';
import { answerInput, demoActors, makeDraftRound, organisationId } from './support/actors';
import { roundWithChannel, submission } from './support/feedback';
import { copiesOfKey, releaseAll, storedInRound } from './support/release';
import { openTestDatabase } from './support/test-database';

const FAST = { minSeconds: 0, ratePerMinute: 100_000 };

describe('held answers and their release', () => {
  let database: DatabaseHandle;
  let db: Db;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let halmstad: number;
  let channelSeq = 0;

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    actors = await demoActors(db);
    halmstad = await organisationId(db, 'halmstad');
  });
  afterAll(() => database.close());

  /** An open round with one feedback channel and the given minimum group size. */
  async function feedbackRound(minGroupSize = 5) {
    const code = await roundWithChannel(db, 'open', `held${String(++channelSeq).padStart(2, '0')}`);
    const [round] = await queryRows<{ id: number }>(
      db,
      sql`select round_id as id from channels where public_code = ${code}`,
    );
    await db.update(rounds).set({ minGroupSize }).where(eq(rounds.id, round.id));
    return { code, roundId: Number(round.id) };
  }

  async function send(code: string, body = submission()) {
    const result = await submitFeedback(db, { channelCode: code, body }, FAST);
    if (!result.ok) throw new Error(`feedback refused: ${result.code}`);
    return { key: body.idempotencyKey as string, status: result.status, body };
  }

  async function openActorRound(minGroupSize = 5) {
    const round = await makeDraftRound(db, actors.strategist, { minGroupSize });
    await openRound(db, actors.strategist, round);
    return round;
  }

  async function links(round: number, count: number) {
    const made = await createInvitations(db, actors.strategist, { roundId: round, organisationId: halmstad, count });
    if (!made.ok) throw new Error(made.error);
    return made.value.tokens;
  }

  /** Runs `release` while every release fails after moving the held rows, before its commit. */
  async function whileReleasesFail<T>(release: () => Promise<T>): Promise<T> {
    await db.execute(sql`create function fail_release() returns trigger language plpgsql as $$
      begin raise exception 'crash in the middle of a release'; end $$`);
    await db.execute(
      sql`create trigger fail_release after insert on responses for each statement execute function fail_release()`,
    );
    try {
      return await release();
    } finally {
      await db.execute(sql`drop trigger fail_release on responses`);
      await db.execute(sql`drop function fail_release()`);
    }
  }

  it('a feedback answer and an actor answer wait in the holding table, counted as waiting, until a release', async () => {
    const { code, roundId } = await feedbackRound();
    const { key } = await send(code);
    expect(await copiesOfKey(db, key)).toEqual({ held: 1, released: 0, total: 1 });
    expect(await countHeldAnswers(db, actors.viewer, roundId)).toBe(1);

    const actorRound = await openActorRound();
    const [token] = await links(actorRound, 1);
    const input = answerInput(1);
    expect(await submitActorResponse(db, { via: 'invitation', token }, input)).toEqual({
      ok: true,
      value: { stored: true },
    });
    expect(await copiesOfKey(db, input.idempotencyKey)).toEqual({ held: 1, released: 0, total: 1 });

    await releaseAll(db);
    expect(await copiesOfKey(db, key)).toEqual({ held: 0, released: 1, total: 1 });
    expect(await copiesOfKey(db, input.idempotencyKey)).toEqual({ held: 0, released: 1, total: 1 });
    expect(await countHeldAnswers(db, actors.viewer, roundId)).toBe(0);
  });

  it('a retry of a held key and of a released key is answered as a success and stored once', async () => {
    const { code } = await feedbackRound();
    const first = await send(code);
    expect(first.status).toBe('stored');
    expect((await send(code, first.body)).status).toBe('already_stored');
    expect(await copiesOfKey(db, first.key)).toEqual({ held: 1, released: 0, total: 1 });
    await releaseAll(db);
    expect((await send(code, first.body)).status).toBe('already_stored');
    expect(await copiesOfKey(db, first.key)).toEqual({ held: 0, released: 1, total: 1 });

    const actorRound = await openActorRound();
    const [token] = await links(actorRound, 1);
    const input = answerInput(2);
    await submitActorResponse(db, { via: 'invitation', token }, input);
    expect(await submitActorResponse(db, { via: 'invitation', token }, input)).toEqual({
      ok: true,
      value: { stored: false },
    });
    await releaseAll(db);
    expect(await submitActorResponse(db, { via: 'invitation', token }, input)).toEqual({
      ok: true,
      value: { stored: false },
    });
    expect(await copiesOfKey(db, input.idempotencyKey)).toEqual({ held: 0, released: 1, total: 1 });
  });

  it('retries racing a release are stored once, whichever table their first copy is in', async () => {
    const { code, roundId } = await feedbackRound(3);
    const bodies = Array.from({ length: 12 }, () => submission());
    for (const body of bodies) await send(code, body);
    const outcomes = await Promise.all([
      releaseAll(db),
      ...bodies.map((body) => submitFeedback(db, { channelCode: code, body }, FAST)),
      releaseAll(db),
    ]);
    for (const outcome of outcomes.slice(1, -1)) expect(outcome).toEqual({ ok: true, status: 'already_stored' });
    await releaseAll(db);
    expect(await storedInRound(db, roundId)).toEqual({ held: 0, released: 12, distinctKeys: 12 });
  });

  it('the daily release waits for a batch of the minimum group size, then releases it in one transaction', async () => {
    const { code, roundId } = await feedbackRound(5);
    for (let i = 0; i < 4; i++) await send(code);
    expect((await releaseHeldAnswers(db, { scope: 'due' })).perRound[roundId]).toBeUndefined();
    expect(await storedInRound(db, roundId)).toMatchObject({ held: 4, released: 0 });
    await send(code);
    expect((await releaseHeldAnswers(db, { scope: 'due' })).perRound[roundId]).toBe(5);
    const batches = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from responses where round_id = ${roundId} group by xmin::text`,
    );
    expect(batches.map((batch) => Number(batch.n))).toEqual([5]);
  });

  it('fewer than the minimum group size are released once the ISO week they came in has ended', async () => {
    const { code, roundId } = await feedbackRound(5);
    await send(code);
    await send(code);
    expect((await releaseHeldAnswers(db, { scope: 'due' })).perRound[roundId]).toBeUndefined();
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    expect((await releaseHeldAnswers(db, { scope: 'due', now: nextWeek })).perRound[roundId]).toBe(2);
  });

  it('the scheduled release runs once a day, however many app servers ask', async () => {
    await db.execute(sql`delete from release_days`);
    const results = await Promise.all([releaseOnSchedule(db), releaseOnSchedule(db), releaseOnSchedule(db)]);
    expect(results.filter((result) => result === 'already-released-today')).toHaveLength(2);
    expect(await releaseOnSchedule(db)).toBe('already-released-today');
  });

  it('a scheduled release that fails gives its day back, so a retry the same day releases what was due', async () => {
    await db.execute(sql`delete from release_days`);
    const { code, roundId } = await feedbackRound(3);
    for (let i = 0; i < 4; i++) await send(code);
    await expect(whileReleasesFail(() => releaseOnSchedule(db))).rejects.toThrow();
    expect(await storedInRound(db, roundId)).toMatchObject({ held: 4, released: 0 });
    const retried = await releaseOnSchedule(db);
    expect(retried).toMatchObject({ perRound: { [roundId]: 4 } });
    expect(await storedInRound(db, roundId)).toEqual({ held: 0, released: 4, distinctKeys: 4 });
    expect(await releaseOnSchedule(db)).toBe('already-released-today');
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'a scheduled release that finds another release running gives its day back too',
    async () => {
      await db.execute(sql`delete from release_days`);
      const { code, roundId } = await feedbackRound(3);
      for (let i = 0; i < 3; i++) await send(code);
      // Another app server releasing right now (closing a round, an operator's release) holds the release lock.
      const whileBusy = await db.transaction(async (tx) => {
        await holdReleaseLock(tx);
        return releaseOnSchedule(db);
      });
      expect(whileBusy).toMatchObject({ released: 0, skipped: 'busy' });
      expect(await releaseOnSchedule(db)).toMatchObject({ perRound: { [roundId]: 3 } });
      expect(await releaseOnSchedule(db)).toBe('already-released-today');
    },
  );

  it('closing a round releases all of its held answers as its last batch', async () => {
    const round = await openActorRound(5);
    const tokens = await links(round, 2);
    for (const [i, token] of tokens.entries())
      await submitActorResponse(db, { via: 'invitation', token }, answerInput(50 + i));
    expect(await storedInRound(db, round)).toMatchObject({ held: 2, released: 0 });
    expect(await closeRound(db, actors.strategist, round)).toEqual({ ok: true, value: { id: round } });
    expect(await storedInRound(db, round)).toEqual({ held: 0, released: 2, distinctKeys: 2 });
  });

  it('a throw inside the release loses and duplicates nothing: held + released = submitted', async () => {
    const { code, roundId } = await feedbackRound(3);
    for (let i = 0; i < 6; i++) await send(code);
    await releaseAll(db);
    for (let i = 0; i < 5; i++) await send(code);
    await expect(whileReleasesFail(() => releaseAll(db))).rejects.toThrow();
    expect(await storedInRound(db, roundId)).toEqual({ held: 5, released: 6, distinctKeys: 11 });
    await releaseAll(db);
    expect(await storedInRound(db, roundId)).toEqual({ held: 0, released: 11, distinctKeys: 11 });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'killing the process mid-release (npm run responses:release) loses and duplicates nothing',
    async () => {
      const { code, roundId } = await feedbackRound(3);
      for (let i = 0; i < 7; i++) await send(code);
      // The release stops inside its transaction, after moving the rows, until the process is killed.
      await db.execute(sql`create function slow_release() returns trigger language plpgsql as $$
      begin perform pg_sleep(60); return null; end $$`);
      await db.execute(
        sql`create trigger slow_release after insert on responses for each statement execute function slow_release()`,
      );
      const [{ name }] = await queryRows<{ name: string }>(db, sql`select current_database() as name`);
      const release = spawn('npx', ['tsx', 'scripts/release-responses.ts'], {
        env: { ...process.env, DATABASE_URL: databaseUrl(process.env.TEST_DATABASE_URL!, name) },
        stdio: 'ignore',
        detached: true,
      });
      try {
        let pid: number | undefined;
        while (!pid) {
          const [row] = await queryRows<{ pid: number }>(
            db,
            sql`select pid from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep' and pid <> pg_backend_pid()`,
          );
          pid = row?.pid;
          if (!pid) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        process.kill(-release.pid!, 'SIGKILL');
        // The server notices a vanished client only when it next talks to it; end the orphaned backend now.
        await db.execute(sql`select pg_terminate_backend(${pid}::int)`);
      } finally {
        await db.execute(sql`drop trigger slow_release on responses`);
        await db.execute(sql`drop function slow_release()`);
      }
      expect(await storedInRound(db, roundId)).toEqual({ held: 7, released: 0, distinctKeys: 7 });
      await releaseAll(db);
      expect(await storedInRound(db, roundId)).toEqual({ held: 0, released: 7, distinctKeys: 7 });
    },
  );

  it('deleting a round’s raw responses deletes its held answers too', async () => {
    const round = await openActorRound(3);
    const tokens = await links(round, 4);
    for (const [i, token] of tokens.slice(0, 3).entries())
      await submitActorResponse(db, { via: 'invitation', token }, answerInput(70 + i));
    await closeRound(db, actors.strategist, round);
    // One answer held after the close's release (a send that was already under way); kept held here on purpose.
    await db.execute(sql`update rounds set status = 'open' where id = ${round}`);
    await submitActorResponse(db, { via: 'invitation', token: tokens[3] }, answerInput(80));
    await db.execute(sql`update rounds set status = 'closed' where id = ${round}`);
    expect(await storedInRound(db, round)).toMatchObject({ held: 1, released: 3 });

    // Retention asks for a locked report first; its content does not matter here.
    await db.execute(
      sql`insert into report_versions (round_id, version, content, locked_at) values (${round}, 1, '{}'::jsonb, now())`,
    );
    const [{ name }] = await db.select({ name: rounds.name }).from(rounds).where(eq(rounds.id, round));
    expect(
      await deleteRawResponses(db, actors.strategist, { roundId: round, confirm: 'yes', confirmName: name }),
    ).toMatchObject({ ok: true });
    expect(await storedInRound(db, round)).toEqual({ held: 0, released: 0, distinctKeys: 0 });
  });
});
