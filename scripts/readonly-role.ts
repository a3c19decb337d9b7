// `npm run db:readonly-role`: creates (or brings up to date) the read-only role hm_readonly in the configured
// database; see db/readonly-role.ts for what it may read. Needs a user allowed to create roles.
import path from 'node:path';
import { openPglite, openPostgres } from '@/db/client';
import { ensureReadonlyRole, READONLY_ROLE, READONLY_TABLES } from '@/db/readonly-role';
import { env } from '@/lib/env';

async function main() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  const handle = DATABASE_URL
    ? await openPostgres(DATABASE_URL, { max: 1 })
    : await openPglite({ dataDir: path.resolve(PGLITE_DIR) });
  try {
    await ensureReadonlyRole(handle.db);
    console.log(`Role ${READONLY_ROLE} reads ${READONLY_TABLES.join(', ')} and nothing else.`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
