// Answers kept on the respondent's device, so that a reload, a closed tab or a lost network loses nothing typed.
// Only the answers and the page reached are kept (and when, so they can expire): nothing else of the respondent.
// They are forgotten as soon as the server has acknowledged them, and after 24 hours in any case.

export const KEEP_ANSWERS_FOR_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'feedback-answers:';

export type KeptAnswers = { answers: Record<string, unknown>; pageNo: number; savedAt: number };
type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** One entry per channel and language: a respondent who changes language starts that language afresh. */
export function keptAnswersKey(code: string, locale: string): string {
  return `${PREFIX}${code}:${locale}`;
}

/** The kept answers, or null when there are none, they are unreadable, or older than 24 hours (then they are removed). */
export function readKeptAnswers(storage: KeptStorage, key: string, now: number): KeptAnswers | null {
  const kept = parse(storage.getItem(key));
  if (kept && now - kept.savedAt < KEEP_ANSWERS_FOR_MS && kept.savedAt <= now) return kept;
  if (storage.getItem(key) !== null) storage.removeItem(key);
  return null;
}

export function keepAnswers(
  storage: KeptStorage,
  key: string,
  answers: Record<string, unknown>,
  pageNo: number,
  now: number,
): void {
  try {
    storage.setItem(key, JSON.stringify({ answers, pageNo, savedAt: now } satisfies KeptAnswers));
  } catch {
    // storage full or switched off (private mode): the answers stay on the page, as before
  }
}

export function forgetAnswers(storage: KeptStorage, key: string): void {
  storage.removeItem(key);
}

/** Removes every expired entry, of any channel or language, so that nothing outlives its 24 hours on a shared device. */
export function forgetExpiredAnswers(storage: KeptStorage, now: number): void {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) readKeptAnswers(storage, key, now);
}

function parse(text: string | null): KeptAnswers | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<KeptAnswers>;
    if (typeof value !== 'object' || value === null) return null;
    if (typeof value.savedAt !== 'number' || typeof value.pageNo !== 'number') return null;
    if (typeof value.answers !== 'object' || value.answers === null || Array.isArray(value.answers)) return null;
    return { answers: value.answers, pageNo: value.pageNo, savedAt: value.savedAt };
  } catch {
    return null;
  }
}
