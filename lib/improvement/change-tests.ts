// Tests of change (PDSA cycles): plan — the idea, what we predict, who, where, when; do — what happened; study — the
// result against the prediction; act — adopt, adapt or abandon. Each cycle is dated, and its dates run forward.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { changeTestDecision, changeTests, type ChangeTest } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { isoDate, requireInitiativeEditor } from './initiatives';

export type { ChangeTest };

/** The decisions a test of change may end in (PDSA's "act"). */
export const changeTestDecisions = changeTestDecision.enumValues;

const text = (max: number) => z.string().trim().max(max, 'guard.tooLong').default('');

export const changeTestInput = z.object({
  idea: z.string().trim().min(1, 'guard.required').max(1000, 'guard.tooLong'),
  prediction: z.string().trim().min(1, 'guard.required').max(1000, 'guard.tooLong'),
  who: text(300),
  place: text(300),
  startsOn: isoDate,
  endsOn: z.preprocess((value) => (value === '' ? undefined : value), isoDate.optional()),
  happened: text(4000),
  studied: text(4000),
  decision: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(changeTestDecision.enumValues, 'guard.invalidValue').optional(),
  ),
});
export type ChangeTestInput = z.output<typeof changeTestInput>;

function checkDates(input: ChangeTestInput): Result<null> {
  if (input.endsOn && input.endsOn < input.startsOn)
    return fail('guard.checkFields', { endsOn: 'improvement.datesOutOfOrder' });
  // Acting on a test means it has been studied, so a decision needs a result to stand on.
  if (input.decision && !input.studied)
    return fail('guard.checkFields', { studied: 'improvement.changeTest.studyFirst' });
  return ok(null);
}

function row(input: ChangeTestInput) {
  return { ...input, endsOn: input.endsOn ?? null, decision: input.decision ?? null };
}

export async function listChangeTests(db: DbOrTx, actor: Actor | null, initiativeId: number): Promise<ChangeTest[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  return db
    .select()
    .from(changeTests)
    .where(eq(changeTests.initiativeId, initiativeId))
    .orderBy(asc(changeTests.startsOn), asc(changeTests.id));
}

export async function createChangeTest(
  db: DbOrTx,
  actor: Actor | null,
  initiativeId: number,
  input: ChangeTestInput,
): Promise<Result<{ id: number }>> {
  const dates = checkDates(input);
  if (!dates.ok) return dates;
  return db.transaction(async (tx) => {
    const editor = await requireInitiativeEditor(tx, actor, initiativeId);
    const [created] = await tx
      .insert(changeTests)
      .values({ ...row(input), initiativeId })
      .returning({ id: changeTests.id });
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'change_test.create',
      targetType: 'change_test',
      targetId: created.id,
      outcome: 'ok',
      details: { initiativeId, after: row(input) },
    });
    return ok(created);
  });
}

export async function updateChangeTest(
  db: DbOrTx,
  actor: Actor | null,
  changeTestId: number,
  input: ChangeTestInput,
): Promise<Result<{ id: number }>> {
  const dates = checkDates(input);
  if (!dates.ok) return dates;
  return db.transaction(async (tx) => {
    requireRole(actor, 'strategist', 'coordinator');
    const [before] = await tx.select().from(changeTests).where(eq(changeTests.id, changeTestId));
    if (!before) throw new NotFound();
    const editor = await requireInitiativeEditor(tx, actor, before.initiativeId);
    await tx.update(changeTests).set(row(input)).where(eq(changeTests.id, changeTestId));
    const { id: _id, initiativeId: _initiative, createdAt: _created, ...beforeFields } = before;
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'change_test.update',
      targetType: 'change_test',
      targetId: changeTestId,
      outcome: 'ok',
      details: { initiativeId: before.initiativeId, before: beforeFields, after: row(input) },
    });
    return ok({ id: changeTestId });
  });
}
