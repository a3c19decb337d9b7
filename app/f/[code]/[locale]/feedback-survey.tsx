'use client';
// The survey page's client part. The first page arrives as plain HTML form controls (FirstPageForm), answerable before
// any script; SurveyJS (survey-runner.tsx, ~350 KB gzip) is fetched on the first touch, key or focus, and takes over
// at Next. Answers are kept on the device (lib/feedback/kept-answers.ts) until the server has acknowledged them.
// Sending stays in one small function (send) that an offline queue can replace.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FaceOrder, FirstPage } from '@/lib/feedback/first-page';
import { forgetAnswers, forgetExpiredAnswers, keepAnswers, keptAnswersKey, readKeptAnswers } from '@/lib/feedback/kept-answers';
import type { RespondentTexts } from '@/lib/feedback/texts';
import { FirstPageForm } from './first-page-form';
import type { SurveyRunnerProps } from './survey-runner';

type Props = {
  code: string;
  locale: string;
  definition: Record<string, unknown>;
  texts: RespondentTexts;
  intro: string;
  firstPage: FirstPage | null;
  pageCount: number;
  faceOrders: Record<string, FaceOrder>;
};
type Status = { kind: 'sending' | 'error'; message: string } | null;
type Runner = React.ComponentType<SurveyRunnerProps>;
/** Where SurveyJS starts: the page, and whether the respondent pressed Next on the server-drawn first page. */
type Start = { pageNo: number; advance: boolean };

const RETRY_DELAYS_MS = [1000, 3000];
const FIRST_INTERACTION = ['pointerdown', 'keydown', 'touchstart', 'focusin'] as const;

let runnerLoad: Promise<Runner> | null = null;
function loadRunner(): Promise<Runner> {
  runnerLoad ??= import('./survey-runner').then((module) => module.default);
  return runnerLoad;
}

export function FeedbackSurvey({ code, locale, definition, texts, intro, firstPage, pageCount, faceOrders }: Props) {
  const [Runner, setRunner] = useState<Runner | null>(null);
  const [start, setStart] = useState<Start | null>(null);
  const [kept, setKept] = useState<Record<string, unknown> | null>(null);
  const [pageNo, setPageNo] = useState(0);
  const [status, setStatus] = useState<Status>(null);
  const answers = useRef<Record<string, unknown>>({});
  const trap = useRef<HTMLInputElement>(null);
  const sending = useRef(false);
  const startedAt = useRef(0);
  const keptPageNo = useRef(0);
  const storageKey = keptAnswersKey(code, locale);

  // A layout effect, so the kept answers are known before the first page's own effects run (they may save).
  useLayoutEffect(() => {
    startedAt.current = Date.now();
    forgetExpiredAnswers(localStorage, Date.now());
    const found = readKeptAnswers(localStorage, storageKey, Date.now());
    answers.current = found?.answers ?? {};
    keptPageNo.current = found?.pageNo ?? 0;
    if (!firstPage || (found && found.pageNo > 0)) {
      setStart({ pageNo: found?.pageNo ?? 0, advance: false });
      setPageNo(found?.pageNo ?? 0);
    } else if (found) setKept(found.answers);
  }, [storageKey, firstPage]);

  useEffect(() => {
    const load = () => {
      for (const type of FIRST_INTERACTION) window.removeEventListener(type, load, true);
      void loadRunner().then((runner) => setRunner(() => runner));
    };
    for (const type of FIRST_INTERACTION) window.addEventListener(type, load, { capture: true, passive: true });
    return () => {
      for (const type of FIRST_INTERACTION) window.removeEventListener(type, load, true);
    };
  }, []);

  useEffect(() => {
    if (start) void loadRunner().then((runner) => setRunner(() => runner));
  }, [start]);

  const keep = useCallback(
    (current: Record<string, unknown>, page: number) => {
      answers.current = current;
      if (Object.keys(current).length > 0) keepAnswers(localStorage, storageKey, current, page, Date.now());
    },
    [storageKey],
  );

  // The first page's answers replace what was kept of that page; later pages' kept answers stay.
  const keepFirstPage = useCallback(
    (onFirstPage: Record<string, unknown>) => {
      const rest = Object.fromEntries(Object.entries(answers.current).filter(([name]) => !firstPage?.questions.some((question) => question.name === name)));
      keep({ ...rest, ...onFirstPage }, keptPageNo.current);
    },
    [keep, firstPage],
  );

  const complete = useCallback(
    (data: Record<string, unknown>) => {
      if (sending.current) return;
      sending.current = true;
      setStatus({ kind: 'sending', message: texts.sending });
      const body = {
        idempotencyKey: idempotencyKeyFor(code),
        locale,
        answers: data,
        elapsedSeconds: Math.round((Date.now() - startedAt.current) / 1000),
        website: trap.current?.value ?? '',
      };
      void send(code, body).then((outcome) => {
        sending.current = false;
        if (outcome.ok) {
          forgetAnswers(localStorage, storageKey);
          sessionStorage.removeItem(idempotencyStorageKey(code));
          window.location.replace(`/f/${code}/${locale}/thanks`);
        } else {
          setStatus({ kind: 'error', message: outcome.message ?? texts.errors.network });
        }
      });
    },
    [code, locale, storageKey, texts],
  );

  const statusNote = (
    <div className="feedback-status-area" data-testid="feedback-status">
      {status && (
        <p className={`feedback-status${status.kind === 'error' ? ' error' : ''}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      )}
    </div>
  );

  const surveyShown = start !== null && Runner !== null;
  return (
    <>
      <div className="feedback-progress">
        <span id="feedback-progress-text">{texts.progress.replace('{page}', String(pageNo + 1)).replace('{count}', String(pageCount))}</span>
        <progress value={pageNo + 1} max={pageCount} aria-labelledby="feedback-progress-text" />
      </div>
      {pageNo === 0 && <p className="lead">{intro}</p>}
      {surveyShown ? (
        <Runner
          definition={definition}
          locale={locale}
          answers={answers.current}
          pageNo={start.pageNo}
          advance={start.advance}
          faceOrders={faceOrders}
          onAnswers={keep}
          onPageChanged={setPageNo}
          onComplete={complete}
        >
          {statusNote}
        </Runner>
      ) : firstPage && (start === null || start.advance) ? (
        <FirstPageForm
          page={firstPage}
          kept={kept}
          onAnswers={keepFirstPage}
          onNext={() => setStart({ pageNo: 0, advance: true })}
          waiting={start !== null}
          waitingText={texts.loadingNextPage}
        >
          {statusNote}
        </FirstPageForm>
      ) : (
        <p className="feedback-status" role="status">
          {texts.loading}
        </p>
      )}
      <div className="feedback-trap" aria-hidden="true">
        <label htmlFor="feedback-website">Website</label>
        <input id="feedback-website" name="website" type="text" tabIndex={-1} autoComplete="off" ref={trap} defaultValue="" />
      </div>
    </>
  );
}

/**
 * Retries a lost connection, a server error and a 503 (the server cannot reach its database for a moment: it says how
 * long to wait); a 4xx is final and its message (in the respondent's language) shown. The same idempotency key makes
 * every retry safe: the answer is stored once.
 */
async function send(code: string, body: unknown): Promise<{ ok: boolean; message?: string }> {
  let message: string | undefined;
  for (let attempt = 0; ; attempt++) {
    let waitMs = RETRY_DELAYS_MS[attempt];
    try {
      const response = await fetch(`/api/feedback/${encodeURIComponent(code)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
      });
      if (response.ok) return { ok: true };
      const answer = (await response.json().catch(() => ({}))) as { message?: string };
      if (response.status < 500) return { ok: false, message: answer.message };
      if (response.status === 503) {
        message = answer.message;
        const retryAfterMs = Number(response.headers.get('retry-after')) * 1000;
        if (retryAfterMs > 0) waitMs = Math.min(Math.max(waitMs ?? 0, retryAfterMs), 30_000);
      }
    } catch {
      // the network went away; the same idempotency key makes the retry safe
    }
    if (attempt >= RETRY_DELAYS_MS.length) return { ok: false, message };
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

function idempotencyStorageKey(code: string) {
  return `feedback:${code}:idempotency-key`;
}

/** One key per filled-in survey, kept for the tab's life so that pressing Send again after a lost network reuses it. */
function idempotencyKeyFor(code: string): string {
  const existing = sessionStorage.getItem(idempotencyStorageKey(code));
  if (existing) return existing;
  const key = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : randomUuid();
  sessionStorage.setItem(idempotencyStorageKey(code), key);
  return key;
}

// crypto.randomUUID exists only on https and localhost.
function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
