// `npm run responses:release`: releases every held answer now, whatever the batch size (operators, tests, demos).
// The app releases on its own once a day at RELEASE_HOUR; this is for when that cannot wait. On the embedded
// database, stop the app first: a PGlite folder belongs to one process.
import path from 'node:path';
import { openPglite, openPostgres } from '@/db/client';
import { env } from '@/lib/env';
import { releaseHeldAnswers } from '@/lib/responses/release';

async function main() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  const handle = DATABASE_URL ? await openPostgres(DATABASE_URL, { max: 1 }) : await openPglite({ dataDir: path.resolve(PGLITE_DIR) });
  try {
    const { released, perRound } = await releaseHeldAnswers(handle.db, { scope: 'all' });
    const rounds = Object.entries(perRound).map(([round, count]) => `round ${round}: ${count}`);
    console.log(`Released ${released} held answer${released === 1 ? '' : 's'}${rounds.length ? ` (${rounds.join(', ')})` : ''}.`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
