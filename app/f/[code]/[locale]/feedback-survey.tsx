'use client';
// The survey page's client part. The first page arrives as plain HTML form controls (FirstPageForm), answerable before
// any script; SurveyJS (survey-runner.tsx, ~350 KB gzip) is fetched on the first touch, key or focus, and takes over
// at Next. Answers are kept on the device (lib/feedback/kept-answers.ts) until the server has acknowledged them.
// Sending goes through the device's queue (lib/feedback/offline-sync.ts): without a network the answer waits on the
// device, with the idempotency key made when the survey started, and is sent when the network returns.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FaceOrder, FirstPage } from '@/lib/feedback/first-page';
import {
  forgetAnswers,
  forgetExpiredAnswers,
  keepAnswers,
  keptAnswersKey,
  readKeptAnswers,
} from '@/lib/feedback/kept-answers';
import { loadDeviceTools } from '@/app/f/_components/respondent-tools';
import { surveyIdempotencyKey } from '@/lib/feedback/idempotency-key';
import type { RespondentTexts } from '@/lib/feedback/texts';
import { FirstPageForm } from './first-page-form';
import type { SurveyRunnerProps } from './survey-runner';

type Props = {
  code: string;
  locale: string;
  definition: Record<string, unknown>;
  texts: RespondentTexts;
  /** What the page says when the answer waits in the device's queue (lib/feedback/offline-texts.ts). */
  savedOnDeviceText: string;
  intro: string;
  firstPage: FirstPage | null;
  pageCount: number;
  faceOrders: Record<string, FaceOrder>;
  /** A strategist's preview (app/(staff)/rounds/[id]/preview): nothing is kept on the device and nothing is sent. */
  preview?: { doneText: string };
};
type Status = { kind: 'sending' | 'error' | 'previewed'; message: string } | null;
type Runner = React.ComponentType<SurveyRunnerProps>;
/** Where SurveyJS starts: the page, and whether the respondent pressed Next on the server-drawn first page. */
type Start = { pageNo: number; advance: boolean };

const FIRST_INTERACTION = ['pointerdown', 'keydown', 'touchstart', 'focusin'] as const;

let runnerLoad: Promise<Runner> | null = null;
function loadRunner(): Promise<Runner> {
  runnerLoad ??= import('./survey-runner').then((module) => module.default);
  return runnerLoad;
}

export function FeedbackSurvey({
  code,
  locale,
  definition,
  texts,
  savedOnDeviceText,
  intro,
  firstPage,
  pageCount,
  faceOrders,
  preview,
}: Props) {
  const [Runner, setRunner] = useState<Runner | null>(null);
  const [start, setStart] = useState<Start | null>(null);
  const [kept, setKept] = useState<Record<string, unknown> | null>(null);
  const [pageNo, setPageNo] = useState(0);
  const [status, setStatus] = useState<Status>(null);
  const answers = useRef<Record<string, unknown>>({});
  const trap = useRef<HTMLInputElement>(null);
  const sending = useRef(false);
  const startedAt = useRef(0);
  const idempotencyKey = useRef('');
  const keptPageNo = useRef(0);
  const storageKey = keptAnswersKey(code, locale);
  const previewDone = preview?.doneText;

  // A layout effect, so the kept answers are known before the first page's own effects run (they may save).
  useLayoutEffect(() => {
    startedAt.current = Date.now();
    let found: ReturnType<typeof readKeptAnswers> = null;
    if (previewDone === undefined) {
      idempotencyKey.current = surveyIdempotencyKey(code); // made when the survey starts, kept for the tab's life
      forgetExpiredAnswers(localStorage, Date.now());
      found = readKeptAnswers(localStorage, storageKey, Date.now());
    }
    answers.current = found?.answers ?? {};
    keptPageNo.current = found?.pageNo ?? 0;
    if (!firstPage || (found && found.pageNo > 0)) {
      // The device's storage exists only in the browser: read during render, the server's and the browser's first
      // HTML would differ. So it is read here, once, before paint.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStart({ pageNo: found?.pageNo ?? 0, advance: false });
      setPageNo(found?.pageNo ?? 0);
    } else if (found) setKept(found.answers);
  }, [code, storageKey, firstPage, previewDone]);

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
      if (previewDone === undefined && Object.keys(current).length > 0)
        keepAnswers(localStorage, storageKey, current, page, Date.now());
    },
    [storageKey, previewDone],
  );

  // The first page's answers replace what was kept of that page; later pages' kept answers stay.
  const keepFirstPage = useCallback(
    (onFirstPage: Record<string, unknown>) => {
      const rest = Object.fromEntries(
        Object.entries(answers.current).filter(
          ([name]) => !firstPage?.questions.some((question) => question.name === name),
        ),
      );
      keep({ ...rest, ...onFirstPage }, keptPageNo.current);
    },
    [keep, firstPage],
  );

  // Answers given on the server-drawn first page before the scripts ran replace the kept answers to those questions
  // only: the other kept answers stay, also when the survey resumes at a later page and this form goes away.
  const keepEarlyAnswers = useCallback(
    (early: Record<string, unknown>) => keep({ ...answers.current, ...early }, keptPageNo.current),
    [keep],
  );

  const complete = useCallback(
    (data: Record<string, unknown>) => {
      if (previewDone !== undefined) return setStatus({ kind: 'previewed', message: previewDone });
      if (sending.current) return;
      sending.current = true;
      setStatus({ kind: 'sending', message: texts.sending });
      const body = {
        idempotencyKey: idempotencyKey.current,
        locale,
        answers: data,
        elapsedSeconds: Math.round((Date.now() - startedAt.current) / 1000),
        website: trap.current?.value ?? '',
      };
      const thanks = () => window.location.replace(`/f/${code}/${locale}/thanks`);
      void loadDeviceTools()
        .then(({ submitAnswer }) => submitAnswer(code, body, { onSentLater: thanks }))
        .catch(() => ({ kind: 'refused' as const, message: undefined })) // the queue's code could not be fetched
        .then((outcome) => {
          sending.current = false;
          // Sent, or waiting in the device's queue: either way the answers are no longer only on this page.
          if (outcome.kind !== 'refused') forgetAnswers(localStorage, storageKey);
          if (outcome.kind === 'done') thanks();
          else if (outcome.kind === 'queued') setStatus({ kind: 'sending', message: savedOnDeviceText });
          else setStatus({ kind: 'error', message: outcome.message ?? texts.errors.network });
        });
    },
    [code, locale, storageKey, texts, savedOnDeviceText, previewDone],
  );

  const statusNote = (
    <div className="feedback-status-area" data-testid="feedback-status">
      {status && (
        <p
          className={`feedback-status${status.kind === 'error' ? ' error' : ''}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.message}
        </p>
      )}
    </div>
  );

  const surveyShown = start !== null && Runner !== null;
  return (
    <>
      <div className="feedback-progress">
        <span id="feedback-progress-text">
          {texts.progress.replace('{page}', String(pageNo + 1)).replace('{count}', String(pageCount))}
        </span>
        <progress value={pageNo + 1} max={pageCount} aria-labelledby="feedback-progress-text" />
      </div>
      {pageNo === 0 && <p className="lead">{intro}</p>}
      {surveyShown ? (
        <Runner
          definition={definition}
          locale={locale}
          // The runner takes the answers once, when it makes its model; from then on they live in the model.
          // eslint-disable-next-line react-hooks/refs
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
          onEarlyAnswers={keepEarlyAnswers}
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
        <input
          id="feedback-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          ref={trap}
          defaultValue=""
        />
      </div>
    </>
  );
}
