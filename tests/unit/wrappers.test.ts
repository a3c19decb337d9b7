// guardedAction, guardedRoute and publicRoute themselves, as Next.js calls them: the session lookup and the database
// handle are the only things replaced.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AccessDenied, requireRole, type Actor } from '@/lib/auth/actor';
import { guardedAction, guardedRoute, publicRoute } from '@/lib/auth/guarded';
import { writeLogTo } from '@/lib/log';
import { ok } from '@/lib/result';

const session = vi.hoisted(() => ({ actor: null as Actor | null, failure: null as Error | null }));
vi.mock('@/lib/auth/session', () => ({
  getActor: async () => {
    if (session.failure) throw session.failure;
    return session.actor;
  },
}));
vi.mock('@/lib/database', () => ({ getDb: async () => ({}) }));

const strategist: Actor = { userId: 1, role: 'strategist', organisationId: null, name: 'S' };
const viewer: Actor = { userId: 3, role: 'viewer', organisationId: 7, name: 'V' };

/** What PostgreSQL says when a row breaks a constraint: the message and detail can quote the submitted values. */
const quotingError = () =>
  Object.assign(new Error('new row violates check constraint: Failing row contains (anna@example.com)'), {
    name: 'PostgresError',
    code: '23514',
  });

const schema = z.object({ count: z.coerce.number().int().min(1, 'invitations.countInvalid') });
const strategistsOnly = (input: { count: number }, { actor }: { actor: Actor }) => {
  requireRole(actor, 'strategist');
  return Promise.resolve(ok({ count: input.count }));
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function captureLog<T>(work: () => Promise<T>): Promise<{ result: T; output: string }> {
  const lines: string[] = [];
  const restore = writeLogTo({ write: (line) => lines.push(line) });
  try {
    return { result: await work(), output: lines.join('\n') };
  } finally {
    restore();
  }
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://app.test/api/thing', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'app.test', ...headers },
    body: JSON.stringify(body),
  });
const noParams = { params: Promise.resolve({}) };

beforeEach(() => {
  session.actor = null;
  session.failure = null;
});

describe('guardedAction', () => {
  const action = guardedAction(schema, strategistsOnly);

  it('refuses a visitor who is not signed in, and never runs', async () => {
    const run = vi.fn(strategistsOnly);
    expect(await guardedAction(schema, run)(null, form({ count: '2' }))).toEqual({
      ok: false,
      error: 'guard.signInRequired',
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('answers a role the function refuses as denied', async () => {
    session.actor = viewer;
    expect(await action(null, form({ count: '2' }))).toEqual({ ok: false, error: 'guard.denied' });
  });

  it('returns a validation failure with message keys before running', async () => {
    session.actor = strategist;
    const run = vi.fn(strategistsOnly);
    expect(await guardedAction(schema, run)(null, form({ count: '0' }))).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { count: 'invitations.countInvalid' },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('logs a thrown error by name and code only and answers a plain failure', async () => {
    session.actor = strategist;
    const { result, output } = await captureLog(() =>
      guardedAction(schema, () => Promise.reject(quotingError()))(null, form({ count: '2' })),
    );
    expect(result).toEqual({ ok: false, error: 'guard.unexpected' });
    expect(output).toContain('PostgresError 23514');
    expect(output).not.toMatch(/anna@example\.com|Failing row/);
  });

  it('runs for the right actor with the parsed input, and `after` sees the result', async () => {
    session.actor = strategist;
    const after = vi.fn((result) => result);
    expect(await guardedAction(schema, strategistsOnly, { after })(null, form({ count: '2' }))).toEqual({
      ok: true,
      value: { count: 2 },
    });
    expect(after).toHaveBeenCalledWith({ ok: true, value: { count: 2 } }, expect.any(FormData));
  });

  it('a session lookup that fails is a failure, not "signed out"', async () => {
    session.failure = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(await action(null, form({ count: '2' }))).toEqual({ ok: false, error: 'guard.unexpected' });
  });
});

describe('guardedRoute', () => {
  const route = guardedRoute(schema, strategistsOnly);

  it('answers 401 to a visitor who is not signed in', async () => {
    const response = await route(post({ count: 2 }), noParams);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: 'guard.signInRequired' });
  });

  it('answers 403 to a role the function refuses, and to a post from another site', async () => {
    session.actor = viewer;
    expect((await route(post({ count: 2 }), noParams)).status).toBe(403);
    session.actor = strategist;
    expect((await route(post({ count: 2 }, { origin: 'https://elsewhere.test' }), noParams)).status).toBe(403);
  });

  it('answers 400 with field errors to input that does not parse', async () => {
    session.actor = strategist;
    const response = await route(post({ count: 0 }), noParams);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { count: 'invitations.countInvalid' },
    });
  });

  it('answers 500 to a thrown error, logged by name and code only', async () => {
    session.actor = strategist;
    const { result, output } = await captureLog(() =>
      guardedRoute(schema, () => Promise.reject(quotingError()))(post({ count: 2 }), noParams),
    );
    expect(result.status).toBe(500);
    expect(await result.json()).toEqual({ ok: false, error: 'guard.unexpected' });
    expect(output).toContain('PostgresError 23514');
    expect(output).not.toMatch(/anna@example\.com|Failing row/);
  });

  it('answers 200 with the value, and a request id, when all is well', async () => {
    session.actor = strategist;
    const response = await route(post({ count: 2 }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { count: 2 } });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers 500, not 401, when the session lookup fails', async () => {
    session.failure = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect((await route(post({ count: 2 }), noParams)).status).toBe(500);
  });
});

describe('publicRoute', () => {
  it('runs without a session and answers what the route answers', async () => {
    const route = publicRoute(async ({ body }) => Response.json({ got: body }), {
      json: { maxBytes: 1000, maxDepth: 5 },
    });
    const response = await route(post({ a: 1 }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ got: { a: 1 } });
  });

  it('refuses a post from another site before running', async () => {
    const run = vi.fn(async () => new Response('ran'));
    const response = await publicRoute(run)(post({}, { 'sec-fetch-site': 'cross-site' }), noParams);
    expect(response.status).toBe(403);
    expect(run).not.toHaveBeenCalled();
  });

  it('answers 500 to a thrown error and 503 with Retry-After when the database is out of reach, logged by name and code only', async () => {
    const { result, output } = await captureLog(() =>
      publicRoute(() => Promise.reject(quotingError()))(post({}), noParams),
    );
    expect(result.status).toBe(500);
    expect(output).toContain('PostgresError 23514');
    expect(output).not.toMatch(/anna@example\.com|Failing row/);
    const unavailable = await publicRoute(() =>
      Promise.reject(Object.assign(new Error('gone'), { code: 'ECONNREFUSED' })),
    )(post({}), noParams);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBeTruthy();
  });
});

describe('the wrappers refuse an access error by its kind', () => {
  it('maps AccessDenied thrown by lib to 403, never to a 500', async () => {
    session.actor = strategist;
    const response = await guardedRoute(schema, () => Promise.reject(new AccessDenied()))(post({ count: 1 }), noParams);
    expect(response.status).toBe(403);
  });
});
