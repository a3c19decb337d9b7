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

/** The values of the message 'signIn.throttled' ("Vänta 45 sekunder …" / "… 3 minuter …"): under a minute in
 * seconds, from a minute on in minutes rounded up. The message's plural rules say "1 minut" or "3 minuter". */
export function waitValues(seconds: number): { unit: 'second' | 'minute'; count: number } {
  return seconds < 60 ? { unit: 'second', count: seconds } : { unit: 'minute', count: Math.ceil(seconds / 60) };
}
