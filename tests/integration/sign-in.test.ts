import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { users } from '@/db/schema';
import { demoAccounts } from '@/db/seed';
import { loadActiveActor, signInWithPassword } from '@/lib/auth/sign-in';
import { openTestDatabase } from './support/test-database';

const strategist = demoAccounts[0];

describe('signing in with a local account', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('the demo strategist gets in with the documented password, whatever the case of the e-mail', async () => {
    const result = await signInWithPassword(database.db, { email: strategist.email.toUpperCase(), password: strategist.password });
    expect(result).toMatchObject({ ok: true, actor: { role: 'strategist' } });
  });

  it('a wrong password and an unknown account get the same answer', async () => {
    const wrong = await signInWithPassword(database.db, { email: strategist.email, password: 'not-the-password' });
    const unknown = await signInWithPassword(database.db, { email: 'nobody@demo.halland.test', password: 'whatever-password' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
  });

  it('passwords are stored only as scrypt hashes', async () => {
    const rows = await database.db.select({ hash: users.passwordHash }).from(users);
    for (const { hash } of rows) expect(hash).toMatch(/^scrypt\$/);
    for (const account of demoAccounts) expect(rows.map((row) => row.hash).join()).not.toContain(account.password);
  });

  it('after ten failed attempts even the right password is refused for a while', async () => {
    const email = demoAccounts[2].email;
    for (let i = 0; i < 10; i++) await signInWithPassword(database.db, { email, password: `wrong-${i}` });
    const result = await signInWithPassword(database.db, { email, password: demoAccounts[2].password });
    expect(result).toEqual({ ok: false, reason: 'throttled' });
  });

  it('a disabled account cannot sign in, and its open sessions end', async () => {
    const email = demoAccounts[1].email;
    const before = await signInWithPassword(database.db, { email, password: demoAccounts[1].password });
    expect(before.ok).toBe(true);
    const userId = before.ok ? before.actor.userId : 0;
    const sessionStart = Date.now();
    expect(await loadActiveActor(database.db, userId, sessionStart)).not.toBeNull();

    await database.db.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, userId));
    expect(await signInWithPassword(database.db, { email, password: demoAccounts[1].password })).toEqual({ ok: false, reason: 'invalid' });
    expect(await loadActiveActor(database.db, userId, sessionStart)).toBeNull();
  });
});
