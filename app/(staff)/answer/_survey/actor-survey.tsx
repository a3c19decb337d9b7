'use client';
// SurveyJS touches the DOM as it renders: it is loaded in the browser only.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { SurveyRunnerProps } from './survey-runner';

const SurveyRunner = dynamic(() => import('./survey-runner'), { ssr: false });

export function ActorSurvey(props: SurveyRunnerProps) {
  const t = useTranslations('answer');
  return (
    <div className="actor-survey">
      <noscript>
        <p className="error">{t('needsJavaScript')}</p>
      </noscript>
      <SurveyRunner {...props} />
    </div>
  );
}
