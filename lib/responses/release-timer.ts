// The daily release runs inside the app: a timer started with the server (lib/startup.ts), no separate service. Every
// app server starts one; release_days and an advisory lock make sure only one of them releases, once a day.
import type { Db } from '@/db/client';
import { logFailure } from '@/lib/log';
import { releaseOnSchedule } from './release';

/** The next moment at `hour`:00 (server time zone) strictly after `now`. */
export function nextReleaseAt(now: Date, hour: number): Date {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next <= now) next.setDate(next.getDate() + 1);
  return next;
}

/** After a release that failed or found another one running: how soon it is tried again (the day was given back). */
export const RELEASE_RETRY_MINUTES = 15;

/** Starts the timer; it never keeps the process alive (unref) and the returned function stops it. */
export function startReleaseTimer(getDb: () => Promise<Db>, hour: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (retry = false) => {
    if (stopped) return;
    const delay = retry ? RELEASE_RETRY_MINUTES * 60_000 : nextReleaseAt(new Date(), hour).getTime() - Date.now();
    timer = setTimeout(() => void run(), delay);
    timer.unref();
  };
  const run = async () => {
    let retry = false;
    try {
      const result = await releaseOnSchedule(await getDb());
      retry = typeof result === 'object' && result.skipped === 'busy';
    } catch (error) {
      // Nothing is lost: the answers stay held until a release succeeds.
      logFailure('responses.release', error);
      retry = true;
    } finally {
      schedule(retry);
    }
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
