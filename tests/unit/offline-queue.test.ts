// The offline queue's rules, as pure functions: which server answers drop an answer, which keep it for later, how
// long it waits between tries, and when it expires.
import { describe, expect, it } from 'vitest';
import { QUEUE_MAX_AGE_MS, isExpired, retryDelayMs, verdictOf } from '@/lib/feedback/offline-queue';

describe('the offline answer queue', () => {
  it('a 2xx is acknowledged: the answer leaves the device', () => {
    expect(verdictOf(201, null, null)).toEqual({ kind: 'sent' });
    expect(verdictOf(200, null, null)).toEqual({ kind: 'sent' });
  });

  it('a 4xx drops the answer and keeps the server’s reason to show', () => {
    expect(verdictOf(410, { code: 'round_closed', message: 'Enkäten är stängd.' }, null)).toEqual({
      kind: 'refused',
      code: 'round_closed',
      message: 'Enkäten är stängd.',
    });
    expect(verdictOf(422, { code: 'invalid_answers' }, null).kind).toBe('refused');
  });

  it('a 5xx and a 429 keep the answer for later, honouring Retry-After', () => {
    expect(verdictOf(503, null, '120')).toEqual({ kind: 'retry', retryAfterSeconds: 120 });
    expect(verdictOf(500, null, null)).toEqual({ kind: 'retry', retryAfterSeconds: undefined });
    expect(verdictOf(429, { code: 'rate_limited' }, '30')).toEqual({ kind: 'retry', retryAfterSeconds: 30 });
    expect(verdictOf(502, null, 'soon')).toEqual({ kind: 'retry', retryAfterSeconds: undefined });
  });

  it('backs off exponentially from about 5 s to at most 10 min, Retry-After taking precedence', () => {
    const middle = () => 0.5; // no jitter
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, undefined, middle))).toEqual([
      5_000, 10_000, 20_000, 40_000,
    ]);
    expect(retryDelayMs(30, undefined, middle)).toBe(600_000);
    expect(retryDelayMs(1, 90, middle)).toBe(90_000);
    // Jitter stays within ±25 %.
    expect(retryDelayMs(2, undefined, () => 0)).toBe(7_500);
    expect(retryDelayMs(2, undefined, () => 1)).toBe(12_500);
  });

  it('an answer expires after 14 days on the device, not before', () => {
    const now = Date.UTC(2026, 11, 1);
    expect(isExpired({ queuedAt: now - QUEUE_MAX_AGE_MS }, now)).toBe(false);
    expect(isExpired({ queuedAt: now - QUEUE_MAX_AGE_MS - 1 }, now)).toBe(true);
    expect(QUEUE_MAX_AGE_MS).toBe(14 * 24 * 3600 * 1000);
  });
});
