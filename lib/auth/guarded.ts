// The one wrapper for server actions and route handlers: session → Actor, input parsed with zod first, access
// errors mapped. A public endpoint that skips it has skipped the checks: don't.
import { z } from 'zod';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import type { MessageKey } from '@/lib/i18n';
import { messages } from '@/lib/i18n/messages';
import { logFailure } from '@/lib/log';
import { AccessDenied, NotFound, type Actor } from './actor';
import { getActor } from './session';

/** What an action gives back to its form. Validation failures are values, with message keys the UI translates. */
export type Failure = { ok: false; error: MessageKey; fieldErrors?: Record<string, MessageKey> };
export type Result<T = null> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: MessageKey, fieldErrors?: Record<string, MessageKey>): Failure => ({ ok: false, error, fieldErrors });

type Context<A> = { actor: A; db: Db };

/** Zod issue messages that are message keys are shown as they are; anything else becomes "invalid value". */
export function validationFailure(error: z.ZodError): Failure {
  const fieldErrors: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    fieldErrors[field] ??= isMessageKey(issue.message) ? issue.message : 'guard.invalidValue';
  }
  return fail('guard.checkFields', fieldErrors);
}

function isMessageKey(value: string): value is MessageKey {
  return value in messages.sv;
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

/** A server action for `useActionState`: (previous result, FormData) → Result. Signed-in actors only. */
export function guardedAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: Context<Actor>) => Promise<Result<T>>,
) {
  return async (_previous: Result<T> | null, formData: FormData): Promise<Result<T>> => {
    const actor = await getActor();
    if (!actor) return fail('guard.signInRequired');
    return runGuarded(schema, formDataToObject(formData), actor, await getDb(), run);
  };
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

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteRun<S extends z.ZodType, A> = (
  input: z.output<S>,
  context: Context<A> & { request: Request },
) => Promise<Result<unknown> | Response>;

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
  options: { anonymous: true },
): (request: Request, context: RouteContext) => Promise<Response>;
export function guardedRoute<S extends z.ZodType>(
  schema: S,
  run: RouteRun<S, Actor> | RouteRun<S, Actor | null>,
  options: { anonymous?: boolean } = {},
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    if (request.method !== 'GET' && !sameOrigin(request)) return Response.json(fail('guard.denied'), { status: 403 });
    const actor = await getActor();
    if (!actor && !options.anonymous) return Response.json(fail('guard.signInRequired'), { status: 401 });
    const input = { ...Object.fromEntries(new URL(request.url).searchParams), ...(await readBody(request)), ...(await context.params) };
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
    return Response.json(result, { status: result.ok ? 200 : statusOf(result.error) });
  };
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

/** A browser's cross-site POST carries another Origin; refuse it (the session cookie is SameSite=Lax as well). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
