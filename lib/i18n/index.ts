// The UI's words go through next-intl, one mechanism: server components call `getTranslations()`, client components
// `useTranslations()` (messages come from lib/i18n/request.ts), and code outside React (summaries, the report,
// exports) calls `translator(locale)` below, next-intl's own translator over the same messages.
// Numbers and percentages go through `format*` below.
import { createTranslator } from 'next-intl';
import { messages } from './messages';
import { defaultUiLocale, isUiLocale, type UiLocale } from './locales';

export type { MessageKey } from './messages';
export * from './locales';

export const LOCALE_COOKIE = 'lang';

/** Dates in messages are read in Sweden's time, on the server and in the browser alike. */
export const uiTimeZone = 'Europe/Stockholm';

/** A translator bound to one locale, for code outside React: `translator('sv')('overview.responses', { count: 5 })`. */
export function translator(locale: UiLocale) {
  return createTranslator({ locale, messages: messages[locale], timeZone: uiTimeZone });
}

export type Translator = ReturnType<typeof translator>;

export function resolveUiLocale(cookieValue: string | undefined, acceptLanguage: string | null): UiLocale {
  if (isUiLocale(cookieValue)) return cookieValue;
  const preferred = acceptLanguage?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return isUiLocale(preferred) ? preferred : defaultUiLocale;
}

const intlLocale: Record<UiLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatNumber(locale: UiLocale, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** `share` is 0..1. Swedish puts a space before the sign: "84 %". */
export function formatPercent(locale: UiLocale, share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}
