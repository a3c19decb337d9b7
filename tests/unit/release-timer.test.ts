import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, parseEnv } from '@/lib/env';
import { nextReleaseAt, RELEASE_RETRY_MINUTES, startReleaseTimer } from '@/lib/responses/release-timer';

describe('the daily release timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires next at the release hour, today when it is still ahead, else tomorrow', () => {
    const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute);
    expect(nextReleaseAt(at(1, 2, 59), 3)).toEqual(at(1, 3));
    expect(nextReleaseAt(at(1, 3, 0), 3)).toEqual(at(2, 3));
    expect(nextReleaseAt(at(1, 17, 30), 3)).toEqual(at(2, 3));
    expect(nextReleaseAt(at(31, 23, 0), 0)).toEqual(new Date(2027, 0, 1, 0, 0));
  });

  it('never opens the database before its hour and stops when asked', () => {
    let asked = 0;
    const stop = startReleaseTimer(async () => {
      asked++;
      throw new Error('not now');
    }, new Date().getHours());
    stop();
    expect(asked).toBe(0);
  });

  it('after a release that failed it tries again within the hour, not tomorrow', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 1, 2, 59, 59) });
    let asked = 0;
    const stop = startReleaseTimer(async () => {
      asked++;
      throw new Error('database out of reach');
    }, 3);
    try {
      await vi.advanceTimersByTimeAsync(1_000);
      expect(asked).toBe(1);
      await vi.advanceTimersByTimeAsync(RELEASE_RETRY_MINUTES * 60_000);
      expect(asked).toBe(2);
      expect(RELEASE_RETRY_MINUTES).toBeLessThanOrEqual(60);
    } finally {
      stop();
    }
  });

  it('RELEASE_HOUR is an hour of the day, 3 unless set; anything else stops the start naming it', () => {
    expect(parseEnv({}).RELEASE_HOUR).toBe(3);
    expect(parseEnv({ RELEASE_HOUR: '0' }).RELEASE_HOUR).toBe(0);
    for (const wrong of ['24', '-1', '3.5', 'night']) {
      expect(() => parseEnv({ RELEASE_HOUR: wrong })).toThrow(ConfigError);
      expect(() => parseEnv({ RELEASE_HOUR: wrong })).toThrow(/RELEASE_HOUR/);
    }
  });
});
