// Each indicator over every round with results, the region as a whole: the same figures as each round's dashboard.
import type { DbOrTx } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { listRounds } from '@/lib/rounds/queries';
import { indicators } from '@/surveys';
import { computeRoundDashboard, type IndicatorFigure, type RoundDashboard, type RoundRef } from './dashboard';

export type IndicatorTrend = { indicatorId: string; points: { round: RoundRef; figure: IndicatorFigure | null }[] };

export async function computeTrends(
  db: DbOrTx,
  actor: Actor | null,
): Promise<{ rounds: RoundRef[]; trends: IndicatorTrend[] }> {
  requireRole(actor, 'strategist', 'viewer', 'coordinator');
  const rounds = (await listRounds(db, actor)).filter((round) => round.status !== 'draft').reverse();
  const dashboards: RoundDashboard[] = [];
  for (const [index, round] of rounds.entries()) {
    const previous = rounds[index - 1]?.id ?? null;
    dashboards.push((await computeRoundDashboard(db, actor, round.id, { compareRoundId: previous }))!);
  }
  return {
    rounds: rounds.map(({ id, slug, name }) => ({ id, slug, name })),
    trends: indicators.map((indicator) => ({
      indicatorId: indicator.id,
      points: dashboards.map((dashboard) => ({
        round: { id: dashboard.round.id, slug: dashboard.round.slug, name: dashboard.round.name },
        figure: (indicator.surveyKey === 'actor-followup' ? dashboard.actors.overall : dashboard.targetGroups.overall)
          .indicators[indicator.id],
      })),
    })),
  };
}
