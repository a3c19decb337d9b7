// How long a session lives: 30 minutes without a request, 12 hours at most however active. The proxy moves
// `lastSeenAt` forward on each page request; next-auth's jwt callback refuses a token outside the window.
import { env } from '@/lib/env';

export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_MAX_SECONDS = 12 * 60 * 60;

export type SessionTimes = { signedInAt?: number; lastSeenAt?: number };

export function sessionExpired({ signedInAt, lastSeenAt }: SessionTimes, now: number): boolean {
  if (!signedInAt) return true;
  if (now - signedInAt > SESSION_MAX_SECONDS * 1000) return true;
  return now - (lastSeenAt ?? signedInAt) > SESSION_IDLE_SECONDS * 1000;
}

/** next-auth's own naming: the __Secure- prefix (and the Secure flag) when the site is served over https. */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = env().NEXTAUTH_URL?.startsWith('https://') ?? false;
  return { name: `${secure ? '__Secure-' : ''}next-auth.session-token`, secure };
}

/** lib/env refuses to start production without NEXTAUTH_SECRET; elsewhere a fixed development secret is used. */
export function sessionSecret(): string {
  return env().NEXTAUTH_SECRET ?? 'development-only-secret-not-for-production-use';
}
