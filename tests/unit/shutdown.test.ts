import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

describe('stopping on SIGTERM', () => {
  it('the exit Next.js asks for waits until the group-commit batch in flight is written, then exits with its code', () => {
    const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['tests/unit/fixtures/stopping-server.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info' },
      timeout: 60_000,
    });
    const lines = result.stdout.trim().split('\n');
    expect(result.status).toBe(143);
    expect(lines.findIndex((line) => line === 'wrote 1')).toBeGreaterThan(-1);
    // Written before the database was closed and the process left.
    const closed = lines.findIndex((line) => line.includes('batches written and database closed'));
    expect(closed).toBeGreaterThan(lines.indexOf('wrote 1'));
  }, 90_000); // starts a tsx process: seconds on a busy machine
});
