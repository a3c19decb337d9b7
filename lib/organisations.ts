import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { organisations } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';

/** The name of an organisation; organisation names are not secret among signed-in staff. */
export async function organisationName(db: DbOrTx, actor: Actor | null, organisationId: number): Promise<string | null> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.name ?? null;
}
