// A round's dashboard as plain, already suppressed figures: what every dashboard page, the decision report and any
// export print. One scan of the responses (lib/counts/aggregate.ts), then shares, 95 % intervals, the change
// since the previous round, and suppression (lib/suppression.ts) over every figure at once.
import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { channels, organisations, roundAggregates, rounds, type OrganisationKind, type RoundStatus } from '@/db/schema';
import { AccessDenied, requireRole, type Actor } from '@/lib/auth/actor';
import { organisationKinds } from '@/lib/organisations';
import { indicators as allIndicators, type Indicator } from '@/surveys';
import type { Breakdown, GroupCounts, InvitationCounts } from '@/lib/counts/aggregate';
import { roundCountsOf } from '@/lib/counts/round-counts';
import { parseStoredDashboard } from './stored-figures';
import { proportionChange, wilsonInterval, type Change, type Interval } from './statistics';
import { suppressSmallGroups, type SiblingTable } from '@/lib/suppression';

export type { Breakdown } from '@/lib/counts/aggregate';
type SurveyKey = GroupCounts['surveyKey'];

/** A published share; null in its place means "too few answers to show". */
export type IndicatorFigure = {
  n: number;
  positive: number;
  share: number;
  interval: Interval;
  /** Against the same group in the compared round; null when either side is hidden or there is no such group. */
  change: Change | null;
};

export type GroupFigures = {
  breakdown: Breakdown;
  key: string;
  /** An organisation's or channel's name; other groups are named by the page from `key` (kind, locale, category). */
  name: string | null;
  parentKey: string | null;
  respondents: number | null;
  indicators: Record<string, IndicatorFigure | null>;
  /**
   * The same group's figures in the compared round, suppressed as that round publishes them (null: hidden there);
   * absent without a comparison or when that round had no such group. The charts draw them beside this round's.
   */
  previous?: Record<string, IndicatorFigure | null>;
};

export type ResponseRate = {
  breakdown: 'overall' | 'kind' | 'organisation';
  key: string;
  name: string | null;
  parentKey: string | null;
  invitations: number;
  /** Used links and their share of those made; null when fewer links than the minimum group size were used. */
  used: number | null;
  rate: number | null;
};

export type RoundRef = { id: number; slug: string; name: string };

export type RoundDashboard = {
  round: RoundRef & { status: RoundStatus; minGroupSize: number };
  comparedWith: RoundRef | null;
  /** 'region' for strategists and viewers; a coordinator sees the region beside their own organisation only. */
  scope: { kind: 'region' } | { kind: 'organisation'; organisationId: number };
  indicators: Pick<Indicator, 'id' | 'surveyKey' | 'label' | 'description'>[];
  actors: { overall: GroupFigures; byKind: GroupFigures[]; byOrganisation: GroupFigures[] };
  /** byAssistance: answered with help on a kiosk device or not; absent in figures stored before it existed. */
  targetGroups: {
    overall: GroupFigures;
    byLanguage: GroupFigures[];
    byChannel: GroupFigures[];
    byCategory: GroupFigures[];
    byAssistance?: GroupFigures[];
  };
  responseRates: { overall: ResponseRate; byKind: ResponseRate[]; byOrganisation: ResponseRate[] };
};

export type DashboardFilters = {
  /** Compare with this round instead of the one before; null: no comparison. */
  compareRoundId?: number | null;
  /** Show only this kind of organisation in the breakdowns by kind and organisation. */
  organisationKind?: OrganisationKind;
  /**
   * The region's figures without any single organisation, for every reader (the decision report): a subset of what
   * a viewer sees, so safe to show a coordinator too.
   */
  regionOnly?: boolean;
};

/** Every figure of a round for the actor who asks, suppressed. Strategists and viewers see the region in full. */
export async function computeRoundDashboard(
  db: DbOrTx,
  actor: Actor | null,
  roundId: number,
  filters: DashboardFilters = {},
): Promise<RoundDashboard | null> {
  const who = requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const scope: RoundDashboard['scope'] = filters.regionOnly ? { kind: 'region' } : scopeOf(who);
  const round = await loadRound(db, roundId);
  if (!round) return null;
  const previous =
    filters.compareRoundId === undefined
      ? await previousRound(db, round)
      : filters.compareRoundId === null || filters.compareRoundId === roundId
        ? null
        : await loadRound(db, filters.compareRoundId);
  const current = await publishRound(db, round, scope);
  const before = previous ? await publishRound(db, previous, scope) : null;
  if (before) addChanges(current, before);
  return filterDashboard(
    { ...current, comparedWith: previous && { id: previous.id, slug: previous.slug, name: previous.name } },
    filters,
  );
}

/** What a reader may see: the region, or for a coordinator the region beside their own organisation. */
export function scopeOf(actor: Actor): RoundDashboard['scope'] {
  if (actor.role !== 'coordinator') return { kind: 'region' };
  if (actor.organisationId === null) throw new AccessDenied('a coordinator belongs to an organisation');
  return { kind: 'organisation', organisationId: actor.organisationId };
}

type RoundRow = RoundDashboard['round'] & { opensOn: string | null; rawResponsesDeletedAt: Date | null };

async function loadRound(db: DbOrTx, roundId: number): Promise<RoundRow | null> {
  const [row] = await db
    .select({
      id: rounds.id,
      slug: rounds.slug,
      name: rounds.name,
      status: rounds.status,
      minGroupSize: rounds.minGroupSize,
      opensOn: rounds.opensOn,
      rawResponsesDeletedAt: rounds.rawResponsesDeletedAt,
    })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  return row ?? null;
}

/** The latest round that opened before this one (drafts never count). */
async function previousRound(db: DbOrTx, round: RoundRow): Promise<RoundRow | null> {
  const earlier = round.opensOn
    ? or(lt(rounds.opensOn, round.opensOn), and(eq(rounds.opensOn, round.opensOn), lt(rounds.id, round.id)))
    : lt(rounds.id, round.id);
  const [row] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(earlier, inArray(rounds.status, ['open', 'closed'])))
    .orderBy(sql`${rounds.opensOn} desc nulls last`, sql`${rounds.id} desc`)
    .limit(1);
  return row ? loadRound(db, row.id) : null;
}

/** Indicators of a survey, as the dashboards list them. */
function indicatorsOf(surveyKey: SurveyKey): Indicator[] {
  return allIndicators.filter((indicator) => indicator.surveyKey === surveyKey);
}

type Published = Omit<RoundDashboard, 'comparedWith'>;

type Group = { breakdown: Breakdown; key: string; name: string | null; parentKey: string | null };
type CellKey = (measure: string, group: { breakdown: string; key: string }) => string;
const cellKey: CellKey = (measure, group) => `${measure}|${group.breakdown}:${group.key}`;

/** A round's figures in four steps: its counts, the groups that take part, which cells to hide, the figures shown. */
async function publishRound(db: DbOrTx, round: RoundRow, scope: RoundDashboard['scope']): Promise<Published> {
  if (round.rawResponsesDeletedAt) return storedFigures(db, round, scope);
  const { groups, invitationCounts, organisationRows, channelRows } = await loadPublicationInputs(db, round);
  const actorGroups = actorGroupsOf(groups, invitationCounts, organisationRows, scope);
  const targetGroups = targetGroupsOf(groups, channelRows);
  const { cells, hidden } = hideSmallGroups(groups, actorGroups, targetGroups, scope, round.minGroupSize);
  const rateOf = publishResponseRates(invitationCounts, scope, round.minGroupSize);

  const figuresOf = (surveyKey: SurveyKey, group: Group) => groupFigures(groups, cells, hidden, surveyKey, group);
  // A coordinator's view holds the region and their own organisation, nothing else.
  const shown = (group: Group) =>
    scope.kind === 'region' ||
    group.breakdown === 'overall' ||
    (group.breakdown === 'organisation' && group.key === String(scope.organisationId));
  const actorsOf = (breakdown: Breakdown) => actorGroups.filter((g) => g.breakdown === breakdown && shown(g));
  const targetsOf = (breakdown: Breakdown) => targetGroups.filter((g) => g.breakdown === breakdown && shown(g));

  return {
    round: { id: round.id, slug: round.slug, name: round.name, status: round.status, minGroupSize: round.minGroupSize },
    scope,
    indicators: allIndicators.map(({ id, surveyKey, label, description }) => ({ id, surveyKey, label, description })),
    actors: {
      overall: figuresOf('actor-followup', actorGroups[0]),
      byKind: actorsOf('kind').map((g) => figuresOf('actor-followup', g)),
      byOrganisation: actorsOf('organisation').map((g) => figuresOf('actor-followup', g)),
    },
    targetGroups: {
      overall: figuresOf('target-feedback', targetGroups[0]),
      byLanguage: targetsOf('language').map((g) => figuresOf('target-feedback', g)),
      byChannel: targetsOf('channel').map((g) => figuresOf('target-feedback', g)),
      byCategory: targetsOf('targetGroup').map((g) => figuresOf('target-feedback', g)),
      byAssistance: targetsOf('assistance').map((g) => figuresOf('target-feedback', g)),
    },
    responseRates: {
      overall: rateOf(actorGroups[0]),
      byKind: actorsOf('kind').map(rateOf),
      byOrganisation: actorsOf('organisation').map(rateOf),
    },
  };
}

type PublicationInputs = {
  groups: GroupCounts[];
  invitationCounts: InvitationCounts[];
  organisationRows: { id: number; name: string; kind: OrganisationKind }[];
  channelRows: { id: number; name: string }[];
};

/** The round's answer and invitation counts, with the organisations and channels that name the groups. */
async function loadPublicationInputs(db: DbOrTx, round: RoundRow): Promise<PublicationInputs> {
  const roundId = round.id;
  const [{ groups, invitations: invitationCounts }, organisationRows, channelRows] = await Promise.all([
    roundCountsOf(db, round),
    db
      .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
      .from(organisations)
      .orderBy(asc(organisations.name)),
    db
      .select({ id: channels.id, name: channels.name })
      .from(channels)
      .where(eq(channels.roundId, roundId))
      .orderBy(asc(channels.name)),
  ]);
  return { groups, invitationCounts, organisationRows, channelRows };
}

/** The actors' groups: the region, each kind and each organisation that takes part. */
function actorGroupsOf(
  groups: GroupCounts[],
  invitationCounts: InvitationCounts[],
  organisationRows: PublicationInputs['organisationRows'],
  scope: RoundDashboard['scope'],
): Group[] {
  // Every group that takes part is a cell, also one with no answers (shown as too few, never as 0).
  const participating = new Set([
    ...groups.filter((g) => g.breakdown === 'organisation').map((g) => g.key),
    ...invitationCounts.filter((c) => c.breakdown === 'organisation').map((c) => c.key),
  ]);
  if (scope.kind === 'organisation') participating.add(String(scope.organisationId));
  const organisationsInRound = organisationRows.filter((o) => participating.has(String(o.id)));
  const kindsInRound = organisationKinds.filter((kind) => organisationsInRound.some((o) => o.kind === kind));
  return [
    { breakdown: 'overall', key: 'all', name: null, parentKey: null },
    ...kindsInRound.map((kind) => ({ breakdown: 'kind' as const, key: kind, name: null, parentKey: null })),
    ...organisationsInRound.map((o) => ({
      breakdown: 'organisation' as const,
      key: String(o.id),
      name: o.name,
      parentKey: o.kind,
    })),
  ];
}

/** The target groups' groups: the region, each language, channel, category and with or without help. */
function targetGroupsOf(groups: GroupCounts[], channelRows: PublicationInputs['channelRows']): Group[] {
  const feedbackCounts = groups.filter((g) => g.surveyKey === 'target-feedback');
  const channelIds = new Set([...channelRows.map((c) => String(c.id))]);
  return [
    { breakdown: 'overall', key: 'all', name: null, parentKey: null },
    ...sortedKeys(feedbackCounts, 'language').map((key) => ({
      breakdown: 'language' as const,
      key,
      name: null,
      parentKey: null,
    })),
    ...channelRows.map((c) => ({ breakdown: 'channel' as const, key: String(c.id), name: c.name, parentKey: null })),
    ...sortedKeys(feedbackCounts, 'channel')
      .filter((key) => !channelIds.has(key))
      .map((key) => ({ breakdown: 'channel' as const, key, name: null, parentKey: null })),
    ...sortedKeys(feedbackCounts, 'targetGroup').map((key) => ({
      breakdown: 'targetGroup' as const,
      key,
      name: null,
      parentKey: null,
    })),
    // Both groups always, so that "with help" is a suppressed cell even when nobody answered with help yet.
    ...(['with_help', 'without_help'] as const).map((key) => ({
      breakdown: 'assistance' as const,
      key,
      name: null,
      parentKey: null,
    })),
  ];
}

function countsOf(groups: GroupCounts[], surveyKey: SurveyKey, group: Group): GroupCounts | undefined {
  return groups.find((g) => g.surveyKey === surveyKey && g.breakdown === group.breakdown && g.key === group.key);
}

/**
 * Cells: one per (measure, group), the measure being the respondent count or an indicator, each with the number of
 * respondents it is computed over; and which of them suppression hides.
 */
function hideSmallGroups(
  groups: GroupCounts[],
  actorGroups: Group[],
  targetGroups: Group[],
  scope: RoundDashboard['scope'],
  minGroupSize: number,
): { cells: Map<string, number>; hidden: Set<string> } {
  const cells = new Map<string, number>();
  const tables: SiblingTable[] = [];
  const measuresOf = (surveyKey: SurveyKey) => ['respondents', ...indicatorsOf(surveyKey).map((i) => i.id)];
  for (const [surveyKey, surveyGroups] of [
    ['actor-followup', actorGroups],
    ['target-feedback', targetGroups],
  ] as const) {
    for (const measure of measuresOf(surveyKey)) {
      const m = `${surveyKey}:${measure}`;
      for (const group of surveyGroups) {
        const counts = countsOf(groups, surveyKey, group);
        cells.set(
          cellKey(m, group),
          measure === 'respondents' ? (counts?.respondents ?? 0) : (counts?.indicators[measure]?.n ?? 0),
        );
      }
      tables.push(...siblingTables(m, surveyGroups, cellKey, cells, scope));
    }
  }
  return { cells, hidden: suppressSmallGroups(cells, tables, minGroupSize) };
}

/** One group's published figures: a share and its interval per indicator, null where hidden. */
function groupFigures(
  groups: GroupCounts[],
  cells: Map<string, number>,
  hidden: Set<string>,
  surveyKey: SurveyKey,
  group: Group,
): GroupFigures {
  const counts = countsOf(groups, surveyKey, group);
  const respondentsKey = cellKey(`${surveyKey}:respondents`, group);
  const figures: Record<string, IndicatorFigure | null> = {};
  for (const indicator of indicatorsOf(surveyKey)) {
    const c = counts?.indicators[indicator.id];
    figures[indicator.id] =
      c && !hidden.has(cellKey(`${surveyKey}:${indicator.id}`, group))
        ? {
            n: c.n,
            positive: c.positive,
            share: c.positive / c.n,
            interval: wilsonInterval(c.positive, c.n),
            change: null,
          }
        : null;
  }
  return { ...group, respondents: hidden.has(respondentsKey) ? null : cells.get(respondentsKey)!, indicators: figures };
}

/**
 * The response rate (links used of links made) of the region, each kind and each organisation, suppressed: what the
 * dashboards and the invitations page show. Links used count respondents, so they are cells like any other; links
 * made are not answers and stay visible. Only groups that were sent links take part: a group without links has 0
 * used for anyone to see, so hiding it would protect nothing (and a complement chosen beside it would be given away).
 */
export function publishResponseRates(
  counts: InvitationCounts[],
  scope: RoundDashboard['scope'],
  minGroupSize: number,
): (group: { breakdown: Breakdown; key: string; name: string | null; parentKey: string | null }) => ResponseRate {
  const withLinks = counts.filter((c) => c.made > 0);
  const cells = new Map<string, number>();
  const cellKey = (measure: string, group: { breakdown: string; key: string }) =>
    `${measure}|${group.breakdown}:${group.key}`;
  for (const c of withLinks) cells.set(cellKey('rate', c), c.used);
  const hidden = suppressSmallGroups(cells, siblingTables('rate', withLinks, cellKey, cells, scope), minGroupSize);
  return (group) => {
    const c = withLinks.find((x) => x.breakdown === group.breakdown && x.key === group.key);
    const visible = c !== undefined && !hidden.has(cellKey('rate', group));
    return {
      breakdown: group.breakdown as ResponseRate['breakdown'],
      key: group.key,
      name: group.name,
      parentKey: group.parentKey,
      invitations: c?.made ?? 0,
      used: visible ? c.used : null,
      rate: visible ? c.used / c.made : null,
    };
  };
}

function sortedKeys(groups: GroupCounts[], breakdown: Breakdown): string[] {
  return groups
    .filter((g) => g.breakdown === breakdown)
    .map((g) => g.key)
    .sort();
}

/**
 * The sums a reader could subtract: overall = its kinds, a kind = its organisations, overall = each of language,
 * channel and category. For a coordinator also overall = own organisation + the rest of the region, where the
 * rest is a cell never shown but counted, so that their organisation is hidden when the rest is too small.
 */
function siblingTables(
  measure: string,
  groups: { breakdown: Breakdown; key: string; parentKey: string | null }[],
  cellKey: (measure: string, group: { breakdown: string; key: string }) => string,
  cells: Map<string, number>,
  scope: RoundDashboard['scope'],
): SiblingTable[] {
  const total = cellKey(measure, { breakdown: 'overall', key: 'all' });
  const tables: SiblingTable[] = [];
  for (const breakdown of ['kind', 'language', 'channel', 'targetGroup', 'assistance'] as const) {
    const parts = groups.filter((g) => g.breakdown === breakdown).map((g) => cellKey(measure, g));
    if (parts.length) tables.push({ total, parts });
  }
  for (const kind of groups.filter((g) => g.breakdown === 'kind')) {
    const parts = groups
      .filter((g) => g.breakdown === 'organisation' && g.parentKey === kind.key)
      .map((g) => cellKey(measure, g));
    tables.push({ total: cellKey(measure, kind), parts });
  }
  if (
    scope.kind === 'organisation' &&
    groups.some((g) => g.breakdown === 'organisation' && g.key === String(scope.organisationId))
  ) {
    const own = cellKey(measure, { breakdown: 'organisation', key: String(scope.organisationId) });
    const rest = `${measure}|rest-of-region`;
    cells.set(rest, cells.get(total)! - cells.get(own)!);
    tables.push({ total, parts: [own, rest] });
  }
  return tables;
}

/** Fills in each shown figure's change against the same group in the compared round. */
function addChanges(current: Published, before: Published) {
  const pairs: [GroupFigures[], GroupFigures[]][] = [
    [[current.actors.overall], [before.actors.overall]],
    [current.actors.byKind, before.actors.byKind],
    [current.actors.byOrganisation, before.actors.byOrganisation],
    [[current.targetGroups.overall], [before.targetGroups.overall]],
    [current.targetGroups.byLanguage, before.targetGroups.byLanguage],
    [current.targetGroups.byCategory, before.targetGroups.byCategory],
    [current.targetGroups.byAssistance ?? [], before.targetGroups.byAssistance ?? []],
  ];
  for (const [now, then] of pairs) {
    for (const group of now) {
      const earlier = then.find((g) => g.key === group.key);
      if (!earlier) continue;
      group.previous = Object.fromEntries(
        Object.entries(earlier.indicators).map(([id, old]) => [id, old && { ...old, change: null }]),
      );
      for (const [id, figure] of Object.entries(group.indicators)) {
        const old = earlier.indicators[id];
        if (figure && old) figure.change = proportionChange(figure, old);
      }
    }
  }
}

function filterDashboard(dashboard: RoundDashboard, filters: DashboardFilters): RoundDashboard {
  if (filters.regionOnly) {
    return {
      ...dashboard,
      actors: { ...dashboard.actors, byOrganisation: [] },
      responseRates: { ...dashboard.responseRates, byOrganisation: [] },
    };
  }
  const kind = filters.organisationKind;
  if (!kind) return dashboard;
  return {
    ...dashboard,
    actors: {
      ...dashboard.actors,
      byKind: dashboard.actors.byKind.filter((g) => g.key === kind),
      byOrganisation: dashboard.actors.byOrganisation.filter((g) => g.parentKey === kind),
    },
    responseRates: {
      ...dashboard.responseRates,
      byKind: dashboard.responseRates.byKind.filter((r) => r.key === kind),
      byOrganisation: dashboard.responseRates.byOrganisation.filter((r) => r.parentKey === kind),
    },
  };
}

/**
 * A round whose raw responses were deleted (privacy rule 6) keeps only the figures published at region scope when
 * it was deleted (round_aggregates). A coordinator sees the region's figures and their own organisation's among them:
 * a subset of a publication that is safe against differencing is safe too.
 */
async function storedFigures(db: DbOrTx, round: RoundRow, scope: RoundDashboard['scope']): Promise<Published> {
  const [stored] = await db
    .select({ figures: roundAggregates.figures })
    .from(roundAggregates)
    .where(eq(roundAggregates.roundId, round.id));
  if (!stored) throw new Error(`round ${round.id} has no stored figures although its responses were deleted`);
  const figures = withoutComparison(parseStoredDashboard(stored.figures, `round ${round.id}`));
  if (scope.kind === 'region') return { ...figures, scope };
  const own = (key: string) => key === String(scope.organisationId);
  return {
    ...figures,
    scope,
    actors: { ...figures.actors, byOrganisation: figures.actors.byOrganisation.filter((group) => own(group.key)) },
    responseRates: {
      ...figures.responseRates,
      byOrganisation: figures.responseRates.byOrganisation.filter((rate) => own(rate.key)),
    },
  };
}

/** Stored figures hold the compared round's bars of the day they were stored; the page asks for its own comparison. */
function withoutComparison(figures: RoundDashboard): RoundDashboard {
  const strip = ({ previous: _previous, ...group }: GroupFigures): GroupFigures => group;
  const { actors, targetGroups } = figures;
  return {
    ...figures,
    actors: {
      overall: strip(actors.overall),
      byKind: actors.byKind.map(strip),
      byOrganisation: actors.byOrganisation.map(strip),
    },
    targetGroups: {
      overall: strip(targetGroups.overall),
      byLanguage: targetGroups.byLanguage.map(strip),
      byChannel: targetGroups.byChannel.map(strip),
      byCategory: targetGroups.byCategory.map(strip),
      ...(targetGroups.byAssistance && { byAssistance: targetGroups.byAssistance.map(strip) }),
    },
  };
}
