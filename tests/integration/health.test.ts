import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { checkHealth } from '@/lib/health';
import { writeLogTo } from '@/lib/log';
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
    const lines: string[] = [];
    const restore = writeLogTo({ write: (line) => lines.push(line) });
    try {
      const health = await checkHealth(async () => {
        throw Object.assign(new Error('password authentication failed for user "app" at db.internal:5999'), {
          name: 'PostgresError',
          code: '28P01',
        });
      });
      expect(health).toEqual({ status: 'unavailable', database: 'unknown' });
    } finally {
      restore();
    }
    // The log says what failed, by name and code, never the message (it names hosts and users).
    expect(lines.join('\n')).toContain('health check failed: PostgresError 28P01');
    expect(lines.join('\n')).not.toMatch(/password authentication|db\.internal/);
  });
});
