// A PostgreSQL cluster of the test's own, in a temporary folder on a free port: for tests that stop or restart the
// server, which must never touch the shared one. initdb and pg_ctl refuse to run as root, so as root they run as the
// `postgres` OS user (runuser). PG_BIN names the binaries (default Debian's PostgreSQL 15).
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Whether this machine can start a cluster of its own (the binaries are there). */
export const canStartOwnCluster = existsSync(path.join(PG_BIN, 'initdb')) && existsSync(path.join(PG_BIN, 'pg_ctl'));

export type OwnCluster = {
  /** postgres://postgres@127.0.0.1:<port>/postgres, trust authentication. */
  url: string;
  /** `pg_ctl restart -m fast`: every session is ended, in-flight statements fail, and the server comes back. */
  restart: () => Promise<void>;
  /** The last lines of the server's log: for a failing test's message. */
  logTail: (lines?: number) => string;
  /** Stops the server and removes its folder. */
  remove: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

export async function startOwnCluster(): Promise<OwnCluster> {
  const asRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(path.join(tmpdir(), 'hm-own-cluster-'));
  if (asRoot) {
    const { uid, gid } = await postgresIds();
    chownSync(folder, uid, gid);
  }
  const data = path.join(folder, 'data');
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, name), ...args])
      : run(path.join(PG_BIN, name), args);
  const pgCtl = (args: string[]) =>
    tool('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-w', '-t', '60', ...args]);

  await tool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  const port = await freePort();
  // The socket stays in the folder (not /var/run/postgresql, which belongs to the shared server); fsync off because
  // nothing here outlives the test, and a fast shutdown writes a checkpoint anyway.
  await pgCtl([
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    // pg_ctl restart reuses the options of the last start (postmaster.opts).
    restart: async () => {
      await pgCtl(['restart', '-m', 'fast']);
    },
    logTail: (lines = 30) => {
      try {
        return readFileSync(path.join(folder, 'server.log'), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '(no server log)';
      }
    },
    remove: async () => {
      await pgCtl(['stop', '-m', 'immediate']).catch(() => {});
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
