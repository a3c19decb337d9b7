// next-auth configuration: local accounts (credentials) and, when configured, the region's OIDC single sign-on.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/database';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { logFailure } from '@/lib/log';
import type { Actor } from './actor';
import { SESSION_MAX_SECONDS, sessionExpired, sessionSecret } from './session-window';
import { endSessions, loadActiveActor, signInWithPassword } from './sign-in';
import { throttledError } from './sign-in-wait';

export { SESSION_MAX_SECONDS } from './session-window';

declare module 'next-auth' {
  interface Session {
    actor: Actor;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    userId?: number;
    signedInAt?: number;
    /** Moved forward by proxy.ts on every page request; 30 minutes without one ends the session. */
    lastSeenAt?: number;
  }
}

export class SessionEnded extends Error {
  constructor() {
    super('session ended');
  }
}

function oidcProvider(): OAuthConfig<{ sub: string; email?: string; name?: string }>[] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: 'oidc',
      name: OIDC_NAME,
      type: 'oauth',
      wellKnown: wellKnown(OIDC_ISSUER),
      authorization: { params: { scope: 'openid email profile' } },
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      idToken: true,
      checks: ['pkce', 'state'],
      profile: async (profile, tokens) => {
        const email = profile.email ?? (await emailFromUserinfo(OIDC_ISSUER, profile.sub, tokens.access_token));
        return { id: profile.sub, email, name: profile.name ?? email };
      },
    },
  ];
}

/**
 * Some providers leave `email` out of the ID token and give it only at the userinfo endpoint (Microsoft Entra ID
 * without optional claims, or any provider keeping to the letter of OIDC for the code flow). The answer counts only
 * when its `sub` is the ID token's (OIDC Core 5.3.2). next-auth 4 cannot do both itself: with `idToken: false` it
 * asks userinfo but then refuses a token response that carries an ID token, as every OIDC provider's does.
 */
async function emailFromUserinfo(issuer: string, sub: string, accessToken?: string): Promise<string | undefined> {
  if (!accessToken) return undefined;
  const discovery = (await (await fetch(wellKnown(issuer))).json()) as { userinfo_endpoint?: string };
  if (!discovery.userinfo_endpoint) return undefined;
  const response = await fetch(discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${accessToken}` } });
  if (!response.ok) return undefined;
  const claims = (await response.json()) as { sub?: unknown; email?: unknown };
  return claims.sub === sub && typeof claims.email === 'string' ? claims.email : undefined;
}

function wellKnown(issuer: string): string {
  return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: sessionSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_SECONDS },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials) {
          const result = await signInWithPassword(await getDb(), credentials);
          if (!result.ok)
            throw new Error(
              result.reason === 'throttled' ? throttledError(result.retryAfterSeconds) : 'CredentialsSignin',
            );
          return { id: String(result.actor.userId), name: result.actor.name };
        },
      }),
      ...oidcProvider(),
    ],
    // next-auth's own failures go through the name-and-code logger (an OAuth error can quote a profile); a session
    // that ended on purpose (signed out elsewhere, disabled, password changed, too old) is not a failure at all.
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : metadata.error;
        if (!(error instanceof SessionEnded)) logFailure(`next-auth ${code}`, error);
      },
    },
    events: {
      // Signing out ends the session for real: every token issued before now stops working, not only this cookie.
      async signOut({ token }) {
        if (token?.userId) await endSessions(await getDb(), token.userId);
      },
    },
    callbacks: {
      // Single sign-on only lets in people who already have an account here; it never creates one.
      async signIn({ user, account }) {
        if (account?.provider !== 'oidc') return true;
        if (!user.email) return false;
        const [local] = await (await getDb()).select().from(users).where(eq(users.email, user.email.toLowerCase()));
        if (!local || local.disabledAt) return false;
        user.id = String(local.id);
        return true;
      },
      async jwt({ token, user }) {
        if (user) return { ...token, userId: Number(user.id), signedInAt: Date.now(), lastSeenAt: Date.now() };
        if (!token.userId || sessionExpired(token, Date.now())) throw new SessionEnded();
        return token;
      },
      async session({ session, token }) {
        const actor =
          token.userId && token.signedInAt
            ? await loadActiveActor(await getDb(), token.userId, token.signedInAt)
            : null;
        // A disabled account, or one signed out everywhere, loses its session at the next request.
        if (!actor) throw new SessionEnded();
        return { ...session, actor };
      },
    },
  };
}
