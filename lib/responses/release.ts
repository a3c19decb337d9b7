// Releasing held answers into `responses` (DESIGN.md "Held answer and release", privacy rules 1–2).
//
// PostgreSQL stamps every row with the id of the transaction that wrote it (`xmin`, readable by any SELECT), ids grow
// with time, and rows lie in insertion order (`ctid`). A submission is therefore stored in `held_responses`, in the
// transaction that marks its invitation used or counts its rate limit; a release moves held answers into `responses`
// in a transaction of its own that writes nothing else with a time or a person in it (no audit row, no rate-limit
// row), in random order, so a released response shares its transaction id and its neighbours only with the other
// answers of its batch: at least the round's minimum group size, unless the round closed or a week ended first.
import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Db, type DbOrTx } from '@/db/client';
import { roundCounts } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { isoWeek } from '@/lib/dates';

export type ReleaseOptions = {
  /**
   * `due` (the daily release): rounds with at least their minimum group size held, closed rounds, and rounds holding
   * an answer from an ISO week that has ended. `all`: everything held now (operators, tests, the demo seed).
   */
  scope?: 'due' | 'all';
  /** Only this round (closing a round releases all of its held answers as its last batch). */
  roundId?: number;
  /** Skip, instead of waiting, when another app server is releasing right now (the timer). */
  skipIfBusy?: boolean;
  now?: Date;
};

export type ReleaseResult = { released: number; perRound: Record<number, number>; skipped?: 'busy' };

// Any fixed number: only one app server releases at a time.
const RELEASE_LOCK_KEY = 7_318_204_552;

/** Waits until no release runs, and keeps others from starting until the transaction ends. */
export async function holdReleaseLock(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${RELEASE_LOCK_KEY}::bigint)`);
}

/**
 * Moves held answers into `responses` and deletes them from the holding table, in one transaction: a crash or a
 * throw anywhere in it loses and duplicates nothing. Every round released gets at least its minimum group size, or
 * all of its held answers when its week ended or it closed. No actor: the app's own timer, the close of a round and
 * operators' script call it, never a request.
 */
export async function releaseHeldAnswers(db: Db, options: ReleaseOptions = {}): Promise<ReleaseResult> {
  const { scope = 'due', roundId = null, skipIfBusy = false, now = new Date() } = options;
  return db.transaction(async (tx) => {
    if (skipIfBusy) {
      const [lock] = await queryRows<{ locked: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(${RELEASE_LOCK_KEY}::bigint) as locked`,
      );
      if (!lock.locked) return { released: 0, perRound: {}, skipped: 'busy' as const };
    } else {
      await holdReleaseLock(tx);
    }
    // Submissions wait while a release runs (EXCLUSIVE still lets everyone read). A submission's statement then takes
    // its snapshot after this commit, so a retry sees its first copy either held or released, never neither.
    await tx.execute(sql`lock table held_responses in exclusive mode`);
    const rows = await queryRows<{ round_id: number; released: number }>(
      tx,
      sql`
        with due as (
          select h.round_id
          from held_responses h join rounds r on r.id = h.round_id
          where ${roundId}::int is null or h.round_id = ${roundId}::int
          group by h.round_id, r.min_group_size, r.status
          having ${scope === 'all'}::boolean or r.status = 'closed' or count(*) >= r.min_group_size
              or min(h.submitted_week) < ${isoWeek(now)}
        ),
        moved as (
          delete from held_responses h using due where h.round_id = due.round_id
          returning h.idempotency_key, h.round_id, h.survey_key, h.survey_version, h.organisation_id, h.channel_id,
                    h.locale, h.answers, h.submitted_week, h.answered_with_help
        ),
        released as (
          -- Random order, so physical order (ctid) within the batch says nothing about the order of submission.
          -- A key already released (possible only if two copies were ever held) is stored once.
          insert into responses (idempotency_key, round_id, survey_key, survey_version, organisation_id, channel_id, locale, answers, submitted_week, answered_with_help)
          select idempotency_key, round_id, survey_key, survey_version, organisation_id, channel_id, locale, answers, submitted_week, answered_with_help
          from moved
          order by random()
          on conflict (idempotency_key) do nothing
          returning round_id
        )
        select round_id, count(*)::int as released from released group by round_id`,
    );
    // A closed round's stored counts (lib/counts/round-counts.ts) no longer hold every answer: its dashboards count live.
    if (rows.length)
      await tx.delete(roundCounts).where(
        inArray(
          roundCounts.roundId,
          rows.map((row) => Number(row.round_id)),
        ),
      );
    const perRound = Object.fromEntries(rows.map((row) => [Number(row.round_id), Number(row.released)]));
    return { released: rows.reduce((sum, row) => sum + Number(row.released), 0), perRound };
  });
}

/**
 * The daily release: claims today in `release_days` (so of several app servers, or a restarted one, only the first
 * releases today), then releases what is due. The claim is its own transaction: the release writes nothing dated.
 * A release that failed, or found another one running, gives the day back, so the timer's retry releases today
 * rather than tomorrow. What is due does not depend on the hour, so a later release holds the same answers or more.
 */
export async function releaseOnSchedule(db: Db, now = new Date()): Promise<ReleaseResult | 'already-released-today'> {
  const claimed = await queryRows<{ day: string }>(
    db,
    sql`insert into release_days (day) values (current_date) on conflict do nothing returning day`,
  );
  if (!claimed.length) return 'already-released-today';
  const giveDayBack = () => db.execute(sql`delete from release_days where day = ${claimed[0].day}::date`);
  let result: ReleaseResult;
  try {
    result = await releaseHeldAnswers(db, { scope: 'due', skipIfBusy: true, now });
  } catch (error) {
    // If the database is out of reach this fails too; the answers then stay held until tomorrow's release.
    await giveDayBack().catch(() => undefined);
    throw error;
  }
  if (result.skipped) await giveDayBack();
  return result;
}

/**
 * How many answers of a round wait to be counted, as one total (never split by organisation, channel or anything
 * else): shown on the dashboards so nobody wonders where a fresh answer went.
 */
export async function countHeldAnswers(db: DbOrTx, actor: Actor | null, roundId: number): Promise<number> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const [row] = await queryRows<{ held: number }>(
    db,
    sql`select count(*)::int as held from held_responses where round_id = ${roundId}`,
  );
  return Number(row.held);
}
