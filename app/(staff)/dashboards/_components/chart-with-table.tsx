// Every chart comes with a one-sentence summary and a data table (WCAG 2.1 AA).
import type { UiLocale } from '@/lib/i18n';
import type { IndicatorFigure } from '@/lib/analytics/dashboard';
import { IndicatorChart } from './indicator-chart';
import { FigureTable, type Translate } from './figures';

export function ChartWithTable({
  id,
  title,
  summary,
  first,
  rows,
  tr,
  locale,
  compared,
}: {
  id: string;
  title: string;
  summary: string;
  first: string;
  rows: { key: string; label: string; figure: IndicatorFigure | null }[];
  tr: Translate;
  locale: UiLocale;
  compared: boolean;
}) {
  return (
    <section className="chart-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary">{summary}</p>
      <IndicatorChart
        type="bar"
        labels={rows.map((row) => row.label)}
        series={[{ label: title, values: rows.map((row) => row.figure?.share ?? null) }]}
        locale={locale}
        summary={tr('dashboards.chart.label', { summary })}
      />
      <FigureTable caption={title} first={first} rows={rows} tr={tr} locale={locale} compared={compared} />
    </section>
  );
}
