// Operator commands (`npm run seed`, `npm run responses:release`) beside a running app on the embedded database.
// A PGlite folder belongs to one process (db/client.ts locks it), so while the app holds it a command cannot open it
// itself: it asks the app to run it instead, over a Unix socket beside the folder. The socket is the app's own
// (mode 0600), so only the account that runs the app can use it; it accepts only the commands named here.
import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DatabaseInUse, openPglite, openPostgres, type Db } from '@/db/client';
import { env } from './env';
import { log } from './log';

/** What each command does with the database; returns the line the operator reads. */
export const operatorCommands = {
  seed: async (db: Db) => {
    const { seed } = await import('@/lib/demo/seed');
    await seed(db);
    return 'Demo data is in place.';
  },
  release: async (db: Db) => {
    const { releaseHeldAnswers } = await import('@/lib/responses/release');
    const { released, perRound } = await releaseHeldAnswers(db, { scope: 'all' });
    const rounds = Object.entries(perRound).map(([round, count]) => `round ${round}: ${count}`);
    return `Released ${released} held answer${released === 1 ? '' : 's'}${rounds.length ? ` (${rounds.join(', ')})` : ''}.`;
  },
} satisfies Record<string, (db: Db) => Promise<string>>;

export type OperatorCommand = keyof typeof operatorCommands;

export function operatorSocketPath(dataDir: string): string {
  return `${path.resolve(dataDir)}.sock`;
}

/** The app's side: answers commands on the socket of its PGlite folder until the returned close is called. */
export async function serveOperatorCommands(dataDir: string, db: Db): Promise<() => Promise<void>> {
  const socketPath = operatorSocketPath(dataDir);
  // This process holds the folder's lock, so a socket file left there is a dead process's.
  if (existsSync(socketPath)) unlinkSync(socketPath);
  const server = net.createServer((connection) => {
    let input = '';
    connection.setEncoding('utf8');
    connection.on('data', (chunk) => {
      input += chunk;
      if (!input.includes('\n') && input.length < 1000) return;
      const name = input.trim() as OperatorCommand;
      const command = Object.hasOwn(operatorCommands, name) ? operatorCommands[name] : undefined;
      if (!command)
        return void connection.end(
          `${JSON.stringify({ ok: false, message: `unknown command: ${name.slice(0, 40)}` })}\n`,
        );
      log.info({ event: 'operator command', command: name }, 'running an operator command');
      command(db).then(
        (message) => connection.end(`${JSON.stringify({ ok: true, message })}\n`),
        (error: unknown) => {
          log.error({ event: 'operator command', command: name, err: error }, 'operator command failed');
          connection.end(`${JSON.stringify({ ok: false, message: `${name} failed in the app (see its log)` })}\n`);
        },
      );
    });
    connection.on('error', () => connection.destroy());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socketPath, resolve));
  chmodSync(socketPath, 0o600);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The command's side: asks the app holding `dataDir` to run `command`. */
export function runThroughApp(dataDir: string, command: OperatorCommand): Promise<{ ok: boolean; message: string }> {
  return new Promise((resolve, reject) => {
    const connection = net.createConnection(operatorSocketPath(dataDir));
    let reply = '';
    connection.setEncoding('utf8');
    connection.on('connect', () => connection.write(`${command}\n`));
    connection.on('data', (chunk) => (reply += chunk));
    connection.on('end', () => {
      try {
        resolve(JSON.parse(reply) as { ok: boolean; message: string });
      } catch {
        reject(new Error('the app gave no answer'));
      }
    });
    connection.on('error', reject);
  });
}

/**
 * Runs an operator command on the configured database: directly when it is free (PostgreSQL always is), through the
 * app when the app holds the embedded database, and with one clear line when another command holds it.
 */
export async function runOperatorCommand(command: OperatorCommand): Promise<{ ok: boolean; message: string }> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  let handle;
  try {
    handle = DATABASE_URL ? await openPostgres(DATABASE_URL) : await openPglite({ dataDir: path.resolve(PGLITE_DIR) });
  } catch (error) {
    if (!(error instanceof DatabaseInUse)) throw error;
    try {
      const reply = await runThroughApp(PGLITE_DIR, command);
      return { ok: reply.ok, message: `${reply.message} (through the running app, pid ${error.pid})` };
    } catch {
      return { ok: false, message: error.message };
    }
  }
  try {
    return { ok: true, message: await operatorCommands[command](handle.db) };
  } finally {
    await handle.close();
  }
}
