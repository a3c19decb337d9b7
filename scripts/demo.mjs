// `npm run demo`: the built app on http://localhost:3000 with the embedded database and demo data.
// For demos only: without NEXTAUTH_SECRET it makes one and keeps it in .data/ (production refuses to start without it).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const port = process.env.PORT ?? '3000';
const secretFile = '.data/demo-secret';
if (!process.env.NEXTAUTH_SECRET) {
  mkdirSync('.data', { recursive: true });
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(48).toString('base64'), { mode: 0o600 });
}
const env = {
  ...process.env,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || readFileSync(secretFile, 'utf8'),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

const seeded = spawnSync('node_modules/.bin/tsx', ['scripts/seed.ts'], { env, stdio: 'inherit' });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);

// The same server `npm start` runs: next start.
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', port], {
  env: { ...env, NODE_ENV: 'production' },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
