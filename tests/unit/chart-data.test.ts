// What the share charts draw (lib/analytics/chart-data.ts): a hidden group is a labelled gap, never a bar at 0 %;
// every shown bar carries the interval the table prints; with a comparison the compared round's bar stands beside.
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import type { IndicatorFigure } from '@/lib/analytics/dashboard';
import { describeShareChart, shareChart } from '@/lib/analytics/chart-data';
import { wilsonInterval } from '@/lib/analytics/statistics';

const tr = translator('sv');
const counted = (positive: number, n: number): IndicatorFigure => ({
  n,
  positive,
  share: positive / n,
  interval: wilsonInterval(positive, n),
  change: null,
});

describe('a share chart without comparison', () => {
  const chart = shareChart(
    tr,
    [
      { label: 'Hela regionen', figure: counted(1, 9) },
      { label: 'Arbetsförmedlingen', figure: null },
    ],
    { current: 'Uppföljning 2025', previous: null },
  );

  it('labels a hidden group "för få svar" and draws no bar for it', () => {
    expect(chart.labels).toEqual(['Hela regionen', 'Arbetsförmedlingen – för få svar']);
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0].values[1]).toBeNull();
  });

  it('gives each shown bar the 95 % Wilson interval the table prints (1 of 9: 11 %, 2–43 %)', () => {
    const bar = chart.series[0].values[0]!;
    expect(bar.share).toBeCloseTo(0.111, 3);
    expect(bar.low).toBeCloseTo(0.0199, 3);
    expect(bar.high).toBeCloseTo(0.435, 3);
    expect(chart.series[0].label).toBe('Uppföljning 2025');
  });

  it('says each bar in words, the hidden one by its label', () => {
    expect(describeShareChart(tr, 'sv', chart)).toEqual([
      'Hela regionen: 11\u00a0% (95 % konfidensintervall 2\u00a0%–43\u00a0%)',
      'Arbetsförmedlingen – för få svar',
    ]);
  });
});

describe('a share chart compared with an earlier round', () => {
  const chart = shareChart(
    tr,
    [
      { label: 'Kommuner', figure: counted(30, 40), previous: counted(20, 40) },
      { label: 'Myndigheter', figure: null, previous: counted(6, 10) },
      { label: 'Idéburna organisationer', figure: counted(9, 12), previous: null },
      { label: 'Region Halland', figure: null, previous: null },
      { label: 'Ny kanal', figure: counted(5, 10) },
    ],
    { current: 'Uppföljning 2025', previous: 'Uppföljning 2023' },
  );

  it('draws the earlier round as a second series named after it, suppressed as that round was', () => {
    expect(chart.series.map((s) => [s.label, s.role])).toEqual([
      ['Uppföljning 2023', 'previous'],
      ['Uppföljning 2025', 'current'],
    ]);
    const [previous, current] = chart.series;
    expect(previous.values.map((bar) => bar?.share ?? null)).toEqual([0.5, 0.6, null, null, null]);
    expect(current.values.map((bar) => bar?.share ?? null)).toEqual([0.75, null, 0.75, null, 0.5]);
    expect(previous.values[0]).toEqual({ share: 0.5, ...wilsonInterval(20, 40) });
  });

  it('says in the label which round has too few answers; a group new this round is not "too few" before', () => {
    expect(chart.labels).toEqual([
      'Kommuner',
      'Myndigheter – för få svar i Uppföljning 2025',
      'Idéburna organisationer – för få svar i Uppföljning 2023',
      'Region Halland – för få svar',
      'Ny kanal',
    ]);
  });

  it('names the round of each bar in words', () => {
    const lines = describeShareChart(tr, 'sv', chart);
    expect(lines[0]).toBe('Uppföljning 2023, Kommuner: 50\u00a0% (95 % konfidensintervall 35\u00a0%–65\u00a0%)');
    expect(lines).toContain('Myndigheter – för få svar i Uppföljning 2025');
  });
});
