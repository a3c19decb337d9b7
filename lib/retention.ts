// Privacy rule 6: once the decision is taken, a strategist may delete a closed round's raw responses. What stays is
// the suppressed figures (round_aggregates, which the dashboards then read) and the locked reports' own figures.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import {
  heldResponses,
  reportVersions,
  responseAnswerCounts,
  responses,
  roundAggregates,
  roundCounts,
  rounds,
} from '@/db/schema';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { figuresToStore } from '@/lib/analytics/stored-figures';
import { recordAudit } from '@/lib/audit';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';

export const deleteRawResponsesInput = z.object({
  roundId: z.coerce.number().int().positive(),
  /** Second confirmation: the round's name typed out. */
  confirmName: z.string().trim(),
  /** First confirmation: the box "I understand this cannot be undone". */
  confirm: z.literal('yes', { message: 'retention.error.confirm' }),
});

export async function deleteRawResponses(
  db: Db,
  actor: Actor | null,
  input: z.output<typeof deleteRawResponsesInput>,
): Promise<Result<{ deleted: number }>> {
  const strategist = requireRole(actor, 'strategist');
  const [round] = await db.select().from(rounds).where(eq(rounds.id, input.roundId));
  if (!round) return fail('report.error.noRound');
  const refuse = async (error: Parameters<typeof fail>[0]) => {
    await recordAudit(db, {
      actorUserId: strategist.userId,
      action: 'responses.delete',
      targetType: 'round',
      targetId: round.id,
      outcome: 'denied',
      details: { reason: error },
    });
    return fail(error);
  };
  if (input.confirmName !== round.name) return refuse('retention.error.confirm');
  if (round.status !== 'closed') return refuse('retention.error.notClosed');
  if (round.rawResponsesDeletedAt) return refuse('retention.error.alreadyDeleted');
  const [locked] = await db
    .select({ id: reportVersions.id })
    .from(reportVersions)
    .where(and(eq(reportVersions.roundId, round.id), isNotNull(reportVersions.lockedAt)))
    .limit(1);
  if (!locked) return refuse('retention.error.noLockedReport');

  const figures = (await computeRoundDashboard(db, strategist, round.id))!;
  return db.transaction(async (tx) => {
    await tx
      .insert(roundAggregates)
      .values({ roundId: round.id, figures: figuresToStore(figures) })
      .onConflictDoUpdate({
        target: roundAggregates.roundId,
        set: { figures: figuresToStore(figures), computedAt: sql`now()` },
      });
    const deleted = await tx.delete(responses).where(eq(responses.roundId, round.id)).returning({ id: responses.id });
    // Answers that arrived too late to be released go too: a deleted round keeps no raw answer anywhere.
    await tx.delete(heldResponses).where(eq(heldResponses.roundId, round.id));
    // The running answer counts are as fine-grained as the responses themselves: only suppressed figures stay.
    await tx.delete(responseAnswerCounts).where(eq(responseAnswerCounts.roundId, round.id));
    await tx.delete(roundCounts).where(eq(roundCounts.roundId, round.id));
    await tx
      .update(rounds)
      .set({ rawResponsesDeletedAt: sql`now()` })
      .where(eq(rounds.id, round.id));
    await recordAudit(tx, {
      actorUserId: strategist.userId,
      action: 'responses.delete',
      targetType: 'round',
      targetId: round.id,
      outcome: 'ok',
      details: { deleted: deleted.length },
    });
    return ok({ deleted: deleted.length });
  });
}
