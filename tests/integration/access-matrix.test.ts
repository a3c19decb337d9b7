// Who may call what. Every server action and route handler is a thin guardedAction/guardedRoute around one lib/
// function, and the lib/ function checks the actor itself: so each row below names the endpoint and calls its
// function as each role, as a coordinator of another organisation, and as nobody. "denied" means AccessDenied
// (403) or NotFound (404: a foreign row looks absent). The bug this guards: a coordinator reaching another
// organisation's links, rates or accounts by changing an id in the request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '@/db/client';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { accountAnswerStatus } from '@/lib/actor-survey/submit';
import { createChannel, listChannels, updateChannel } from '@/lib/channels/manage';
import { createInvitations, responseRatesByOrganisation } from '@/lib/invitations';
import { enrolKioskDevice, listKioskChannels, revokeKioskDevice } from '@/lib/kiosk/devices';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from '@/lib/organisations';
import { closeRound, createRound, getRound, openRound, updateRound } from '@/lib/rounds/manage';
import { listRounds } from '@/lib/rounds/queries';
import { changeRole, createUser, disableUser, listUsers } from '@/lib/users/manage';
import { demoActors, makeActor, makeDraftRound, organisationId, roundId } from './support/actors';
import { openTestDatabase } from './support/test-database';

type Who = 'strategist' | 'coordinator' | 'foreignCoordinator' | 'viewer' | 'nobody';
const everyone: Who[] = ['strategist', 'coordinator', 'foreignCoordinator', 'viewer', 'nobody'];
type Outcome = 'allowed' | 'denied';

type Fixture = { db: Db; halmstad: number; openRound: number; strategist: Actor };
type Row = { endpoint: string; allowed: Who[]; call: (fixture: Fixture, actor: Actor) => Promise<unknown> };

let counter = 0;
const unique = () => `matrix-${++counter}-${Math.random().toString(36).slice(2, 7)}`;
const roundFields = () => ({ name: 'R', slug: unique(), opensOn: null, closesOn: null, minGroupSize: 5, surveys: ['actor-followup' as const] });
const organisationFields = () => ({ name: 'Org', slug: unique(), kind: 'ngo' as const, isPrincipal: false });
const strongPassword = 'en-lång-och-ovanlig-fras-9';

const matrix: Row[] = [
  { endpoint: 'page /overview, /rounds (listRounds)', allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'], call: (f, a) => listRounds(f.db, a) },
  { endpoint: 'page /rounds/[id]/answer (getRound)', allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'], call: (f, a) => getRound(f.db, a, f.openRound) },
  { endpoint: 'page /rounds/[id]/answer (accountAnswerStatus)', allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'], call: (f, a) => accountAnswerStatus(f.db, a, f.openRound) },
  { endpoint: 'action createRoundAction', allowed: ['strategist'], call: (f, a) => createRound(f.db, a, roundFields()) },
  { endpoint: 'action updateRoundAction', allowed: ['strategist'], call: async (f, a) => updateRound(f.db, a, await makeDraftRound(f.db, f.strategist), roundFields()) },
  { endpoint: 'action openRoundAction', allowed: ['strategist'], call: async (f, a) => openRound(f.db, a, await makeDraftRound(f.db, f.strategist)) },
  { endpoint: 'action closeRoundAction', allowed: ['strategist'], call: (f, a) => closeRound(f.db, a, f.openRound + 1_000_000).catch(rethrowUnlessNotFoundFor(a)) },
  { endpoint: 'page /rounds/[id] (listChannels)', allowed: ['strategist'], call: (f, a) => listChannels(f.db, a, f.openRound) },
  { endpoint: 'action createChannelAction', allowed: ['strategist'], call: (f, a) => createChannel(f.db, a, f.openRound, { name: 'Kanal', description: null }) },
  { endpoint: 'action updateChannelAction', allowed: ['strategist'], call: async (f, a) => {
      const made = await createChannel(f.db, f.strategist, f.openRound, { name: 'Kanal', description: null });
      return updateChannel(f.db, a, made.ok ? made.value.id : 0, { name: 'Ny', description: null });
    } },
  { endpoint: 'page /users, /rounds/[id]/invitations (listOrganisations)', allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'], call: (f, a) => listOrganisations(f.db, a) },
  { endpoint: 'page /organisations/[id] (getOrganisation)', allowed: ['strategist'], call: (f, a) => getOrganisation(f.db, a, f.halmstad) },
  { endpoint: 'action createOrganisationAction', allowed: ['strategist'], call: (f, a) => createOrganisation(f.db, a, organisationFields()) },
  { endpoint: 'action updateOrganisationAction', allowed: ['strategist'], call: async (f, a) => {
      const made = await createOrganisation(f.db, f.strategist, organisationFields());
      return updateOrganisation(f.db, a, made.ok ? made.value.id : 0, organisationFields());
    } },
  { endpoint: 'POST /api/rounds/[id]/invitations for Halmstad', allowed: ['strategist', 'coordinator'], call: (f, a) => createInvitations(f.db, a, { roundId: f.openRound, organisationId: f.halmstad, count: 1 }) },
  { endpoint: 'page /rounds/[id]/invitations (responseRatesByOrganisation)', allowed: ['strategist', 'coordinator', 'foreignCoordinator'], call: (f, a) => responseRatesByOrganisation(f.db, a, f.openRound) },
  { endpoint: 'page /users (listUsers)', allowed: ['strategist', 'coordinator', 'foreignCoordinator'], call: (f, a) => listUsers(f.db, a) },
  { endpoint: 'action createUserAction: a viewer in Halmstad', allowed: ['strategist', 'coordinator'], call: (f, a) =>
      createUser(f.db, a, { email: `${unique()}@test.invalid`, name: 'Ny', role: 'viewer', organisationId: f.halmstad, password: strongPassword }) },
  { endpoint: 'action changeRoleAction: a viewer in Halmstad', allowed: ['strategist', 'coordinator'], call: async (f, a) => {
      const target = await makeActor(f.db, 'viewer', 'halmstad');
      return changeRole(f.db, a, { userId: target.userId, role: 'coordinator', organisationId: f.halmstad });
    } },
  { endpoint: 'action disableUserAction: a viewer in Halmstad', allowed: ['strategist', 'coordinator'], call: async (f, a) => {
      const target = await makeActor(f.db, 'viewer', 'halmstad');
      return disableUser(f.db, a, target.userId);
    } },
  { endpoint: 'page /kiosk (listKioskChannels)', allowed: ['strategist', 'coordinator', 'foreignCoordinator'], call: (f, a) => listKioskChannels(f.db, a) },
  { endpoint: 'action enrolKioskAction for a channel Halmstad runs', allowed: ['strategist', 'coordinator'], call: async (f, a) => {
      const made = await createChannel(f.db, f.strategist, f.openRound, { name: 'Kiosk', description: null, organisationId: f.halmstad });
      return enrolKioskDevice(f.db, a, { channelId: made.ok ? made.value.id : 0, label: 'Surfplatta' });
    } },
  { endpoint: 'action revokeKioskAction for a channel Halmstad runs', allowed: ['strategist', 'coordinator'], call: async (f, a) => {
      const made = await createChannel(f.db, f.strategist, f.openRound, { name: 'Kiosk', description: null, organisationId: f.halmstad });
      const device = await enrolKioskDevice(f.db, f.strategist, { channelId: made.ok ? made.value.id : 0, label: 'Surfplatta' });
      return revokeKioskDevice(f.db, a, { deviceId: device.ok ? device.value.id : 0 });
    } },
];

/** Closing a round that does not exist: a strategist gets NotFound (allowed to ask), everyone else AccessDenied first. */
function rethrowUnlessNotFoundFor(actor: Actor) {
  return (error: unknown) => {
    if (error instanceof NotFound && actor?.role === 'strategist') return 'not found, but allowed to ask';
    throw error;
  };
}

describe('the access matrix', () => {
  let database: DatabaseHandle;
  let fixture: Fixture;
  let as: Record<Who, Actor>;

  beforeAll(async () => {
    database = await openTestDatabase();
    const { strategist, coordinator, viewer } = await demoActors(database.db);
    const foreignCoordinator = await makeActor(database.db, 'coordinator', 'varberg');
    as = { strategist, coordinator, foreignCoordinator, viewer, nobody: null as unknown as Actor };
    fixture = { db: database.db, halmstad: await organisationId(database.db, 'halmstad'), openRound: await roundId(database.db, 'uppfoljning-2025'), strategist };
  });
  afterAll(() => database.close());

  async function outcome(row: Row, who: Who): Promise<Outcome> {
    try {
      await row.call(fixture, as[who]);
      return 'allowed';
    } catch (error) {
      if (error instanceof AccessDenied || error instanceof NotFound) return 'denied';
      throw error;
    }
  }

  for (const row of matrix) {
    it(`${row.endpoint}: only ${row.allowed.join(', ')}`, async () => {
      const got: Record<string, Outcome> = {};
      for (const who of everyone) got[who] = await outcome(row, who);
      const expected = Object.fromEntries(everyone.map((who) => [who, row.allowed.includes(who) ? 'allowed' : 'denied']));
      expect(got).toEqual(expected);
    });
  }

  it('no foreign row comes back: a coordinator sees only their own organisation\u2019s rates and accounts', async () => {
    const rates = await responseRatesByOrganisation(fixture.db, as.foreignCoordinator, fixture.openRound);
    expect(rates.every((row) => row.organisationId === as.foreignCoordinator.organisationId)).toBe(true);
    const accounts = await listUsers(fixture.db, as.coordinator);
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.every((account) => account.organisationId === fixture.halmstad)).toBe(true);
  });

  it('nobody grants a role above their own: a coordinator cannot make a strategist, nor touch one', async () => {
    await expect(
      createUser(fixture.db, as.coordinator, { email: `${unique()}@test.invalid`, name: 'X', role: 'strategist', organisationId: fixture.halmstad, password: strongPassword }),
    ).rejects.toBeInstanceOf(AccessDenied);
    const strategistInHalmstad = await makeActor(fixture.db, 'strategist', 'halmstad');
    await expect(disableUser(fixture.db, as.coordinator, strategistInHalmstad.userId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(changeRole(fixture.db, as.coordinator, { userId: strategistInHalmstad.userId, role: 'viewer', organisationId: null })).rejects.toBeInstanceOf(AccessDenied);
  });
});
