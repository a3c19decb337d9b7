'use client';
// The actor follow-up in SurveyJS. The model comes from the round's frozen snapshot, built the one way
// (createSurveyModel). On completion it posts the answers with an idempotency key made once per page, so a retry
// after a lost reply is stored once.
import { useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import 'survey-core/i18n/swedish';
import { createSurveyModel } from '@/lib/surveys/model';
import { useMessageText } from '@/app/_components/action-form';

export type SurveyRunnerProps = {
  definition: Record<string, unknown>;
  locale: 'sv' | 'en';
} & (
  | {
      submitUrl: string;
      /** Sent with the answers (the invitation token), never shown. */
      extra?: Record<string, string>;
      preview?: never;
    }
  /** A strategist's preview (app/(staff)/rounds/[id]/preview): completing it shows this text and sends nothing. */
  | { preview: { doneText: string }; submitUrl?: never; extra?: never }
);

type Status =
  { state: 'idle' | 'saving' | 'saved' | 'previewed' } | { state: 'failed'; message: string; retryable: boolean };

export default function SurveyRunner({ definition, locale, submitUrl, extra, preview }: SurveyRunnerProps) {
  const t = useTranslations('answer');
  const text = useMessageText();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const answers = useRef<Record<string, unknown>>({});

  async function send() {
    if (submitUrl === undefined) return setStatus({ state: 'previewed' });
    setStatus({ state: 'saving' });
    try {
      const response = await fetch(submitUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...extra, idempotencyKey: idempotencyKey.current, locale, answers: answers.current }),
      });
      const result = (await response.json().catch(() => ({ ok: false, error: 'guard.unexpected' }))) as {
        ok: boolean;
        error?: string;
      };
      if (result.ok) return setStatus({ state: 'saved' });
      // Only a server failure is worth retrying; a used link or a closed round stays so.
      setStatus({
        state: 'failed',
        message: text(result.error ?? '', 'guard.unexpected'),
        retryable: response.status >= 500,
      });
    } catch {
      setStatus({ state: 'failed', message: text('guard.unexpected'), retryable: true });
    }
  }

  const model = useMemo(() => {
    const survey = createSurveyModel(definition);
    survey.locale = locale;
    // No SurveyJS "Tack för att du genomfört enkäten!!": our own status above says sending, sent or what failed.
    survey.showCompletedPage = false;
    // The handler runs when the respondent completes, never during render; the compiler rule cannot see that.
    // eslint-disable-next-line react-hooks/refs
    survey.onComplete.add((sender) => {
      answers.current = sender.data as Record<string, unknown>;
      void send();
    });
    return survey;
    // The model is made once per page: answers live in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <div aria-live="polite" className="survey-status">
        {status.state === 'saving' && <p>{t('saving')}</p>}
        {status.state === 'saved' && <p role="status">{t('saved')}</p>}
        {status.state === 'previewed' && <p role="status">{preview?.doneText}</p>}
        {status.state === 'failed' && (
          <>
            <p role="alert" className="error">
              {status.message}
            </p>
            {status.retryable && (
              <button type="button" className="button" onClick={() => void send()}>
                {t('retry')}
              </button>
            )}
          </>
        )}
      </div>
      <Survey model={model} />
    </>
  );
}
