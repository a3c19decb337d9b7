'use client';
// What a respondent's page needs of the device beyond the first page: the offline queue (its status, and sending
// through it) and kiosk mode. One module, so one chunk, fetched once the page runs (respondent-tools.tsx).
import type { SurveyLocale } from '@/surveys/types';
import { KioskMode } from './kiosk-mode';
import { OfflineSupport } from './offline-support';

export { submitAnswer } from '@/lib/feedback/offline-sync';

export default function DeviceTools({ code, locale }: { code: string; locale: SurveyLocale }) {
  return (
    <>
      <OfflineSupport code={code} locale={locale} />
      <KioskMode code={code} locale={locale} />
    </>
  );
}
