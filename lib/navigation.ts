/** A path on this site to return to, or "/" when `next` would lead elsewhere (no open redirects). */
export function safeLocalPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
