// One indicator broken down several ways (by kind of actor, by language, ...): for each breakdown a chart and table
// of every group, the overall figure first, and a sentence on how far the groups lie apart.
import type { GroupFigures, RoundDashboard } from '@/lib/analytics/dashboard';
import { isSubstantiveGroup } from '@/lib/analytics/labels';
import { summariseSpread } from '@/lib/analytics/summaries';
import type { UiLocale } from '@/lib/i18n';
import { ChartWithTable } from './chart-with-table';
import { groupLabel, type Translate } from './figures';

export type Breakdown = { id: string; title: string; firstColumn: string; groups: GroupFigures[] };

export function BreakdownCharts({
  dashboard,
  overall,
  breakdowns,
  indicatorId,
  indicatorLabel,
  tr,
  locale,
}: {
  dashboard: Pick<RoundDashboard, 'round' | 'comparedWith' | 'scope'>;
  overall: GroupFigures;
  breakdowns: Breakdown[];
  indicatorId: string;
  indicatorLabel: string;
  tr: Translate;
  locale: UiLocale;
}) {
  const rounds = { current: dashboard.round.name, previous: dashboard.comparedWith?.name ?? null };
  return breakdowns.map(({ id, title, firstColumn, groups }) => {
    const rows = [overall, ...groups].map((g) => ({
      key: `${g.breakdown}:${g.key}`,
      label: groupLabel(tr, g),
      figure: g.indicators[indicatorId],
      previous: g.previous?.[indicatorId],
      substantive: isSubstantiveGroup(g),
    }));
    const summary = summariseSpread(tr, locale, indicatorLabel, rows.slice(1), {
      scope: dashboard.scope,
      minGroupSize: dashboard.round.minGroupSize,
    });
    return (
      <ChartWithTable
        key={id}
        id={id}
        title={`${indicatorLabel}: ${title.toLowerCase()}`}
        summary={summary}
        first={firstColumn}
        rows={rows}
        rounds={rounds}
        tr={tr}
        locale={locale}
      />
    );
  });
}
