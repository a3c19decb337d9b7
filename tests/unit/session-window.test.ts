import { describe, expect, it } from 'vitest';
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS, sessionExpired } from '@/lib/auth/session-window';

const minute = 60_000;
const start = 1_700_000_000_000;

describe('how long a session lives', () => {
  it('lives while requests come within 30 minutes of each other', () => {
    expect(sessionExpired({ signedInAt: start, lastSeenAt: start + 60 * minute }, start + 85 * minute)).toBe(false);
  });

  it('ends after 30 minutes without a request', () => {
    expect(sessionExpired({ signedInAt: start, lastSeenAt: start }, start + SESSION_IDLE_SECONDS * 1000 + 1)).toBe(
      true,
    );
  });

  it('ends 12 hours after sign-in however active', () => {
    const late = start + SESSION_MAX_SECONDS * 1000 + 1;
    expect(sessionExpired({ signedInAt: start, lastSeenAt: late - minute }, late)).toBe(true);
  });

  it('a token without a sign-in time is no session', () => {
    expect(sessionExpired({}, start)).toBe(true);
  });
});
