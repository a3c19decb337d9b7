// `npm run seed`: loads the demo data into the configured database (DATABASE_URL, else PGlite in PGLITE_DIR).
import path from 'node:path';
import { env } from '@/lib/env';
import { openPglite, openPostgres } from './client';
import { seed } from './seed';

async function main() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  const handle = DATABASE_URL ? await openPostgres(DATABASE_URL) : await openPglite({ dataDir: path.resolve(PGLITE_DIR) });
  try {
    await seed(handle.db);
    console.log('Demo data is in place.');
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
