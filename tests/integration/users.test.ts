import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { loadActiveActor, signInWithPassword } from '@/lib/auth/sign-in';
import { accountPlacements, changeRole, createUser, disableUser, listUsers } from '@/lib/users/manage';
import { demoActors, organisationId, sessionBegunEarlier } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('accounts and roles', () => {
  let database: DatabaseHandle;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    actors = await demoActors(database.db);
  });
  afterAll(() => database.close());

  it('a strategist creates an account that can sign in; the password is checked against the policy first', async () => {
    const weak = await createUser(database.db, actors.strategist, {
      email: 'ny@halland.test',
      name: 'Ny Person',
      role: 'viewer',
      organisationId: null,
      password: 'password1234',
    });
    expect(weak).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { password: 'users.passwordTooCommon' },
    });
    const created = await createUser(database.db, actors.strategist, {
      email: 'ny@halland.test',
      name: 'Ny Person',
      role: 'viewer',
      organisationId: null,
      password: 'blåbär-och-lingon-42',
    });
    expect(created.ok).toBe(true);
    expect(
      await signInWithPassword(database.db, { email: 'ny@halland.test', password: 'blåbär-och-lingon-42' }),
    ).toMatchObject({ ok: true });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'user.create'));
    expect(entry).toMatchObject({ actorUserId: actors.strategist.userId, outcome: 'ok' });
  });

  it('a coordinator\u2019s new accounts always belong to the coordinator\u2019s organisation', async () => {
    const halmstad = await organisationId(database.db, 'halmstad');
    const created = await createUser(database.db, actors.coordinator, {
      email: 'kollega@halmstad.test',
      name: 'Kollega',
      role: 'viewer',
      organisationId: null,
      password: 'tre-små-grodor-dansar',
    });
    expect(created.ok).toBe(true);
    const [row] = await database.db.select().from(users).where(eq(users.email, 'kollega@halmstad.test'));
    expect(row.organisationId).toBe(halmstad);
  });

  it('disabling an account or changing its role ends its open sessions', async () => {
    const created = await createUser(database.db, actors.strategist, {
      email: 'tillfallig@halland.test',
      name: 'Tillfällig',
      role: 'viewer',
      organisationId: null,
      password: 'sommar-i-tylösand-77',
    });
    const userId = created.ok ? created.value.id : 0;
    const sessionStart = await sessionBegunEarlier(database.db, userId);
    expect(await loadActiveActor(database.db, userId, sessionStart)).not.toBeNull();
    await changeRole(database.db, actors.strategist, {
      userId,
      role: 'coordinator',
      organisationId: await organisationId(database.db, 'laholm'),
    });
    expect(await loadActiveActor(database.db, userId, sessionStart)).toBeNull();

    const laterSession = await sessionBegunEarlier(database.db, userId);
    expect(await loadActiveActor(database.db, userId, laterSession)).not.toBeNull();
    await disableUser(database.db, actors.strategist, userId);
    expect(await loadActiveActor(database.db, userId, laterSession)).toBeNull();
    const audit = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, String(userId)));
    expect(audit.map((entry) => entry.action).sort()).toEqual(['user.create', 'user.disable', 'user.role']);
  });

  it('a coordinator needs an organisation, and nobody changes their own role', async () => {
    expect(
      await changeRole(database.db, actors.strategist, {
        userId: actors.viewer.userId,
        role: 'coordinator',
        organisationId: null,
      }),
    ).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { organisationId: 'users.coordinatorNeedsOrganisation' },
    });
    expect(
      await changeRole(database.db, actors.strategist, {
        userId: actors.strategist.userId,
        role: 'viewer',
        organisationId: null,
      }),
    ).toEqual({
      ok: false,
      error: 'users.notYourself',
    });
  });

  it('lib says what the account page may offer: whom one may edit, which roles and organisations one may assign', async () => {
    const halmstad = await organisationId(database.db, 'halmstad');
    const coordinatorSees = await listUsers(database.db, actors.coordinator);
    expect(coordinatorSees.find((account) => account.id === actors.coordinator.userId)?.canEdit).toBe(false); // not oneself
    for (const account of coordinatorSees) {
      if (account.canEdit) expect(['viewer', 'coordinator']).toContain(account.role);
      if (account.disabled) expect(account.canEdit).toBe(false);
    }
    const strategistSees = await listUsers(database.db, actors.strategist);
    expect(strategistSees.filter((account) => account.canEdit).map((account) => account.id)).toEqual(
      strategistSees
        .filter((account) => !account.disabled && account.id !== actors.strategist.userId)
        .map((account) => account.id),
    );

    expect(await accountPlacements(database.db, actors.coordinator)).toEqual({
      roles: ['coordinator', 'viewer'],
      organisations: [{ id: halmstad, name: 'Halmstads kommun' }],
      mayLeaveUnplaced: false,
      defaultOrganisationId: halmstad,
    });
    const strategist = await accountPlacements(database.db, actors.strategist);
    expect(strategist).toMatchObject({
      roles: ['strategist', 'coordinator', 'viewer'],
      mayLeaveUnplaced: true,
      defaultOrganisationId: null,
    });
    expect(strategist.organisations.length).toBeGreaterThan(20);
    await expect(accountPlacements(database.db, actors.viewer)).rejects.toThrow();
  });
});
