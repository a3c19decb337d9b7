// The device's queue of feedback answers not yet acknowledged by the server, in IndexedDB (idb-keyval), so an answer
// made without a network survives reloads and closed tabs and is sent when the network returns. Used by the page and
// by the service worker's Background Sync alike, so nothing here touches window or document.
// Privacy: an entry holds exactly the body that will be sent (no kiosk state beyond it, no time but its own expiry
// bookkeeping) and is deleted as soon as the server acknowledges it, refuses it, or it expires.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/** What the browser sends to POST /api/feedback/:code (lib/feedback/submission.ts checks it on the server). */
export type FeedbackBody = {
  idempotencyKey: string;
  locale: string;
  answers: Record<string, unknown>;
  elapsedSeconds: number;
  website: string;
  answeredWithHelp?: boolean;
  kioskToken?: string;
};

export type QueuedAnswer = {
  code: string;
  body: FeedbackBody;
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** The server asked for patience (429, 5xx): a returning network does not hurry this entry. */
  serverBusy: boolean;
};

/** An answer waits at most this long on the device; the survey round may well have closed by then. */
export const QUEUE_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 10 * 60_000;

export const QUEUE_DATABASE = 'feedback-queue';
let store: UseStore | undefined;
const queueStore = () => (store ??= createStore(QUEUE_DATABASE, 'answers'));

/** How the server's answer decides an entry's fate. */
export type Verdict =
  | { kind: 'sent' }
  | { kind: 'refused'; message?: string; code?: string }
  | { kind: 'retry'; retryAfterSeconds?: number }
  | { kind: 'unreachable' };

/**
 * 2xx: acknowledged. 429 and 5xx (503 with Retry-After included): the server is busy or failing, try again later.
 * Any other 4xx: this answer will never be accepted as it is (round closed, invalid), so it is dropped and the
 * server's reason, in the respondent's language, is shown.
 */
export function verdictOf(
  status: number,
  body: { message?: string; code?: string } | null,
  retryAfter: string | null,
): Verdict {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 429 || status >= 500) {
    const seconds = Number(retryAfter);
    return { kind: 'retry', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined };
  }
  return { kind: 'refused', message: body?.message, code: body?.code };
}

/** Exponential back-off from 5 s to 10 min, with jitter so that many devices coming online do not retry in step. */
export function retryDelayMs(attempts: number, retryAfterSeconds?: number, random = Math.random): number {
  if (retryAfterSeconds) return retryAfterSeconds * 1000;
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export function isExpired(entry: Pick<QueuedAnswer, 'queuedAt'>, now: number): boolean {
  return now - entry.queuedAt > QUEUE_MAX_AGE_MS;
}

export async function enqueueAnswer(code: string, body: FeedbackBody, now = Date.now()): Promise<void> {
  await set(
    body.idempotencyKey,
    { code, body, queuedAt: now, attempts: 0, nextAttemptAt: now, serverBusy: false } satisfies QueuedAnswer,
    queueStore(),
  );
}

export async function queuedAnswers(): Promise<QueuedAnswer[]> {
  return (await entries<string, QueuedAnswer>(queueStore())).map(([, entry]) => entry);
}

export type FlushReport = {
  sent: string[];
  refused: { key: string; message?: string }[];
  expired: number;
  /** Answers still on the device after this round of sending. */
  waiting: number;
  /** When the earliest waiting answer may be tried again (ms since epoch), if any wait. */
  nextAttemptAt?: number;
};

let flushing: Promise<FlushReport> | null = null;

/**
 * Sends every due answer once. One flush at a time per page or worker; a second call joins the running one.
 * `reconnected`: the network just came back, so answers that failed only for want of a network go at once.
 */
export function flushQueue({
  send = fetch,
  now = Date.now,
  reconnected = false,
}: { send?: typeof fetch; now?: () => number; reconnected?: boolean } = {}): Promise<FlushReport> {
  flushing ??= runFlush(send, now, reconnected).finally(() => {
    flushing = null;
  });
  return flushing;
}

async function runFlush(send: typeof fetch, now: () => number, reconnected: boolean): Promise<FlushReport> {
  const report: FlushReport = { sent: [], refused: [], expired: 0, waiting: 0 };
  for (const entry of await queuedAnswers()) {
    const key = entry.body.idempotencyKey;
    if (isExpired(entry, now())) {
      await del(key, queueStore());
      report.expired++;
      continue;
    }
    const due = entry.nextAttemptAt <= now() || (reconnected && !entry.serverBusy);
    const verdict = due ? await attempt(send, entry) : null;
    if (verdict?.kind === 'sent') {
      await del(key, queueStore());
      report.sent.push(key);
    } else if (verdict?.kind === 'refused' && verdict.code === 'kiosk_not_valid' && entry.body.answeredWithHelp) {
      // The kiosk device was revoked: the respondent's answer still counts, without the staff's mark.
      const { answeredWithHelp: _mark, kioskToken: _token, ...plain } = entry.body;
      await set(key, { ...entry, body: plain, nextAttemptAt: now() } satisfies QueuedAnswer, queueStore());
      report.refused.push({ key, message: verdict.message });
      report.waiting++;
      report.nextAttemptAt = Math.min(report.nextAttemptAt ?? Infinity, now());
    } else if (verdict?.kind === 'refused') {
      await del(key, queueStore());
      report.refused.push({ key, message: verdict.message });
    } else {
      let next = entry;
      if (verdict) {
        const attempts = entry.attempts + 1;
        const serverBusy = verdict.kind === 'retry';
        next = {
          ...entry,
          attempts,
          serverBusy,
          nextAttemptAt: now() + retryDelayMs(attempts, serverBusy ? verdict.retryAfterSeconds : undefined),
        };
        await set(key, next, queueStore());
      }
      report.waiting++;
      report.nextAttemptAt = Math.min(report.nextAttemptAt ?? Infinity, next.nextAttemptAt);
    }
  }
  return report;
}

/** One POST from this origin, as JSON (the feedback route accepts nothing else); a lost network means "retry". */
async function attempt(send: typeof fetch, entry: QueuedAnswer): Promise<Verdict> {
  try {
    const response = await send(`/api/feedback/${encodeURIComponent(entry.code)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(entry.body),
      credentials: 'omit',
    });
    const body = response.ok
      ? null
      : ((await response.json().catch(() => null)) as { message?: string; code?: string } | null);
    return verdictOf(response.status, body, response.headers.get('retry-after'));
  } catch {
    return { kind: 'unreachable' };
  }
}
