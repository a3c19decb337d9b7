// Throw-away databases on the server named by TEST_DATABASE_URL: a migrated and seeded template, and copies of it.
import { randomBytes } from 'node:crypto';
import { createDatabase, databaseUrl } from '@/db/admin';
import { openPostgres } from '@/db/client';
import { seed } from '@/lib/demo/seed';

export async function createTemplateDatabase(base: string): Promise<string> {
  const name = `hm_template_${randomBytes(4).toString('hex')}`;
  await createDatabase(base, name);
  const handle = await openPostgres(databaseUrl(base, name), { max: 1 });
  await seed(handle.db, () => {});
  await handle.close();
  return name;
}

export async function createDatabaseFrom(base: string, template: string): Promise<string> {
  const name = `hm_test_${randomBytes(6).toString('hex')}`;
  await createDatabase(base, name, { template });
  return name;
}
