// Logging an unexpected failure without what it was about. A database error's message or detail can quote the
// value or row it refused (an answer, an e-mail address), so only the error's name and code are written
// (privacy rule 1: nothing identifying in logs).
export function logFailure(where: string, error: unknown): void {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  const label = typeof name === 'string' ? name : 'error';
  console.error(`${where} failed: ${label}${typeof code === 'string' ? ` ${code}` : ''}`);
}
