// No endpoint escapes the wrappers: every function a route file, a pages/api module or a 'use server' file exports is
// built by guardedAction, guardedRoute or publicRoute (they brand what they return; lib/http/node-api-route.ts
// carries the brand of the routes it serves). A hand-written handler beside them would skip the session and input
// checks without anyone noticing; this test notices.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointKindOf } from '@/lib/auth/guarded';

const root = path.resolve(__dirname, '../..');

/**
 * next-auth answers its own routes (sign-in, callbacks, session); its handler cannot be ours. Serwist's route serves
 * the service worker file built at `next build` (lib/feedback/service-worker.ts): no session, no input, no data.
 */
const EXCEPTED = new Set(['app/api/auth/[...nextauth]/route.ts', 'app/serwist/[path]/route.ts']);

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => path.join(folder, file));
}

const routeFiles = [
  ...sourceFiles('app').filter((file) => path.basename(file) === 'route.ts'),
  ...sourceFiles('pages/api'),
];
const serverActionFiles = [...sourceFiles('app'), ...sourceFiles('lib')].filter((file) =>
  /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(readFileSync(path.join(root, file), 'utf8')),
);

/** The exported functions of a module that no wrapper built. */
function unwrappedExports(exported: Record<string, unknown>): string[] {
  return Object.entries(exported)
    .filter(([, value]) => typeof value === 'function' && !endpointKindOf(value))
    .map(([name]) => name);
}

describe('every endpoint is built by a wrapper', () => {
  it('finds the endpoints it checks', () => {
    expect(routeFiles).toContain('pages/api/feedback/[code].ts');
    expect(routeFiles).toContain('app/api/health/route.ts');
    expect(routeFiles).toContain('app/api/lang/route.ts');
    expect(serverActionFiles).toContain('app/actions.ts');
  });

  it.each(routeFiles.filter((file) => !EXCEPTED.has(file)))(
    '%s exports only wrapped handlers',
    async (file) => {
      const exported = (await import(path.join(root, file))) as Record<string, unknown>;
      expect(Object.values(exported).some((value) => endpointKindOf(value))).toBe(true);
      expect(unwrappedExports(exported)).toEqual([]);
    },
    60_000,
  ); // the first import of a route compiles its whole module graph: seconds on a busy machine

  it.each(serverActionFiles)(
    '%s exports only actions built by guardedAction',
    async (file) => {
      const exported = (await import(path.join(root, file))) as Record<string, unknown>;
      const actions = Object.entries(exported).filter(([, value]) => typeof value === 'function');
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.filter(([, value]) => endpointKindOf(value) !== 'guardedAction').map(([name]) => name)).toEqual(
        [],
      );
    },
    60_000,
  );

  it('control: a hand-written handler and action are caught, the wrapped ones beside them pass', async () => {
    const exported = (await import('./fixtures/unwrapped-endpoints')) as Record<string, unknown>;
    expect(unwrappedExports(exported).sort()).toEqual(['GET', 'deleteEverythingAction']);
  });

  it('control: a pages/api handler can only carry the brand of a wrapped route', async () => {
    const { nodeApiRoute } = await import('@/lib/http/node-api-route');
    const { publicRoute } = await import('@/lib/auth/guarded');
    const served = nodeApiRoute({ POST: publicRoute(async () => new Response()) }, { maxBodyBytes: 10 });
    expect(unwrappedExports({ default: served })).toEqual([]);
    const handWritten = async () => new Response();
    expect(() => nodeApiRoute({ POST: handWritten }, { maxBodyBytes: 10 })).toThrow(/only endpoints built by/);
    const wrapped = publicRoute(async () => new Response());
    expect(() => nodeApiRoute({ GET: wrapped, POST: handWritten }, { maxBodyBytes: 10 })).toThrow(
      /only endpoints built by/,
    );
  });
});
