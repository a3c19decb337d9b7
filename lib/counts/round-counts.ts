// A closed round's counts are stored once, when it closes, and its dashboards read them instead of adding up the
// answer counts and the invitations again: a closed round takes no answers and no links, so its counts cannot
// change. Counts, not published figures: every reader (region or a coordinator's organisation, any comparison) is
// still published from them exactly as from the live counts. Whatever could make them out of date deletes them and
// the dashboards count live again: a release into the round (lib/responses/release.ts), a changed organisation kind
// (lib/organisations.ts), the deletion of the raw responses (lib/retention.ts; they are as fine-grained as those).
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '@/db/client';
import { organisationKind, roundCounts, rounds, surveyKey } from '@/db/schema';
import { holdReleaseLock } from '@/lib/responses/release';
import { aggregateInvitations, aggregateRound, type GroupCounts, type InvitationCounts } from './aggregate';

const STORED_COUNTS_VERSION = 1;
const count = z.number().int().nonnegative();

const storedCounts = z.object({
  version: z.literal(STORED_COUNTS_VERSION),
  groups: z.array(
    z.object({
      surveyKey: z.enum(surveyKey.enumValues),
      breakdown: z.enum(['overall', 'kind', 'organisation', 'language', 'channel', 'targetGroup', 'assistance']),
      key: z.string(),
      parentKey: z.string().nullable(),
      respondents: count,
      indicators: z.record(z.string(), z.object({ n: count, positive: count })),
    }),
  ),
  invitations: z.array(
    z.object({
      breakdown: z.enum(['overall', 'kind', 'organisation']),
      key: z.string(),
      parentKey: z.enum(organisationKind.enumValues).nullable(),
      made: count,
      used: count,
    }),
  ),
});

export type RoundCounts = { groups: GroupCounts[]; invitations: InvitationCounts[] };

/** The round's counts: stored ones for a closed round that has them, otherwise added up now. */
export async function roundCountsOf(db: DbOrTx, round: { id: number; status: string }): Promise<RoundCounts> {
  if (round.status === 'closed') {
    const [stored] = await db
      .select({ counts: roundCounts.counts })
      .from(roundCounts)
      .where(eq(roundCounts.roundId, round.id));
    if (stored) {
      const parsed = storedCounts.safeParse(stored.counts);
      if (!parsed.success)
        throw new Error(`the stored counts of round ${round.id} do not parse: ${z.prettifyError(parsed.error)}`);
      return { groups: parsed.data.groups, invitations: parsed.data.invitations };
    }
  }
  const [groups, invitations] = await Promise.all([aggregateRound(db, round.id), aggregateInvitations(db, round.id)]);
  return { groups, invitations };
}

/**
 * Stores a closed round's counts (closing a round calls it after its last release). Under the release lock, so a
 * release cannot slip in between adding up and storing; nothing is stored for a round not closed or already deleted.
 */
export async function storeClosedRoundCounts(db: Db, roundId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await holdReleaseLock(tx);
    const [round] = await tx
      .select({ id: rounds.id })
      .from(rounds)
      .where(
        sql`${rounds.id} = ${roundId} and ${rounds.status} = 'closed' and ${rounds.rawResponsesDeletedAt} is null`,
      );
    if (!round) return false;
    const [groups, invitations] = await Promise.all([aggregateRound(tx, roundId), aggregateInvitations(tx, roundId)]);
    const counts = { version: STORED_COUNTS_VERSION, groups, invitations };
    await tx
      .insert(roundCounts)
      .values({ roundId, counts })
      .onConflictDoUpdate({ target: roundCounts.roundId, set: { counts } });
    return true;
  });
}
