// Tells next-intl our locales and messages, so tsc checks every key passed to getTranslations/useTranslations.
import type { UiLocale } from './locales';
import type { Messages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: UiLocale;
    Messages: Messages;
  }
}
