'use client';
// The offline queue and kiosk mode (device-tools.tsx) come in a chunk of their own, fetched once the page runs: the
// first page is answered and starts running without them, so on a slow network they do not hold it up (npm run
// bench:page). Neither has anything to draw on the server: both depend on the device (its queue, whether it is an
// enrolled kiosk). The language picker loads them at once: there the kiosk's wipe of the last respondent must not
// wait for a chunk.
import { useEffect, useState } from 'react';
import type { SurveyLocale } from '@/surveys/types';

type DeviceToolsModule = typeof import('./device-tools');

let deviceToolsLoad: Promise<DeviceToolsModule> | null = null;
/** One fetch for the page, shared with the survey's send; after a failure, the next call fetches again. */
export function loadDeviceTools(): Promise<DeviceToolsModule> {
  deviceToolsLoad ??= import('./device-tools').catch((error: unknown) => {
    deviceToolsLoad = null;
    throw error;
  });
  return deviceToolsLoad;
}

/** On a survey or thank-you page, in one language. */
export function RespondentTools({ code, locale }: { code: string; locale: SurveyLocale }) {
  const [Tools, setTools] = useState<DeviceToolsModule['default'] | null>(null);
  useEffect(() => {
    let mounted = true;
    const attempt = () => {
      loadDeviceTools().then(
        (module) => mounted && setTools(() => module.default),
        () => window.addEventListener('online', attempt, { once: true }), // the network went: again when it is back
      );
    };
    // In a task of its own: started from hydration's effects, fetching and running the chunk lengthened that task.
    const timer = setTimeout(attempt, 0);
    return () => {
      mounted = false;
      clearTimeout(timer);
      window.removeEventListener('online', attempt);
    };
  }, []);
  return Tools && <Tools code={code} locale={locale} />;
}
