// Names of downloaded files: round, content and date, in lower-case ASCII, so they survive every mail client and file
// system. Swedish letters are transliterated (å, ä → a, ö → o), never dropped: "uppföljning", not "uppf-ljning".
import { swedishDate } from '@/lib/dates';

export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD') // å → a + ring, é → e + accent; the marks are removed below
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "uppfoljning-2025-malgrupper-2026-12-01.csv" from ["Uppföljning 2025", "Målgrupper"], a date and "csv". */
export function exportFileName(parts: string[], date: Date, extension: string): string {
  const slug = [...parts.map(asciiSlug).filter(Boolean), swedishDate(date)].join('-');
  return `${slug}.${extension}`;
}

/** The decision report as a PDF: "uppfoljning-2025-v2.pdf"; a draft says so ("…-v3-utkast.pdf"). */
export function reportFileName(roundName: string, version: { version: number; locked: boolean } | null): string {
  const parts = [asciiSlug(roundName), version && `v${version.version}`, !version?.locked && 'utkast'];
  return `${parts.filter(Boolean).join('-')}.pdf`;
}
