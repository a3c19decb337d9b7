import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { BreakdownCharts, type Breakdown } from '../_components/breakdown-charts';
import { DashboardNav } from '../_components/dashboard-nav';
import { DashboardDownloads } from '@/app/_components/export-links';
import { FilterForm } from '../_components/filter-form';
import { chooseIndicator, loadDashboardPage, type SearchParams } from '../_components/load';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('dashboards.nav.targetGroups') };
}

export default async function TargetGroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, locale, tr, db, selection, query } = await loadDashboardPage(searchParams);
  if (!selection.round) return <p className="page">{tr('dashboards.noRounds')}</p>;
  const dashboard = await computeRoundDashboard(db, actor, selection.round.id, selection.filters);
  if (!dashboard) notFound();
  const { options, indicatorId, indicatorLabel } = chooseIndicator(
    dashboard.indicators,
    'target-feedback',
    selection.params.indicator,
    locale,
  );
  const { overall, byLanguage, byChannel, byCategory, byAssistance = [] } = dashboard.targetGroups;
  const group = tr('dashboards.table.group');
  const breakdowns: Breakdown[] = [
    { id: 'by-language', title: tr('dashboards.section.byLanguage'), firstColumn: group, groups: byLanguage },
    { id: 'by-channel', title: tr('dashboards.section.byChannel'), firstColumn: group, groups: byChannel },
    { id: 'by-category', title: tr('dashboards.section.byCategory'), firstColumn: group, groups: byCategory },
    ...(byAssistance.length
      ? [
          {
            id: 'by-assistance',
            title: tr('dashboards.section.byAssistance'),
            firstColumn: group,
            groups: byAssistance,
          },
        ]
      : []),
  ];

  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.targetGroups.title', { round: dashboard.round.name })}</h1>
      <DashboardNav current="/dashboards/target-groups" role={actor.role} query={query} tr={tr} />
      <FilterForm
        action="/dashboards/target-groups"
        rounds={selection.rounds}
        selected={selection.round}
        params={selection.params}
        show={{ compare: true, indicator: true }}
        indicatorOptions={options}
        tr={tr}
      />
      <p>{tr('dashboards.minGroupSize', { min: dashboard.round.minGroupSize })}</p>
      <BreakdownCharts
        dashboard={dashboard}
        overall={overall}
        breakdowns={breakdowns}
        indicatorId={indicatorId}
        indicatorLabel={indicatorLabel}
        tr={tr}
        locale={locale}
      />
      <DashboardDownloads roundId={dashboard.round.id} only={['malgrupper']} />
    </div>
  );
}
