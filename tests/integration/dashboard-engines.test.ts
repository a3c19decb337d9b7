import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPglite, queryRows, type DatabaseHandle } from '@/db/client';
import { seed } from '@/lib/demo/seed';
import type { Actor } from '@/lib/auth/actor';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { openTestDatabase } from './support/test-database';

const strategist: Actor = { userId: 1, role: 'strategist', organisationId: null, name: 'Strateg' };

// The same seeded demo data on the PostgreSQL test server and in an embedded PGlite: the dashboards must be equal.
describe.skipIf(!process.env.TEST_DATABASE_URL)('the dashboard on PGlite and on PostgreSQL', () => {
  let postgres: DatabaseHandle;
  let pglite: DatabaseHandle;
  beforeAll(async () => {
    postgres = await openTestDatabase();
    pglite = await openPglite();
    await seed(pglite.db, () => {});
  }, 180_000);
  afterAll(async () => {
    await postgres?.close();
    await pglite?.close();
  });

  it('gives identical figures, suppression and changes for every demo round', async () => {
    const ids = await queryRows<{ id: number }>(postgres.db, sql`select id from rounds order by id`);
    expect(ids.length).toBeGreaterThan(1);
    for (const { id } of ids) {
      const onPostgres = await computeRoundDashboard(postgres.db, strategist, id);
      const onPglite = await computeRoundDashboard(pglite.db, strategist, id);
      expect(onPglite).toEqual(onPostgres);
    }
  });
});
