import { describe, expect, it } from 'vitest';
import { formatPeriod, isoWeek } from '@/lib/dates';

describe('ISO week of a submission', () => {
  it.each([
    ['2025-10-06', '2025-W41'],
    ['2021-01-03', '2020-W53'], // a Sunday that still belongs to the last week of 2020
    ['2024-12-30', '2025-W01'], // a Monday that already belongs to 2025
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
  ])('%s is in week %s', (day, week) => {
    expect(isoWeek(new Date(`${day}T23:30:00Z`))).toBe(week);
  });
});

describe('a round\u2019s period in lists', () => {
  it('shows both ends, one end alone, or nothing', () => {
    expect(formatPeriod('2025-09-01', '2025-10-31')).toBe('2025-09-01 – 2025-10-31');
    expect(formatPeriod('2025-09-01', null)).toBe('2025-09-01');
    expect(formatPeriod(null, null)).toBe('');
  });
});
