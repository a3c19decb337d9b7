// Fixed-window rate limits with their counters in PostgreSQL, so every app server sees the same count.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';

export type RateLimit = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/** Counts one attempt under `key` and says whether it is within the limit. */
export async function consumeRateLimit(db: DbOrTx, key: string, rateLimit: RateLimit): Promise<RateLimitResult> {
  const [row] = await queryRows<AttemptRow>(db, countAttempt(key, rateLimit));
  await sweepNowAndThen(db);
  return rateLimitResult(row, rateLimit);
}

export type AttemptRow = { count: number; retry_after: number };

/**
 * The statement that counts one attempt and returns its `count` and `retry_after`; on its own, or as a CTE of a
 * larger statement that should count and act in one transaction (lib/feedback/store.ts).
 */
export function countAttempt(key: string, { windowSeconds }: RateLimit): SQL {
  return sql`
    insert into rate_limit_buckets (key, window_start, count)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    on conflict (key, window_start) do update set count = rate_limit_buckets.count + 1
    returning count,
      ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry_after`;
}

export function rateLimitResult(row: AttemptRow, { limit }: RateLimit): RateLimitResult {
  return { allowed: row.count <= limit, retryAfterSeconds: Math.max(1, Number(row.retry_after)) };
}

/** Old windows are useless; sweeping now and then keeps the table small without a scheduler. */
export async function sweepNowAndThen(db: DbOrTx): Promise<void> {
  if (Math.random() < 0.01) {
    await db.execute(sql`delete from rate_limit_buckets where window_start < now() - interval '1 day'`);
  }
}
