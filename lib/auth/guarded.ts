// The wrappers for server actions and route handlers: session → Actor, input parsed with zod first, access errors
// mapped (guardedAction, guardedRoute), and publicRoute for the few routes that take no session. Each brands what it
// returns, and a test fails on any endpoint without the brand (tests/unit/endpoints-wrapped.test.ts): an
// endpoint that skips them has skipped the checks.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getDb } from '@/lib/database';
import { isDatabaseUnavailable, type Db } from '@/db/client';
import { jsonBodyStatus, readJsonBody, type JsonBodyLimits, type JsonBodyProblem } from '@/lib/http/json-body';
import type { MessageKey } from '@/lib/i18n';
import { logFailure, requestIdOf, withRequestId } from '@/lib/log';
import { fail, ok, validationFailure, type Failure, type Result } from '@/lib/result';
import { AccessDenied, NotFound, type Actor } from './actor';
import { getActor } from './session';

type Context<A> = { actor: A; db: Db };

const LOOKUP_FAILED = Symbol('session lookup failed');

/** The signed-in actor. A lookup that failed (getActor logged it) is answered as a failure, never as "signed out". */
async function signedInActor(): Promise<Actor | null | typeof LOOKUP_FAILED> {
  try {
    return await getActor();
  } catch {
    return LOOKUP_FAILED;
  }
}

/** Which wrapper built an endpoint. */
export type EndpointKind = 'guardedAction' | 'guardedRoute' | 'publicRoute';
const ENDPOINT_KIND = Symbol.for('halland.endpointKind');

function brand<F extends (...args: never[]) => unknown>(endpoint: F, kind: EndpointKind): F {
  Object.defineProperty(endpoint, ENDPOINT_KIND, { value: kind });
  return endpoint;
}

/**
 * `adapter` serves `endpoints` another way (lib/http/node-api-route.ts) and carries their brand; an endpoint no
 * wrapper built cannot be adapted into one that looks wrapped, nor hide beside one that was.
 */
export function carryEndpointKind<F extends (...args: never[]) => unknown>(endpoints: unknown[], adapter: F): F {
  const kinds = new Set(endpoints.map(endpointKindOf));
  const [kind] = kinds;
  if (!kind || kinds.size !== 1)
    throw new Error('only endpoints built by one of guardedAction, guardedRoute or publicRoute can be adapted');
  return brand(adapter, kind);
}

/** The wrapper that built `value`, if any. */
export function endpointKindOf(value: unknown): EndpointKind | undefined {
  return typeof value === 'function'
    ? (value as unknown as Record<symbol, EndpointKind | undefined>)[ENDPOINT_KIND]
    : undefined;
}

/** Runs `run` for a signed-in actor (or anyone, when `anonymous`) with input parsed by `schema`. */
export async function runGuarded<S extends z.ZodType, T, A extends Actor | null>(
  schema: S,
  input: unknown,
  actor: A,
  db: Db,
  run: (input: z.output<S>, context: Context<A>) => Promise<Result<T>>,
): Promise<Result<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    return await run(parsed.data, { actor, db });
  } catch (error) {
    if (error instanceof AccessDenied) return fail('guard.denied');
    if (error instanceof NotFound) return fail('guard.notFound');
    // Not rethrown: Next.js would log it whole, and a database error can quote the answers it refused.
    logFailure('guarded request', error);
    return fail('guard.unexpected');
  }
}

/**
 * A server action for `useActionState`: (previous result, FormData) → Result. Signed-in actors only. `after` runs on
 * the result outside any try/catch, so its `redirect` and `revalidatePath` work as Next.js expects.
 */
export function guardedAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: Context<Actor>) => Promise<Result<T>>,
  { after }: { after?: (result: Result<T>, formData: FormData) => Result<T> | Promise<Result<T>> } = {},
) {
  return brand(async (_previous: Result<T> | null, formData: FormData): Promise<Result<T>> => {
    const result = await withRequestId(randomUUID(), async () => {
      const actor = await signedInActor();
      if (actor === LOOKUP_FAILED) return fail('guard.unexpected');
      if (!actor) return fail('guard.signInRequired');
      return runGuarded(schema, formDataToObject(formData), actor, await getDb(), run);
    });
    return after ? after(result, formData) : result;
  }, 'guardedAction');
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue; // React's own fields; no uploads here
    const previous = object[key];
    // A repeated name (checkboxes) becomes a list.
    object[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return object;
}

type RouteContext = {
  params: Promise<Record<string, string | string[]>>;
  /** The body's bytes when the server that handed the request over has read them (lib/http/node-api-route.ts). */
  body?: Uint8Array;
};
type RouteRun<S extends z.ZodType, A> = (
  input: z.output<S>,
  context: Context<A> & { request: Request },
) => Promise<Result<unknown> | Response>;

/** How a route answers a failure; by default the JSON result. An API for other systems may answer otherwise. */
export type FailureResponse = (failure: Failure, request: Request, status: number) => Response;

/**
 * A route handler. Input = route params + query + JSON body (POST), parsed by `schema`. Answers JSON
 * `{ ok, value | error, fieldErrors }` with 400 (validation), 401 (not signed in), 403 (denied), 404 (not found or
 * not yours), or whatever Response `run` returns itself (a CSV download).
 */
export function guardedRoute<S extends z.ZodType>(
  schema: S,
  run: RouteRun<S, Actor>,
): (request: Request, context: RouteContext) => Promise<Response>;
export function guardedRoute<S extends z.ZodType>(
  schema: S,
  run: RouteRun<S, Actor | null>,
  options: { anonymous: true; failure?: FailureResponse },
): (request: Request, context: RouteContext) => Promise<Response>;
export function guardedRoute<S extends z.ZodType>(
  schema: S,
  run: RouteRun<S, Actor> | RouteRun<S, Actor | null>,
  options: { anonymous?: boolean; failure?: FailureResponse } = {},
) {
  const answerFailure =
    options.failure ?? ((failure: Failure, _request: Request, status: number) => Response.json(failure, { status }));
  return brand(
    (request: Request, context: RouteContext) => withRequestHeader(request, () => answerGuarded(request, context)),
    'guardedRoute',
  );

  async function answerGuarded(request: Request, context: RouteContext): Promise<Response> {
    if (request.method !== 'GET' && isCrossSite(request)) return Response.json(fail('guard.denied'), { status: 403 });
    const actor = await signedInActor();
    if (actor === LOOKUP_FAILED) return answerFailure(fail('guard.unexpected'), request, 500);
    if (!actor && !options.anonymous) return answerFailure(fail('guard.signInRequired'), request, 401);
    const input = {
      ...Object.fromEntries(new URL(request.url).searchParams),
      ...(await readBody(request)),
      ...(await context.params),
    };
    let response: Response | undefined;
    const result = await runGuarded(schema, input, actor, await getDb(), async (parsed, ctx) => {
      // Without `anonymous` the actor is never null here (checked above), as the overloads promise.
      const outcome = await (run as RouteRun<S, Actor | null>)(parsed, { ...ctx, request });
      if (outcome instanceof Response) {
        response = outcome;
        return ok(null);
      }
      return outcome as Result<unknown>;
    });
    if (response) return response;
    return result.ok ? Response.json(result) : answerFailure(result, request, statusOf(result.error));
  }
}

/** Runs a route with a request id on its log lines, and tells the caller that id (X-Request-Id). */
async function withRequestHeader(request: Request, answer: () => Promise<Response>): Promise<Response> {
  const requestId = requestIdOf(request);
  const response = await withRequestId(requestId, answer);
  try {
    response.headers.set('X-Request-Id', requestId);
  } catch {
    // a response with immutable headers (a redirect made by Response.redirect) goes without it
  }
  return response;
}

/** Why a public route refused a request before it ran. */
export type PublicRefusal = JsonBodyProblem | 'cross_site';

export const publicRefusalStatus: Record<PublicRefusal, number> = { ...jsonBodyStatus, cross_site: 403 };

type PublicRouteOptions = {
  /** The body is JSON: read under these limits and refused as a hostile party might send it (lib/http/json-body.ts). */
  json?: JsonBodyLimits;
  /** How the route says no, in its own words and language; by default `{ ok: false, error: <refusal> }`. */
  refuse?: (refusal: PublicRefusal) => Response;
};

type PublicRun = (context: {
  request: Request;
  params: Record<string, string | string[]>;
  body: unknown;
}) => Promise<Response>;

/** Seconds a client is asked to wait when the database is out of reach. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * A route handler that takes no session (feedback, health, language). Requests that change something must come from
 * this site (403 otherwise: a page elsewhere cannot post through a visitor's browser); with `json`, the body is read
 * and checked before `run` sees it. A database out of reach answers 503 with Retry-After, anything else unexpected
 * 500, logged without details (a database error can quote the row it refused).
 */
export function publicRoute(run: PublicRun, options: PublicRouteOptions = {}) {
  const refuse =
    options.refuse ??
    ((refusal: PublicRefusal) =>
      Response.json({ ok: false, error: refusal }, { status: publicRefusalStatus[refusal] }));
  return brand(
    (request: Request, context: RouteContext) => withRequestHeader(request, () => answerPublic(request, context)),
    'publicRoute',
  );

  async function answerPublic(request: Request, context: RouteContext): Promise<Response> {
    const changes = request.method !== 'GET' && request.method !== 'HEAD';
    if ((changes || options.json) && isCrossSite(request)) return refuse('cross_site');
    let body: unknown;
    if (options.json) {
      const read = await readJsonBody(request, options.json, context?.body);
      if (!read.ok) return refuse(read.problem);
      body = read.body;
    }
    try {
      return await run({ request, params: (await context?.params) ?? {}, body });
    } catch (error) {
      logFailure('public request', error);
      if (isDatabaseUnavailable(error)) {
        return Response.json(fail('guard.unavailable'), {
          status: 503,
          headers: { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) },
        });
      }
      return Response.json(fail('guard.unexpected'), { status: 500 });
    }
  }
}

function statusOf(error: MessageKey): number {
  if (error === 'guard.denied') return 403;
  if (error === 'guard.notFound') return 404;
  if (error === 'guard.signInRequired') return 401;
  if (error === 'guard.unexpected') return 500;
  return 400;
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (request.method === 'GET' || request.method === 'HEAD') return {};
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    const body: unknown = await request.json().catch(() => null);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  }
  if (type.includes('form')) return formDataToObject(await request.formData());
  return {};
}

/**
 * Whether a browser sent this from another site: its Sec-Fetch-Site says so, or its Origin names another host (a
 * browser sends Origin with every POST, `no-cors` ones included). Clients that are not browsers send neither.
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null": a sandboxed frame or a file
  }
}
