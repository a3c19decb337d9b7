import { messages } from '@/lib/i18n/messages';
import type { UiLocale } from '@/lib/i18n';

const formAreas = /^(guard|rounds|organisations|users|invitations|answer|admin\.channels|report|decisions|retention|improvement|platform|kiosk)\./;

/** The translated messages a form of these areas may need to show, for a client component. */
export function formTexts(locale: UiLocale): Record<string, string> {
  return Object.fromEntries(Object.entries(messages[locale]).filter(([key]) => formAreas.test(key)));
}
