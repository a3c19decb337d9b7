// Findings drafted from the round's published (already suppressed) figures by plain rules, in Swedish, for the
// strategist to edit. A rule that needs a hidden figure says so instead of guessing.
import type { OrganisationKind } from '@/db/schema';
import type { GroupFigures, IndicatorFigure, RoundDashboard } from '@/lib/analytics/dashboard';
import { formatNumber, formatPercent } from '@/lib/i18n';
import { swedish as t } from '@/lib/analytics/labels';

export type DraftFinding = { key: string; text: string };

/** Awareness counts as varying between actors when the kinds' shares are this far apart. */
export const VARIES_BETWEEN_KINDS = 0.15;

const percent = (share: number) => formatPercent('sv', share);
const points = (difference: number) => formatNumber('sv', Math.abs(difference) * 100, 0);

export function describeFigure(figure: IndicatorFigure): string {
  return t('report.findings.figure', {
    share: percent(figure.share),
    low: percent(figure.interval.low),
    high: percent(figure.interval.high),
    n: formatNumber('sv', figure.n),
  });
}

export function describeChange(figure: IndicatorFigure, comparedWith: RoundDashboard['comparedWith']): string {
  if (!comparedWith) return t('report.document.noComparison');
  if (!figure.change) return t('report.findings.changeHidden', { round: comparedWith.name });
  const { difference, significant } = figure.change;
  const direction = difference === 0 ? 'same' : difference > 0 ? 'up' : 'down';
  return t('report.findings.change', {
    round: comparedWith.name,
    direction,
    points: points(difference),
    significant: String(significant),
  });
}

function indicatorFigure(group: GroupFigures, indicatorId: string): IndicatorFigure | null {
  return group.indicators[indicatorId] ?? null;
}

function draftIndicator(
  dashboard: RoundDashboard,
  indicatorId: string,
  label: string,
  overall: GroupFigures,
  byKind: GroupFigures[] | null,
): DraftFinding {
  const figure = indicatorFigure(overall, indicatorId);
  if (!figure) return { key: indicatorId, text: t('report.findings.suppressed', { indicator: label }) };
  let text = t('report.findings.finding', {
    indicator: label,
    figure: describeFigure(figure),
    change: describeChange(figure, dashboard.comparedWith),
  });
  if (byKind) {
    const shown = byKind
      .map((group) => ({ kind: group.key as OrganisationKind, figure: indicatorFigure(group, indicatorId) }))
      .filter((entry): entry is { kind: OrganisationKind; figure: IndicatorFigure } => entry.figure !== null)
      .sort((a, b) => b.figure.share - a.figure.share);
    if (shown.length >= 2) {
      const [highest, lowest] = [shown[0], shown[shown.length - 1]];
      text +=
        highest.figure.share - lowest.figure.share >= VARIES_BETWEEN_KINDS
          ? t('report.findings.varies', {
              highest: percent(highest.figure.share),
              highestKind: t(`report.findings.in.${highest.kind}`),
              lowest: percent(lowest.figure.share),
              lowestKind: t(`report.findings.in.${lowest.kind}`),
            })
          : t('report.findings.similar', {
              lowest: percent(lowest.figure.share),
              highest: percent(highest.figure.share),
            });
    }
  }
  return { key: indicatorId, text };
}

/** One finding per indicator, actors first, in the order the indicators are declared. */
export function draftFindings(dashboard: RoundDashboard): DraftFinding[] {
  return dashboard.indicators.map((indicator) =>
    indicator.surveyKey === 'actor-followup'
      ? draftIndicator(dashboard, indicator.id, indicator.label.sv, dashboard.actors.overall, dashboard.actors.byKind)
      : draftIndicator(dashboard, indicator.id, indicator.label.sv, dashboard.targetGroups.overall, null),
  );
}

/** "A, B och C": a Swedish list. */
function listed(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}

/**
 * The summary that opens the report: how many answered, and which indicators changed more than chance explains. It
 * names findings but does not restate them: each finding's own sentence stands once, beside its chart.
 */
export function draftSummary(dashboard: RoundDashboard): string {
  const respondents = (value: number | null) =>
    value === null ? t('report.findings.summaryTooFew') : formatNumber('sv', value);
  const changed = (direction: 1 | -1) =>
    dashboard.indicators
      .filter((indicator) => {
        const overall =
          indicator.surveyKey === 'actor-followup' ? dashboard.actors.overall : dashboard.targetGroups.overall;
        const change = overall.indicators[indicator.id]?.change;
        return change?.significant && Math.sign(change.difference) === direction;
      })
      .map((indicator) => indicator.label.sv.toLowerCase());
  const [up, down] = [changed(1), changed(-1)];
  const answers = t('report.findings.summary', {
    round: dashboard.round.name,
    actors: respondents(dashboard.actors.overall.respondents),
    targets: respondents(dashboard.targetGroups.overall.respondents),
  });
  const comparison = dashboard.comparedWith
    ? t('report.findings.summaryChange', {
        previous: dashboard.comparedWith.name,
        up: up.length ? listed(up) : 'none',
        down: down.length ? listed(down) : 'none',
      })
    : t('report.document.noComparison');
  return `${answers} ${comparison}`;
}
