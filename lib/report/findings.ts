// Findings drafted from the round's published (already suppressed) figures by plain rules, in Swedish, for the
// strategist to edit. A rule that needs a hidden figure says so instead of guessing.
import type { OrganisationKind } from '@/db/schema';
import type { GroupFigures, IndicatorFigure, RoundDashboard } from '@/lib/analytics/dashboard';
import { formatNumber, formatPercent } from '@/lib/i18n';

export type DraftFinding = { key: string; text: string };

/** Awareness counts as varying between actors when the kinds' shares are this far apart. */
export const VARIES_BETWEEN_KINDS = 0.15;

const kindPhrase: Record<OrganisationKind, string> = {
  municipality: 'i kommunerna',
  agency: 'i myndigheterna',
  region: 'i Region Halland',
  ngo: 'i idéburna organisationer',
};

const percent = (share: number) => formatPercent('sv', share);
const points = (difference: number) => formatNumber('sv', Math.abs(difference) * 100, 0);

export function describeFigure(figure: IndicatorFigure): string {
  return `${percent(figure.share)} (95 % konfidensintervall ${percent(figure.interval.low)}–${percent(figure.interval.high)}, n = ${formatNumber('sv', figure.n)})`;
}

export function describeChange(figure: IndicatorFigure, comparedWith: RoundDashboard['comparedWith']): string {
  if (!comparedWith) return 'Det finns ingen tidigare omgång att jämföra med.';
  if (!figure.change) return `Jämförelse med ${comparedWith.name} kan inte visas (för få svar i någon av omgångarna).`;
  const { difference, significant } = figure.change;
  const direction = difference === 0 ? 'oförändrat' : `${difference > 0 ? 'en ökning' : 'en minskning'} med ${points(difference)} procentenheter`;
  const certainty = significant ? 'större än slumpen förklarar' : 'inom slumpens marginal';
  return `Jämfört med ${comparedWith.name}: ${direction}, ${certainty}.`;
}

function indicatorFigure(group: GroupFigures, indicatorId: string): IndicatorFigure | null {
  return group.indicators[indicatorId] ?? null;
}

function draftIndicator(dashboard: RoundDashboard, indicatorId: string, label: string, overall: GroupFigures, byKind: GroupFigures[] | null): DraftFinding {
  const figure = indicatorFigure(overall, indicatorId);
  if (!figure) return { key: indicatorId, text: `${label}: för få svar för att visas.` };
  let text = `${label}: ${describeFigure(figure)}. ${describeChange(figure, dashboard.comparedWith)}`;
  if (byKind) {
    const shown = byKind
      .map((group) => ({ kind: group.key as OrganisationKind, figure: indicatorFigure(group, indicatorId) }))
      .filter((entry): entry is { kind: OrganisationKind; figure: IndicatorFigure } => entry.figure !== null)
      .sort((a, b) => b.figure.share - a.figure.share);
    if (shown.length >= 2) {
      const [highest, lowest] = [shown[0], shown[shown.length - 1]];
      text +=
        highest.figure.share - lowest.figure.share >= VARIES_BETWEEN_KINDS
          ? ` Andelen varierar mellan aktörer: ${percent(highest.figure.share)} ${kindPhrase[highest.kind]}, ${percent(lowest.figure.share)} ${kindPhrase[lowest.kind]}.`
          : ` Andelen är likartad mellan aktörer (${percent(lowest.figure.share)}–${percent(highest.figure.share)}).`;
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
