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
    const snapshots = await queryRows<{ round_id: number; survey_key: string; definition: Record<string, unknown> }>(
      database.db,
      sql`select round_id, survey_key, definition from round_surveys`,
    );
    const definitionOf = new Map(snapshots.map((s) => [`${s.round_id}:${s.survey_key}`, s.definition]));
    const rows = await queryRows<{ round_id: number; survey_key: string; answers: unknown }>(
      database.db,
      sql`select round_id, survey_key, answers from responses`,
    );
    const failures = rows
      .map((row) => validateAnswers(definitionOf.get(`${row.round_id}:${row.survey_key}`)!, row.answers))
      .filter((result) => !result.ok);
    expect(rows.length).toBeGreaterThan(1000);
    expect(failures.slice(0, 3)).toEqual([]);
  }, 180_000); // ~10 s on an idle 2-core machine; validating each of ~2,800 answers is the point
});
