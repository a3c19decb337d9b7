// The periods a measure's values belong to. Each kind has one spelling, zero-padded, so that the text sorts in time
// order: 2026-W07 (ISO week), 2026-03 (month), 2026-Q1 (quarter).
import type { Measure } from '@/db/schema';

export type ManualPeriod = Exclude<Measure['period'], 'round'>;

const patterns: Record<ManualPeriod, RegExp> = {
  week: /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
};

/** The period as stored, or null when it is not a period of this kind (a month where weeks are counted, 2026-13). */
export function normalisePeriod(kind: ManualPeriod, text: string): string | null {
  const trimmed = text.trim().toUpperCase();
  const match = patterns[kind].exec(trimmed);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  if (kind === 'week' && Number(match[2]) === 53 && !hasWeek53(year)) return null;
  return trimmed;
}

/** An ISO year has 53 weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
function hasWeek53(year: number): boolean {
  const weekdayOfJanuaryFirst = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return weekdayOfJanuaryFirst === 4 || (leap && weekdayOfJanuaryFirst === 3);
}

export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
