// Reading rounds. Every function takes the actor who asks and checks it.
import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { responses, rounds } from '@/db/schema';
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

/** All rounds with their total number of responses; every signed-in role may see the list. */
export async function listRounds(db: DbOrTx, actor: Actor | null): Promise<RoundSummary[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const counts = db
    .select({ roundId: responses.roundId, count: sql<number>`count(*)::int`.as('count') })
    .from(responses)
    .groupBy(responses.roundId)
    .as('counts');
  const rows = await db
    .select({
      id: rounds.id,
      slug: rounds.slug,
      name: rounds.name,
      status: rounds.status,
      opensOn: rounds.opensOn,
      closesOn: rounds.closesOn,
      minGroupSize: rounds.minGroupSize,
      count: sql<number>`coalesce(${counts.count}, 0)::int`,
    })
    .from(rounds)
    .leftJoin(counts, sql`${counts.roundId} = ${rounds.id}`)
    .orderBy(desc(rounds.opensOn), desc(rounds.id));
  return rows.map(({ count, ...round }) => ({ ...round, responseCount: reportableCount(count, round.minGroupSize) }));
}
