// Stopping without losing anything. On SIGTERM (or SIGINT) `next start` stops taking connections, lets the requests
// in flight finish and then calls process.exit (node_modules/next/dist/server/lib/start-server.js, "cleanup"). A
// feedback request answers only after its batch committed, so by then every acknowledged answer is stored; what is
// left is what Next.js does not know about: group-commit batches still in flight, and the database (PGlite killed
// without a clean close recovers, but sequences jump). So the exit Next.js asks for waits for those two first.
// Outside `next start` (nobody else listens for the signal) this does the same and exits itself.
import { closeDatabase } from '@/lib/database';
import { drainGroupCommits } from './group-commit';
import { log } from './log';

/** Longest wait for the batches and the database before exiting anyway. */
const GIVE_UP_MS = 20_000;

let installed = false;
const beforeClose: (() => Promise<void>)[] = [];

/** Something to stop before the database closes (the operator socket). */
export function onShutdown(stop: () => Promise<void>): void {
  beforeClose.push(stop);
}

export function stopCleanlyOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => beginShutdown(signal));
}

let finishing: Promise<void> | undefined;

/** Drains group commit and closes the database, once, whoever asks first. */
export function finishWork(): Promise<void> {
  finishing ??= (async () => {
    await Promise.all(beforeClose.map((stop) => stop()));
    await drainGroupCommits();
    await closeDatabase();
    log.info({ event: 'shutdown' }, 'batches written and database closed');
  })().catch((error: unknown) => log.error({ event: 'shutdown', err: error }, 'shutdown did not finish cleanly'));
  return finishing;
}

function beginShutdown(signal: NodeJS.Signals): void {
  log.info({ event: 'shutdown', signal }, 'stopping: finishing requests in flight');
  const exit = process.exit.bind(process);
  const giveUp = setTimeout(() => exit(1), GIVE_UP_MS);
  giveUp.unref();
  process.exit = ((code?: number) => {
    void finishWork().finally(() => exit(code));
  }) as typeof process.exit;
  // Next.js registers its own handler; alone, this one finishes and exits.
  if (process.listenerCount(signal) === 0) process.exit(signal === 'SIGINT' ? 130 : 143);
}
