import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { computeTrends } from '@/lib/analytics/trends';
import { summariseTrend } from '@/lib/analytics/summaries';
import { indicators } from '@/surveys';
import { ShareChartFigure } from '../_components/share-chart';
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
            <ShareChartFigure
              type="line"
              rows={trend.points.map((p) => ({ label: p.round.name, figure: p.figure }))}
              rounds={{ current: label, previous: null }}
              summary={summary}
              tr={tr}
              locale={locale}
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
      <TrendsDownloads />
    </div>
  );
}

/** Every table of the page as one CSV (one row per indicator and round), suppressed as on the page. */
async function TrendsDownloads() {
  const t = await getTranslations();
  const href = (format: string) => `/api/dashboards/trends/export?format=${format}`;
  return (
    <section className="dashboard-downloads" aria-labelledby="dashboard-downloads-title">
      <h2 id="dashboard-downloads-title">{t('export.download.title')}</h2>
      <p>{t('dashboards.trends.export.note')}</p>
      <ul className="export-links">
        <li>
          {t('dashboards.trends.export.title')}: <a href={href('csv-semicolon')}>{t('report.format.csvSemicolon')}</a>,{' '}
          <a href={href('csv')}>{t('report.format.csv')}</a>
        </li>
      </ul>
    </section>
  );
}
