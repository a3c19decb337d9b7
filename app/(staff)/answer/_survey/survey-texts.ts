import type { UiLocale } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { formTexts } from '@/app/_components/form-texts';

export function surveyTexts(locale: UiLocale) {
  return {
    saving: t(locale, 'answer.saving'),
    saved: t(locale, 'answer.saved'),
    retry: t(locale, 'answer.retry'),
    errors: formTexts(locale),
  };
}
