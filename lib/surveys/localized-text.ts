// A SurveyJS localizable string ("text" or { default, en, ar, … }) in one locale, as plain text. "default" is Swedish.
export function localizedSurveyText(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return '';
  const texts = value as Record<string, unknown>;
  const text = texts[locale] ?? texts.default ?? texts.sv;
  return typeof text === 'string' ? text : '';
}
