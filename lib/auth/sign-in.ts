// Checks a local account's e-mail and password. Only failures slow further attempts: after a few in a row, each one
// makes the next wait longer (per e-mail address), a success resets the count, and an attempt during the wait is
// refused without looking at the password, so it neither counts nor tells anything. A shared account used by a
// whole workshop at once is never refused its right password, and nobody can lock a person out for longer than
// the longest wait. Guesses spread over many accounts are slowed too: past a budget of failures per minute across
// all accounts, every address that has failed must wait for the minute to end.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { countAttempts, peekRateLimit } from '@/lib/rate-limit';
import type { Actor } from './actor';
import { verifyAgainstDummy, verifyPassword } from './password';

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; actor: Actor }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** Failures in a row that cost no wait (typing mistakes). */
export const FREE_FAILURES = 3;
/** The longest wait, however many failures: the most an attacker can hold a person out. */
export const MAX_WAIT_SECONDS = 5 * 60;
/** Failures per minute across all accounts before every address that has failed must wait. */
export const GLOBAL_FAILURE_BUDGET = { limit: 50, windowSeconds: 60 };
const GLOBAL_KEY = 'sign-in:failures';

/** Seconds to wait after `failures` failed attempts in a row: none at first, then 1, 2, 4, … up to the cap. */
export function waitAfterFailures(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS);
}

export type SignInOptions = { /** The clock, for tests; the server's by default. */ now?: Date };

export async function signInWithPassword(
  db: DbOrTx,
  input: unknown,
  { now = new Date() }: SignInOptions = {},
): Promise<SignInResult> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  // One attempt per address at a time (the row is locked until the outcome is written), so guesses sent in parallel
  // cannot all slip through before the first failure is counted.
  return db.transaction(async (tx) => {
    await tx.execute(sql`insert into sign_in_failures (email) values (${email}) on conflict (email) do nothing`);
    const [state] = await queryRows<{ failures: number; last_failure_at: string | null }>(
      tx,
      sql`select failures, last_failure_at from sign_in_failures where email = ${email} for update`,
    );
    const wait = waitUntil(state, now);
    if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
    if (state.failures > 0) {
      const global = await peekRateLimit(tx, GLOBAL_KEY, GLOBAL_FAILURE_BUDGET, now);
      if (!global.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: global.retryAfterSeconds };
    }

    const [user] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    const valid = user?.passwordHash
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstDummy(password);
    if (!user || !valid || user.disabledAt) {
      await tx.execute(
        sql`update sign_in_failures set failures = failures + 1, last_failure_at = ${now.toISOString()}::timestamptz where email = ${email}`,
      );
      await tx.execute(countAttempts([{ key: GLOBAL_KEY, attempts: 1 }], GLOBAL_FAILURE_BUDGET, now));
      return { ok: false, reason: 'invalid' };
    }
    await tx.execute(sql`delete from sign_in_failures where email = ${email}`);
    // Rows of addresses nobody got right for a day are of no use; sweeping now and then keeps the table small.
    if (Math.random() < 0.01)
      await tx.execute(sql`delete from sign_in_failures where last_failure_at < now() - interval '1 day'`);
    return {
      ok: true,
      actor: { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name },
    };
  }) as Promise<SignInResult>;
}

function waitUntil(state: { failures: number; last_failure_at: string | Date | null }, now: Date): number {
  if (!state.last_failure_at) return 0;
  const last = new Date(state.last_failure_at).getTime();
  return Math.max(0, Math.ceil((last + waitAfterFailures(state.failures) * 1000 - now.getTime()) / 1000));
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
  await db
    .update(users)
    .set({ sessionsValidAfter: sql`now()` })
    .where(eq(users.id, userId));
}
