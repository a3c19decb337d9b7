// Changing one's own password. The current password is asked for (a session left open on a shared computer must not
// be enough), attempts are throttled, the new one meets the same policy as a first password, and afterwards every
// session of the account ends, this one included: whoever knew the old password is out.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { passwordProblem, PASSWORD_MAX_LENGTH } from '@/lib/auth/password-policy';
import { consumeRateLimit } from '@/lib/rate-limit';

export const changeOwnPasswordInput = z.object({
  currentPassword: z.string().min(1, 'guard.required').max(PASSWORD_MAX_LENGTH, 'users.currentPasswordWrong'),
  newPassword: z.string().max(PASSWORD_MAX_LENGTH, 'users.passwordTooLong'),
});

const ATTEMPT_LIMIT = { limit: 10, windowSeconds: 15 * 60 };

export async function changeOwnPassword(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof changeOwnPasswordInput>,
): Promise<Result<null>> {
  const attempt = await consumeRateLimit(db, `password-change:${actor.userId}`, ATTEMPT_LIMIT);
  if (!attempt.allowed) return fail('users.passwordChangeThrottled');
  const [account] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  // An account that signs in through the region's identity provider has no password here to change.
  if (!account?.passwordHash) return fail('users.noPasswordHere');
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    await recordAudit(db, {
      actorUserId: actor.userId,
      action: 'user.password',
      targetType: 'user',
      targetId: actor.userId,
      outcome: 'failed',
    });
    return fail('guard.checkFields', { currentPassword: 'users.currentPasswordWrong' });
  }
  if (input.newPassword === input.currentPassword)
    return fail('guard.checkFields', { newPassword: 'users.passwordUnchanged' });
  const problem = passwordProblem(input.newPassword, [account.email, account.name]);
  if (problem) return fail('guard.checkFields', { newPassword: problem });
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionsValidAfter: sql`now()` })
      .where(eq(users.id, actor.userId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'user.password',
      targetType: 'user',
      targetId: actor.userId,
      outcome: 'ok',
    });
    return ok(null);
  });
}

/** What the account page shows its owner: the address, and whether there is a password here to change. */
export async function ownAccount(db: DbOrTx, actor: Actor): Promise<{ email: string; hasPassword: boolean }> {
  const [account] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  return { email: account.email, hasPassword: account.passwordHash !== null };
}
