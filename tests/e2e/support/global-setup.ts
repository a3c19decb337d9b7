// Starts the built app (`next build` must have run) on a fresh, seeded embedded database, for the browser tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTestIdentityProvider } from './identity-provider';

const PORT = Number(process.env.E2E_PORT ?? 3999);
const IDENTITY_PROVIDER_PORT = PORT - 1;

export default async function setup(project: TestProject) {
  if (!existsSync('.next/BUILD_ID')) throw new Error('Build the app first: npm run build');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hm-e2e-'));
  // Single sign-on is switched on, against a real OIDC provider of the tests' own.
  const identityProvider = await startTestIdentityProvider(IDENTITY_PROVIDER_PORT, `http://localhost:${PORT}`);
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    PGLITE_DIR: path.join(dataDir, 'pglite'),
    NEXTAUTH_SECRET: 'e2e-secret-that-is-long-enough-0123456789',
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: '',
    OIDC_ISSUER: identityProvider.issuer,
    OIDC_CLIENT_ID: identityProvider.clientId,
    OIDC_CLIENT_SECRET: identityProvider.clientSecret,
    OIDC_NAME: 'Region Hallands inloggning (test)',
  };
  const seeded = spawnSync('node_modules/.bin/tsx', ['scripts/seed.ts'], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);

  // The production server as `npm start` runs it (next start), in its own process group so that ending the group
  // ends all it started.
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(PORT)],
    {
      env,
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const baseUrl = `http://localhost:${PORT}`;
  await waitForHealth(baseUrl);
  project.provide('baseUrl', baseUrl);
  project.provide('pgliteDir', env.PGLITE_DIR);

  return async () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await identityProvider.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

async function waitForHealth(baseUrl: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not become healthy at ${baseUrl}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    pgliteDir: string;
  }
}
