// A SurveyJS localizable string ("text" or { default, en, ar, … }) in one locale, as plain text. "default" is Swedish.
export function localizedSurveyText(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return '';
  const texts = value as Record<string, unknown>;
  const text = texts[locale] ?? texts.default ?? texts.sv;
  return typeof text === 'string' ? text : '';
}

const SURVEY_TEXT_KEYS = new Set(['default', 'sv', 'sv-easy', 'en', 'ar', 'fa', 'prs', 'ti', 'so', 'uk']);

function isLocalizableString(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => SURVEY_TEXT_KEYS.has(key) && typeof text === 'string');
}

/**
 * The survey's JSON with every localizable string reduced to its text in one locale: a phone on a slow network
 * downloads one language of the survey, not nine. Names, values, logic and validators are untouched, and SurveyJS
 * shows the same texts (a missing translation falls back to Swedish either way).
 */
export function surveyInOneLanguage<T>(json: T, locale: string): T {
  const reduce = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reduce);
    if (typeof value !== 'object' || value === null) return value;
    if (isLocalizableString(value)) return { default: localizedSurveyText(value, locale) };
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, reduce(inner)]));
  };
  return reduce(json) as T;
}
