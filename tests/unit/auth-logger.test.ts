import { afterEach, describe, expect, it, vi } from 'vitest';
import { authOptions, SessionEnded } from '@/lib/auth/options';
import { writeLogTo } from '@/lib/log';

describe('next-auth\u2019s own log lines', () => {
  afterEach(() => vi.restoreAllMocks());

  it('say nothing when a session ended on purpose, and only name and code of a real failure', () => {
    const lines: string[] = [];
    const restore = writeLogTo({ write: (line) => lines.push(line) });
    const { logger } = authOptions();
    logger!.error!('JWT_SESSION_ERROR', new SessionEnded());
    expect(lines).toEqual([]);

    const failure = Object.assign(new Error('profile of anna@example.com rejected'), {
      name: 'OAuthCallbackError',
      code: 'invalid_grant',
    });
    logger!.error!('OAUTH_CALLBACK_ERROR', { error: failure, providerId: 'oidc' });
    restore();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'error',
      msg: 'next-auth OAUTH_CALLBACK_ERROR failed: OAuthCallbackError invalid_grant',
      err: { name: 'OAuthCallbackError', code: 'invalid_grant' },
    });
    expect(lines[0]).not.toContain('anna@example.com');
  });
});
