// Checks a local account's e-mail and password, with failed attempts throttled per account.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { consumeRateLimit } from '@/lib/rate-limit';
import type { Actor } from './actor';
import { verifyAgainstDummy, verifyPassword } from './password';

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignInResult = { ok: true; actor: Actor } | { ok: false; reason: 'invalid' | 'throttled' };

const SIGN_IN_LIMIT = { limit: 10, windowSeconds: 15 * 60 };

export async function signInWithPassword(db: DbOrTx, input: unknown): Promise<SignInResult> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const throttle = await consumeRateLimit(db, `sign-in:${email}`, SIGN_IN_LIMIT);
  if (!throttle.allowed) return { ok: false, reason: 'throttled' };

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabledAt) return { ok: false, reason: 'invalid' };
  return { ok: true, actor: { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name } };
}

/** The current state of an account, for a session that is being used: null when it must end. */
export async function loadActiveActor(db: DbOrTx, userId: number, sessionStartedAt: number): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || user.disabledAt) return null;
  if (user.sessionsValidAfter.getTime() > sessionStartedAt) return null;
  return { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name };
}

/** Sign-out everywhere: every session of this account issued before now stops working at its next request. */
export async function endSessions(db: DbOrTx, userId: number): Promise<void> {
  await db.update(users).set({ sessionsValidAfter: sql`now()` }).where(eq(users.id, userId));
}
