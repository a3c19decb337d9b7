import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import type { IndicatorFigure } from '@/lib/analytics/dashboard';
import { summariseFigure, summariseSpread } from '@/lib/analytics/summaries';

const figure = (share: number, n = 100, change: IndicatorFigure['change'] = null): IndicatorFigure => ({
  n,
  positive: Math.round(share * n),
  share,
  interval: { low: share - 0.05, high: share + 0.05 },
  change,
});

describe('one-sentence chart summaries', () => {
  it('name the highest and lowest group in Swedish percent format and count the hidden ones', () => {
    const sentence = summariseSpread(translator('sv'), 'sv', 'Kännedom om strategin', [
      { label: 'Kommuner', figure: figure(0.78) },
      { label: 'Idéburna organisationer', figure: figure(0.4) },
      { label: 'Myndigheter', figure: null },
    ]);
    expect(sentence).toBe(
      'Kännedom om strategin är högst för Kommuner (78\u00a0%) och lägst för Idéburna organisationer (40\u00a0%). Grupper med för få svar för att visas: 1.',
    );
  });

  it('say a hidden figure is too few answers to show, never 0', () => {
    expect(summariseFigure(translator('en'), 'en', 'Preparedness', null, null)).toBe(
      'Preparedness: too few answers to show.',
    );
  });

  it('give share, n, interval and the change with whether it is larger than chance', () => {
    const sentence = summariseFigure(
      translator('en'),
      'en',
      'Preparedness',
      figure(0.6, 200, { difference: 0.062, z: 2.1, pValue: 0.03, significant: true }),
      'Round 2023',
    );
    expect(sentence).toBe(
      'Preparedness: 60% of 200 respondents (95 % confidence interval 55%–65%), up 6.2 percentage points since Round 2023, larger than chance.',
    );
  });
});

describe('a summary gives the real reason for an empty breakdown', () => {
  it('tells a coordinator that the breakdown is not for their role, not that groups have too few answers', () => {
    const coordinator = { kind: 'organisation', organisationId: 7 } as const;
    expect(summariseSpread(translator('sv'), 'sv', 'Beredskap', [], coordinator)).toBe(
      'Beredskap: den här uppdelningen visas inte för samordnare. Du ser regionens siffror och din egen organisations.',
    );
    // Control: the region's empty breakdown still says that no group has enough answers.
    expect(summariseSpread(translator('sv'), 'sv', 'Beredskap', [])).toMatch(/ingen grupp har tillräckligt många svar/);
  });
});
