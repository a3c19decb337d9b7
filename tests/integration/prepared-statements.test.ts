// queryRows(…, { prepare: true }) runs a statement prepared on PostgreSQL (one round trip and no parse once it is
// known, lib/feedback/store.ts), with the same rows as unprepared; on PGlite it runs as usual.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres, queryRows, type DatabaseHandle } from '@/db/client';
import { databaseUrl, dropDatabase } from '@/db/admin';
import { createDatabaseFrom } from './support/postgres-admin';
import { openTestDatabase } from './support/test-database';

const base = process.env.TEST_DATABASE_URL;

const sum = (a: number, b: number) => sql`select ${a}::int + ${b}::int as total, 'prepared-statements test' as tag`;

async function preparedHere(handle: DatabaseHandle): Promise<string[]> {
  const rows = await queryRows<{ statement: string }>(
    handle.db,
    sql`select statement from pg_prepared_statements where statement like '%prepared-statements test%' and statement not like '%pg_prepared_statements%'`,
  );
  return rows.map((row) => row.statement);
}

describe.skipIf(!base)('statements run prepared on PostgreSQL', () => {
  let handle: DatabaseHandle;
  let name: string;

  beforeAll(async () => {
    name = await createDatabaseFrom(base!, inject('postgresTemplate')!);
    // One connection, so that pg_prepared_statements (per session) sees what the statements before it did.
    handle = await openPostgres(databaseUrl(base!, name), { migrate: false, max: 1 });
  });

  afterAll(async () => {
    await handle.close();
    await dropDatabase(base!, name);
  });

  it('gives the same rows as unprepared, and keeps one prepared statement for any parameters', async () => {
    expect(await queryRows(handle.db, sum(1, 2))).toEqual([{ total: 3, tag: 'prepared-statements test' }]);
    expect(await preparedHere(handle)).toEqual([]);

    expect(await queryRows(handle.db, sum(1, 2), { prepare: true })).toEqual([
      { total: 3, tag: 'prepared-statements test' },
    ]);
    expect(await queryRows(handle.db, sum(40, 2), { prepare: true })).toEqual([
      { total: 42, tag: 'prepared-statements test' },
    ]);
    expect(await preparedHere(handle)).toHaveLength(1);
  });
});

describe('on the database the tests run on (PGlite by default)', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('a statement asked to run prepared gives the same rows', async () => {
    expect(await queryRows(handle.db, sum(40, 2), { prepare: true })).toEqual([
      { total: 42, tag: 'prepared-statements test' },
    ]);
  });
});
