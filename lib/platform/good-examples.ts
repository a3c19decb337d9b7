// Good examples on the platform: step 3 of the improvement model (joint learning) shares what worked. A test of
// change whose act decision was "adopt", or a finished initiative, is published with what was done and what was
// learnt; its owning organisations are the initiative's owners, and it links back to the initiative. Every signed-in
// role reads them; whoever may edit the initiative publishes (coordinators of its owners, strategists any; another
// organisation's initiative answers 404). Publishing is audit-logged. Initiatives are staff work: no respondent data.
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import {
  changeTests,
  goodExamples,
  initiativeOwners,
  initiatives,
  organisations,
  type ChangeTest,
  type Initiative,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { requireInitiativeEditor } from '@/lib/improvement/initiatives';

const text = (max: number) => z.string().trim().min(1, 'guard.required').max(max, 'guard.tooLong');

export const goodExampleInput = z.object({
  initiativeId: z.coerce.number().int().positive(),
  /** The adopted test of change; absent (or "") for a finished initiative as a whole. */
  changeTestId: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().positive().optional(),
  ),
  title: text(200),
  whatWasDone: text(4000),
  whatWasLearnt: text(4000),
});
export type GoodExampleInput = z.output<typeof goodExampleInput>;

export type GoodExampleView = {
  id: number;
  initiativeId: number;
  initiativeTitle: string;
  changeTestId: number | null;
  title: string;
  whatWasDone: string;
  whatWasLearnt: string;
  owners: string[];
  publishedAt: Date;
};

/** What a publishing form starts from: a test's idea, what happened and what was studied; or an initiative's title, aim and learning. */
export function goodExampleDraft(
  from: Pick<ChangeTest, 'idea' | 'happened' | 'studied'> | Pick<Initiative, 'title' | 'aimWhat' | 'learnt'>,
) {
  return 'idea' in from
    ? { title: from.idea, whatWasDone: from.happened, whatWasLearnt: from.studied }
    : { title: from.title, whatWasDone: from.aimWhat, whatWasLearnt: from.learnt };
}

/** Every good example, newest first; or one initiative's. */
export async function listGoodExamples(
  db: DbOrTx,
  actor: Actor | null,
  filter: { initiativeId?: number } = {},
): Promise<GoodExampleView[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const where: SQL | undefined =
    filter.initiativeId === undefined ? undefined : eq(goodExamples.initiativeId, filter.initiativeId);
  return db
    .select({
      id: goodExamples.id,
      initiativeId: goodExamples.initiativeId,
      initiativeTitle: initiatives.title,
      changeTestId: goodExamples.changeTestId,
      title: goodExamples.title,
      whatWasDone: goodExamples.whatWasDone,
      whatWasLearnt: goodExamples.whatWasLearnt,
      owners: sql<
        string[]
      >`coalesce((select array_agg(o.name order by o.name) from ${initiativeOwners} io join ${organisations} o on o.id = io.organisation_id where io.initiative_id = ${goodExamples.initiativeId}), '{}')`,
      publishedAt: goodExamples.publishedAt,
    })
    .from(goodExamples)
    .innerJoin(initiatives, eq(initiatives.id, goodExamples.initiativeId))
    .where(where)
    .orderBy(desc(goodExamples.publishedAt), desc(goodExamples.id));
}

/**
 * Publishes an adopted test of change, or a finished initiative, as a good example. Refused with a message when
 * the idea is not adopted (or the initiative not finished), when the test belongs to another initiative, or when it
 * is published already.
 */
export async function publishGoodExample(
  db: DbOrTx,
  actor: Actor | null,
  input: GoodExampleInput,
): Promise<Result<{ id: number }>> {
  return db.transaction(async (tx) => {
    const editor = await requireInitiativeEditor(tx, actor, input.initiativeId);
    const eligible = await checkEligible(tx, input);
    if (!eligible.ok) return eligible;
    const [published] = await tx
      .select({ id: goodExamples.id })
      .from(goodExamples)
      .where(
        and(
          eq(goodExamples.initiativeId, input.initiativeId),
          input.changeTestId === undefined
            ? isNull(goodExamples.changeTestId)
            : eq(goodExamples.changeTestId, input.changeTestId),
        ),
      );
    if (published) return fail('platform.goodExample.alreadyPublished');
    const fields = {
      initiativeId: input.initiativeId,
      changeTestId: input.changeTestId ?? null,
      title: input.title,
      whatWasDone: input.whatWasDone,
      whatWasLearnt: input.whatWasLearnt,
    };
    const [created] = await tx
      .insert(goodExamples)
      .values({ ...fields, publishedByUserId: editor.userId })
      .returning({ id: goodExamples.id });
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'good_example.publish',
      targetType: 'good_example',
      targetId: created.id,
      outcome: 'ok',
      details: { before: null, after: fields },
    });
    return ok(created);
  });
}

async function checkEligible(db: DbOrTx, input: GoodExampleInput): Promise<Result<null>> {
  if (input.changeTestId === undefined) {
    const [initiative] = await db
      .select({ status: initiatives.status })
      .from(initiatives)
      .where(eq(initiatives.id, input.initiativeId));
    return initiative?.status === 'finished' ? ok(null) : fail('platform.goodExample.notFinished');
  }
  const [test] = await db
    .select({ initiativeId: changeTests.initiativeId, decision: changeTests.decision })
    .from(changeTests)
    .where(eq(changeTests.id, input.changeTestId));
  if (!test || test.initiativeId !== input.initiativeId) return fail('guard.notFound');
  return test.decision === 'adopt' ? ok(null) : fail('platform.goodExample.notAdopted');
}
