// The read-only role for analysts and read replicas (db/readonly-role.ts): it reads counted answers and aggregates,
// and is refused the holding table, invitations, accounts, participations, the audit log and rate-limit windows.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { ensureReadonlyRole, READONLY_ROLE } from '@/db/readonly-role';
import { openTestDatabase } from './support/test-database';

const HIDDEN = [
  'held_responses',
  'invitations',
  'users',
  'round_participations',
  'audit_log',
  'rate_limit_buckets',
  'report_versions',
];

describe('the read-only role', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
    await ensureReadonlyRole(database.db);
    await ensureReadonlyRole(database.db); // idempotent
  });
  afterAll(() => database.close());

  /** Runs one statement as the role and gives back its rows or its error message. */
  async function asReadonly(statement: string) {
    try {
      return await database.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local role ${READONLY_ROLE}`));
        return { rows: await queryRows(tx, sql.raw(statement)) };
      });
    } catch (error) {
      return { error: String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message) };
    }
  }

  it('reads responses and the aggregate tables', async () => {
    for (const table of ['responses', 'response_answer_counts', 'round_aggregates', 'rounds', 'organisations']) {
      expect(await asReadonly(`select count(*) from ${table}`), table).toHaveProperty('rows');
    }
  });

  it('is refused the holding table, invitations, accounts, participations, audit and rate limits', async () => {
    for (const table of HIDDEN) {
      expect(await asReadonly(`select * from ${table} limit 1`), table).toEqual({
        error: expect.stringMatching(/permission denied/),
      });
    }
  });

  it('CONTROL: the same statements as the app’s own role succeed, so the refusals come from the role', async () => {
    for (const table of HIDDEN) {
      expect(await queryRows(database.db, sql.raw(`select * from ${table} limit 1`)), table).toBeInstanceOf(Array);
    }
  });
});
