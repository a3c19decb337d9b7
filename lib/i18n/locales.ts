// Every language the product speaks, named in itself. UI languages are a subset of survey languages.
import type { SurveyLocale } from '@/surveys/types';

export type UiLocale = 'sv' | 'en';
export const uiLocales: UiLocale[] = ['sv', 'en'];
export const defaultUiLocale: UiLocale = 'sv';

export type LanguageInfo = {
  code: SurveyLocale;
  /** The language's name in itself, as shown in a language picker. */
  nativeName: string;
  englishName: string;
  /** The value for the HTML lang attribute. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
};

export const surveyLanguages: LanguageInfo[] = [
  { code: 'sv', nativeName: 'Svenska', englishName: 'Swedish', htmlLang: 'sv', dir: 'ltr' },
  { code: 'sv-easy', nativeName: 'Lätt svenska', englishName: 'Easy Swedish', htmlLang: 'sv', dir: 'ltr' },
  { code: 'en', nativeName: 'English', englishName: 'English', htmlLang: 'en', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', htmlLang: 'ar', dir: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', englishName: 'Persian', htmlLang: 'fa', dir: 'rtl' },
  { code: 'prs', nativeName: 'دری', englishName: 'Dari', htmlLang: 'prs', dir: 'rtl' },
  { code: 'ti', nativeName: 'ትግርኛ', englishName: 'Tigrinya', htmlLang: 'ti', dir: 'ltr' },
  { code: 'so', nativeName: 'Soomaali', englishName: 'Somali', htmlLang: 'so', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', htmlLang: 'uk', dir: 'ltr' },
];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (uiLocales as string[]).includes(value);
}

export function languageInfo(code: SurveyLocale): LanguageInfo {
  const info = surveyLanguages.find((language) => language.code === code);
  if (!info) throw new Error(`Unknown language ${code}`);
  return info;
}
