'use client';
// The survey runner. It never lets SurveyJS "complete": it sends the answers itself and goes to the thank-you page
// only after the server acknowledged them, so a failed send keeps every answer on screen for another try.
import 'survey-core/survey-core.fontless.min.css';
import '@/lib/surveys/locales';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CompletingEvent, SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { createSurveyModel } from '@/lib/surveys/model';
import type { RespondentTexts } from '@/lib/feedback/texts';

type Props = { code: string; locale: string; definition: Record<string, unknown>; texts: RespondentTexts };
type Status = { kind: 'sending' | 'error'; message: string } | null;

const RETRY_DELAYS_MS = [1000, 3000];

export function FeedbackSurvey({ code, locale, definition, texts }: Props) {
  const [mounted, setMounted] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const trap = useRef<HTMLInputElement>(null);
  const sending = useRef(false);
  const model = useMemo(() => {
    const survey = createSurveyModel(definition);
    survey.locale = locale;
    survey.showTitle = false; // the page shows title and introduction as its h1, before this script loads
    return survey;
  }, [definition, locale]);

  useEffect(() => {
    setMounted(true);
    const startedAt = Date.now();
    const onCompleting = (survey: SurveyModel, options: CompletingEvent) => {
      options.allow = false;
      if (sending.current) return;
      sending.current = true;
      setStatus({ kind: 'sending', message: texts.sending });
      const body = {
        idempotencyKey: idempotencyKeyFor(code),
        locale,
        answers: survey.data,
        elapsedSeconds: Math.round((Date.now() - startedAt) / 1000),
        website: trap.current?.value ?? '',
      };
      void send(code, body).then((outcome) => {
        sending.current = false;
        if (outcome.ok) {
          sessionStorage.removeItem(storageKey(code));
          window.location.replace(`/f/${code}/${locale}/thanks`);
        } else {
          setStatus({ kind: 'error', message: outcome.message ?? texts.errors.network });
        }
      });
    };
    model.onCompleting.add(onCompleting);
    return () => model.onCompleting.remove(onCompleting);
  }, [model, code, locale, texts]);

  return (
    <>
      {status && (
        <p className={`feedback-status${status.kind === 'error' ? ' error' : ''}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      )}
      {mounted && <Survey model={model} />}
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

function storageKey(code: string) {
  return `feedback:${code}:idempotency-key`;
}

/** One key per filled-in survey, kept for the tab's life so that pressing Send again after a lost network reuses it. */
function idempotencyKeyFor(code: string): string {
  const existing = sessionStorage.getItem(storageKey(code));
  if (existing) return existing;
  const key = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : randomUuid();
  sessionStorage.setItem(storageKey(code), key);
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
