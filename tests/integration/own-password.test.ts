import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { loadActiveActor, signInWithPassword } from '@/lib/auth/sign-in';
import { createUser } from '@/lib/users/manage';
import { changeOwnPassword, ownAccount } from '@/lib/users/own-password';
import { demoActors, makeActor, sessionBegunEarlier } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('changing one\u2019s own password', () => {
  let database: DatabaseHandle;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    actors = await demoActors(database.db);
  });
  afterAll(() => database.close());

  async function newAccount(email: string, password: string) {
    const created = await createUser(database.db, actors.strategist, {
      email,
      name: 'Egen Person',
      role: 'viewer',
      organisationId: null,
      password,
    });
    if (!created.ok) throw new Error(created.error);
    return { userId: created.value.id, role: 'viewer' as const, organisationId: null, name: 'Egen Person' };
  }

  it('needs the current password, keeps the old one on every refusal, and the new one must meet the policy', async () => {
    const actor = await newAccount('egen@halland.test', 'vinter-vid-nissan-31');
    const [before] = await database.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, actor.userId));
    expect(
      await changeOwnPassword(database.db, actor, {
        currentPassword: 'fel-lösenord-helt',
        newPassword: 'höst-vid-ätran-2025',
      }),
    ).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { currentPassword: 'users.currentPasswordWrong' },
    });
    expect(
      await changeOwnPassword(database.db, actor, {
        currentPassword: 'vinter-vid-nissan-31',
        newPassword: 'password1234',
      }),
    ).toMatchObject({
      fieldErrors: { newPassword: 'users.passwordTooCommon' },
    });
    expect(
      await changeOwnPassword(database.db, actor, {
        currentPassword: 'vinter-vid-nissan-31',
        newPassword: 'vinter-vid-nissan-31',
      }),
    ).toMatchObject({
      fieldErrors: { newPassword: 'users.passwordUnchanged' },
    });
    const [after] = await database.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, actor.userId));
    expect(after.hash).toBe(before.hash);
    expect(
      await signInWithPassword(database.db, { email: 'egen@halland.test', password: 'vinter-vid-nissan-31' }),
    ).toMatchObject({ ok: true });
  });

  it('once changed, only the new password signs in, every open session has ended, and the change is audited', async () => {
    const actor = await newAccount('byter@halland.test', 'sol-över-laholm-19');
    const sessionStart = await sessionBegunEarlier(database.db, actor.userId);
    expect(await loadActiveActor(database.db, actor.userId, sessionStart)).not.toBeNull();
    expect(
      await changeOwnPassword(database.db, actor, {
        currentPassword: 'sol-över-laholm-19',
        newPassword: 'regn-över-hylte-20',
      }),
    ).toEqual({ ok: true, value: null });
    expect(
      await signInWithPassword(database.db, { email: 'byter@halland.test', password: 'sol-över-laholm-19' }),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect(
      await signInWithPassword(database.db, { email: 'byter@halland.test', password: 'regn-över-hylte-20' }),
    ).toMatchObject({ ok: true });
    expect(await loadActiveActor(database.db, actor.userId, sessionStart)).toBeNull();
    const entries = await database.db
      .select({ outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.password'), eq(auditLog.targetId, String(actor.userId))));
    expect(entries).toEqual([{ outcome: 'ok' }]);
  });

  it('stops guessing the current password after ten tries, even a right guess', async () => {
    const actor = await newAccount('gissa@halland.test', 'blommor-i-varberg-88');
    for (let i = 0; i < 10; i++) {
      expect(
        await changeOwnPassword(database.db, actor, {
          currentPassword: `gissning-${i}`,
          newPassword: 'nytt-och-långt-lösen-1',
        }),
      ).toMatchObject({ ok: false });
    }
    expect(
      await changeOwnPassword(database.db, actor, {
        currentPassword: 'blommor-i-varberg-88',
        newPassword: 'nytt-och-långt-lösen-1',
      }),
    ).toEqual({
      ok: false,
      error: 'users.passwordChangeThrottled',
    });
  });

  it('an account without a password here (signed in through the identity provider) has none to change', async () => {
    const actor = await makeActor(database.db, 'viewer', null);
    expect(await ownAccount(database.db, actor)).toMatchObject({ hasPassword: false });
    expect(
      await changeOwnPassword(database.db, actor, {
        currentPassword: 'vad-som-helst-123',
        newPassword: 'nytt-och-långt-lösen-2',
      }),
    ).toEqual({
      ok: false,
      error: 'users.noPasswordHere',
    });
  });
});
