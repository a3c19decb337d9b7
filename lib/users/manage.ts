// Accounts and roles. Rules: nobody grants a role above their own; a strategist manages every account; a
// coordinator may create and manage viewer and coordinator accounts of their own organisation only; a viewer
// manages nobody. Every change is audited, and disabling or changing a role ends the account's sessions.
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { organisations, userRole, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import {
  AccessDenied,
  NotFound,
  requireOrganisation,
  requireRole,
  roleRank,
  type Actor,
  type Role,
} from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';

const roles = userRole.enumValues;
const optionalOrganisation = z.preprocess(
  (value) => (value === '' || value == null ? null : value),
  z.coerce.number().int().positive().nullable(),
);

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email('users.emailInvalid').max(254, 'guard.tooLong'),
  name: z.string().trim().min(1, 'guard.required').max(120, 'guard.tooLong'),
  role: z.enum(roles, 'users.roleRequired'),
  organisationId: optionalOrganisation,
  password: z.string().max(200, 'users.passwordTooLong'),
});

export const changeRoleInput = z.object({
  userId: z.coerce.number().int().positive(),
  role: z.enum(roles, 'users.roleRequired'),
  organisationId: optionalOrganisation,
});

export type UserSummary = {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisationId: number | null;
  organisationName: string | null;
  disabled: boolean;
  /** Whether the asker may change this account's role or disable it (changeRole and disableUser check again). */
  canEdit: boolean;
};

/** Roles this actor may hand out: never above their own; coordinators only viewer and coordinator. */
export function grantableRoles(actor: Actor): Role[] {
  if (actor.role === 'viewer') return [];
  return roles.filter((role) => roleRank[role] <= roleRank[actor.role]);
}

/** Strategists see every account, coordinators their organisation's. */
export async function listUsers(db: DbOrTx, actor: Actor | null): Promise<UserSummary[]> {
  const asker = requireRole(actor, 'strategist', 'coordinator');
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(asker.role === 'strategist' ? undefined : eq(users.organisationId, asker.organisationId ?? -1))
    .orderBy(asc(users.name));
  const grantable = grantableRoles(asker);
  return rows.map(({ disabledAt, ...row }) => ({
    ...row,
    disabled: disabledAt !== null,
    canEdit: disabledAt === null && row.id !== asker.userId && grantable.includes(row.role),
  }));
}

/** What the account forms may offer this actor: the roles to grant and where an account may be placed. */
export type AccountPlacements = {
  roles: Role[];
  organisations: { id: number; name: string }[];
  /** A strategist may leave an account outside every organisation; a coordinator's accounts are their organisation's. */
  mayLeaveUnplaced: boolean;
  defaultOrganisationId: number | null;
};

export async function accountPlacements(db: DbOrTx, actor: Actor | null): Promise<AccountPlacements> {
  const asker = requireRole(actor, 'strategist', 'coordinator');
  const strategist = asker.role === 'strategist';
  const placeable = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(strategist ? undefined : eq(organisations.id, asker.organisationId ?? -1))
    .orderBy(asc(organisations.name));
  return {
    roles: grantableRoles(asker),
    organisations: placeable,
    mayLeaveUnplaced: strategist,
    defaultOrganisationId: strategist ? null : asker.organisationId,
  };
}

export async function createUser(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof createUserInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist', 'coordinator');
  const organisationId = placement(actor, input.role, input.organisationId);
  if (!organisationId.ok) return organisationId;
  const problem = passwordProblem(input.password, [input.email, input.name]);
  if (problem) return fail('guard.checkFields', { password: problem });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        organisationId: organisationId.value,
        passwordHash,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created.length) return fail('guard.checkFields', { email: 'users.emailTaken' });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'user.create',
      targetType: 'user',
      targetId: created[0].id,
      outcome: 'ok',
      details: { role: input.role, organisationId: organisationId.value },
    });
    return ok({ id: created[0].id });
  });
}

export async function changeRole(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof changeRoleInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist', 'coordinator');
  if (input.userId === actor.userId) return fail('users.notYourself');
  const organisationId = placement(actor, input.role, input.organisationId);
  if (!organisationId.ok) return organisationId;
  return db.transaction(async (tx) => {
    const target = await manageableUser(tx, actor, input.userId);
    await tx
      .update(users)
      .set({ role: input.role, organisationId: organisationId.value, sessionsValidAfter: sql`now()` })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'user.role',
      targetType: 'user',
      targetId: target.id,
      outcome: 'ok',
      details: { from: target.role, to: input.role, organisationId: organisationId.value },
    });
    return ok({ id: target.id });
  });
}

/** Disabling ends the account's sessions at their next request (lib/auth/sign-in.ts loadActiveActor). */
export async function disableUser(db: DbOrTx, actor: Actor, userId: number): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist', 'coordinator');
  if (userId === actor.userId) return fail('users.notYourself');
  return db.transaction(async (tx) => {
    const target = await manageableUser(tx, actor, userId);
    await tx
      .update(users)
      .set({ disabledAt: sql`now()`, sessionsValidAfter: sql`now()` })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'user.disable',
      targetType: 'user',
      targetId: target.id,
      outcome: 'ok',
    });
    return ok({ id: target.id });
  });
}

/** Where the new or changed account belongs; a coordinator's accounts always belong to the coordinator's organisation. */
function placement(actor: Actor, role: Role, organisationId: number | null): Result<number | null> {
  if (!grantableRoles(actor).includes(role)) throw new AccessDenied('role above own');
  const placed = actor.role === 'strategist' ? organisationId : actor.organisationId;
  if (actor.role !== 'strategist' && organisationId !== null && organisationId !== actor.organisationId)
    throw new NotFound();
  if (role === 'coordinator' && placed === null)
    return fail('guard.checkFields', { organisationId: 'users.coordinatorNeedsOrganisation' });
  return ok(placed);
}

/** The target account, if this actor may manage it: a coordinator never touches a strategist or another organisation. */
async function manageableUser(tx: DbOrTx, actor: Actor, userId: number) {
  const [target] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!target) throw new NotFound();
  if (actor.role !== 'strategist') {
    if (target.organisationId === null) throw new NotFound();
    requireOrganisation(actor, target.organisationId);
    if (roleRank[target.role] > roleRank[actor.role]) throw new AccessDenied('target above own');
  }
  return target;
}
