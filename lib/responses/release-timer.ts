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

/** Starts the timer; it never keeps the process alive (unref) and the returned function stops it. */
export function startReleaseTimer(getDb: () => Promise<Db>, hour: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void run(), nextReleaseAt(new Date(), hour).getTime() - Date.now());
    timer.unref();
  };
  const run = async () => {
    try {
      await releaseOnSchedule(await getDb());
    } catch (error) {
      // Nothing is lost: the answers stay held until the next release.
      logFailure('responses.release', error);
    } finally {
      schedule();
    }
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
