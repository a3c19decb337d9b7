import { afterEach, describe, expect, it, vi } from 'vitest';
import { authOptions, SessionEnded } from '@/lib/auth/options';

describe('next-auth\u2019s own log lines', () => {
  afterEach(() => vi.restoreAllMocks());

  it('say nothing when a session ended on purpose, and only name and code of a real failure', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { logger } = authOptions();
    logger!.error!('JWT_SESSION_ERROR', new SessionEnded());
    expect(logged).not.toHaveBeenCalled();

    const failure = Object.assign(new Error('profile of anna@example.com rejected'), { name: 'OAuthCallbackError', code: 'invalid_grant' });
    logger!.error!('OAUTH_CALLBACK_ERROR', { error: failure, providerId: 'oidc' });
    const output = logged.mock.calls.flat().map(String).join('\n');
    expect(output).toBe('next-auth OAUTH_CALLBACK_ERROR failed: OAuthCallbackError invalid_grant');
  });
});
