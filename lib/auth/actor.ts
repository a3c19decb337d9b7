// Who is asking. Every function in lib/ that reads or changes protected data takes an Actor and checks it itself.
export type Role = 'strategist' | 'coordinator' | 'viewer';

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
