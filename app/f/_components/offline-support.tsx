'use client';
// On every respondent page: registers the service worker (from here, so no inline script is needed under a strict
// CSP), asks it to keep this channel's pages in every language for offline use, sends answers waiting on the device
// when it can, and (on pages in one language) says how many wait and what became of them.
import { useEffect, useState } from 'react';
import './kiosk.css';
import { startQueueSync, subscribeQueue, type QueueState } from '@/lib/feedback/offline-sync';
import { fillIn, offlineTexts } from '@/lib/feedback/offline-texts';
import { surveyLanguages } from '@/lib/i18n/locales';
import type { SurveyLocale } from '@/surveys/types';

export const SERVICE_WORKER_URL = '/serwist/sw.js';

function keepChannelForOffline(code: string) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL, { scope: '/f/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = [
        `/f/${code}`,
        ...surveyLanguages.flatMap((language) => [`/f/${code}/${language.code}`, `/f/${code}/${language.code}/thanks`]),
      ];
      registration.active?.postMessage({ type: 'keep-for-offline', urls });
    })
    .catch(() => undefined); // no service worker (private mode, old browser): the survey works online as before
}

export function OfflineSupport({ code, locale }: { code: string; locale?: SurveyLocale }) {
  const [queue, setQueue] = useState<QueueState | null>(null);
  useEffect(() => {
    keepChannelForOffline(code);
    const stop = startQueueSync();
    const unsubscribe = subscribeQueue(setQueue);
    return () => {
      unsubscribe();
      stop();
    };
  }, [code]);
  if (!locale) return null;
  const texts = offlineTexts[locale];
  const lines: string[] = [];
  if (queue?.waiting) lines.push(queue.waiting === 1 ? texts.waitingOne : fillIn(texts.waiting, { n: queue.waiting }));
  else if (queue?.sentLater) lines.push(texts.sentLater);
  for (const reason of queue?.refused ?? []) lines.push(fillIn(texts.refused, { reason }));
  if (queue?.expired) lines.push(texts.expired);
  // Always in the page, so that screen readers announce what appears in it.
  return (
    <div className="feedback-queue" role="status" data-testid="feedback-queue" data-waiting={queue?.waiting ?? 0}>
      {lines.map((line) => (
        <p key={line} className="feedback-status">
          {line}
        </p>
      ))}
    </div>
  );
}
