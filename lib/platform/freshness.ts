// Freshness of a directory entry. "Updated" and "verified" are different: an entry is verified only when someone
// of its organisation confirmed "Uppgifterna stämmer", and it goes stale when that was too long ago.
import { env } from '@/lib/env';

/** Months after which an entry not verified is stale (PLATFORM_STALE_MONTHS, default 6). */
export function staleMonths(): number {
  return env().PLATFORM_STALE_MONTHS;
}

/** The moment `months` calendar months before `now` (the 31st clamps to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const then = new Date(now);
  const day = then.getUTCDate();
  then.setUTCDate(1);
  then.setUTCMonth(then.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(then.getUTCFullYear(), then.getUTCMonth() + 1, 0)).getUTCDate();
  then.setUTCDate(Math.min(day, lastDay));
  return then;
}

/** Stale: never verified, or verified before `months` months ago. */
export function isStale(verifiedAt: Date | null, now: Date, months: number): boolean {
  return verifiedAt === null || verifiedAt < monthsBefore(now, months);
}

export type ReviewStatus = 'confirmed' | 'changed' | 'not_reviewed';

/**
 * What happened to an entry since `since` (the previous dialogue meeting; null: none yet, so everything counts).
 * confirmed: its organisation confirmed it since, and nothing changed after that confirmation;
 * changed: it was edited since, and the edit is not yet confirmed; not_reviewed: neither.
 */
export function reviewStatus(
  entry: { createdAt: Date; updatedAt: Date; verifiedAt: Date | null },
  since: Date | null,
): ReviewStatus {
  const after = (moment: Date | null) => moment !== null && (since === null || moment > since);
  if (after(entry.verifiedAt) && entry.verifiedAt! >= entry.updatedAt) return 'confirmed';
  if (after(entry.updatedAt)) return 'changed';
  return 'not_reviewed';
}
