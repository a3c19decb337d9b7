// Operator commands beside the running app on its embedded database: they go through the app, which holds the folder;
// anything that opens the folder itself refuses with one line.
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';

function run(args: string[]): Promise<{ status: number | null; output: string }> {
  const child = spawn('node_modules/.bin/tsx', args, {
    env: { ...process.env, PGLITE_DIR: inject('pgliteDir'), DATABASE_URL: '', NODE_ENV: 'development' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, output: output.trim() })));
}

describe('operator commands beside the running app (embedded database)', () => {
  it('npm run seed goes through the app and changes nothing the second time', async () => {
    const seeded = await run(['scripts/seed.ts']);
    expect(seeded.output).toMatch(/^Demo data is in place\. \(through the running app, pid \d+\)$/);
    expect(seeded.status).toBe(0);
  });

  it('npm run responses:release goes through the app, which releases every held answer', async () => {
    const released = await run(['scripts/release-responses.ts']);
    expect(released.output).toMatch(/^Released \d+ held answers?.*\. \(through the running app, pid \d+\)$/);
    expect(released.status).toBe(0);
  });

  it('a script that opens the folder itself refuses with one line that names the holder', async () => {
    const script =
      "import('./db/client.ts').then((m) => (m.openPglite ?? m.default.openPglite)({ dataDir: process.env.PGLITE_DIR })).then(() => console.log('opened'), (e) => { console.error(e.message); process.exit(1); })";
    const opened = await run(['-e', script]);
    expect(opened.status).toBe(1);
    expect(opened.output).toMatch(
      /^The embedded database in .+ is in use by another process \(pid \d+\): stop it first, or run this through the app\.$/,
    );
  });
});
