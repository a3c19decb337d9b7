// Filters are a plain GET form: the selection ends up in the URL, works without JavaScript and can be shared.
import type { RoundSummary } from '@/lib/rounds/queries';
import { organisationKinds } from '@/lib/organisations';
import type { DashboardParams } from '@/lib/analytics/filters';
import type { Translate } from './figures';

export function FilterForm({
  action,
  rounds,
  selected,
  params,
  show,
  indicatorOptions = [],
  tr,
}: {
  action: string;
  rounds: RoundSummary[];
  /** The round shown (the URL's, or the default lib/analytics/filters chose). */
  selected: RoundSummary | null;
  params: DashboardParams;
  show: { compare?: boolean; kind?: boolean; indicator?: boolean };
  indicatorOptions?: { id: string; label: string }[];
  tr: Translate;
}) {
  return (
    <form method="get" action={action} className="filters">
      <fieldset>
        <legend>{tr('dashboards.filters.legend')}</legend>
        <label>
          {tr('dashboards.filters.round')}
          <select name="round" defaultValue={selected?.slug}>
            <RoundOptions rounds={rounds} />
          </select>
        </label>
        {show.compare && (
          <label>
            {tr('dashboards.filters.compare')}
            <select name="compare" defaultValue={params.compare ?? ''}>
              <option value="">{tr('dashboards.filters.previousRound')}</option>
              <option value="none">{tr('dashboards.filters.noCompare')}</option>
              <RoundOptions rounds={rounds} />
            </select>
          </label>
        )}
        {show.kind && (
          <label>
            {tr('dashboards.filters.kind')}
            <select name="kind" defaultValue={params.kind ?? ''}>
              <option value="">{tr('dashboards.filters.allKinds')}</option>
              {organisationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {tr(`dashboards.kind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {show.indicator && (
          <label>
            {tr('dashboards.filters.indicator')}
            <select name="indicator" defaultValue={params.indicator ?? indicatorOptions[0]?.id}>
              {indicatorOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="button">
          {tr('dashboards.filters.apply')}
        </button>
      </fieldset>
    </form>
  );
}

export function RoundOptions({ rounds }: { rounds: RoundSummary[] }) {
  return rounds.map((round) => (
    <option key={round.id} value={round.slug}>
      {round.name}
    </option>
  ));
}
