// Flattens a published dashboard into what a reader sees (figure → value or null) and the sums that hold between
// figures, so that the differencing attack can be run against exactly what the dashboard shows.
import type { GroupFigures, RoundDashboard } from '@/lib/analytics/dashboard';
import type { SiblingTable } from '@/lib/suppression';

export function publishedFigures(dashboard: RoundDashboard) {
  const values = new Map<string, number | null>();
  const tables: SiblingTable[] = [];
  const sets: [string, GroupFigures, GroupFigures[][]][] = [
    ['actor', dashboard.actors.overall, [dashboard.actors.byKind]],
    [
      'target',
      dashboard.targetGroups.overall,
      [
        dashboard.targetGroups.byLanguage,
        dashboard.targetGroups.byChannel,
        dashboard.targetGroups.byCategory,
        dashboard.targetGroups.byAssistance ?? [],
      ],
    ],
  ];
  const ids = (group: GroupFigures) => Object.keys(group.indicators);
  for (const [survey, overall, breakdowns] of sets) {
    const measures = ['respondents', ...ids(overall).flatMap((id) => [`${id}.n`, `${id}.positive`])];
    const key = (measure: string, group: GroupFigures) => `${survey}:${measure}|${group.breakdown}:${group.key}`;
    const all = [overall, ...breakdowns.flat(), ...(survey === 'actor' ? dashboard.actors.byOrganisation : [])];
    for (const group of all) {
      for (const measure of measures) {
        const [id, part] = measure.split('.');
        const value =
          measure === 'respondents' ? group.respondents : (group.indicators[id]?.[part as 'n' | 'positive'] ?? null);
        values.set(key(measure, group), value);
      }
    }
    for (const measure of measures) {
      for (const parts of breakdowns)
        if (parts.length) tables.push({ total: key(measure, overall), parts: parts.map((g) => key(measure, g)) });
      if (survey === 'actor') {
        for (const kind of dashboard.actors.byKind) {
          const organisations = dashboard.actors.byOrganisation.filter((g) => g.parentKey === kind.key);
          tables.push({ total: key(measure, kind), parts: organisations.map((g) => key(measure, g)) });
        }
      }
    }
  }
  const rates = dashboard.responseRates;
  const rateKey = (r: { breakdown: string; key: string }) => `rate.used|${r.breakdown}:${r.key}`;
  for (const rate of [rates.overall, ...rates.byKind, ...rates.byOrganisation]) values.set(rateKey(rate), rate.used);
  tables.push({ total: rateKey(rates.overall), parts: rates.byKind.map(rateKey) });
  for (const kind of rates.byKind) {
    tables.push({
      total: rateKey(kind),
      parts: rates.byOrganisation.filter((r) => r.parentKey === kind.key).map(rateKey),
    });
  }
  return { values, tables };
}

/** Every number the dashboard shows that counts respondents (n, respondents, used links). */
export function shownGroupSizes(dashboard: RoundDashboard): number[] {
  const groups = [
    dashboard.actors.overall,
    ...dashboard.actors.byKind,
    ...dashboard.actors.byOrganisation,
    dashboard.targetGroups.overall,
    ...dashboard.targetGroups.byLanguage,
    ...dashboard.targetGroups.byChannel,
    ...dashboard.targetGroups.byCategory,
    ...(dashboard.targetGroups.byAssistance ?? []),
  ];
  const sizes: number[] = [];
  for (const group of groups) {
    if (group.respondents !== null) sizes.push(group.respondents);
    for (const figure of Object.values(group.indicators)) if (figure) sizes.push(figure.n);
  }
  const rates = dashboard.responseRates;
  for (const rate of [rates.overall, ...rates.byKind, ...rates.byOrganisation])
    if (rate.used !== null) sizes.push(rate.used);
  return sizes;
}
