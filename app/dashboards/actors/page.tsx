import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { t } from '@/lib/i18n';
import { getUiLocale } from '@/lib/i18n/server';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { summariseSpread } from '@/lib/analytics/summaries';
import { ChartWithTable } from '../_components/chart-with-table';
import { DashboardNav } from '../_components/dashboard-nav';
import { FilterForm } from '../_components/filter-form';
import { groupLabel } from '../_components/figures';
import { chooseIndicator, loadDashboardPage, type SearchParams } from '../_components/load';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getUiLocale(), 'dashboards.nav.actors') };
}

/** Awareness varied between kinds of actor in the last follow-up (finding 2): this page shows each indicator by kind. */
export default async function ActorsPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, locale, tr, db, selection, query } = await loadDashboardPage(searchParams);
  if (!selection.round) return <p className="page">{tr('dashboards.noRounds')}</p>;
  const dashboard = await computeRoundDashboard(db, actor, selection.round.id, selection.filters);
  if (!dashboard) notFound();
  const { options, indicatorId, indicatorLabel } = chooseIndicator(dashboard.indicators, 'actor-followup', selection.params.indicator, locale);
  const compared = dashboard.comparedWith !== null;
  const rowsOf = (groups: typeof dashboard.actors.byKind) =>
    [dashboard.actors.overall, ...groups].map((g) => ({ key: `${g.breakdown}:${g.key}`, label: groupLabel(tr, g), figure: g.indicators[indicatorId] }));
  const byKind = rowsOf(dashboard.actors.byKind);
  const byOrganisation = rowsOf(dashboard.actors.byOrganisation);

  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.actors.title', { round: dashboard.round.name })}</h1>
      <DashboardNav current="/dashboards/actors" role={actor.role} query={query} tr={tr} />
      <FilterForm
        action="/dashboards/actors"
        rounds={selection.rounds}
        params={selection.params}
        show={{ compare: true, kind: dashboard.scope.kind === 'region', indicator: true }}
        indicatorOptions={options}
        tr={tr}
      />
      <p>{tr('dashboards.minGroupSize', { min: dashboard.round.minGroupSize })}</p>
      {dashboard.actors.byKind.length > 0 && (
        <ChartWithTable
          id="by-kind"
          title={`${indicatorLabel}: ${tr('dashboards.section.byKind').toLowerCase()}`}
          summary={summariseSpread(tr, locale, indicatorLabel, byKind.slice(1))}
          first={tr('dashboards.table.group')}
          rows={byKind}
          tr={tr}
          locale={locale}
          compared={compared}
        />
      )}
      <ChartWithTable
        id="by-organisation"
        title={`${indicatorLabel}: ${tr('dashboards.section.byOrganisation').toLowerCase()}`}
        summary={summariseSpread(tr, locale, indicatorLabel, byOrganisation.slice(1))}
        first={tr('dashboards.table.organisation')}
        rows={byOrganisation}
        tr={tr}
        locale={locale}
        compared={compared}
      />
    </div>
  );
}
