'use client';
// Kiosk mode on an enrolled tablet (lib/kiosk/on-device.ts). On the survey: staff's "answered with help" tick and
// the idle countdown that discards a half-answered survey. On the thank-you page: back to the language picker after
// a few seconds. On the picker: everything of the last respondent is wiped. Outside kiosk mode: nothing at all.
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import './kiosk.css';
import { fillIn, offlineTexts } from '@/lib/feedback/offline-texts';
import {
  KIOSK_IDLE_SECONDS,
  KIOSK_THANKS_SECONDS,
  KIOSK_WARNING_SECONDS,
  kioskDevice,
  resetForNextRespondent,
  setAnsweredWithHelp,
} from '@/lib/kiosk/on-device';
import type { SurveyLocale } from '@/surveys/types';

const noSubscription = () => () => undefined;

/** Whether this device is a kiosk for the channel: read from the device's storage, never on the server. */
function useIsKiosk(code: string): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => kioskDevice(code) !== null,
    () => false,
  );
}

/** The next respondent starts at the language picker, with nothing of the last one on the device. */
async function startOver(code: string) {
  await resetForNextRespondent();
  window.location.replace(`/f/${code}`);
}

export function KioskMode({ code, locale }: { code: string; locale: SurveyLocale }) {
  const kiosk = useIsKiosk(code);
  const pathname = usePathname() ?? ''; // null only under the Pages Router, which serves no page
  if (!kiosk) return null;
  return pathname.endsWith('/thanks') ? (
    <BackToStart code={code} locale={locale} />
  ) : (
    <SurveyGuard code={code} locale={locale} />
  );
}

function BackToStart({ code, locale }: { code: string; locale: SurveyLocale }) {
  const [left, setLeft] = useState(KIOSK_THANKS_SECONDS);
  useEffect(() => {
    const startedAt = Date.now();
    const tick = setInterval(() => {
      const remaining = KIOSK_THANKS_SECONDS - Math.floor((Date.now() - startedAt) / 1000);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) {
        clearInterval(tick);
        void startOver(code);
      }
    }, 1000);
    return () => clearInterval(tick);
  }, [code]);
  return (
    <p className="feedback-status kiosk-countdown" data-testid="kiosk-back-to-start">
      {fillIn(offlineTexts[locale].backToStart, { seconds: left })}
    </p>
  );
}

function SurveyGuard({ code, locale }: { code: string; locale: SurveyLocale }) {
  const texts = offlineTexts[locale];
  const lastInput = useRef(0);
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    lastInput.current = Date.now();
    setAnsweredWithHelp(false);
    const touched = () => {
      lastInput.current = Date.now();
      setLeft(null);
    };
    const events = ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel'] as const;
    for (const name of events) document.addEventListener(name, touched, { capture: true, passive: true });
    const tick = setInterval(() => {
      const idle = Math.floor((Date.now() - lastInput.current) / 1000);
      if (idle >= KIOSK_IDLE_SECONDS) {
        clearInterval(tick);
        void startOver(code);
      } else if (idle >= KIOSK_IDLE_SECONDS - KIOSK_WARNING_SECONDS) {
        setLeft(KIOSK_IDLE_SECONDS - idle);
      }
    }, 1000);
    return () => {
      clearInterval(tick);
      for (const name of events) document.removeEventListener(name, touched, { capture: true });
    };
  }, [code]);
  return (
    <>
      {left !== null && (
        <div className="kiosk-idle" data-testid="kiosk-idle">
          {/* Announced once when it appears; the visible count below changes every second without being read out. */}
          <p role="alert" className="visually-hidden">
            {fillIn(texts.idleWarning, { seconds: KIOSK_WARNING_SECONDS })}
          </p>
          <p className="feedback-status error" aria-hidden="true">
            {fillIn(texts.idleWarning, { seconds: left })}
          </p>
          <button type="button" className="button">
            {texts.stillHere}
          </button>
        </div>
      )}
      <div className="field checkbox kiosk-help" lang="sv" dir="ltr">
        <input
          id="kiosk-answered-with-help"
          type="checkbox"
          onChange={(event) => setAnsweredWithHelp(event.currentTarget.checked)}
        />
        <label htmlFor="kiosk-answered-with-help">Besvarad med hjälp av personal (fylls i av personalen)</label>
      </div>
    </>
  );
}

/** On the language picker: the last respondent's traces go before the next one chooses. */
export function KioskPickerReset({ code }: { code: string }) {
  useEffect(() => {
    if (kioskDevice(code)) void resetForNextRespondent();
  }, [code]);
  return null;
}
