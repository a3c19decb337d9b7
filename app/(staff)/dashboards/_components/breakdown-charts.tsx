// One indicator broken down several ways (by kind of actor, by language, ...): for each breakdown a chart and table
// of every group, the overall figure first, and a sentence on how far the groups lie apart.
import type { GroupFigures, RoundDashboard } from '@/lib/analytics/dashboard';
import { summariseSpread } from '@/lib/analytics/summaries';
import type { UiLocale } from '@/lib/i18n';
import { ChartWithTable } from './chart-with-table';
import { groupLabel, type Translate } from './figures';

export type Breakdown = { id: string; title: string; firstColumn: string; groups: GroupFigures[] };

export function BreakdownCharts({
  overall,
  breakdowns,
  indicatorId,
  indicatorLabel,
  tr,
  locale,
  compared,
  scope,
}: {
  overall: GroupFigures;
  breakdowns: Breakdown[];
  indicatorId: string;
  indicatorLabel: string;
  tr: Translate;
  locale: UiLocale;
  compared: boolean;
  scope: RoundDashboard['scope'];
}) {
  return breakdowns.map(({ id, title, firstColumn, groups }) => {
    const rows = [overall, ...groups].map((g) => ({
      key: `${g.breakdown}:${g.key}`,
      label: groupLabel(tr, g),
      figure: g.indicators[indicatorId],
    }));
    return (
      <ChartWithTable
        key={id}
        id={id}
        title={`${indicatorLabel}: ${title.toLowerCase()}`}
        summary={summariseSpread(tr, locale, indicatorLabel, rows.slice(1), scope)}
        first={firstColumn}
        rows={rows}
        tr={tr}
        locale={locale}
        compared={compared}
      />
    );
  });
}
