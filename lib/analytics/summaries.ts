// The one-sentence summaries printed beside every chart (WCAG: a chart says in words what it shows).
import { formatNumber, formatPercent, type MessageKey, type UiLocale } from '@/lib/i18n';
import type { IndicatorFigure, RoundDashboard } from './dashboard';
import { proportionChange } from './statistics';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
type Labelled = { label: string; figure: IndicatorFigure | null };
/** A group beside its siblings; `substantive: false` for a non-answer such as "Vill inte svara". */
type LabelledGroup = Labelled & { substantive?: boolean };
type Shown = { label: string; figure: IndicatorFigure };

/**
 * "X is highest for A (84 %) and lowest for B (41 %)." The two are chosen among groups that say something (not
 * "Vill inte svara") and have at least the round's minimum of answers; when the difference between them could be
 * chance (the two-proportion test of statistics.ts), the sentence says so. Hidden groups are counted. A
 * coordinator's view holds no groups of a breakdown at all because of their role, not for want of answers: the
 * sentence says so.
 */
export function summariseSpread(
  tr: Translate,
  locale: UiLocale,
  indicator: string,
  groups: LabelledGroup[],
  { scope = { kind: 'region' }, minGroupSize = 0 }: { scope?: RoundDashboard['scope']; minGroupSize?: number } = {},
): string {
  if (groups.length === 0 && scope.kind === 'organisation')
    return tr('dashboards.summary.notForCoordinators', { indicator });
  const shown = groups.filter((g): g is LabelledGroup & Shown => g.figure !== null);
  const hidden = groups.length - shown.length;
  const hiddenNote = hidden > 0 ? tr('dashboards.summary.hiddenGroups', { count: hidden }) : '';
  if (shown.length === 0) return tr('dashboards.summary.none', { indicator });
  const comparable = shown.filter((g) => g.substantive !== false && g.figure.n >= minGroupSize);
  if (comparable.length === 0) return tr('dashboards.summary.noneSubstantive', { indicator }) + hiddenNote;
  if (comparable.length === 1) {
    return (
      tr('dashboards.summary.single', {
        indicator,
        share: formatPercent(locale, comparable[0].figure.share),
        group: comparable[0].label,
      }) + hiddenNote
    );
  }
  const sorted = [...comparable].sort((a, b) => b.figure.share - a.figure.share);
  const [top, bottom] = [sorted[0], sorted[sorted.length - 1]];
  const values = {
    indicator,
    top: top.label,
    topShare: formatPercent(locale, top.figure.share),
    bottom: bottom.label,
    bottomShare: formatPercent(locale, bottom.figure.share),
  };
  const beyondChance = proportionChange(top.figure, bottom.figure).significant;
  return tr(beyondChance ? 'dashboards.summary.spread' : 'dashboards.summary.spreadWithinChance', values) + hiddenNote;
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

/** "X went from 61 % in 2023 to 70 % in 2025, a change within chance." over the rounds where it can be shown. */
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
    significance: tr(
      proportionChange(last.figure, first.figure).significant
        ? 'dashboards.change.significant'
        : 'dashboards.change.notSignificant',
    ),
  });
}
