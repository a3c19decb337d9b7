import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { t } from '@/lib/i18n';
import { getUiLocale } from '@/lib/i18n/server';
import { computeRoundDashboard, type GroupFigures } from '@/lib/analytics/dashboard';
import { summariseSpread } from '@/lib/analytics/summaries';
import { ChartWithTable } from '../_components/chart-with-table';
import { DashboardNav } from '../_components/dashboard-nav';
import { FilterForm } from '../_components/filter-form';
import { groupLabel } from '../_components/figures';
import { chooseIndicator, loadDashboardPage, type SearchParams } from '../_components/load';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getUiLocale(), 'dashboards.nav.targetGroups') };
}

export default async function TargetGroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, locale, tr, db, selection, query } = await loadDashboardPage(searchParams);
  if (!selection.round) return <p className="page">{tr('dashboards.noRounds')}</p>;
  const dashboard = await computeRoundDashboard(db, actor, selection.round.id, selection.filters);
  if (!dashboard) notFound();
  const { options, indicatorId, indicatorLabel } = chooseIndicator(dashboard.indicators, 'target-feedback', selection.params.indicator, locale);
  const compared = dashboard.comparedWith !== null;
  const { overall, byLanguage, byChannel, byCategory } = dashboard.targetGroups;
  const breakdowns: [string, string, GroupFigures[]][] = [
    ['by-language', tr('dashboards.section.byLanguage'), byLanguage],
    ['by-channel', tr('dashboards.section.byChannel'), byChannel],
    ['by-category', tr('dashboards.section.byCategory'), byCategory],
  ];

  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.targetGroups.title', { round: dashboard.round.name })}</h1>
      <DashboardNav current="/dashboards/target-groups" role={actor.role} query={query} tr={tr} />
      <FilterForm
        action="/dashboards/target-groups"
        rounds={selection.rounds}
        params={selection.params}
        show={{ compare: true, indicator: true }}
        indicatorOptions={options}
        tr={tr}
      />
      <p>{tr('dashboards.minGroupSize', { min: dashboard.round.minGroupSize })}</p>
      {breakdowns.map(([id, title, groups]) => {
        const rows = [overall, ...groups].map((g) => ({ key: `${g.breakdown}:${g.key}`, label: groupLabel(tr, g), figure: g.indicators[indicatorId] }));
        return (
          <ChartWithTable
            key={id}
            id={id}
            title={`${indicatorLabel}: ${title.toLowerCase()}`}
            summary={summariseSpread(tr, locale, indicatorLabel, rows.slice(1))}
            first={tr('dashboards.table.group')}
            rows={rows}
            tr={tr}
            locale={locale}
            compared={compared}
          />
        );
      })}
    </div>
  );
}
