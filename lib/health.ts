import { sql } from 'drizzle-orm';
import { getDatabase } from '@/lib/database';
import type { DatabaseHandle } from '@/db/client';
import { logFailure } from '@/lib/log';

export type Health = { status: 'ok' | 'unavailable'; database: 'pglite' | 'postgres' | 'unknown' };

/** Asks the database a question it must answer; says which engine answered, never why it failed (that is logged). */
export async function checkHealth(open: () => Promise<DatabaseHandle> = getDatabase): Promise<Health> {
  try {
    const { db, engine } = await open();
    await db.execute(sql`select 1`);
    return { status: 'ok', database: engine };
  } catch (error) {
    logFailure('health check', error);
    return { status: 'unavailable', database: 'unknown' };
  }
}
