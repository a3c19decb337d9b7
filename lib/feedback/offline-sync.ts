// The page's side of the offline queue (browser only): sending an answer through the queue, sending what waits
// when the network returns (on load, `online`, `visibilitychange`, a timer for back-off, and Background Sync in the
// service worker where the browser has it), the count of waiting answers for the page to show, and the leave-page
// warning while any are unsent.
import { kioskDevice, kioskSubmissionFields } from '@/lib/kiosk/on-device';
import { idempotencyKeyName as keyName } from './idempotency-key';
import {
  enqueueAnswer,
  flushQueue,
  queuedAnswers,
  verdictOf,
  type FeedbackBody,
  type FlushReport,
} from './offline-queue';

export const BACKGROUND_SYNC_TAG = 'feedback-queue';

export type QueueState = {
  waiting: number;
  /** The server's reasons (in the respondent's language) for answers it refused, dropped from the device. */
  refused: string[];
  expired: number;
  /** Answers sent from the queue since this page loaded. */
  sentLater: number;
};

let state: QueueState = { waiting: 0, refused: [], expired: 0, sentLater: 0 };
const listeners = new Set<(state: QueueState) => void>();
const onSent = new Map<string, () => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

export function subscribeQueue(listener: (state: QueueState) => void): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

/** Takes in a flush's outcome, whoever flushed (this page or the service worker). */
export function publishReport(report: FlushReport, known: Set<string> = new Set()): void {
  const later = report.sent.filter((key) => !known.has(key)).length;
  state = {
    waiting: report.waiting,
    refused: [
      ...state.refused,
      ...report.refused.filter((r) => !known.has(r.key)).flatMap((r) => (r.message ? [r.message] : [])),
    ],
    expired: state.expired + report.expired,
    sentLater: state.sentLater + later,
  };
  for (const key of report.sent) {
    onSent.get(key)?.();
    onSent.delete(key);
  }
  for (const listener of listeners) listener(state);
  clearTimeout(timer);
  if (report.nextAttemptAt !== undefined)
    timer = setTimeout(() => void sync(), Math.max(0, report.nextAttemptAt - Date.now()));
}

/** Sends what is due; `reconnected` when the network has just come back. */
export async function sync(reconnected = false, known?: Set<string>): Promise<FlushReport | null> {
  if (typeof indexedDB === 'undefined') return null;
  const report = await flushQueue({ reconnected });
  publishReport(report, known);
  if (report.waiting) requestBackgroundSync();
  return report;
}

function requestBackgroundSync(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) =>
      (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register(
        BACKGROUND_SYNC_TAG,
      ),
    )
    .catch(() => undefined); // no Background Sync (Safari, Firefox): load, online and visibility still send
}

/**
 * `done`: the server has it, or (on a kiosk) it waits in the queue and the device moves on to the next respondent.
 * `queued`: no network or a busy server; it waits on this device and `onSentLater` runs when it is sent.
 * `refused`: the server will never take it as it is; `message` says why, in the respondent's language.
 */
export type SubmitOutcome = { kind: 'done' } | { kind: 'queued' } | { kind: 'refused'; message?: string };

export async function submitAnswer(
  code: string,
  body: Omit<FeedbackBody, 'answeredWithHelp' | 'kioskToken'>,
  { onSentLater }: { onSentLater?: () => void } = {},
): Promise<SubmitOutcome> {
  const full: FeedbackBody = { ...body, ...kioskSubmissionFields(code) };
  const key = full.idempotencyKey;
  try {
    await enqueueAnswer(code, full);
  } catch {
    return sendWithoutQueue(code, full); // no IndexedDB (some private modes): one plain try
  }
  const mine = new Set([key]);
  let report = await sync(true, mine);
  // A flush already running when this answer was queued did not see it: one more.
  if (report && !report.sent.includes(key) && !report.refused.some((r) => r.key === key))
    report = await sync(true, mine);
  const refused = report?.refused.find((r) => r.key === key);
  const stillQueued = (await queuedAnswers()).some((entry) => entry.body.idempotencyKey === key);
  if (!stillQueued) sessionStorage.removeItem(keyName(code));
  if (refused && !stillQueued) return { kind: 'refused', message: refused.message };
  if (!stillQueued || kioskDevice(code)) return { kind: 'done' };
  onSent.set(key, () => {
    sessionStorage.removeItem(keyName(code));
    onSentLater?.();
  });
  return { kind: 'queued' };
}

async function sendWithoutQueue(code: string, body: FeedbackBody): Promise<SubmitOutcome> {
  try {
    const response = await fetch(`/api/feedback/${encodeURIComponent(code)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
    const answer = response.ok ? null : ((await response.json().catch(() => null)) as { message?: string } | null);
    const verdict = verdictOf(response.status, answer, response.headers.get('retry-after'));
    if (verdict.kind === 'sent') {
      sessionStorage.removeItem(keyName(code));
      return { kind: 'done' };
    }
    if (verdict.kind === 'refused') return { kind: 'refused', message: verdict.message };
  } catch {
    // fall through: the caller shows the network message and keeps the answers on screen
  }
  return { kind: 'refused' };
}

/**
 * Starts sending what waits, now and whenever the network or the page comes back, and warns before leaving while
 * anything is unsent. Returns the function that stops it.
 */
export function startQueueSync(): () => void {
  const online = () => void sync(true);
  const visible = () => {
    if (document.visibilityState === 'visible') void sync();
  };
  const beforeUnload = (event: BeforeUnloadEvent) => {
    // A kiosk moves on by itself and keeps its queue: no prompt for staff's tablet.
    if (state.waiting === 0 || kioskDevice()) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers need it set to show the warning
  };
  const fromWorker = (event: MessageEvent) => {
    const data = event.data as { type?: string; report?: FlushReport } | null;
    if (data?.type === BACKGROUND_SYNC_TAG && data.report) publishReport(data.report);
  };
  window.addEventListener('online', online);
  document.addEventListener('visibilitychange', visible);
  window.addEventListener('beforeunload', beforeUnload);
  navigator.serviceWorker?.addEventListener('message', fromWorker);
  void sync();
  return () => {
    window.removeEventListener('online', online);
    document.removeEventListener('visibilitychange', visible);
    window.removeEventListener('beforeunload', beforeUnload);
    navigator.serviceWorker?.removeEventListener('message', fromWorker);
    clearTimeout(timer);
  };
}
