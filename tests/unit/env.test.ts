import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '@/lib/env';

describe('settings', () => {
  it('without DATABASE_URL the embedded database is used, in .data/pglite', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe('.data/pglite');
  });

  it('a DATABASE_URL that is not a postgres URL stops the start with one line naming the setting', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(ConfigError);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(
      'Configuration error: DATABASE_URL must be a postgres:// or postgresql:// URL.',
    );
  });

  it('production refuses to start without NEXTAUTH_SECRET, or with a short one', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET must be set in production/);
    expect(() => parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32) }).NEXTAUTH_SECRET).toHaveLength(32);
  });

  it('single sign-on needs issuer, client id and secret together', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://sso.example.org' })).toThrow(/go together/);
  });

  it('an empty setting counts as not set', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
