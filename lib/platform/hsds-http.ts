// The HSDS API answers errors as one plain sentence (text/plain), not the app's JSON result: its readers are other
// directories' importers, and a person reading their log should see at once what was wrong with the request.
import type { Failure } from '@/lib/auth/guarded';
import { LOCALE_COOKIE, resolveUiLocale, t } from '@/lib/i18n';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function withPlainErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const response = await handler(request, context);
    if (response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return response;
    const failure = (await response.json()) as Failure;
    const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get('cookie') ?? '')?.[1];
    const locale = resolveUiLocale(cookie, request.headers.get('accept-language'));
    const keys = failure.fieldErrors ? [...new Set(Object.values(failure.fieldErrors))] : [failure.error];
    const message = keys.map((key) => t(locale, key)).join(' ');
    return new Response(`${message}\n`, {
      status: response.status,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'content-language': locale },
    });
  };
}

/** Entries answered depend on who asks (public ones or all): never cached by anything in between. */
export function hsdsJson(body: unknown): Response {
  return Response.json(body, { headers: { 'cache-control': 'private, no-store', vary: 'Cookie' } });
}
