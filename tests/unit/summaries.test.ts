import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { flatMessages } from '@/lib/i18n/messages';
import type { IndicatorFigure } from '@/lib/analytics/dashboard';
import { summariseFigure, summariseSpread, summariseTrend } from '@/lib/analytics/summaries';
import { wilsonInterval } from '@/lib/analytics/statistics';

const figure = (share: number, n = 100, change: IndicatorFigure['change'] = null): IndicatorFigure => ({
  n,
  positive: Math.round(share * n),
  share,
  interval: { low: share - 0.05, high: share + 0.05 },
  change,
});

/** A figure from counts, with its real Wilson interval. */
const counted = (positive: number, n: number): IndicatorFigure => ({
  n,
  positive,
  share: positive / n,
  interval: wilsonInterval(positive, n),
  change: null,
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
    expect(summariseSpread(translator('sv'), 'sv', 'Beredskap', [], { scope: coordinator })).toBe(
      'Beredskap: den här uppdelningen visas inte för samordnare. Du ser regionens siffror och din egen organisations.',
    );
    // Control: the region's empty breakdown still says that no group has enough answers.
    expect(summariseSpread(translator('sv'), 'sv', 'Beredskap', [])).toMatch(/ingen grupp har tillräckligt många svar/);
  });
});

describe('"highest for" chooses among substantive groups with enough answers (issue 14)', () => {
  // The finding: "högst för Vill inte svara (67 %)", a group of six that did not say which group they belong to.
  const byCategory = [
    { label: 'Asylsökande', figure: counted(12, 30) },
    { label: 'Kvotflykting', figure: counted(11, 20) },
    { label: 'Vill inte svara', figure: counted(4, 6), substantive: false },
    { label: 'Anhörig till nyanländ', figure: null },
  ];

  it('never names "Vill inte svara", and says the difference between the groups it names is within chance', () => {
    const sentence = summariseSpread(translator('sv'), 'sv', 'Kännedom om modellen', byCategory, { minGroupSize: 5 });
    expect(sentence).not.toContain('Vill inte svara');
    expect(sentence).toBe(
      'Kännedom om modellen är högst för Kvotflykting (55\u00a0%) och lägst för Asylsökande (40\u00a0%), men skillnaden är inom slumpens marginal. Grupper med för få svar för att visas: 1.',
    );
  });

  it('leaves out a shown group with fewer answers than the minimum group size', () => {
    const groups = [
      { label: 'Kommuner', figure: counted(30, 40) },
      { label: 'Myndigheter', figure: counted(10, 40) },
      { label: 'Idéburna organisationer', figure: counted(8, 8) },
    ];
    const sentence = summariseSpread(translator('sv'), 'sv', 'Beredskap', groups, { minGroupSize: 10 });
    expect(sentence).toBe('Beredskap är högst för Kommuner (75\u00a0%) och lägst för Myndigheter (25\u00a0%).');
    // Control: with a minimum of 5 the group of eight takes part and is the highest.
    expect(summariseSpread(translator('sv'), 'sv', 'Beredskap', groups, { minGroupSize: 5 })).toMatch(
      /^Beredskap är högst för Idéburna organisationer/,
    );
  });

  it('says so when only non-answer groups could be named', () => {
    const sentence = summariseSpread(translator('sv'), 'sv', 'Beredskap', [
      { label: 'Vill inte svara', figure: counted(4, 6), substantive: false },
      { label: 'Ej angivet', figure: counted(3, 9), substantive: false },
    ]);
    expect(sentence).toBe('Beredskap: ingen grupp med svar i sak har tillräckligt många svar för att jämföras.');
  });

  it('says whether the change over the rounds is larger than chance', () => {
    const tr = translator('sv');
    const rounds = (before: IndicatorFigure, after: IndicatorFigure) => [
      { round: '2023', figure: before },
      { round: '2024', figure: null },
      { round: '2025', figure: after },
    ];
    expect(summariseTrend(tr, 'sv', 'Kännedom', rounds(counted(6, 10), counted(7, 10)))).toBe(
      'Kännedom har gått från 60\u00a0% i 2023 till 70\u00a0% i 2025, en förändring inom slumpens marginal.',
    );
    expect(summariseTrend(tr, 'sv', 'Kännedom', rounds(counted(60, 200), counted(150, 200)))).toBe(
      'Kännedom har gått från 30\u00a0% i 2023 till 75\u00a0% i 2025, en förändring större än slumpen.',
    );
  });
});

describe('one phrase for "within chance" across the app', () => {
  it('every message that speaks of chance says "inom slumpens marginal", never "inom slumpens ram"', () => {
    const texts = Object.values(flatMessages.sv) as string[];
    expect(texts.filter((text) => text.includes('slumpens ram'))).toEqual([]);
    expect(texts.filter((text) => text.includes('slumpens marginal')).length).toBeGreaterThan(1);
  });
});
