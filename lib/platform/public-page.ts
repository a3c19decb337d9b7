// The public page of support speaks Swedish or English; the category names also appear in the visitor's own
// respondent language (one of the nine), marked with that language and direction.
import type { UiLocale } from '@/lib/i18n';
import type { SurveyLocale } from '@/surveys/types';
import { surveyLanguages, type LanguageInfo } from '@/lib/i18n/locales';

export function respondentLanguage(locale: string): LanguageInfo | undefined {
  return surveyLanguages.find((language) => language.code === locale);
}

/** Swedish for Swedish and easy Swedish, English for every other respondent language. */
export function publicPageLanguage(locale: string): UiLocale {
  return locale === 'sv' || locale === 'sv-easy' ? 'sv' : 'en';
}

/** Where the feedback survey's thank-you page sends a respondent: the public page in their language. */
export function publicPagePath(locale: string): string {
  return `/support/${respondentLanguage(locale) ? locale : 'sv'}`;
}

/** The thank-you page's link to the public page, under "where to turn", in each respondent language (unreviewed drafts except Swedish). */
export const whereToTurnLink: Record<SurveyLocale, string> = {
  sv: 'Stöd för dig som är ny i Halland: samtal, mötesplatser, föräldrastöd med mera',
  'sv-easy': 'Här finns stöd för dig som är ny i Halland',
  en: 'Support for you who are new in Halland: talks, meeting places, parental support and more',
  ar: 'الدعم المتاح لك كقادم جديد في هالاند: محادثات وأماكن للقاء ودعم الوالدين وغير ذلك',
  fa: 'حمایت برای شما که تازه به هالاند آمده‌اید: گفتگو، مکان‌های دیدار، حمایت از والدین و بیشتر',
  prs: 'حمایت برای شما که تازه به هالاند آمده‌اید: گفتگو، محل‌های دیدار، حمایت از والدین و بیشتر',
  ti: 'ንሓደስቲ ኣብ ሃላንድ ዝመጹ ደገፍ፡ ዝርርብ፡ ቦታታት ርክብ፡ ደገፍ ወለዲን ካልእን',
  so: 'Taageero adiga oo cusub ee Halland: wadahadal, goobo kulan, taageerada waalidiinta iyo wax kale',
  uk: 'Підтримка для тих, хто нещодавно в Галланді: розмови, місця зустрічей, підтримка батьків тощо',
};
