import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';

/** Whether this installation holds generated demo responses: every page then says so. */
export async function holdsDemoData(db: DbOrTx): Promise<boolean> {
  const [row] = await queryRows<{ demo: boolean }>(
    db,
    sql`select exists (select 1 from responses where is_demo) as demo`,
  );
  return row.demo;
}
