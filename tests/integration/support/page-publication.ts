// Everything one reader can see of a round on every page, by changing every filter: the dashboards (unfiltered and
// per kind), the decision report's figures, the invitations page, the overview's round total and the free-text view
// (counts and lists, per kind, language, channel and target group). Flattened to figure → value (null when hidden),
// the sums that hold between figures, and each list of texts, so the differencing attack can run over all of it.
import type { Db } from '@/db/client';
import { computeRoundDashboard, type RoundDashboard } from '@/lib/analytics/dashboard';
import { organisationKinds } from '@/lib/organisations';
import { freeTextQuestions, listFreeTextAnswers, type FreeTextFilters } from '@/lib/analytics/free-text';
import type { Actor } from '@/lib/auth/actor';
import { responseRatesByOrganisation } from '@/lib/invitations';
import { buildReport } from '@/lib/report';
import { listRounds } from '@/lib/rounds/queries';
import type { SiblingTable } from '@/lib/suppression';
import { publishedFigures } from '../../support/dashboard-publication';

export type Publication = {
  values: Map<string, number | null>;
  tables: SiblingTable[];
  /** Per free-text question: the listed texts of each view ('all' or 'breakdown:key'), absent when hidden. */
  lists: Map<string, Map<string, string[]>>;
  /** Figures two pages print differently: there must be none. */
  conflicts: string[];
};

export async function publishedOnEveryPage(db: Db, actor: Actor, roundId: number): Promise<Publication> {
  const publication: Publication = { values: new Map(), tables: [], lists: new Map(), conflicts: [] };
  const show = (key: string, value: number | null) => {
    const earlier = publication.values.get(key);
    if (earlier !== undefined && earlier !== null && value !== null && earlier !== value)
      publication.conflicts.push(key);
    if (earlier === undefined || earlier === null) publication.values.set(key, value);
  };
  // A view filtered by kind lists one kind only, so its own sums (region = the kinds it lists) do not hold.
  const addDashboard = (dashboard: RoundDashboard, complete = true) => {
    const { values, tables } = publishedFigures(dashboard);
    for (const [key, value] of values) show(key, value);
    if (complete) publication.tables.push(...tables);
  };

  const full = (await computeRoundDashboard(db, actor, roundId, { compareRoundId: null }))!;
  addDashboard(full);
  for (const kind of organisationKinds) {
    addDashboard(
      (await computeRoundDashboard(db, actor, roundId, { compareRoundId: null, organisationKind: kind }))!,
      false,
    );
  }
  const report = await buildReport(db, actor, roundId);
  if (report) addDashboard(report.dashboard, false); // region only: it lists no organisation, its kinds are the full view's

  // The overview and the round list: the round's total is the sum of the two surveys' totals.
  const listed = (await listRounds(db, actor)).find((round) => round.id === roundId)!;
  show('round:respondents', listed.responseCount);
  publication.tables.push({
    total: 'round:respondents',
    parts: ['actor:respondents|overall:all', 'target:respondents|overall:all'],
  });

  if (actor.role !== 'viewer') {
    const rates = await responseRatesByOrganisation(db, actor, roundId);
    for (const row of rates.byOrganisation) show(`rate.used|organisation:${row.organisationId}`, row.used);
    show(
      actor.role === 'strategist' ? 'rate.used|overall:all' : `rate.used|organisation:${actor.organisationId}`,
      rates.total.used,
    );
  }

  if (actor.role === 'strategist') {
    const round = { id: roundId, minGroupSize: full.round.minGroupSize };
    const views: [string, FreeTextFilters][] = [
      ['overall:all', {}],
      ...organisationKinds.map((kind): [string, FreeTextFilters] => [`kind:${kind}`, { organisationKind: kind }]),
      ...(['language', 'channel', 'targetGroup'] as const).flatMap((breakdown) =>
        groupKeys(full, breakdown).map((key): [string, FreeTextFilters] => [
          `${breakdown}:${key}`,
          { feedbackGroup: { breakdown, key } },
        ]),
      ),
    ];
    for (const [view, filters] of views) {
      for (const question of await listFreeTextAnswers(db, actor, round, filters)) {
        const ownBreakdown =
          freeTextQuestions.find((q) => q.questionId === question.questionId)!.surveyKey === 'actor-followup'
            ? 'kind'
            : 'feedback';
        const applies =
          view === 'overall:all' || (view.startsWith('kind:') ? ownBreakdown === 'kind' : ownBreakdown === 'feedback');
        if (!applies) continue; // a filter of the other survey leaves this question's view unfiltered
        show(`free:${question.questionId}|${view}`, question.count);
        const lists = publication.lists.get(question.questionId) ?? new Map<string, string[]>();
        if (question.answers) lists.set(view, question.answers);
        publication.lists.set(question.questionId, lists);
      }
    }
    for (const { questionId, surveyKey } of freeTextQuestions) {
      const breakdowns =
        surveyKey === 'actor-followup' ? (['kind'] as const) : (['language', 'channel', 'targetGroup'] as const);
      for (const breakdown of breakdowns) {
        const keys = breakdown === 'kind' ? organisationKinds : groupKeys(full, breakdown);
        publication.tables.push({
          total: `free:${questionId}|overall:all`,
          parts: keys.map((key) => `free:${questionId}|${breakdown}:${key}`),
        });
      }
    }
  }
  return publication;
}

/** The groups a target-group filter can choose: those the dashboard lists. */
function groupKeys(dashboard: RoundDashboard, breakdown: 'language' | 'channel' | 'targetGroup'): string[] {
  const groups = {
    language: dashboard.targetGroups.byLanguage,
    channel: dashboard.targetGroups.byChannel,
    targetGroup: dashboard.targetGroups.byCategory,
  }[breakdown];
  return groups.map((group) => group.key);
}

/**
 * Texts an attacker can pin on a hidden group: for each way of splitting the round (kinds; languages; channels;
 * target groups), the texts of the unfiltered list that appear in no shown group's list.
 */
export function orphanTexts(publication: Publication): string[] {
  const orphans: string[] = [];
  for (const [questionId, lists] of publication.lists) {
    const all = lists.get('overall:all') ?? [];
    const breakdowns =
      freeTextQuestions.find((q) => q.questionId === questionId)!.surveyKey === 'actor-followup'
        ? ['kind']
        : ['language', 'channel', 'targetGroup'];
    for (const breakdown of breakdowns) {
      const inParts = new Set(
        [...lists].filter(([view]) => view.startsWith(`${breakdown}:`)).flatMap(([, texts]) => texts),
      );
      orphans.push(...all.filter((text) => !inParts.has(text)));
    }
  }
  return orphans;
}
