// The one date helper. Responses carry the ISO week only (privacy rule 1), never a finer time.

/** ISO 8601 week of a date, e.g. "2025-W41". Weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** A round's period as shown in lists: "2025-09-01 – 2025-10-31", one end alone if only one is set, else empty. */
export function formatPeriod(opensOn: string | null, closesOn: string | null): string {
  return [opensOn, closesOn].filter(Boolean).join(' – ');
}

/** A calendar date in Sweden, "2026-12-01": what a downloaded file is named by (the server may run in UTC). */
export function swedishDate(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(date);
}
