// Which languages the feedback survey is offered in, and which of them no professional translator has reviewed.
// surveys/translations-review.json is the one place that says so.
import review from '@/surveys/translations-review.json';
import { surveyLanguages, type LanguageInfo } from '@/lib/i18n/locales';
import type { SurveyKey, SurveyLocale } from '@/surveys/types';
import { env } from '@/lib/env';

export type OfferedLanguage = LanguageInfo & { reviewed: boolean };

type ReviewEntry = { survey: string; version: number; locale: string; reviewedBy: string | null };

/** Locales of a survey version that no professional has reviewed. The Swedish default is written by the team. */
export function unreviewedLocales(survey: SurveyKey | 'feedback-pages', version: number): Set<string> {
  return new Set(
    (review.unreviewed as ReviewEntry[])
      .filter((entry) => entry.survey === survey && entry.version === version && !entry.reviewedBy)
      .map((entry) => entry.locale),
  );
}

/**
 * The languages the picker offers for a version of the feedback survey. With FEEDBACK_HIDE_UNREVIEWED=1 only
 * reviewed ones (Swedish always); otherwise all, the unreviewed ones marked.
 */
export function offeredLanguages(
  surveyVersion: number,
  hideUnreviewed = env().FEEDBACK_HIDE_UNREVIEWED === '1',
): OfferedLanguage[] {
  const unreviewed = unreviewedLocales('target-feedback', surveyVersion);
  return surveyLanguages
    .map((language) => ({ ...language, reviewed: !unreviewed.has(language.code) }))
    .filter((language) => language.reviewed || !hideUnreviewed);
}

export function isOfferedLocale(locale: string, surveyVersion: number): locale is SurveyLocale {
  return offeredLanguages(surveyVersion).some((language) => language.code === locale);
}
