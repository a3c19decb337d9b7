'use client';
// The survey runner. It never lets SurveyJS "complete": it sends the answers itself and goes to the thank-you page
// only after the server acknowledged them, so a failed send keeps every answer on screen for another try.
import 'survey-core/survey-core.fontless.min.css';
import '@/lib/surveys/locales';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CompletingEvent, SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { createSurveyModel } from '@/lib/surveys/model';
import { submitAnswer, surveyIdempotencyKey } from '@/lib/feedback/offline-sync';
import { offlineTexts } from '@/lib/feedback/offline-texts';
import type { RespondentTexts } from '@/lib/feedback/texts';
import type { SurveyLocale } from '@/surveys/types';

type Props = { code: string; locale: string; definition: Record<string, unknown>; texts: RespondentTexts };
type Status = { kind: 'sending' | 'error'; message: string } | null;

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
    const idempotencyKey = surveyIdempotencyKey(code); // created when the survey starts, kept for the tab's life
    const thanks = () => window.location.replace(`/f/${code}/${locale}/thanks`);
    const onCompleting = (survey: SurveyModel, options: CompletingEvent) => {
      options.allow = false;
      if (sending.current) return;
      sending.current = true;
      setStatus({ kind: 'sending', message: texts.sending });
      const body = {
        idempotencyKey,
        locale,
        answers: survey.data,
        elapsedSeconds: Math.round((Date.now() - startedAt) / 1000),
        website: trap.current?.value ?? '',
      };
      // Through the device's queue (lib/feedback/offline-sync.ts): without a network the answer waits on the device
      // and is sent when the network returns; a 4xx is final and its message shown.
      void submitAnswer(code, body, { onSentLater: thanks }).then((outcome) => {
        sending.current = false;
        if (outcome.kind === 'done') thanks();
        else if (outcome.kind === 'queued') setStatus({ kind: 'sending', message: offlineTexts[locale as SurveyLocale].savedOnDevice });
        else setStatus({ kind: 'error', message: outcome.message ?? texts.errors.network });
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
