// Keeps an active session alive: each page request moves the session's "last seen" time forward, so it ends after
// 30 minutes idle (and 12 hours at most, whatever happens). Only an optimistic step: every page, action and route
// still checks the session and the account itself (lib/auth), so nothing depends on this running.
import { NextResponse, type NextRequest } from 'next/server';
import { decode, encode } from 'next-auth/jwt';
import { SESSION_MAX_SECONDS, sessionCookie, sessionExpired, sessionSecret } from '@/lib/auth/session-window';

export async function proxy(request: NextRequest) {
  const { name, secure } = sessionCookie();
  const raw = request.cookies.get(name)?.value;
  if (!raw) return NextResponse.next();
  const secret = sessionSecret();
  const now = Date.now();
  const token = await decode({ token: raw, secret }).catch(() => null);
  const response = NextResponse.next();
  if (!token || sessionExpired(token, now)) {
    response.cookies.delete(name);
    return response;
  }
  const refreshed = await encode({ token: { ...token, lastSeenAt: now }, secret, maxAge: SESSION_MAX_SECONDS });
  response.cookies.set(name, refreshed, { httpOnly: true, sameSite: 'lax', path: '/', secure });
  return response;
}

export const config = {
  // Not next-auth's own routes (it sets and clears this cookie itself), not static files.
  matcher: ['/((?!api/auth|api/feedback|api/health|_next/static|_next/image|favicon.ico).*)'],
};
