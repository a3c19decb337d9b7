// One way to open the database: postgres.js when a URL is given, embedded PGlite in a folder otherwise.
// Both apply the same committed migrations (db/migrations) before anything else uses them.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { PgDialect, type PgDatabase, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema';

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either a database handle or a transaction: what a function that only reads or writes needs. */
export type DbOrTx = Db | Tx;

export type DatabaseHandle = {
  db: Db;
  engine: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

// Any fixed number: it keeps two app servers starting at once from migrating at the same time.
const MIGRATION_LOCK_KEY = 7_318_204_551;

export async function openPostgres(
  url: string,
  options: { migrate?: boolean; max?: number } = {},
): Promise<DatabaseHandle> {
  if (options.migrate !== false) await migratePostgresDatabase(url);
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    backoff: reconnectDelaySeconds,
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  postgresClients.set(db, client);
  return { db, engine: 'postgres', close: () => client.end({ timeout: 5 }) };
}

// A server in the middle of a restart can take a connection and never answer it; postgres.js then waits its default
// 30 s, and so did the respondent's request (tests/integration/postgres-restart, about one run in five). A healthy
// server answers within milliseconds, so after a few seconds the connection counts as unavailable: the route answers
// 503 and the device sends again (tests/unit/postgres-connect-timeout).
const CONNECT_TIMEOUT_SECONDS = 4;

// postgres.js waits before reconnecting, and by default the wait grows with every failed attempt of the whole pool
// (3^n / 100 s, up to 20 s): after a PostgreSQL restart of a second or two, ten connections' refused attempts had
// pushed it to 20 s, and requests queued behind it went unanswered that long (tests/integration/postgres-restart).
// A short, capped wait brings the pool back within a second of the server, at the cost of a few cheap refused connects.
export function reconnectDelaySeconds(failedAttempts: number): number {
  return Math.min(0.05 * 2 ** failedAttempts, 1) * (0.5 + Math.random() / 2);
}

async function migratePostgresDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Another process holds the embedded database's folder. */
export class DatabaseInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (pid ${pid}): stop it first, or run this through the app.`,
    );
  }
}

/** The lock file of a PGlite folder: beside it, so that PGlite's own files stay its own. */
export function pgliteLockFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/**
 * Takes the folder for this process, or throws DatabaseInUse. A PGlite folder belongs to one process: PGlite itself
 * does not stop a second one, whose writes are silently lost when the first restarts. The lock file holds the pid;
 * a lock whose process is gone (killed) is stale and taken over. Returns the release.
 */
export function lockPgliteFolder(dataDir: string): () => void {
  const file = pgliteLockFile(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        process.off('exit', release);
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.on('exit', release); // a process that ends without closing the database still lets go
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && processAlive(holder))
      throw new DatabaseInUse(path.resolve(dataDir), holder);
    try {
      unlinkSync(file); // stale: its process is gone
    } catch {
      // another process took it over first; try again
    }
  }
  throw new Error(`cannot take the lock ${file}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** `dataDir` undefined means in memory (tests); `loadDataDir` starts from a dump of an already migrated database. */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob | File; migrate?: boolean } = {},
): Promise<DatabaseHandle & { pglite: PGlite }> {
  let release = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    release = lockPgliteFolder(options.dataDir);
  }
  try {
    const pglite = await PGlite.create(
      options.dataDir,
      options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
    );
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    if (options.migrate !== false) await migratePglite(db as never, { migrationsFolder });
    return { db, engine: 'pglite', pglite, close: () => pglite.close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}

// The postgres.js client under each database openPostgres made, for statements run prepared (queryRows).
const postgresClients = new WeakMap<Db, postgres.Sql>();
const dialect = new PgDialect();

/**
 * Runs raw SQL and returns its rows, whichever driver is underneath (they shape results differently).
 *
 * `prepare`: for a statement with a fixed text that runs on every request of a hot path (storing feedback). drizzle
 * has postgres.js run SQL unprepared, and an unprepared statement with parameters takes two round trips (parse and
 * describe, then bind and execute) and a fresh parse every time; prepared once per connection, it takes one round
 * trip and no parse. Measured on the submission route: 30 % less app CPU per lone submission. Only for fixed texts:
 * each distinct text stays prepared on every connection. PGlite and transactions run it as usual.
 */
export async function queryRows<Row extends Record<string, unknown>>(
  db: DbOrTx,
  query: SQL,
  { prepare = false }: { prepare?: boolean } = {},
): Promise<Row[]> {
  const client = prepare ? postgresClients.get(db as Db) : undefined;
  if (client) {
    const { sql, params } = dialect.sqlToQuery(query);
    return await client.unsafe<Row[]>(sql, params as postgres.ParameterOrJSON<never>[], { prepare: true });
  }
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}

// Errors that say the database cannot be reached now (rather than that a statement was wrong): the caller can answer
// 503 and the client can try again. Node's socket errors, postgres.js's own connection errors, PostgreSQL's class 08
// (connection exception) and 57P01–57P03 (shutting down, starting up), a closed PGlite.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** Whether `error` (or any error it wraps) means the database is out of reach for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let seen = 0, current = error; current && seen < 10; seen++) {
    const { code, message, errors } = current as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && /PGlite is closed/i.test(message)) return true;
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true; // AggregateError
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
