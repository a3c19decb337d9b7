// `npm run seed`: loads the demo data into the configured database (DATABASE_URL, else PGlite in PGLITE_DIR). While
// the app runs on that PGlite folder, the app loads it (lib/operator.ts); the folder is never opened twice.
import { runOperatorCommand } from '@/lib/operator';

runOperatorCommand('seed')
  .then(({ ok, message }) => {
    (ok ? console.log : console.error)(message);
    process.exit(ok ? 0 : 1);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
