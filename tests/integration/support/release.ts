// Held answers in tests: submissions wait in held_responses until a release, so a test that reads what was stored
// releases first (as `npm run responses:release` does), or counts held and released together.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { releaseHeldAnswers } from '@/lib/responses/release';

/** Releases everything held now, whatever the batch size. */
export function releaseAll(db: Db) {
  return releaseHeldAnswers(db, { scope: 'all' });
}

/** Copies of an idempotency key: held, released, and both together (a key is stored once: total 1). */
export async function copiesOfKey(db: Db, key: string) {
  const [row] = await queryRows<{ held: number; released: number }>(
    db,
    sql`select (select count(*)::int from held_responses where idempotency_key = ${key}::uuid) as held,
               (select count(*)::int from responses where idempotency_key = ${key}::uuid) as released`,
  );
  return { held: Number(row.held), released: Number(row.released), total: Number(row.held) + Number(row.released) };
}

/** A round's answers, held and released (not demo ones). */
export async function storedInRound(db: Db, roundId: number) {
  const [row] = await queryRows<{ held: number; released: number; keys: number }>(
    db,
    sql`select (select count(*)::int from held_responses where round_id = ${roundId}) as held,
               (select count(*)::int from responses where round_id = ${roundId} and not is_demo) as released,
               (select count(distinct idempotency_key)::int from (
                  select idempotency_key from held_responses where round_id = ${roundId}
                  union all select idempotency_key from responses where round_id = ${roundId} and not is_demo) k) as keys`,
  );
  return { held: Number(row.held), released: Number(row.released), distinctKeys: Number(row.keys) };
}
