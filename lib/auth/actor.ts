// Who is asking. Every function in lib/ that reads or changes protected data takes an Actor and checks it itself.
import type { UserRole } from '@/db/schema';

export type Role = UserRole;

export type Actor = {
  userId: number;
  role: Role;
  /** Set for coordinators (always) and for other staff who belong to one organisation. */
  organisationId: number | null;
  name: string;
};

/** Higher rank may do what a lower one may. Nobody can grant a role above their own. */
export const roleRank: Record<Role, number> = { viewer: 1, coordinator: 2, strategist: 3 };

export class AccessDenied extends Error {
  constructor(message = 'access denied') {
    super(message);
  }
}

export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  if (!actor || !roles.includes(actor.role)) throw new AccessDenied();
  return actor;
}

/** The thing asked for does not exist, or the actor may not know that it does (another organisation's row). */
export class NotFound extends Error {
  constructor(message = 'not found') {
    super(message);
  }
}

/** Strategists reach every organisation; anyone else only their own. Throws NotFound, so a foreign row looks absent. */
export function requireOrganisation(actor: Actor, organisationId: number): void {
  if (actor.role === 'strategist') return;
  if (actor.organisationId !== organisationId) throw new NotFound();
}
