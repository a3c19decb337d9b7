import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { users } from '@/db/schema';
import { demoAccounts } from '@/lib/demo/seed';
import {
  FREE_FAILURES,
  GLOBAL_FAILURE_BUDGET,
  MAX_WAIT_SECONDS,
  loadActiveActor,
  signInWithPassword,
  waitAfterFailures,
} from '@/lib/auth/sign-in';
import { openTestDatabase } from './support/test-database';

const strategist = demoAccounts[0];

describe('signing in with a local account', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('the demo strategist gets in with the documented password, whatever the case of the e-mail', async () => {
    const result = await signInWithPassword(database.db, {
      email: strategist.email.toUpperCase(),
      password: strategist.password,
    });
    expect(result).toMatchObject({ ok: true, actor: { role: 'strategist' } });
  });

  it('a wrong password and an unknown account get the same answer', async () => {
    const wrong = await signInWithPassword(database.db, { email: strategist.email, password: 'not-the-password' });
    const unknown = await signInWithPassword(database.db, {
      email: 'nobody@demo.halland.test',
      password: 'whatever-password',
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
  });

  it('passwords are stored only as scrypt hashes', async () => {
    const rows = await database.db.select({ hash: users.passwordHash }).from(users);
    for (const { hash } of rows) expect(hash).toMatch(/^scrypt\$/);
    for (const account of demoAccounts) expect(rows.map((row) => row.hash).join()).not.toContain(account.password);
  });

  // The throttle's clock is moved by passing `now`, never by sleeping.
  const at = (start: number, seconds: number) => ({ now: new Date(start + seconds * 1000) });

  it('a shared account used by a whole workshop is never refused its right password', async () => {
    const { email, password } = demoAccounts[2];
    for (let i = 0; i < 15; i++) {
      expect(await signInWithPassword(database.db, { email, password })).toMatchObject({ ok: true });
    }
    const together = await Promise.all(
      Array.from({ length: 12 }, () => signInWithPassword(database.db, { email, password })),
    );
    expect(together.every((result) => result.ok)).toBe(true);
  });

  it('ten wrong guesses make the right password wait, say how long, and then let it in', async () => {
    const { email, password } = demoAccounts[2];
    const start = Date.now();
    for (let i = 0; i < 10; i++) {
      // Each guess after the wait the previous ones earned, as a patient attacker would.
      const result = await signInWithPassword(database.db, { email, password: `wrong-${i}` }, at(start, i * 1000));
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    const lastGuess = 9 * 1000;
    const waiting = await signInWithPassword(database.db, { email, password }, at(start, lastGuess + 1));
    expect(waiting).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: waitAfterFailures(10) - 1 });
    // Refused during the wait without a look at the password, so it counts for nothing.
    const stillWaiting = await signInWithPassword(
      database.db,
      { email, password: 'wrong-again' },
      at(start, lastGuess + 2),
    );
    expect(stillWaiting).toMatchObject({ reason: 'throttled', retryAfterSeconds: waitAfterFailures(10) - 2 });
    const after = await signInWithPassword(
      database.db,
      { email, password },
      at(start, lastGuess + waitAfterFailures(10)),
    );
    expect(after).toMatchObject({ ok: true });
    // The success reset the count: a typo now costs no wait.
    const typo = await signInWithPassword(
      database.db,
      { email, password: 'typo' },
      at(start, lastGuess + waitAfterFailures(10) + 1),
    );
    expect(typo).toEqual({ ok: false, reason: 'invalid' });
    expect(
      await signInWithPassword(database.db, { email, password }, at(start, lastGuess + waitAfterFailures(10) + 2)),
    ).toMatchObject({ ok: true });
  });

  it('the wait grows with each failure in a row, and never past the cap', () => {
    const waits = Array.from({ length: 20 }, (_, failures) => waitAfterFailures(failures));
    expect(waits.slice(0, FREE_FAILURES)).toEqual([0, 0, 0]);
    for (let i = FREE_FAILURES + 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]);
    expect(Math.max(...waits)).toBe(MAX_WAIT_SECONDS);
  });

  it('guesses sent in parallel are counted one after another, not all let through', async () => {
    const email = 'parallel-target@demo.halland.test';
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signInWithPassword(database.db, { email, password: `guess-${i}` })),
    );
    const reasons = results.map((result) => (result.ok ? 'ok' : result.reason));
    expect(reasons.filter((reason) => reason === 'invalid')).toHaveLength(FREE_FAILURES);
    expect(reasons.filter((reason) => reason === 'throttled')).toHaveLength(8 - FREE_FAILURES);
  });

  it('guesses spread over many accounts are slowed by a global failure budget; an address that never failed still gets in', async () => {
    // A minute of its own, from its first second: the budget counts per clock minute, and a start in a minute's last
    // second had the second guess land in a fresh minute (a flaky failure, 1 run in 60).
    const start = Math.floor((Date.now() + 3600_000) / 60_000) * 60_000;
    const { limit } = GLOBAL_FAILURE_BUDGET;
    for (let i = 0; i <= limit; i++) {
      await signInWithPassword(
        database.db,
        { email: `spray-${i}@demo.halland.test`, password: 'Sommar2025!' },
        at(start, 0),
      );
    }
    // A second guess at an address that failed once: its own wait is none, the budget is spent.
    const again = await signInWithPassword(
      database.db,
      { email: 'spray-0@demo.halland.test', password: 'Vinter2025!' },
      at(start, 1),
    );
    expect(again).toMatchObject({ ok: false, reason: 'throttled' });
    const { email, password } = demoAccounts[1]; // has never failed
    expect(await signInWithPassword(database.db, { email, password }, at(start, 1))).toMatchObject({ ok: true });
  });

  it('a disabled account cannot sign in, and its open sessions end', async () => {
    const email = demoAccounts[1].email;
    const before = await signInWithPassword(database.db, { email, password: demoAccounts[1].password });
    expect(before.ok).toBe(true);
    const userId = before.ok ? before.actor.userId : 0;
    const sessionStart = Date.now();
    expect(await loadActiveActor(database.db, userId, sessionStart)).not.toBeNull();

    await database.db
      .update(users)
      .set({ disabledAt: sql`now()` })
      .where(eq(users.id, userId));
    expect(await signInWithPassword(database.db, { email, password: demoAccounts[1].password })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await loadActiveActor(database.db, userId, sessionStart)).toBeNull();
  });
});
