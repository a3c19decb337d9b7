import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { computeTrends } from '@/lib/analytics/trends';
import { summariseTrend } from '@/lib/analytics/summaries';
import { indicators } from '@/surveys';
import { IndicatorChart } from '../_components/indicator-chart';
import { DashboardNav } from '../_components/dashboard-nav';
import { FigureTable } from '../_components/figures';
import { loadDashboardPage, type SearchParams } from '../_components/load';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('dashboards.trends.title') };
}

export default async function TrendsPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, locale, tr, db, query } = await loadDashboardPage(searchParams);
  const { rounds, trends } = await computeTrends(db, actor);
  if (rounds.length === 0) return <p className="page">{tr('dashboards.noRounds')}</p>;
  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.trends.title')}</h1>
      <DashboardNav current="/dashboards/trends" role={actor.role} query={query} tr={tr} />
      {trends.map((trend) => {
        const label = indicators.find((i) => i.id === trend.indicatorId)!.label[locale];
        const summary = summariseTrend(
          tr,
          locale,
          label,
          trend.points.map((p) => ({ round: p.round.name, figure: p.figure })),
        );
        return (
          <section key={trend.indicatorId} aria-labelledby={`trend-${trend.indicatorId}`} className="chart-section">
            <h2 id={`trend-${trend.indicatorId}`}>{label}</h2>
            <p className="chart-summary">{summary}</p>
            <IndicatorChart
              type="line"
              labels={trend.points.map((p) => p.round.name)}
              series={[{ label, values: trend.points.map((p) => p.figure?.share ?? null) }]}
              locale={locale}
              summary={tr('dashboards.chart.label', { summary })}
            />
            <FigureTable
              caption={label}
              first={tr('dashboards.table.round')}
              rows={trend.points.map((p) => ({ key: p.round.slug, label: p.round.name, figure: p.figure }))}
              tr={tr}
              locale={locale}
              compared
            />
          </section>
        );
      })}
    </div>
  );
}
