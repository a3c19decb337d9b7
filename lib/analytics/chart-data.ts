// What a share chart draws, as plain data: one category per group (or round), a bar with its 95 % interval where the
// figure is shown, and nothing where it is hidden, its label saying so ("Arbetsförmedlingen – för få svar") so that a
// missing bar never reads as 0 %. With a comparison, the compared round's bar stands beside the current one, hidden
// by its own round's suppression. Pure: the chart component only colours what this returns.
import { formatPercent, type UiLocale } from '@/lib/i18n';
import type { IndicatorFigure } from './dashboard';
import type { Translate } from './labels';

/** A shown share and the same Wilson interval the table prints. */
export type ShareBar = { share: number; low: number; high: number };

export type ShareSeries = { label: string; role: 'current' | 'previous'; values: (ShareBar | null)[] };

/** `labels` are what the axis shows ("X – för få svar"); `groups` the plain names, in the same order. */
export type ShareChart = { labels: string[]; groups: string[]; series: ShareSeries[] };

export type ChartRow = {
  label: string;
  figure: IndicatorFigure | null;
  /** The same group in the compared round: null when hidden there, undefined when it had no such group. */
  previous?: IndicatorFigure | null;
};

export function shareBar(figure: IndicatorFigure | null | undefined): ShareBar | null {
  return figure ? { share: figure.share, low: figure.interval.low, high: figure.interval.high } : null;
}

/**
 * The bars of a share chart. `rounds.previous` is the compared round's name, or null without a comparison: then
 * there is one series, named after the current round (or whatever `rounds.current` says, e.g. the indicator).
 */
export function shareChart(
  tr: Translate,
  rows: ChartRow[],
  rounds: { current: string; previous: string | null },
): ShareChart {
  const compared = rounds.previous !== null;
  const labels = rows.map((row) => {
    const hiddenNow = row.figure === null;
    // A group the compared round did not have is not "too few" there: it simply has no earlier bar.
    const hiddenBefore = compared && row.previous === null;
    if (hiddenNow && (!compared || hiddenBefore || row.previous === undefined))
      return tr('dashboards.chart.tooFew', { group: row.label });
    if (hiddenNow) return tr('dashboards.chart.tooFewIn', { group: row.label, round: rounds.current });
    if (hiddenBefore) return tr('dashboards.chart.tooFewIn', { group: row.label, round: rounds.previous! });
    return row.label;
  });
  const groups = rows.map((row) => row.label);
  const current: ShareSeries = { label: rounds.current, role: 'current', values: rows.map((r) => shareBar(r.figure)) };
  if (!compared) return { labels, groups, series: [current] };
  const previous: ShareSeries = {
    label: rounds.previous!,
    role: 'previous',
    values: rows.map((r) => shareBar(r.previous)),
  };
  // The earlier round first, so that each pair reads in time order, top to bottom.
  return { labels, groups, series: [previous, current] };
}

/**
 * Each bar in words, for anyone who cannot see the canvas: "Kommuner: 78 % (95 % konfidensintervall 70–85 %)",
 * with the round named when two are drawn; a group without a bar gets its label, which says why.
 */
export function describeShareChart(tr: Translate, locale: UiLocale, chart: ShareChart): string[] {
  const percent = (share: number) => formatPercent(locale, share);
  const named = chart.series.length > 1;
  return chart.groups.flatMap((group, index) => {
    const bars = chart.series.flatMap((series) => {
      const bar = series.values[index];
      if (!bar) return [];
      const values = { group, share: percent(bar.share), low: percent(bar.low), high: percent(bar.high) };
      return [
        named ? tr('dashboards.chart.barOf', { ...values, round: series.label }) : tr('dashboards.chart.bar', values),
      ];
    });
    const missing = chart.series.some((series) => series.values[index] === null);
    return missing ? [...bars, chart.labels[index]] : bars;
  });
}
