// How a sign-in refused for a wait travels to the page: next-auth passes only an error string, so the wait rides in
// it ("throttled:<seconds>"). No server imports: the sign-in form uses this too.

export function throttledError(seconds: number): string {
  return `throttled:${seconds}`;
}

/** The wait in seconds when `error` is a throttled refusal, else null. */
export function waitOfError(error: string | null | undefined): number | null {
  const match = /^throttled:(\d+)$/.exec(error ?? '');
  return match ? Number(match[1]) : null;
}

export type WaitLabels = { throttled: string; second: string; seconds: string; minute: string; minutes: string };

/** "Vänta 45 sekunder …" / "… 3 minuter …": the message with the wait in words, minutes rounded up from a minute on. */
export function throttledMessage(labels: WaitLabels, seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const wait =
    seconds < 60
      ? (seconds === 1 ? labels.second : labels.seconds).replace('{n}', String(seconds))
      : (minutes === 1 ? labels.minute : labels.minutes).replace('{n}', String(minutes));
  return labels.throttled.replace('{wait}', wait);
}
