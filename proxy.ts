// Runs before every page: gives the page a content security policy with a fresh nonce (scripts run only with it;
// Next.js puts it on its own scripts when the request carries the policy, so pages are rendered per request), and
// keeps an active session alive: each page request moves the session's "last seen" time forward, so it ends after
// 30 minutes idle (and 12 hours at most, whatever happens). The session step is only optimistic: every page, action
// and route still checks the session and the account itself (lib/auth), so nothing depends on it.
import { NextResponse, type NextRequest } from 'next/server';
import { decode, encode } from 'next-auth/jwt';
import { SESSION_MAX_SECONDS, sessionCookie, sessionExpired, sessionSecret } from '@/lib/auth/session-window';
import { pageContentSecurityPolicy } from '@/lib/security-headers';

export async function proxy(request: NextRequest) {
  const isPage = !request.nextUrl.pathname.startsWith('/api/');
  const nonce = isPage ? btoa(crypto.randomUUID()) : '';
  const policy = isPage ? pageContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development') : '';
  const requestHeaders = new Headers(request.headers);
  if (isPage) requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (isPage) response.headers.set('Content-Security-Policy', policy);

  const { name, secure } = sessionCookie();
  const raw = request.cookies.get(name)?.value;
  if (!raw) return response;
  const secret = sessionSecret();
  const now = Date.now();
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token || sessionExpired(token, now)) {
    response.cookies.delete(name);
    return response;
  }
  const refreshed = await encode({ token: { ...token, lastSeenAt: now }, secret, maxAge: SESSION_MAX_SECONDS });
  response.cookies.set(name, refreshed, { httpOnly: true, sameSite: 'lax', path: '/', secure });
  return response;
}

export const config = {
  // Not next-auth's own routes (it sets and clears this cookie itself), not the public routes, whose callers have no
  // session and get no page, not static files.
  matcher: ['/((?!api/auth|api/feedback|api/health|api/lang|_next/static|_next/image|favicon.ico).*)'],
};
