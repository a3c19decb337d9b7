// Reading rounds. Every function takes the actor who asks and checks it.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import type { RoundStatus } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { reportableCount } from '@/lib/suppression';

export type RoundSummary = {
  id: number;
  slug: string;
  name: string;
  status: RoundStatus;
  opensOn: string | null;
  closesOn: string | null;
  minGroupSize: number;
  /** null when fewer than the minimum group size answered. */
  responseCount: number | null;
};

/**
 * All rounds with their total number of responses; every signed-in role may see the list. The totals come from the
 * answer counts (the respondent rows of response_answer_counts, kept by a trigger as responses arrive), or, for a
 * round whose raw responses were deleted, from the figures stored then: never from raw responses, so every page
 * shows the same totals before and after the deletion. The dashboards publish each survey's total, so a round total
 * beside one hidden survey total would give it away by subtraction: it is shown only when both survey totals are.
 */
export async function listRounds(db: DbOrTx, actor: Actor | null): Promise<RoundSummary[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const rows = await queryRows<{
    id: number;
    slug: string;
    name: string;
    status: RoundSummary['status'];
    opens_on: string | null;
    closes_on: string | null;
    min_group_size: number;
    deleted: boolean;
    actor_count: number;
    feedback_count: number;
    stored_actor_count: number | null;
    stored_feedback_count: number | null;
  }>(
    db,
    sql`select r.id, r.slug, r.name, r.status, r.opens_on::text, r.closes_on::text, r.min_group_size,
          r.raw_responses_deleted_at is not null as deleted,
          coalesce(c.actor_count, 0)::int as actor_count, coalesce(c.feedback_count, 0)::int as feedback_count,
          (a.figures #>> '{actors,overall,respondents}')::int as stored_actor_count,
          (a.figures #>> '{targetGroups,overall,respondents}')::int as stored_feedback_count
        from rounds r
        left join (
          select round_id, sum(count) filter (where survey_key = 'actor-followup') as actor_count,
            sum(count) filter (where survey_key = 'target-feedback') as feedback_count
          from response_answer_counts where question_id = '' group by round_id
        ) c on c.round_id = r.id
        left join round_aggregates a on a.round_id = r.id and r.raw_responses_deleted_at is not null
        order by r.opens_on desc nulls last, r.id desc`,
  );
  return rows.map((row) => {
    // The stored figures are already suppressed (null when hidden); the live counts are suppressed here alike.
    const [actorTotal, feedbackTotal] = row.deleted
      ? [row.stored_actor_count, row.stored_feedback_count]
      : [reportableCount(row.actor_count, row.min_group_size), reportableCount(row.feedback_count, row.min_group_size)];
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      status: row.status,
      opensOn: row.opens_on,
      closesOn: row.closes_on,
      minGroupSize: row.min_group_size,
      responseCount: actorTotal !== null && feedbackTotal !== null ? actorTotal + feedbackTotal : null,
    };
  });
}
