import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { checkHealth } from '@/lib/health';
import { openTestDatabase } from './support/test-database';

describe('health check', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('says ok and which engine answered when the database answers', async () => {
    const expected = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
    expect(await checkHealth(async () => database)).toEqual({ status: 'ok', database: expected });
  });

  it('says unavailable, without the reason, when the database does not answer', async () => {
    const health = await checkHealth(async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5999');
    });
    expect(health).toEqual({ status: 'unavailable', database: 'unknown' });
  });
});
