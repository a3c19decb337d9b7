// What every result page starts with: who asks, in which language, and which round the URL selects.
import 'server-only';
import { translator, type UiLocale } from '@/lib/i18n';
import { requirePageContext } from '@/lib/page-context';
import type { RoundDashboard } from '@/lib/analytics/dashboard';
import { parseDashboardParams, selectDashboardRound, type DashboardParams } from '@/lib/analytics/filters';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function loadDashboardPage(searchParams: SearchParams) {
  const [{ actor, db, locale }, params] = await Promise.all([
    requirePageContext(),
    searchParams.then(parseDashboardParams),
  ]);
  const selection = await selectDashboardRound(db, actor, params);
  return { actor, locale, tr: translator(locale), db, selection, query: shareableQuery(params) };
}

/** The round and comparison as a query string for links between the result pages. */
function shareableQuery(params: DashboardParams): string {
  const query = new URLSearchParams();
  if (params.round) query.set('round', params.round);
  if (params.compare) query.set('compare', params.compare);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The indicators of one survey as options, and the one the URL asks for (the first when it names none of them). */
export function chooseIndicator(
  indicators: RoundDashboard['indicators'],
  surveyKey: 'actor-followup' | 'target-feedback',
  requested: string | undefined,
  locale: UiLocale,
) {
  const options = indicators
    .filter((i) => i.surveyKey === surveyKey)
    .map((i) => ({ id: i.id, label: i.label[locale] }));
  const chosen = options.find((o) => o.id === requested) ?? options[0];
  return { options, indicatorId: chosen.id, indicatorLabel: chosen.label };
}
