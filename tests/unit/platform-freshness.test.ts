import { describe, expect, it } from 'vitest';
import { isStale, monthsBefore, reviewStatus } from '@/lib/platform/freshness';
import { parseEnv } from '@/lib/env';

const at = (iso: string) => new Date(iso);

describe('an entry goes stale when nobody of its organisation confirmed it for six months', () => {
  const now = at('2026-12-01T12:00:00Z');

  it('never confirmed is stale, however new the entry', () => {
    expect(isStale(null, now, 6)).toBe(true);
  });

  it('confirmed a day short of six months ago is fresh; a day past it is stale', () => {
    expect(isStale(at('2026-06-02T12:00:00Z'), now, 6)).toBe(false);
    expect(isStale(at('2026-05-31T12:00:00Z'), now, 6)).toBe(true);
  });

  it('counts calendar months, and the 31st clamps to a shorter month', () => {
    expect(monthsBefore(at('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(monthsBefore(at('2026-03-15T00:00:00Z'), 6).toISOString()).toBe('2025-09-15T00:00:00.000Z');
  });

  it('the limit is configurable: three months makes a four-month-old confirmation stale', () => {
    const confirmed = at('2026-08-01T12:00:00Z');
    expect(isStale(confirmed, now, 6)).toBe(false);
    expect(isStale(confirmed, now, 3)).toBe(true);
  });

  it('PLATFORM_STALE_MONTHS defaults to 6 and refuses nonsense', () => {
    expect(parseEnv({}).PLATFORM_STALE_MONTHS).toBe(6);
    expect(parseEnv({ PLATFORM_STALE_MONTHS: '12' }).PLATFORM_STALE_MONTHS).toBe(12);
    expect(() => parseEnv({ PLATFORM_STALE_MONTHS: 'sex' })).toThrow(/PLATFORM_STALE_MONTHS/);
    expect(() => parseEnv({ PLATFORM_STALE_MONTHS: '0' })).toThrow(/PLATFORM_STALE_MONTHS/);
  });
});

describe('the review status since the previous dialogue meeting', () => {
  const meeting = at('2026-05-01T00:00:00Z');
  const created = at('2025-01-01T00:00:00Z');

  it('confirmed since the meeting, not changed after: confirmed', () => {
    expect(
      reviewStatus(
        { createdAt: created, updatedAt: at('2026-04-01T00:00:00Z'), verifiedAt: at('2026-06-01T00:00:00Z') },
        meeting,
      ),
    ).toBe('confirmed');
  });

  it('confirmed, then changed: the change is not confirmed yet', () => {
    expect(
      reviewStatus(
        { createdAt: created, updatedAt: at('2026-07-01T00:00:00Z'), verifiedAt: at('2026-06-01T00:00:00Z') },
        meeting,
      ),
    ).toBe('changed');
  });

  it('updated is not verified: an edit since the meeting without a confirmation is "changed"', () => {
    expect(reviewStatus({ createdAt: created, updatedAt: at('2026-06-01T00:00:00Z'), verifiedAt: null }, meeting)).toBe(
      'changed',
    );
  });

  it('a confirmation before the meeting does not count for this cycle', () => {
    expect(
      reviewStatus(
        { createdAt: created, updatedAt: at('2026-01-01T00:00:00Z'), verifiedAt: at('2026-02-01T00:00:00Z') },
        meeting,
      ),
    ).toBe('not_reviewed');
  });

  it('confirmed in the same transaction as the last change (same instant) is confirmed', () => {
    const moment = at('2026-06-01T00:00:00Z');
    expect(reviewStatus({ createdAt: created, updatedAt: moment, verifiedAt: moment }, meeting)).toBe('confirmed');
  });

  it('no earlier meeting: everything ever done counts', () => {
    expect(reviewStatus({ createdAt: created, updatedAt: created, verifiedAt: null }, null)).toBe('changed');
    expect(reviewStatus({ createdAt: created, updatedAt: created, verifiedAt: at('2025-02-01T00:00:00Z') }, null)).toBe(
      'confirmed',
    );
  });
});
