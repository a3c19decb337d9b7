import { getDatabase, getDb } from '@/lib/database';
import { startReleaseTimer } from '@/lib/responses/release-timer';
import { ConfigError, env } from './env';
import { log } from './log';
import { serveOperatorCommands } from './operator';
import { onShutdown, stopCleanlyOnSignals } from './shutdown';

const globalForTimer = globalThis as typeof globalThis & { stopReleaseTimer?: () => void };

/** Stops the process with one clear line when a setting is wrong, instead of failing later in a browser. */
export async function startServer(): Promise<void> {
  try {
    env();
    const { engine, db } = await getDatabase();
    stopCleanlyOnSignals();
    // Operator commands reach the embedded database through this process, which holds it (lib/operator.ts).
    if (engine === 'pglite') onShutdown(await serveOperatorCommands(env().PGLITE_DIR, db));
    // Held answers are released once a day (lib/responses/release.ts); one timer per process, even if started twice.
    if (!globalForTimer.stopReleaseTimer) {
      const stop = startReleaseTimer(getDb, env().RELEASE_HOUR);
      globalForTimer.stopReleaseTimer = stop;
      onShutdown(async () => stop());
    }
    log.info(
      { event: 'start', engine },
      `Database ready (${engine === 'pglite' ? `embedded PGlite in ${env().PGLITE_DIR}` : 'PostgreSQL'}).`,
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Stops the daily release timer (tests, a clean shutdown); it is unref'd, so it never holds the process open. */
export function stopReleaseTimer(): void {
  globalForTimer.stopReleaseTimer?.();
  globalForTimer.stopReleaseTimer = undefined;
}
