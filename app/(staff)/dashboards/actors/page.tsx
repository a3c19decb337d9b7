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
  return { title: (await getTranslations())('dashboards.nav.actors') };
}

/** Awareness varied between kinds of actor in the last follow-up (finding 2): this page shows each indicator by kind. */
export default async function ActorsPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, locale, tr, db, selection, query } = await loadDashboardPage(searchParams);
  if (!selection.round) return <p className="page">{tr('dashboards.noRounds')}</p>;
  const dashboard = await computeRoundDashboard(db, actor, selection.round.id, selection.filters);
  if (!dashboard) notFound();
  const { options, indicatorId, indicatorLabel } = chooseIndicator(
    dashboard.indicators,
    'actor-followup',
    selection.params.indicator,
    locale,
  );
  const { overall, byKind, byOrganisation } = dashboard.actors;
  const breakdowns: Breakdown[] = [
    // Left out when there are no kinds to compare.
    ...(byKind.length
      ? [
          {
            id: 'by-kind',
            title: tr('dashboards.section.byKind'),
            firstColumn: tr('dashboards.table.group'),
            groups: byKind,
          },
        ]
      : []),
    {
      id: 'by-organisation',
      title: tr('dashboards.section.byOrganisation'),
      firstColumn: tr('dashboards.table.organisation'),
      groups: byOrganisation,
    },
  ];
  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.actors.title', { round: dashboard.round.name })}</h1>
      <DashboardNav current="/dashboards/actors" role={actor.role} query={query} tr={tr} />
      <FilterForm
        action="/dashboards/actors"
        rounds={selection.rounds}
        selected={selection.round}
        params={selection.params}
        show={{ compare: true, kind: dashboard.scope.kind === 'region', indicator: true }}
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
      <DashboardDownloads roundId={dashboard.round.id} only={['aktorer']} kind={selection.params.kind} />
    </div>
  );
}
