// The HSDS API answers errors as one plain sentence (text/plain), not the app's JSON result: its readers are other
// directories' importers, and a person reading their log should see at once what was wrong with the request.
import type { Failure } from '@/lib/result';
import { LOCALE_COOKIE, resolveUiLocale, translator } from '@/lib/i18n';

/** guardedRoute's `failure` option for the HSDS routes: the failure as one sentence in the reader's language. */
export function plainFailure(failure: Failure, request: Request, status: number): Response {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get('cookie') ?? '')?.[1];
  const locale = resolveUiLocale(cookie, request.headers.get('accept-language'));
  const keys = failure.fieldErrors ? [...new Set(Object.values(failure.fieldErrors))] : [failure.error];
  const message = keys.map((key) => translator(locale)(key)).join(' ');
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'content-language': locale },
  });
}

/** Entries answered depend on who asks (public ones or all): never cached by anything in between. */
export function hsdsJson(body: unknown): Response {
  return Response.json(body, { headers: { 'cache-control': 'private, no-store', vary: 'Cookie' } });
}
