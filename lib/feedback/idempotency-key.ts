// The idempotency key of the survey being filled in (browser only). Apart from the offline queue
// (offline-sync.ts), which the survey page loads only once its first page is running.

export function idempotencyKeyName(code: string): string {
  return `feedback:${code}:idempotency-key`;
}

/**
 * The idempotency key of the survey being filled in, created when it starts and kept for the tab's life, so a send
 * retried from the queue, after a reload or pressed twice is stored once.
 */
export function surveyIdempotencyKey(code: string): string {
  const existing = sessionStorage.getItem(idempotencyKeyName(code));
  if (existing) return existing;
  const key = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : randomUuid();
  sessionStorage.setItem(idempotencyKeyName(code), key);
  return key;
}

/** crypto.randomUUID exists only in secure contexts: a tablet on the local network over plain HTTP lacks it. */
function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
