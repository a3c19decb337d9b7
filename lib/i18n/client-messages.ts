// Which messages travel to the browser: only the areas whose client components (forms showing an action's error,
// the invitation maker, the survey runner, the kiosk enrolment, the sign-in form) translate there. The rest stays on the server.
import { messages, type Messages } from './messages';
import type { UiLocale } from './locales';

const clientAreas = [
  'guard',
  'rounds',
  'organisations',
  'users',
  'invitations',
  'answer',
  'admin',
  'report',
  'decisions',
  'retention',
  'improvement',
  'platform',
  'kiosk',
  'signIn',
] as const satisfies (keyof Messages)[];

export function clientMessages(locale: UiLocale): Pick<Messages, (typeof clientAreas)[number]> {
  return Object.fromEntries(clientAreas.map((area) => [area, messages[locale][area]])) as Pick<
    Messages,
    (typeof clientAreas)[number]
  >;
}
