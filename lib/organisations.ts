// Organisations: the actors taking part. Names are not secret among signed-in staff; only strategists change them.
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { organisationKind, organisations, roundCounts, type Organisation } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';

export type { Organisation };

export const organisationKinds = organisationKind.enumValues;

export const organisationInput = z.object({
  name: z.string().trim().min(1, 'guard.required').max(160, 'guard.tooLong'),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'organisations.slugInvalid')
    .max(80, 'guard.tooLong'),
  kind: z.enum(organisationKinds, 'organisations.kindRequired'),
  // An unchecked checkbox sends nothing; a checked one "on".
  isPrincipal: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
});

/** The name of an organisation; organisation names are not secret among signed-in staff. */
export async function organisationName(
  db: DbOrTx,
  actor: Actor | null,
  organisationId: number,
): Promise<string | null> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name ?? null;
}

export async function listOrganisations(db: DbOrTx, actor: Actor | null): Promise<Organisation[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  return db.select().from(organisations).orderBy(asc(organisations.name));
}

export async function getOrganisation(db: DbOrTx, actor: Actor | null, organisationId: number): Promise<Organisation> {
  requireRole(actor, 'strategist');
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!row) throw new NotFound();
  return row;
}

export async function createOrganisation(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof organisationInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(organisations)
      .values(input)
      .onConflictDoNothing({ target: organisations.slug })
      .returning({ id: organisations.id });
    if (!created.length) return fail('guard.checkFields', { slug: 'organisations.slugTaken' });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'organisation.create',
      targetType: 'organisation',
      targetId: created[0].id,
      outcome: 'ok',
    });
    return ok({ id: created[0].id });
  });
}

export async function updateOrganisation(
  db: DbOrTx,
  actor: Actor,
  organisationId: number,
  input: z.output<typeof organisationInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.slug, input.slug), sql`${organisations.id} <> ${organisationId}`));
    if (clash) return fail('guard.checkFields', { slug: 'organisations.slugTaken' });
    const [before] = await tx
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .for('update');
    if (!before) throw new NotFound();
    await tx.update(organisations).set(input).where(eq(organisations.id, organisationId));
    // Closed rounds' stored counts group the organisation under its old kind: their dashboards count live again.
    if (before.kind !== input.kind) await tx.delete(roundCounts);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'organisation.update',
      targetType: 'organisation',
      targetId: organisationId,
      outcome: 'ok',
    });
    return ok({ id: organisationId });
  });
}
