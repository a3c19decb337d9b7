// Running rounds: draft → open → closed. Strategists only. Opening freezes each survey's newest version.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '@/db/client';
import { rounds, roundSurveys, type Round } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { logFailure } from '@/lib/log';
import { storeClosedRoundCounts } from '@/lib/counts/round-counts';
import { releaseHeldAnswers } from '@/lib/responses/release';
import { latestSurvey, surveyKeys, type SurveyKey } from '@/surveys';

const isoDate = z
  .union([z.literal('').transform(() => null), z.iso.date('rounds.dateInvalid')])
  .nullable()
  .optional();

export const roundInput = z
  .object({
    name: z.string().trim().min(1, 'guard.required').max(120, 'guard.tooLong'),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rounds.slugInvalid')
      .max(60, 'guard.tooLong'),
    opensOn: isoDate,
    closesOn: isoDate,
    minGroupSize: z.coerce
      .number('rounds.minGroupSizeInvalid')
      .int('rounds.minGroupSizeInvalid')
      .min(3, 'rounds.minGroupSizeTooSmall')
      .max(1000, 'rounds.minGroupSizeInvalid'),
    /** Which surveys the round uses; a form sends the checked keys, comma-joined or repeated. */
    surveys: z
      .union([z.array(z.string()), z.string()])
      .transform((value) => (Array.isArray(value) ? value : value.split(',')).filter(Boolean))
      .pipe(z.array(z.enum(surveyKeys as [SurveyKey, ...SurveyKey[]])).min(1, 'rounds.surveysRequired')),
  })
  .refine((round) => !round.opensOn || !round.closesOn || round.opensOn <= round.closesOn, {
    message: 'rounds.closesBeforeOpens',
    path: ['closesOn'],
  });
export type RoundInput = z.input<typeof roundInput>;

export type RoundDetail = Round & { surveys: { key: SurveyKey; version: number }[] };

/** One round and its surveys (planned for a draft, frozen once opened). Every signed-in role may read it. */
export async function getRound(db: DbOrTx, actor: Actor | null, roundId: number): Promise<RoundDetail> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const [round] = await db.select().from(rounds).where(eq(rounds.id, roundId));
  if (!round) throw new NotFound();
  const frozen = await db
    .select({ key: roundSurveys.surveyKey, version: roundSurveys.surveyVersion })
    .from(roundSurveys)
    .where(eq(roundSurveys.roundId, roundId));
  return { ...round, surveys: frozen };
}

export async function createRound(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof roundInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(rounds)
      .values({ ...pickRoundColumns(input), status: 'draft' })
      .onConflictDoNothing({ target: rounds.slug })
      .returning({ id: rounds.id });
    if (!created.length) return fail('guard.checkFields', { slug: 'rounds.slugTaken' });
    await setPlannedSurveys(tx, created[0].id, input.surveys);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'round.create',
      targetType: 'round',
      targetId: created[0].id,
      outcome: 'ok',
    });
    return ok({ id: created[0].id });
  });
}

/** Only a draft can be edited: an open or closed round's meaning is fixed. */
export async function updateRound(
  db: DbOrTx,
  actor: Actor,
  roundId: number,
  input: z.output<typeof roundInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(rounds).where(eq(rounds.id, roundId)).for('update');
    if (!round) throw new NotFound();
    if (round.status !== 'draft') return fail('rounds.onlyDraftEditable');
    const [clash] = await tx
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.slug, input.slug), sql`${rounds.id} <> ${roundId}`));
    if (clash) return fail('guard.checkFields', { slug: 'rounds.slugTaken' });
    await tx.update(rounds).set(pickRoundColumns(input)).where(eq(rounds.id, roundId));
    await setPlannedSurveys(tx, roundId, input.surveys);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'round.update',
      targetType: 'round',
      targetId: roundId,
      outcome: 'ok',
    });
    return ok({ id: roundId });
  });
}

/** Opening freezes a snapshot of the newest version of each planned survey; later edits of the files change nothing. */
export async function openRound(db: DbOrTx, actor: Actor, roundId: number): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(rounds).where(eq(rounds.id, roundId)).for('update');
    if (!round) throw new NotFound();
    if (round.status !== 'draft') return fail('rounds.onlyDraftOpens');
    const planned = await tx
      .select({ key: roundSurveys.surveyKey })
      .from(roundSurveys)
      .where(eq(roundSurveys.roundId, roundId));
    if (!planned.length) return fail('rounds.surveysRequired');
    for (const { key } of planned) {
      const survey = latestSurvey(key);
      await tx
        .update(roundSurveys)
        .set({ surveyVersion: survey.version, definition: survey.json, frozenAt: sql`now()` })
        .where(and(eq(roundSurveys.roundId, roundId), eq(roundSurveys.surveyKey, key)));
    }
    await tx.update(rounds).set({ status: 'open' }).where(eq(rounds.id, roundId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'round.open',
      targetType: 'round',
      targetId: roundId,
      outcome: 'ok',
      details: { surveys: planned.map(({ key }) => `${key}@${latestSurvey(key).version}`) },
    });
    return ok({ id: roundId });
  });
}

/**
 * Closing releases all of the round's held answers as its last batch, so the report sees every answer. The release is
 * a transaction of its own, after the close: the close writes an audit row, and a release shares its transaction with
 * nothing dated. Should it fail, the answers stay held and the daily release takes them (a closed round is always due).
 * Then the round's counts are stored for its dashboards (lib/counts/round-counts.ts).
 */
export async function closeRound(db: Db, actor: Actor, roundId: number): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  const closed = await db.transaction(async (tx) => {
    const [round] = await tx.select().from(rounds).where(eq(rounds.id, roundId)).for('update');
    if (!round) throw new NotFound();
    if (round.status !== 'open') return fail('rounds.onlyOpenCloses');
    await tx.update(rounds).set({ status: 'closed' }).where(eq(rounds.id, roundId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'round.close',
      targetType: 'round',
      targetId: roundId,
      outcome: 'ok',
    });
    return ok({ id: roundId });
  });
  if (!closed.ok) return closed;
  await releaseHeldAnswers(db, { roundId }).catch((error: unknown) => logFailure('round.close release', error));
  // Its counts cannot change any more: stored once, its dashboards need not add them up again. Without them (a failed
  // release or store) they count live, as before.
  await storeClosedRoundCounts(db, roundId).catch((error: unknown) => logFailure('round.close counts', error));
  return closed;
}

function pickRoundColumns(input: z.output<typeof roundInput>) {
  return {
    name: input.name,
    slug: input.slug,
    opensOn: input.opensOn ?? null,
    closesOn: input.closesOn ?? null,
    minGroupSize: input.minGroupSize,
  };
}

/**
 * A draft keeps its chosen surveys as round_surveys rows holding the newest definition at the time of choosing;
 * opening the round overwrites them with the newest version again and that snapshot is final.
 */
async function setPlannedSurveys(tx: DbOrTx, roundId: number, keys: SurveyKey[]) {
  await tx.delete(roundSurveys).where(eq(roundSurveys.roundId, roundId));
  await tx.insert(roundSurveys).values(
    keys.map((key) => {
      const survey = latestSurvey(key);
      return { roundId, surveyKey: key, surveyVersion: survey.version, definition: survey.json };
    }),
  );
}
