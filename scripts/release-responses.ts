// `npm run responses:release`: releases every held answer now, whatever the batch size (operators, tests, demos).
// The app releases on its own once a day at RELEASE_HOUR; this is for when that cannot wait. While the app runs on
// the embedded database, the app does it (lib/operator.ts): the PGlite folder is never opened twice.
import { runOperatorCommand } from '@/lib/operator';

runOperatorCommand('release')
  .then(({ ok, message }) => {
    (ok ? console.log : console.error)(message);
    process.exit(ok ? 0 : 1);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
