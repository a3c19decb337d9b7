import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { openTestDatabase } from './support/test-database';

async function columnsOf(database: DatabaseHandle, table: string) {
  const rows = await queryRows<{ column_name: string; data_type: string }>(
    database.db,
    sql`select column_name, data_type from information_schema.columns
        where table_schema = 'public' and table_name = ${table} order by column_name`,
  );
  return rows;
}

describe('privacy rules 1 and 2 in the schema', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('a response has no column that could identify a person or a moment', async () => {
    const columns = await columnsOf(database, 'responses');
    expect(columns.map((column) => column.column_name)).toEqual([
      'answered_with_help',
      'answers',
      'channel_id',
      'id',
      'idempotency_key',
      'is_demo',
      'locale',
      'organisation_id',
      'round_id',
      'submitted_week',
      'survey_key',
      'survey_version',
    ]);
    // No timestamp of any kind: the ISO week is the finest time kept.
    expect(columns.filter((column) => /time|date/.test(column.data_type))).toEqual([]);
  });

  it('a response id is random, so the order of rows says nothing about the order of answers', async () => {
    const [column] = (await columnsOf(database, 'responses')).filter((c) => c.column_name === 'id');
    expect(column.data_type).toBe('uuid');
  });

  it('an invitation keeps only a hash of its token and no time of use, and a response no link to it', async () => {
    const columns = (await columnsOf(database, 'invitations')).map((column) => column.column_name);
    expect(columns).toContain('token_hash');
    expect(columns).not.toContain('token');
    expect(columns.filter((name) => /used_at|used_on|answered/.test(name))).toEqual([]);
    const responseColumns = (await columnsOf(database, 'responses')).map((column) => column.column_name);
    expect(responseColumns.filter((name) => /invitation|token|user/.test(name))).toEqual([]);
  });

  it('the database refuses a response with a finer time than the ISO week', async () => {
    const attempt = database.db.execute(sql`
      insert into responses (idempotency_key, round_id, survey_key, survey_version, channel_id, locale, answers, submitted_week)
      select gen_random_uuid(), round_id, 'target-feedback', 1, id, 'sv', '{}'::jsonb, '2025-10-06T10:31'
      from channels limit 1`);
    await expect(attempt).rejects.toThrow();
  });
});
