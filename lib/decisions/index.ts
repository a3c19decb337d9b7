// Each principal's decision on extending the strategy for a period (DOMAIN.md: after every follow-up each
// principal decides). Everyone signed in may read the board; only strategists record decisions.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import {
  decisionStatus,
  extensionDecisions,
  organisations,
  type DecisionStatus,
  type OrganisationKind,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, validationFailure, type Result } from '@/lib/result';

export type DecisionRow = {
  organisationId: number;
  organisationName: string;
  organisationKind: OrganisationKind;
  status: DecisionStatus;
  decidedOn: string | null;
  decidingBody: string | null;
  caseNumber: string | null;
};

/** Periods are written like the board minutes: "2024–2025" (an en dash; a hyphen is accepted and normalised). */
export const periodSchema = z
  .string()
  .trim()
  .regex(/^(\d{4})\s*[–-]\s*(\d{4})$/, 'decisions.error.period')
  .transform((value) => value.replace(/\s*[–-]\s*/, '–'))
  .refine((value) => Number(value.slice(5)) >= Number(value.slice(0, 4)), 'decisions.error.period');

export const decisionInput = z
  .object({
    organisationId: z.coerce.number().int().positive(),
    period: periodSchema,
    status: z.enum(decisionStatus.enumValues),
    decidedOn: z.iso
      .date('decisions.error.date')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    decidingBody: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((value) => value || undefined),
    caseNumber: z
      .string()
      .trim()
      .max(50)
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((input, context) => {
    if (input.status === 'pending') return;
    if (!input.decidedOn)
      context.addIssue({ code: 'custom', path: ['decidedOn'], message: 'decisions.error.dateRequired' });
    if (!input.decidingBody)
      context.addIssue({ code: 'custom', path: ['decidingBody'], message: 'decisions.error.bodyRequired' });
  });

export type DecisionInput = z.input<typeof decisionInput>;

/** Every principal with its decision for the period; a principal that has recorded nothing is pending. */
export async function listDecisionBoard(db: Db, actor: Actor | null, period: string): Promise<DecisionRow[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const normalised = periodSchema.parse(period);
  const rows = await db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      status: sql<DecisionStatus>`coalesce(${extensionDecisions.status}, 'pending')`,
      decidedOn: extensionDecisions.decidedOn,
      decidingBody: extensionDecisions.decidingBody,
      caseNumber: extensionDecisions.caseNumber,
    })
    .from(organisations)
    .leftJoin(
      extensionDecisions,
      and(eq(extensionDecisions.organisationId, organisations.id), eq(extensionDecisions.period, normalised)),
    )
    .where(eq(organisations.isPrincipal, true))
    .orderBy(asc(organisations.kind), asc(organisations.name));
  return rows;
}

/** Records or changes a principal's decision; the act goes to the audit log. */
/** The period the board shows: the one asked for, else the two years after this one (the next extension period). */
/** The period the board opens on: the one asked for when it parses, else the newest period that has a decision, else
 * the two years after this one. `invalid` says the URL named a period that does not parse, so the page can say so
 * instead of silently showing another one. */
export async function chooseDecisionPeriod(
  db: Db,
  actor: Actor | null,
  asked: unknown,
  today = new Date(),
): Promise<{ period: string; invalid: boolean }> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const parsed = periodSchema.safeParse(asked);
  if (parsed.success) return { period: parsed.data, invalid: false };
  const invalid = typeof asked === 'string' && asked.trim() !== '';
  const [newest] = await db
    .select({ period: extensionDecisions.period })
    .from(extensionDecisions)
    .orderBy(desc(extensionDecisions.period))
    .limit(1);
  const year = today.getFullYear();
  return { period: newest?.period ?? `${year + 1}–${year + 2}`, invalid };
}

/** Whether the board may offer this actor the form that records a decision (recordDecision checks it again). */
export function mayRecordDecisions(actor: Actor): boolean {
  return actor.role === 'strategist';
}

export async function recordDecision(db: Db, actor: Actor | null, input: unknown): Promise<Result> {
  const strategist = requireRole(actor, 'strategist');
  const parsed = decisionInput.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const decision = parsed.data;
  return db.transaction(async (tx) => {
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, decision.organisationId));
    if (!organisation?.isPrincipal) {
      await recordAudit(tx, {
        actorUserId: strategist.userId,
        action: 'decision.record',
        targetType: 'organisation',
        targetId: decision.organisationId,
        outcome: 'denied',
      });
      return fail('decisions.error.notPrincipal');
    }
    const values = {
      status: decision.status,
      decidedOn: decision.status === 'pending' ? null : (decision.decidedOn ?? null),
      decidingBody: decision.decidingBody ?? null,
      caseNumber: decision.caseNumber ?? null,
      recordedByUserId: strategist.userId,
      updatedAt: sql`now()`,
    };
    await tx
      .insert(extensionDecisions)
      .values({ organisationId: decision.organisationId, period: decision.period, ...values })
      .onConflictDoUpdate({ target: [extensionDecisions.organisationId, extensionDecisions.period], set: values });
    await recordAudit(tx, {
      actorUserId: strategist.userId,
      action: 'decision.record',
      targetType: 'organisation',
      targetId: decision.organisationId,
      outcome: 'ok',
      details: { period: decision.period, status: decision.status, caseNumber: decision.caseNumber ?? null },
    });
    return ok(null);
  });
}
