import { getDatabase } from '@/db';
import { ConfigError, env } from './env';
import { log } from './log';
import { serveOperatorCommands } from './operator';
import { onShutdown, stopCleanlyOnSignals } from './shutdown';

/** Stops the process with one clear line when a setting is wrong, instead of failing later in a browser. */
export async function startServer(): Promise<void> {
  try {
    env();
    const { engine, db } = await getDatabase();
    stopCleanlyOnSignals();
    // Operator commands reach the embedded database through this process, which holds it (lib/operator.ts).
    if (engine === 'pglite') onShutdown(await serveOperatorCommands(env().PGLITE_DIR, db));
    log.info({ event: 'start', engine }, `Database ready (${engine === 'pglite' ? `embedded PGlite in ${env().PGLITE_DIR}` : 'PostgreSQL'}).`);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
