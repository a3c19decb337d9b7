import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { validateAnswers } from '@/lib/surveys/validate-answers';
import { openTestDatabase } from './support/test-database';

describe('demo responses', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('every one passes the same check as a real submission against its round snapshot', async () => {
    const rows = await queryRows<{ definition: Record<string, unknown>; answers: unknown }>(
      database.db,
      sql`select s.definition, r.answers from responses r
          join round_surveys s on s.round_id = r.round_id and s.survey_key = r.survey_key`,
    );
    const failures = rows.map((row) => validateAnswers(row.definition, row.answers)).filter((result) => !result.ok);
    expect(rows.length).toBeGreaterThan(1000);
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
