// A real OpenID Connect provider (panva's oidc-provider) for the browser tests of single sign-on, with its built-in
// development sign-in pages: the login typed there becomes the account id, and these accounts say who they are.
import type { Server } from 'node:http';
import Provider from 'oidc-provider';

export type TestIdentityProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop: () => Promise<void>;
};

/** The people the provider knows, by login: the e-mail address it vouches for, and a name. */
export const identityProviderAccounts: Record<string, { email: string; name: string }> = {
  'lars.lasare': { email: 'lasare@demo.halland.test', name: 'Lars Läsare' },
  'okand.person': { email: 'okand@region.halland.test', name: 'Okänd Person' },
};

export async function startTestIdentityProvider(port: number, appBaseUrl: string): Promise<TestIdentityProvider> {
  const issuer = `http://localhost:${port}`;
  const clientId = 'halland-uppfoljning-e2e';
  const clientSecret = 'e2e-client-secret-that-is-long-enough-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${appBaseUrl}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Strict OIDC for the code flow: the ID token names nobody's e-mail, the userinfo endpoint does. The app reads it
    // from there when the ID token lacks it (lib/auth/options.ts), so this also tests that path.
    async findAccount(_ctx, id) {
      const account = identityProviderAccounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: account.email, email_verified: true, name: account.name }),
      };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, () => resolve(listening));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
