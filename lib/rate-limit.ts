// Fixed-window rate limits with their counters in PostgreSQL, so every app server sees the same count.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';

export type RateLimit = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/** Counts one attempt under `key` and says whether it is within the limit. */
export async function consumeRateLimit(db: DbOrTx, key: string, { limit, windowSeconds }: RateLimit): Promise<RateLimitResult> {
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    sql`
      with bucket as (
        select to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}) as window_start
      )
      insert into rate_limit_buckets (key, window_start, count)
      select ${key}, window_start, 1 from bucket
      on conflict (key, window_start) do update set count = rate_limit_buckets.count + 1
      returning count,
        ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry_after`,
  );
  // Old windows are useless; sweeping now and then keeps the table small without a scheduler.
  if (Math.random() < 0.01) {
    await db.execute(sql`delete from rate_limit_buckets where window_start < now() - interval '1 day'`);
  }
  return { allowed: row.count <= limit, retryAfterSeconds: Math.max(1, Number(row.retry_after)) };
}
