// Kiosk mode on the device itself (browser only). The device remembers one thing across respondents: which channel
// it serves and its kiosk token (staff's setting, nothing about anyone who answered). Between respondents it wipes
// everything else it holds: answers, language, page, local and session storage, IndexedDB, except answers that are
// still waiting to be sent (they leave the device once the server has them).
import { QUEUE_DATABASE } from '@/lib/feedback/offline-queue';

const DEVICE_KEY = 'kiosk-device';

export type KioskDevice = { code: string; token: string };

/** Seconds without input before a half-answered survey is discarded, and how long the warning counts down. */
export const KIOSK_IDLE_SECONDS = 90;
export const KIOSK_WARNING_SECONDS = 30;
/** How long the thank-you page stays before the next respondent gets the language picker. */
export const KIOSK_THANKS_SECONDS = 8;

export function kioskDevice(code?: string): KioskDevice | null {
  try {
    const device = JSON.parse(localStorage.getItem(DEVICE_KEY) ?? 'null') as KioskDevice | null;
    if (!device || typeof device.code !== 'string' || typeof device.token !== 'string') return null;
    return code === undefined || device.code === code ? device : null;
  } catch {
    return null;
  }
}

export function enrolThisDevice(device: KioskDevice): void {
  localStorage.setItem(DEVICE_KEY, JSON.stringify(device));
}

export function leaveKioskMode(): void {
  localStorage.removeItem(DEVICE_KEY);
}

/** Staff's tick for the respondent now answering; gone with the page, so it never carries over to the next one. */
let answeredWithHelp = false;
export function setAnsweredWithHelp(value: boolean): void {
  answeredWithHelp = value;
}

/** What a kiosk adds to a submission: the token (so the server can check the mark) only when the mark is set. */
export function kioskSubmissionFields(code: string): { answeredWithHelp?: true; kioskToken?: string } {
  const device = kioskDevice(code);
  return device && answeredWithHelp ? { answeredWithHelp: true, kioskToken: device.token } : {};
}

/**
 * Databases that hold nothing of a respondent and stay: the unsent-answer queue, and the service worker's cache
 * bookkeeping (Serwist's expiration timestamps of kept pages). Deleting the latter while the worker holds it open
 * would block every later open of it.
 */
const DEVICE_DATABASES = [QUEUE_DATABASE, 'serwist-expiration'];

/** Forgets everything of the last respondent. The unsent-answer queue stays: it empties itself when sent. */
export async function resetForNextRespondent(): Promise<void> {
  answeredWithHelp = false;
  const device = localStorage.getItem(DEVICE_KEY);
  localStorage.clear();
  if (device) localStorage.setItem(DEVICE_KEY, device);
  sessionStorage.clear();
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  await Promise.all(
    databases
      .filter((database) => database.name && !DEVICE_DATABASES.includes(database.name))
      .map(
        (database) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(database.name!);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}
