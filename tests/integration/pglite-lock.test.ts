// One process per embedded database: a second process that opens a PGlite folder in use refuses with one line, an
// operator command goes through the process that holds it, and a lock left by a killed process is taken over.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseInUse, openPglite, pgliteLockFile } from '@/db/client';
import { serveOperatorCommands } from '@/lib/operator';

const root = path.resolve(__dirname, '../..');
const folder = mkdtempSync(path.join(os.tmpdir(), 'hm-lock-'));
const dataDir = path.join(folder, 'pglite');

/** `npm run seed` as an operator would run it, in a process of its own (not spawnSync: this process must answer it). */
function seedCommand(): Promise<{ status: number | null; output: string }> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/seed.ts'], {
    cwd: root,
    env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, output: output.trim() })));
}

describe('the embedded database belongs to one process', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('a second process refuses with one clear line, an operator command goes through the holder, and closing lets go', async () => {
    const handle = await openPglite({ dataDir });
    try {
      expect(readFileSync(pgliteLockFile(dataDir), 'utf8')).toBe(String(process.pid));
      await expect(openPglite({ dataDir })).rejects.toBeInstanceOf(DatabaseInUse);

      // Nobody answers operator commands yet: the command refuses, in one line that names the holder.
      const refused = await seedCommand();
      expect(refused.status).toBe(1);
      expect(refused.output.split('\n')).toEqual([
        `The embedded database in ${dataDir} is in use by another process (pid ${process.pid}): stop it first, or run this through the app.`,
      ]);

      // This process now answers as the app does (lib/startup.ts): the seed runs here, on the one open database.
      const stop = await serveOperatorCommands(dataDir, handle.db);
      try {
        const through = await seedCommand();
        expect(through.output).toBe(`Demo data is in place. (through the running app, pid ${process.pid})`);
        expect(through.status).toBe(0);
      } finally {
        await stop();
      }
      const [{ count }] = (
        await handle.pglite.query<{ count: number }>('select count(*)::int as count from organisations')
      ).rows;
      expect(count).toBeGreaterThan(20);
    } finally {
      await handle.close();
    }
    expect(existsSync(pgliteLockFile(dataDir))).toBe(false);
  }, 300_000);

  it('takes over a lock whose process was killed', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const pid = child.pid!;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    writeFileSync(pgliteLockFile(dataDir), String(pid));
    const handle = await openPglite({ dataDir, migrate: false });
    expect(readFileSync(pgliteLockFile(dataDir), 'utf8')).toBe(String(process.pid));
    await handle.close();
  }, 120_000);
});
