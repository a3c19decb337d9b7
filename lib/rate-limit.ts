// Fixed-window rate limits with their counters in PostgreSQL, so every app server sees the same count.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';

export type RateLimit = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/** Counts one attempt under `key` and says whether it is within the limit. */
export async function consumeRateLimit(
  db: DbOrTx,
  key: string,
  rateLimit: RateLimit,
  now?: Date,
): Promise<RateLimitResult> {
  const [row] = await queryRows<AttemptRow>(db, countAttempts([{ key, attempts: 1 }], rateLimit, now));
  await sweepNowAndThen(db);
  return rateLimitResult(row, rateLimit);
}

/** `count`: the key's attempts in this window, the new ones included. */
export type AttemptRow = { key: string; count: number; retry_after: number };

/**
 * The statement that counts attempts under distinct keys, several at once, and returns each key's `count` and
 * `retry_after`; on its own, or as a CTE of a larger statement that should count and act in one transaction
 * (lib/feedback/store.ts).
 */
export function countAttempts(
  keys: { key: string; attempts: number }[],
  { windowSeconds }: Pick<RateLimit, 'windowSeconds'>,
  /** The clock, for tests that move it; the database's own by default. */
  now?: Date,
): SQL {
  const clock = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
  // In key order, so that two statements in flight at once lock their buckets in the same order (no deadlock).
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return sql`
    insert into rate_limit_buckets (key, window_start, count)
    select key, to_timestamp(floor(extract(epoch from ${clock}) / ${windowSeconds}) * ${windowSeconds}), attempts
    from jsonb_to_recordset(${JSON.stringify(sorted)}::jsonb) as counted(key text, attempts int)
    order by key
    on conflict (key, window_start) do update set count = rate_limit_buckets.count + excluded.count
    returning key, count,
      ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - ${clock})))::int as retry_after`;
}

/** Whether `key` is still within its limit in this window, counting nothing (and locking nothing). */
export async function peekRateLimit(
  db: DbOrTx,
  key: string,
  { limit, windowSeconds }: RateLimit,
  now?: Date,
): Promise<RateLimitResult> {
  const clock = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    sql`select count, ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - ${clock})))::int as retry_after
        from rate_limit_buckets
        where key = ${key} and window_start = to_timestamp(floor(extract(epoch from ${clock}) / ${windowSeconds}) * ${windowSeconds})`,
  );
  return row ? rateLimitResult(row, { limit, windowSeconds }) : { allowed: true, retryAfterSeconds: 1 };
}

export function rateLimitResult(row: Pick<AttemptRow, 'count' | 'retry_after'>, { limit }: RateLimit): RateLimitResult {
  return { allowed: row.count <= limit, retryAfterSeconds: Math.max(1, Number(row.retry_after)) };
}

/** Old windows are useless; sweeping now and then keeps the table small without a scheduler. */
export async function sweepNowAndThen(db: DbOrTx): Promise<void> {
  if (Math.random() < 0.01) {
    await db.execute(sql`delete from rate_limit_buckets where window_start < now() - interval '1 day'`);
  }
}
