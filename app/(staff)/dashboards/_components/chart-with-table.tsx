// Every chart comes with a one-sentence summary and a data table (WCAG 2.1 AA).
import type { UiLocale } from '@/lib/i18n';
import type { ChartRow } from '@/lib/analytics/chart-data';
import { ShareChartFigure } from './share-chart';
import { FigureTable, type Translate } from './figures';

export function ChartWithTable({
  id,
  title,
  summary,
  first,
  rows,
  rounds,
  tr,
  locale,
}: {
  id: string;
  title: string;
  summary: string;
  first: string;
  rows: (ChartRow & { key: string })[];
  /** This round's name and the compared round's, or null without a comparison. */
  rounds: { current: string; previous: string | null };
  tr: Translate;
  locale: UiLocale;
}) {
  return (
    <section className="chart-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary">{summary}</p>
      <ShareChartFigure rows={rows} rounds={rounds} summary={summary} tr={tr} locale={locale} />
      <FigureTable
        caption={title}
        first={first}
        rows={rows}
        tr={tr}
        locale={locale}
        compared={rounds.previous !== null}
      />
    </section>
  );
}
