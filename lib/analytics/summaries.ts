// The one-sentence summaries printed beside every chart (WCAG: a chart says in words what it shows).
import { formatNumber, formatPercent, type MessageKey, type UiLocale } from '@/lib/i18n';
import type { IndicatorFigure, RoundDashboard } from './dashboard';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
type Labelled = { label: string; figure: IndicatorFigure | null };

/** "X is highest for A (84 %) and lowest for B (41 %). 2 groups have too few answers to show." A coordinator's view
 * holds no groups of a breakdown at all because of their role, not for want of answers: the sentence says so. */
export function summariseSpread(
  tr: Translate,
  locale: UiLocale,
  indicator: string,
  groups: Labelled[],
  scope: RoundDashboard['scope'] = { kind: 'region' },
): string {
  if (groups.length === 0 && scope.kind === 'organisation')
    return tr('dashboards.summary.notForCoordinators', { indicator });
  const shown = groups.filter((g): g is { label: string; figure: IndicatorFigure } => g.figure !== null);
  const hidden = groups.length - shown.length;
  const hiddenNote = hidden > 0 ? tr('dashboards.summary.hiddenGroups', { count: hidden }) : '';
  if (shown.length === 0) return tr('dashboards.summary.none', { indicator });
  if (shown.length === 1) {
    return (
      tr('dashboards.summary.single', {
        indicator,
        share: formatPercent(locale, shown[0].figure.share),
        group: shown[0].label,
      }) + hiddenNote
    );
  }
  const sorted = [...shown].sort((a, b) => b.figure.share - a.figure.share);
  const [top, bottom] = [sorted[0], sorted[sorted.length - 1]];
  return (
    tr('dashboards.summary.spread', {
      indicator,
      top: top.label,
      topShare: formatPercent(locale, top.figure.share),
      bottom: bottom.label,
      bottomShare: formatPercent(locale, bottom.figure.share),
    }) + hiddenNote
  );
}

/** Across indicators of one group: "Of 9 indicators, A is highest (84 %) and B lowest (41 %)." */
export function summariseIndicators(tr: Translate, locale: UiLocale, indicators: Labelled[]): string {
  const shown = indicators.filter((g): g is { label: string; figure: IndicatorFigure } => g.figure !== null);
  if (shown.length === 0)
    return tr('dashboards.summary.none', { indicator: indicators.map((i) => i.label).join(', ') });
  const sorted = [...shown].sort((a, b) => b.figure.share - a.figure.share);
  return tr('dashboards.summary.glanceSpread', {
    count: indicators.length,
    top: sorted[0].label,
    topShare: formatPercent(locale, sorted[0].figure.share),
    bottom: sorted[sorted.length - 1].label,
    bottomShare: formatPercent(locale, sorted[sorted.length - 1].figure.share),
  });
}

/** "Awareness: 78 % of 312 respondents (95 % CI 73 %–82 %), up 6 percentage points since 2023, larger than chance." */
export function summariseFigure(
  tr: Translate,
  locale: UiLocale,
  indicator: string,
  figure: IndicatorFigure | null,
  comparedWith: string | null,
): string {
  if (!figure) return tr('dashboards.summary.suppressed', { indicator });
  const change =
    figure.change && comparedWith
      ? tr('dashboards.summary.glanceChange', {
          direction: tr(figure.change.difference >= 0 ? 'dashboards.summary.up' : 'dashboards.summary.down'),
          points: formatNumber(locale, Math.abs(figure.change.difference * 100), 1),
          round: comparedWith,
          significance: tr(
            figure.change.significant ? 'dashboards.change.significant' : 'dashboards.change.notSignificant',
          ),
        })
      : '';
  return tr('dashboards.summary.glance', {
    indicator,
    share: formatPercent(locale, figure.share),
    n: formatNumber(locale, figure.n),
    low: formatPercent(locale, figure.interval.low),
    high: formatPercent(locale, figure.interval.high),
    change,
  });
}

/** "X went from 61 % in 2023 to 70 % in 2025." over the rounds where it can be shown. */
export function summariseTrend(
  tr: Translate,
  locale: UiLocale,
  indicator: string,
  points: { round: string; figure: IndicatorFigure | null }[],
): string {
  const shown = points.filter((p): p is { round: string; figure: IndicatorFigure } => p.figure !== null);
  if (shown.length === 0) return tr('dashboards.summary.none', { indicator });
  if (shown.length === 1)
    return tr('dashboards.summary.trendShort', {
      indicator,
      share: formatPercent(locale, shown[0].figure.share),
      round: shown[0].round,
    });
  const [first, last] = [shown[0], shown[shown.length - 1]];
  return tr('dashboards.summary.trend', {
    indicator,
    first: formatPercent(locale, first.figure.share),
    firstRound: first.round,
    last: formatPercent(locale, last.figure.share),
    lastRound: last.round,
  });
}
