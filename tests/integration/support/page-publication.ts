// Everything one reader can see of a round on every page, by changing every filter: the dashboards (unfiltered and
// per kind), the decision report's figures, the invitations page, the overview's round total and the free-text view
// (counts and lists, per language and kind, and both together). Flattened to figure → value (null when hidden),
// the sums that hold between figures, and each list of texts, so the differencing attack can run over all of it.
import type { Db } from '@/db/client';
import { computeRoundDashboard, type RoundDashboard } from '@/lib/analytics/dashboard';
import { organisationKinds } from '@/lib/organisations';
import { freeTextQuestions, listFreeTextAnswers, type FreeTextFilters } from '@/lib/analytics/free-text';
import { surveyLanguages } from '@/lib/i18n/locales';
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
    // Every language × kind the free-text filters can be set to (the question filter only picks which questions are
    // listed), each list whole. Its counts are the numbers of texts shown: no total a hidden cell is part of.
    const round = { id: roundId, minGroupSize: full.round.minGroupSize };
    for (const language of [undefined, ...surveyLanguages.map((l) => l.code)]) {
      for (const kind of [undefined, ...organisationKinds]) {
        const filters: FreeTextFilters = { language, organisationKind: kind };
        const view = `language:${language ?? 'all'}|kind:${kind ?? 'all'}`;
        const { questions } = await listFreeTextAnswers(db, actor, round, filters, { offset: 0 });
        for (const { questionId, shown } of questions) {
          show(`free:${questionId}|${view}`, shown?.total ?? null);
          const lists = publication.lists.get(questionId) ?? new Map<string, string[]>();
          if (shown)
            lists.set(
              view,
              shown.answers.map((answer) => answer.text),
            );
          publication.lists.set(questionId, lists);
        }
      }
    }
  }
  return publication;
}

/**
 * Texts an attacker can pin on a hidden group: those of a list that appear in none of its parts' lists, for each
 * way of splitting it (the unfiltered list by kind and by language; a language's list by kind; a kind's by language).
 */
export function orphanTexts(publication: Publication): string[] {
  const orphans: string[] = [];
  for (const [questionId, lists] of publication.lists) {
    const hasKind = freeTextQuestions.some((q) => q.questionId === questionId && q.surveyKey === 'actor-followup');
    for (const [view, texts] of lists) {
      const [language, kind] = view.split('|');
      for (const split of ['language', 'kind'] as const) {
        const own = split === 'language' ? language : kind;
        // The target groups' comment has no kind: a kind filter leaves it out.
        if (own !== `${split}:all` || (split === 'kind' && !hasKind)) continue;
        const parts = [...lists].filter(([other]) => {
          const [otherLanguage, otherKind] = other.split('|');
          return split === 'language'
            ? otherKind === kind && otherLanguage !== 'language:all'
            : otherLanguage === language && otherKind !== 'kind:all';
        });
        const inParts = new Set(parts.flatMap(([, partTexts]) => partTexts));
        orphans.push(...texts.filter((text) => !inParts.has(text)));
      }
    }
  }
  return orphans;
}
