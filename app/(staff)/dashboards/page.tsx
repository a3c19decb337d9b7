import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatNumber, formatPercent } from '@/lib/i18n';
import { computeRoundDashboard, type ResponseRate } from '@/lib/analytics/dashboard';
import { DashboardDownloads } from '@/app/_components/export-links';
import { summariseIndicators, summariseFigure } from '@/lib/analytics/summaries';
import { organisationName } from '@/lib/organisations';
import { countHeldAnswers } from '@/lib/responses/release';
import { initiativesPerStepAndKind } from '@/lib/improvement/follow-up';
import { ImprovementWork } from './_components/improvement-work';
import { ShareChartFigure } from './_components/share-chart';
import { DashboardNav } from './_components/dashboard-nav';
import { FilterForm } from './_components/filter-form';
import { FigureTable, groupLabel, Suppressed, type Translate } from './_components/figures';
import { loadDashboardPage, type SearchParams } from './_components/load';
import { PlatformFollowUpTable } from '../platform/_components/follow-up-table';
import { platformFigures } from '@/lib/platform/follow-up';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('dashboards.nav.overview') };
}

export default async function RoundOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, locale, tr, db, selection, query } = await loadDashboardPage(searchParams);
  if (!selection.round) return <p className="page">{tr('dashboards.noRounds')}</p>;
  const dashboard = await computeRoundDashboard(db, actor, selection.round.id, selection.filters);
  if (!dashboard) notFound();
  const held = await countHeldAnswers(db, actor, selection.round.id);
  const own =
    dashboard.scope.kind === 'organisation' ? await organisationName(db, actor, dashboard.scope.organisationId) : null;
  const compared = dashboard.comparedWith !== null;
  const label = (id: string) => dashboard.indicators.find((i) => i.id === id)!.label[locale];

  const glance = (surveyKey: 'actor-followup' | 'target-feedback', title: string, id: string) => {
    const overall = surveyKey === 'actor-followup' ? dashboard.actors.overall : dashboard.targetGroups.overall;
    const rows = dashboard.indicators
      .filter((i) => i.surveyKey === surveyKey)
      .map((i) => ({
        key: i.id,
        label: i.label[locale],
        figure: overall.indicators[i.id],
        previous: overall.previous?.[i.id],
      }));
    const summary = summariseIndicators(tr, locale, rows);
    return (
      <section aria-labelledby={id} className="chart-section">
        <h2 id={id}>{title}</h2>
        <p className="chart-summary">{summary}</p>
        <ShareChartFigure
          rows={rows}
          rounds={{ current: dashboard.round.name, previous: dashboard.comparedWith?.name ?? null }}
          summary={summary}
          tr={tr}
          locale={locale}
        />
        <FigureTable
          caption={title}
          first={tr('dashboards.table.indicator')}
          rows={rows}
          tr={tr}
          locale={locale}
          compared={compared}
        />
        <ul className="figure-sentences">
          {rows.map((row) => (
            <li key={row.key}>
              {summariseFigure(tr, locale, label(row.key), row.figure, dashboard.comparedWith?.name ?? null)}
            </li>
          ))}
        </ul>
      </section>
    );
  };

  return (
    <div className="page dashboard">
      <h1>{tr('dashboards.overview.title', { round: dashboard.round.name })}</h1>
      <DashboardNav current="/dashboards" role={actor.role} query={query} tr={tr} />
      <FilterForm
        action="/dashboards"
        rounds={selection.rounds}
        selected={selection.round}
        params={selection.params}
        show={{ compare: true }}
        tr={tr}
      />
      {own && <p>{tr('dashboards.scope.organisation', { organisation: own })}</p>}
      <p>{tr('dashboards.minGroupSize', { min: dashboard.round.minGroupSize })}</p>
      {held > 0 && <p>{tr('dashboards.heldAnswers', { count: held, min: dashboard.round.minGroupSize })}</p>}
      {dashboard.comparedWith && <p>{tr('dashboards.comparedWith', { round: dashboard.comparedWith.name })}</p>}

      <section aria-labelledby="responses">
        <h2 id="responses">{tr('dashboards.section.responses')}</h2>
        <dl className="key-figures">
          <div>
            <dt>{tr('dashboards.responses.actors')}</dt>
            <dd>{count(dashboard.actors.overall.respondents, tr, locale)}</dd>
          </div>
          <div>
            <dt>{tr('dashboards.responses.targets')}</dt>
            <dd>{count(dashboard.targetGroups.overall.respondents, tr, locale)}</dd>
          </div>
          <div>
            <dt>{tr('dashboards.table.rate')}</dt>
            <dd>
              {dashboard.responseRates.overall.rate === null ? (
                <Suppressed tr={tr} />
              ) : (
                formatPercent(locale, dashboard.responseRates.overall.rate)
              )}
            </dd>
          </div>
        </dl>
        <p>
          {dashboard.responseRates.overall.rate === null
            ? tr('dashboards.summary.ratesSuppressed')
            : tr('dashboards.summary.rates', {
                rate: formatPercent(locale, dashboard.responseRates.overall.rate),
                used: formatNumber(locale, dashboard.responseRates.overall.used!),
                invitations: formatNumber(locale, dashboard.responseRates.overall.invitations),
              })}
        </p>
        <RateTable
          caption={tr('dashboards.section.responseRate')}
          rates={[...dashboard.responseRates.byKind, ...dashboard.responseRates.byOrganisation]}
          tr={tr}
          locale={locale}
        />
      </section>
      {glance('actor-followup', tr('dashboards.section.indicatorsActors'), 'glance-actors')}
      {glance('target-feedback', tr('dashboards.section.indicatorsTargets'), 'glance-targets')}
      <ImprovementWork
        figures={await initiativesPerStepAndKind(db, actor)}
        indicatorLabel={label('model_helped_identify_challenges')}
        indicator={dashboard.actors.overall.indicators.model_helped_identify_challenges ?? null}
        tr={tr}
        locale={locale}
      />
      <section aria-labelledby="platform-content">
        <h2 id="platform-content">{tr('platform.followUp.title')}</h2>
        <p>{tr('platform.followUp.lead')}</p>
        <PlatformFollowUpTable
          figures={await platformFigures(db, actor)}
          overall={dashboard.actors.overall}
          byKind={dashboard.actors.byKind}
          indicatorLabels={{ awareness: label('aware_platform'), usefulness: label('platform_usefulness') }}
          tr={tr}
          locale={locale}
        />
      </section>
      <DashboardDownloads
        roundId={dashboard.round.id}
        only={['svarsfrekvens', 'aktorer', 'malgrupper']}
        kind={selection.params.kind}
      />
    </div>
  );
}

function count(value: number | null, tr: Translate, locale: 'sv' | 'en') {
  return value === null ? <Suppressed tr={tr} /> : formatNumber(locale, value);
}

function RateTable({
  caption,
  rates,
  tr,
  locale,
}: {
  caption: string;
  rates: ResponseRate[];
  tr: Translate;
  locale: 'sv' | 'en';
}) {
  const table = (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('dashboards.table.organisation')}</th>
          <th scope="col">{tr('dashboards.table.kind')}</th>
          <th scope="col" className="number">
            {tr('dashboards.table.invitations')}
          </th>
          <th scope="col" className="number">
            {tr('dashboards.table.used')}
          </th>
          <th scope="col" className="number">
            {tr('dashboards.table.rate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rates.map((rate) => (
          <tr key={`${rate.breakdown}:${rate.key}`} className={rate.breakdown === 'kind' ? 'subtotal' : undefined}>
            <th scope="row">{rate.breakdown === 'kind' ? groupLabel(tr, rate) : rate.name}</th>
            <td>{groupLabel(tr, { breakdown: 'kind', key: rate.parentKey ?? rate.key, name: null })}</td>
            <td className="number">{formatNumber(locale, rate.invitations)}</td>
            {rate.rate === null ? (
              <td colSpan={2}>
                <Suppressed tr={tr} />
              </td>
            ) : (
              <>
                <td className="number">{formatNumber(locale, rate.used!)}</td>
                <td className="number">{formatPercent(locale, rate.rate)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <TableScroll label={caption}>{table}</TableScroll>;
}
