import { describe, expect, it } from 'vitest';
import { asciiSlug, exportFileName } from '@/lib/export/file-name';

describe('file names of downloads', () => {
  it('transliterates Swedish letters instead of dropping them', () => {
    expect(asciiSlug('Uppföljning 2025')).toBe('uppfoljning-2025');
    expect(asciiSlug('Målgruppernas svar')).toBe('malgruppernas-svar');
    expect(asciiSlug('Räddningstjänsten Väst – Ö')).toBe('raddningstjansten-vast-o');
  });

  it('names round, content and the Swedish calendar date, even just after midnight in Sweden', () => {
    const justAfterMidnight = new Date('2026-11-30T23:30:00Z'); // 00:30 on 1 December in Stockholm
    expect(exportFileName(['uppfoljning-2025', 'Råsvar'], justAfterMidnight, 'csv')).toBe(
      'uppfoljning-2025-rasvar-2026-12-01.csv',
    );
  });
});

describe('the decision report as a file', () => {
  it('is named by round and version in ASCII: uppfoljning-2025-v2.pdf', async () => {
    const { reportFileName } = await import('@/lib/export/file-name');
    expect(reportFileName('Uppföljning 2025', { version: 2, locked: true })).toBe('uppfoljning-2025-v2.pdf');
    expect(reportFileName('Uppföljning 2025', { version: 3, locked: false })).toBe('uppfoljning-2025-v3-utkast.pdf');
    expect(reportFileName('Uppföljning 2025', null)).toBe('uppfoljning-2025-utkast.pdf');
  });
});
