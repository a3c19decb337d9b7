// Storing an answer to the actor follow-up, through a one-time link or signed in. Either way the response row
// holds the round, the survey version, the organisation (from the link or the account, never from the request),
// the locale, the answers and the ISO week: nothing that leads back to a token or a person. It is held until a
// release counts it (lib/responses/release.ts).
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db, type DbOrTx } from '@/db/client';
import { roundParticipations, rounds, roundSurveys } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { isoWeek } from '@/lib/dates';
import { checkInvitation, useInvitation } from '@/lib/invitations';
import { consumeRateLimit } from '@/lib/rate-limit';
import { scrubFreeText } from '@/lib/surveys/scrub';
import { validateAnswers } from '@/lib/surveys/validate-answers';

export const ACTOR_SURVEY = 'actor-followup' as const;

export const actorAnswerInput = z.object({
  idempotencyKey: z.uuid('answer.invalidRequest'),
  locale: z.enum(['sv', 'en'], 'answer.invalidRequest'),
  answers: z.record(z.string(), z.unknown(), 'answer.invalidRequest'),
});
export type ActorAnswerInput = z.output<typeof actorAnswerInput>;

export type AnswerSource = { via: 'invitation'; token: string } | { via: 'account'; actor: Actor; roundId: number };

/** `stored: false` means this idempotency key was stored before: a retry, answered as a success. */
export type SubmitOutcome = { stored: boolean };

// One bucket for all links: a per-link or per-address bucket would record when a link was used (DESIGN.md rule 2).
export const INVITATION_ANSWER_LIMIT = { limit: 600, windowSeconds: 60 };

/** Too many answers through links this minute: the client is asked to wait. */
export type Throttled = { throttled: true; retryAfterSeconds: number };

/** An answer through a one-time link, counted against the shared limit first. */
export async function submitInvitationAnswer(
  db: Db,
  token: string,
  input: ActorAnswerInput,
): Promise<Result<SubmitOutcome> | Throttled> {
  const limit = await consumeRateLimit(db, 'answer:invitation', INVITATION_ANSWER_LIMIT);
  if (!limit.allowed) return { throttled: true, retryAfterSeconds: limit.retryAfterSeconds };
  return submitActorResponse(db, { via: 'invitation', token }, input);
}

export async function submitActorResponse(
  db: Db,
  source: AnswerSource,
  input: ActorAnswerInput,
): Promise<Result<SubmitOutcome>> {
  if (await alreadyStored(db, input.idempotencyKey)) return ok({ stored: false });

  const target = await resolveTarget(db, source);
  if (!target.ok) return target;
  const { roundId, organisationId } = target.value;

  const snapshot = await actorSurveySnapshot(db, roundId);
  if (!snapshot) return fail('answer.surveyNotInRound');
  const checked = validateAnswers(snapshot.definition, input.answers);
  if (!checked.ok) return fail('answer.invalidAnswers', questionErrors(checked.errors));
  // Privacy rule 4: identity numbers, phone numbers and e-mail addresses never reach the database.
  const answers = scrubFreeText(checked.answers, snapshot.definition);

  return db
    .transaction(async (tx) => {
      if (source.via === 'invitation') {
        // Marked used in the same transaction that holds the answer (rule 2); the loser of a race gets null.
        const used = await useInvitation(tx, source.token);
        if (!used) {
          const now = await checkInvitation(tx, source.token);
          return fail(now.ok ? 'invitations.used' : now.error);
        }
      } else {
        const [open] = await tx
          .select({ id: rounds.id })
          .from(rounds)
          .where(and(eq(rounds.id, roundId), eq(rounds.status, 'open')))
          .for('share');
        if (!open) return fail('answer.roundNotOpen');
        const first = await tx
          .insert(roundParticipations)
          .values({ roundId, userId: source.actor.userId })
          .onConflictDoNothing()
          .returning();
        if (!first.length) return fail('answer.alreadyAnswered');
      }
      // Held, not counted yet: this transaction's id is on the invitation or the participation (rule 2); a release
      // moves the answer into responses in a shuffled batch (lib/responses/release.ts). A key already released inserts
      // nothing, like a key already held.
      const stored = await queryRows<{ id: string }>(
        tx,
        sql`
        insert into held_responses (idempotency_key, round_id, survey_key, survey_version, organisation_id, locale, answers, submitted_week)
        select ${input.idempotencyKey}::uuid, ${roundId}::int, ${ACTOR_SURVEY}::survey_key, ${snapshot.version}::int, ${organisationId}::int,
               ${input.locale}, ${JSON.stringify(answers)}::jsonb, ${isoWeek(new Date())}
        where not exists (select 1 from responses where idempotency_key = ${input.idempotencyKey}::uuid)
        on conflict (idempotency_key) do nothing
        returning id`,
      );
      // The same key stored by a simultaneous retry: undo this link's use or participation, report success.
      if (!stored.length) tx.rollback();
      return ok({ stored: true });
    })
    .catch((error: unknown) => {
      if (error instanceof Error && error.name === 'TransactionRollbackError') return ok({ stored: false });
      throw error;
    });
}

/** Whether a signed-in staff member may answer this round now, and why not. */
export async function accountAnswerStatus(
  db: DbOrTx,
  actor: Actor | null,
  roundId: number,
): Promise<'can-answer' | 'answered' | 'no-organisation' | 'round-not-open'> {
  const asker = requireRole(actor, 'strategist', 'coordinator', 'viewer');
  if (!asker.organisationId) return 'no-organisation';
  const [round] = await db.select({ status: rounds.status }).from(rounds).where(eq(rounds.id, roundId));
  if (round?.status !== 'open') return 'round-not-open';
  const [answered] = await db
    .select({ roundId: roundParticipations.roundId })
    .from(roundParticipations)
    .where(and(eq(roundParticipations.roundId, roundId), eq(roundParticipations.userId, asker.userId)));
  return answered ? 'answered' : 'can-answer';
}

/** The frozen actor survey of a round, for showing it: the answer page builds its model from exactly this. */
export async function actorSurveySnapshot(db: DbOrTx, roundId: number) {
  const [row] = await db
    .select({ version: roundSurveys.surveyVersion, definition: roundSurveys.definition })
    .from(roundSurveys)
    .where(and(eq(roundSurveys.roundId, roundId), eq(roundSurveys.surveyKey, ACTOR_SURVEY)));
  return row ?? null;
}

async function resolveTarget(
  db: DbOrTx,
  source: AnswerSource,
): Promise<Result<{ roundId: number; organisationId: number }>> {
  if (source.via === 'invitation') {
    const invitation = await checkInvitation(db, source.token);
    return invitation.ok
      ? ok({ roundId: invitation.roundId, organisationId: invitation.organisationId })
      : fail(invitation.error);
  }
  const status = await accountAnswerStatus(db, source.actor, source.roundId);
  if (status === 'no-organisation') return fail('answer.noOrganisation');
  if (status === 'round-not-open') return fail('answer.roundNotOpen');
  if (status === 'answered') return fail('answer.alreadyAnswered');
  return ok({ roundId: source.roundId, organisationId: source.actor.organisationId! });
}

/** Held or released: one statement, so a release moving the row between the two tables cannot hide it. */
async function alreadyStored(db: DbOrTx, idempotencyKey: string): Promise<boolean> {
  const [row] = await queryRows<{ stored: boolean }>(
    db,
    sql`select exists (select 1 from held_responses where idempotency_key = ${idempotencyKey}::uuid)
            or exists (select 1 from responses where idempotency_key = ${idempotencyKey}::uuid) as stored`,
  );
  return Boolean(row?.stored);
}

function questionErrors(errors: { questionId?: string; code: string }[]) {
  const fields: Record<string, 'answer.questionInvalid'> = {};
  for (const error of errors) fields[error.questionId ?? '_'] = 'answer.questionInvalid';
  return fields;
}
