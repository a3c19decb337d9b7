import { describe, expect, it } from 'vitest';
import { wrapLabel } from '@/lib/chart-labels';

describe('a chart label wraps into short lines', () => {
  it('breaks at spaces, keeping as many words on a line as fit', () => {
    expect(wrapLabel('Region Halland Närsjukvården', 18)).toEqual(['Region Halland', 'Närsjukvården']);
    expect(wrapLabel('Vill inte svara', 18)).toEqual(['Vill inte svara']);
    expect(wrapLabel('Personer som har bott i Sverige kortare än två år', 18)).toEqual([
      'Personer som har',
      'bott i Sverige',
      'kortare än två år',
    ]);
  });

  it('never makes a line longer than the width, breaking a long word with a hyphen', () => {
    const lines = wrapLabel('Migrationsverketsboendeenheter i Halmstad', 12);
    expect(lines).toEqual(['Migrationsv-', 'erketsboend-', 'eenheter i', 'Halmstad']);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(12);
    expect(lines.join(' ').replaceAll('- ', '')).toBe('Migrationsverketsboendeenheter i Halmstad');
  });

  it('keeps a short or empty label as it is', () => {
    expect(wrapLabel('2025', 18)).toEqual(['2025']);
    expect(wrapLabel('', 18)).toEqual(['']);
  });
});
