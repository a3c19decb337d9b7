// What a respondent sees of an open round's survey in their language; also what a strategist's preview shows
// (app/(staff)/rounds/[id]/preview), so the preview is the respondents' page itself, not a copy of it.
import { firstPageOf, ratingFaceOrders } from '@/lib/feedback/first-page';
import { offlineTexts } from '@/lib/feedback/offline-texts';
import { respondentTexts } from '@/lib/feedback/texts';
import { languageInfo } from '@/lib/i18n/locales';
import { localizedSurveyText, surveyInOneLanguage } from '@/lib/surveys/localized-text';
import type { SurveyLocale } from '@/surveys/types';
import { FeedbackSurvey } from './feedback-survey';

export function FeedbackSurveyPage({
  code,
  locale,
  definition,
  preview,
}: {
  code: string;
  locale: SurveyLocale;
  /** The round's frozen feedback survey (a preview of a draft: the version opening will freeze). */
  definition: Record<string, unknown>;
  preview?: { doneText: string };
}) {
  const language = languageInfo(locale);
  const texts = respondentTexts[locale];
  const pages = (definition as { pages?: unknown[] }).pages ?? [];
  return (
    <div className="feedback" lang={language.htmlLang} dir={language.dir} data-testid="feedback-root">
      {/* Title, introduction and the first page come with the page's HTML, answerable before SurveyJS arrives. */}
      <h1>{localizedSurveyText(definition.title, locale)}</h1>
      <noscript>
        <p className="feedback-status error">{texts.noScript}</p>
      </noscript>
      <FeedbackSurvey
        code={code}
        locale={locale}
        definition={surveyInOneLanguage(definition, locale)}
        texts={texts}
        savedOnDeviceText={offlineTexts[locale].savedOnDevice}
        intro={localizedSurveyText(definition.description, locale)}
        firstPage={firstPageOf('target-feedback', definition, locale)}
        pageCount={pages.length}
        faceOrders={ratingFaceOrders('target-feedback', definition)}
        preview={preview}
      />
    </div>
  );
}
