// A fresh, migrated database for one test file: PGlite in memory, or a new PostgreSQL database when
// TEST_DATABASE_URL is set. Either way it is thrown away afterwards.
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';
import { databaseUrl, dropDatabase } from '@/db/admin';
import { createDatabaseFrom } from './postgres-admin';

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const base = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (base && template) {
    const name = await createDatabaseFrom(base, template);
    const handle = await openPostgres(databaseUrl(base, name), { migrate: false, max: 12 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await dropDatabase(base, name);
      },
    };
  }
  const file = inject('pgliteTemplateFile');
  if (!file) throw new Error('the integration global setup did not run');
  const dump = new Blob([await readFile(file)]);
  return openPglite({ loadDataDir: dump, migrate: false });
}
