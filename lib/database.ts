// The app's one database handle, shared by every route in this process (a PGlite folder belongs to one process),
// opened as the environment says. db/ knows the drivers and tables; which database to open is the app's setting.
import path from 'node:path';
import { ConfigError, env } from '@/lib/env';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';

const globalForDb = globalThis as typeof globalThis & { appDatabase?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  // A failed open is not kept: the next request tries again (a database that was down may be back).
  globalForDb.appDatabase ??= openAppDatabase().catch((error: unknown) => {
    globalForDb.appDatabase = undefined;
    throw error;
  });
  return globalForDb.appDatabase;
}

/** Closes the app's database, if it was opened (shutdown.ts, once no request is left to use it). */
export async function closeDatabase(): Promise<void> {
  const opened = globalForDb.appDatabase;
  globalForDb.appDatabase = undefined;
  if (opened) await (await opened.catch(() => null))?.close();
}

export async function getDb() {
  return (await getDatabase()).db;
}

async function openAppDatabase(): Promise<DatabaseHandle> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  const handle = DATABASE_URL
    ? await openPostgres(DATABASE_URL).catch((error: unknown) => {
        throw new ConfigError(`Configuration error: DATABASE_URL does not work: ${describe(error)}.`, { cause: error });
      })
    : await openPglite({ dataDir: path.resolve(PGLITE_DIR) }).catch((error: unknown) => {
        throw new ConfigError(
          `Configuration error: cannot open the embedded database in PGLITE_DIR (${PGLITE_DIR}): ${describe(error)}.`,
          { cause: error },
        );
      });
  return handle;
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describe(error.errors[0]);
  if (error instanceof Error) return (error as Error & { code?: string }).code ?? error.message;
  return String(error);
}
