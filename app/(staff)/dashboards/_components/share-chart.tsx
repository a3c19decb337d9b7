// A share chart as the pages print it: the bars with their interval whiskers (and the compared round's beside them),
// and a line saying what a whisker means. Server side: the bars are worked out here, the client only draws them.
import { describeShareChart, shareChart, type ChartRow } from '@/lib/analytics/chart-data';
import type { UiLocale } from '@/lib/i18n';
import { IndicatorChart } from './indicator-chart';
import type { Translate } from './figures';

export function ShareChartFigure({
  type = 'bar',
  rows,
  rounds,
  summary,
  tr,
  locale,
}: {
  type?: 'bar' | 'line';
  rows: ChartRow[];
  /** The series' names: the round (or for a trend the indicator), and the compared round or null. */
  rounds: { current: string; previous: string | null };
  summary: string;
  tr: Translate;
  locale: UiLocale;
}) {
  const chart = shareChart(tr, rows, rounds);
  return (
    <>
      <IndicatorChart
        type={type}
        chart={chart}
        locale={locale}
        summary={tr('dashboards.chart.label', { summary })}
        intervalName={tr('dashboards.table.interval')}
        descriptions={describeShareChart(tr, locale, chart)}
      />
      <p className="chart-note">{tr('dashboards.chart.whiskers')}</p>
    </>
  );
}
