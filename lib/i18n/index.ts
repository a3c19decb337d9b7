// The one translation function: t(locale, key, values). Numbers and percentages go through `format*` below.
import { messages, type MessageKey } from './messages';
import { defaultUiLocale, isUiLocale, type UiLocale } from './locales';

export type { MessageKey } from './messages';
export * from './locales';

export const LOCALE_COOKIE = 'lang';

export function t(locale: UiLocale, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template: string = messages[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A translator bound to one locale, for components that print many messages. */
export function translator(locale: UiLocale) {
  return (key: MessageKey, values?: Record<string, string | number>) => t(locale, key, values);
}

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
