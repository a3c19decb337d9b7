// Reading rounds. Every function takes the actor who asks and checks it.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { reportableCount } from '@/lib/analytics/suppression';

export type RoundSummary = {
  id: number;
  slug: string;
  name: string;
  status: 'draft' | 'open' | 'closed';
  opensOn: string | null;
  closesOn: string | null;
  minGroupSize: number;
  /** null when fewer than the minimum group size answered. */
  responseCount: number | null;
};

/**
 * All rounds with their total number of responses; every signed-in role may see the list. The dashboards publish
 * each survey's total, so a round total beside one hidden survey total would give it away by subtraction: the
 * total is shown only when each survey's own count reaches the minimum group size.
 */
export async function listRounds(db: DbOrTx, actor: Actor | null): Promise<RoundSummary[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const rows = await queryRows<{
    id: number; slug: string; name: string; status: RoundSummary['status']; opens_on: string | null; closes_on: string | null;
    min_group_size: number; actor_count: number; feedback_count: number;
  }>(
    db,
    sql`select r.id, r.slug, r.name, r.status, r.opens_on::text, r.closes_on::text, r.min_group_size,
          count(s.id) filter (where s.survey_key = 'actor-followup')::int as actor_count,
          count(s.id) filter (where s.survey_key = 'target-feedback')::int as feedback_count
        from rounds r left join responses s on s.round_id = r.id
        group by r.id order by r.opens_on desc nulls last, r.id desc`,
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    minGroupSize: row.min_group_size,
    responseCount:
      reportableCount(row.actor_count, row.min_group_size) !== null && reportableCount(row.feedback_count, row.min_group_size) !== null
        ? row.actor_count + row.feedback_count
        : null,
  }));
}
