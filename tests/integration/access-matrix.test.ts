// Who may call what, as each role, as a coordinator of another organisation, and as nobody. The rounds, channels,
// organisations, accounts and invitation endpoints are called for real: the server action or route handler, through
// its wrapper, with only Next.js's request scope replaced (the session lookup, the database handle, revalidatePath).
// An endpoint answers "denied" as its wrapper does (a failure guard.denied / guard.notFound / guard.signInRequired,
// or 401/403/404); one that skips its wrapper throws instead, and fails its row (see the control below). Pages and
// the remaining areas call their lib/ function, which checks the actor itself. The bug this guards: a coordinator
// reaching another organisation's links, rates or accounts by changing an id in the request.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle, Db } from '@/db/client';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { accountAnswerStatus } from '@/lib/actor-survey/submit';
import { createChannel, listChannels } from '@/lib/channels/manage';
import { responseRatesByOrganisation } from '@/lib/invitations';
import { enrolKioskDevice, listKioskChannels, revokeKioskDevice } from '@/lib/kiosk/devices';
import { createOrganisation, getOrganisation, listOrganisations } from '@/lib/organisations';
import { createRound, getRound, roundInput } from '@/lib/rounds/manage';
import { listRounds } from '@/lib/rounds/queries';
import { changeRole, createUser, disableUser, listUsers } from '@/lib/users/manage';
import { changeTestInput, createChangeTest, listChangeTests, updateChangeTest } from '@/lib/improvement/change-tests';
import {
  createInitiative,
  getInitiative,
  initiativeInput,
  listInitiatives,
  moveInitiativeStep,
  updateInitiative,
} from '@/lib/improvement/initiatives';
import {
  createMeasure,
  initiativeMeasureCharts,
  measureInput,
  moveBaseline,
  recordMeasureValue,
  valueInput,
} from '@/lib/improvement/measures';
import { createMeeting, listMeetings, meetingReview, ownToDo } from '@/lib/platform/dialogue';
import { citedInitiatives, initiativesPerStepAndKind } from '@/lib/improvement/follow-up';
import { goodExampleInput, listGoodExamples, publishGoodExample } from '@/lib/platform/good-examples';
import { listAuditEntries } from '@/lib/audit';
import { buildReport } from '@/lib/report';
import { saveReportDraft } from '@/lib/report/versions';
import { platformFigures } from '@/lib/platform/follow-up';
import { hsdsOrganizationPage, hsdsServiceById, hsdsServicePage } from '@/lib/platform/hsds';
import {
  confirmService,
  createCategory,
  createService,
  getService,
  listCategories,
  listDirectory,
  serviceInput,
  updateService,
} from '@/lib/platform/services';
import { serviceCategories } from '@/db/schema';
import { demoActors, makeActor, makeDraftRound, organisationId, roundId } from './support/actors';
import { formDataToObject } from '@/lib/auth/guarded';
import { getActor } from '@/lib/auth/session';
import { getDb } from '@/lib/database';
import type { Result } from '@/lib/result';
import * as actions from '@/app/actions';
import { POST as postInvitations } from '@/app/api/rounds/[id]/invitations/route';

// Next.js's request scope, and nothing else: who the session says is signed in, and the test's database.
const request = vi.hoisted(() => ({ actor: null as unknown, db: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => request.actor }));
vi.mock('@/lib/database', () => ({ getDb: async () => request.db }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

type ActionEndpoint = (previous: null, formData: FormData) => Promise<Result<unknown>>;

/** Thrown by an endpoint that did not answer as a wrapper does: it threw at the caller instead. */
class Unwrapped extends Error {}

/** Calls a server action as a form post by `actor`; the wrapper's refusals become AccessDenied / NotFound. */
async function viaAction(
  action: ActionEndpoint,
  actor: Actor | null,
  fields: Record<string, string | number | boolean | null>,
): Promise<unknown> {
  request.actor = actor;
  const form = new FormData();
  for (const [key, value] of Object.entries(fields))
    if (value !== null && value !== false) form.append(key, value === true ? 'on' : String(value));
  let result: Result<unknown>;
  try {
    result = await action(null, form);
  } catch (error) {
    if (isRedirectError(error)) return 'redirected after success';
    throw new Unwrapped(`the endpoint threw ${error instanceof Error ? error.name : 'something'} instead of answering`);
  }
  if (result.ok) return result.value;
  if (result.error === 'guard.denied' || result.error === 'guard.signInRequired') throw new AccessDenied();
  if (result.error === 'guard.notFound') throw new NotFound();
  throw new Error(`unexpected failure ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
}

/** Calls a route handler by `actor`; 401 and 403 become AccessDenied, 404 NotFound. */
async function viaRoute(
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  actor: Actor | null,
  params: Record<string, string>,
  body: unknown,
): Promise<unknown> {
  request.actor = actor;
  const post = new Request('http://app.test/api', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'app.test' },
    body: JSON.stringify(body),
  });
  let response: Response;
  try {
    response = await handler(post, { params: Promise.resolve(params) });
  } catch (error) {
    throw new Unwrapped(`the endpoint threw ${error instanceof Error ? error.name : 'something'} instead of answering`);
  }
  if (response.status === 401 || response.status === 403) throw new AccessDenied();
  if (response.status === 404) throw new NotFound();
  if (!response.ok) throw new Error(`unexpected status ${response.status}: ${await response.text()}`);
  return response;
}

const roundForm = () => ({
  name: 'R',
  slug: unique(),
  opensOn: '',
  closesOn: '',
  minGroupSize: 5,
  surveys: 'actor-followup',
});
import { openTestDatabase } from './support/test-database';

type Who = 'strategist' | 'coordinator' | 'foreignCoordinator' | 'viewer' | 'nobody';
const everyone: Who[] = ['strategist', 'coordinator', 'foreignCoordinator', 'viewer', 'nobody'];
type Outcome = 'allowed' | 'denied';

type Fixture = {
  db: Db;
  halmstad: number;
  openRound: number;
  strategist: Actor;
  coordinator: Actor;
  categoryId: string;
};
type Row = { endpoint: string; allowed: Who[]; call: (fixture: Fixture, actor: Actor) => Promise<unknown> };

let counter = 0;
const unique = () => `matrix-${++counter}-${Math.random().toString(36).slice(2, 7)}`;
const organisationFields = () => ({ name: 'Org', slug: unique(), kind: 'ngo' as const, isPrincipal: false });
const strongPassword = 'en-lång-och-ovanlig-fras-9';
const initiativeFields = (owners: number[] = []) =>
  initiativeInput.parse({ title: 'Initiativ', owners: owners.map(String) });
const measureFields = () =>
  measureInput.parse({
    name: 'Mått',
    kind: 'process',
    definition: 'D',
    unit: 'count',
    direction: 'higher_is_better',
    period: 'month',
  });
const testFields = () => changeTestInput.parse({ idea: 'Idé', prediction: 'P', startsOn: '2026-01-01' });
const adoptedTestFields = () =>
  changeTestInput.parse({
    idea: 'Idé',
    prediction: 'P',
    startsOn: '2026-01-01',
    studied: 'Det blev bättre',
    decision: 'adopt',
  });

/** A new initiative owned by Halmstad, made by the strategist; with one measure and one test of change. */
async function halmstadInitiative(f: Fixture) {
  const made = await createInitiative(f.db, f.strategist, initiativeFields([f.halmstad]));
  if (!made.ok) throw new Error(made.error);
  const measure = await createMeasure(f.db, f.strategist, made.value.id, measureFields());
  const test = await createChangeTest(f.db, f.strategist, made.value.id, testFields());
  if (!measure.ok || !test.ok) throw new Error('could not make the initiative');
  return { initiativeId: made.value.id, measureId: measure.value.id, changeTestId: test.value.id };
}

const matrix: Row[] = [
  {
    endpoint: 'page /overview, /rounds (listRounds)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => listRounds(f.db, a),
  },
  {
    endpoint: 'page /rounds/[id]/answer (getRound)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => getRound(f.db, a, f.openRound),
  },
  {
    endpoint: 'page /rounds/[id]/answer (accountAnswerStatus)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => accountAnswerStatus(f.db, a, f.openRound),
  },
  {
    endpoint: 'page /audit (listAuditEntries)',
    allowed: ['strategist'],
    call: (f, a) => listAuditEntries(f.db, a, {}),
  },
  {
    endpoint: 'action createRoundAction',
    allowed: ['strategist'],
    call: (f, a) => viaAction(actions.createRoundAction, a, roundForm()),
  },
  {
    endpoint: 'action updateRoundAction',
    allowed: ['strategist'],
    call: async (f, a) =>
      viaAction(actions.updateRoundAction, a, { ...roundForm(), roundId: await makeDraftRound(f.db, f.strategist) }),
  },
  {
    endpoint: 'action openRoundAction',
    allowed: ['strategist'],
    call: async (f, a) =>
      viaAction(actions.openRoundAction, a, { roundId: await makeDraftRound(f.db, f.strategist), confirm: 'yes' }),
  },
  {
    endpoint: 'action closeRoundAction',
    allowed: ['strategist'],
    call: (f, a) =>
      viaAction(actions.closeRoundAction, a, { roundId: f.openRound + 1_000_000, confirm: 'yes' }).catch(
        rethrowUnlessNotFoundFor(a),
      ),
  },
  {
    endpoint: 'page /rounds/[id] (listChannels)',
    allowed: ['strategist'],
    call: (f, a) => listChannels(f.db, a, f.openRound),
  },
  {
    endpoint: 'action createChannelAction',
    allowed: ['strategist'],
    call: (f, a) => viaAction(actions.createChannelAction, a, { roundId: f.openRound, name: 'Kanal' }),
  },
  {
    endpoint: 'action updateChannelAction',
    allowed: ['strategist'],
    call: async (f, a) => {
      const made = await createChannel(f.db, f.strategist, f.openRound, { name: 'Kanal', description: null });
      return viaAction(actions.updateChannelAction, a, {
        channelId: made.ok ? made.value.id : 0,
        roundId: f.openRound,
        name: 'Ny',
      });
    },
  },
  {
    endpoint: 'page /users, /rounds/[id]/invitations (listOrganisations)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => listOrganisations(f.db, a),
  },
  {
    endpoint: 'page /organisations/[id] (getOrganisation)',
    allowed: ['strategist'],
    call: (f, a) => getOrganisation(f.db, a, f.halmstad),
  },
  {
    endpoint: 'action createOrganisationAction',
    allowed: ['strategist'],
    call: (f, a) => viaAction(actions.createOrganisationAction, a, organisationFields()),
  },
  {
    endpoint: 'action updateOrganisationAction',
    allowed: ['strategist'],
    call: async (f, a) => {
      const made = await createOrganisation(f.db, f.strategist, organisationFields());
      return viaAction(actions.updateOrganisationAction, a, {
        ...organisationFields(),
        organisationId: made.ok ? made.value.id : 0,
      });
    },
  },
  {
    endpoint: 'POST /api/rounds/[id]/invitations for Halmstad',
    allowed: ['strategist', 'coordinator'],
    call: (f, a) => viaRoute(postInvitations, a, { id: String(f.openRound) }, { organisationId: f.halmstad, count: 1 }),
  },
  {
    endpoint: 'page /rounds/[id]/invitations (responseRatesByOrganisation)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator'],
    call: (f, a) => responseRatesByOrganisation(f.db, a, f.openRound),
  },
  {
    endpoint: 'page /users (listUsers)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator'],
    call: (f, a) => listUsers(f.db, a),
  },
  {
    endpoint: 'action createUserAction: a viewer in Halmstad',
    allowed: ['strategist', 'coordinator'],
    call: (f, a) =>
      viaAction(actions.createUserAction, a, {
        email: `${unique()}@test.invalid`,
        name: 'Ny',
        role: 'viewer',
        organisationId: f.halmstad,
        password: strongPassword,
      }),
  },
  {
    endpoint: 'action changeRoleAction: a viewer in Halmstad',
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => {
      const target = await makeActor(f.db, 'viewer', 'halmstad');
      return viaAction(actions.changeRoleAction, a, {
        userId: target.userId,
        role: 'coordinator',
        organisationId: f.halmstad,
      });
    },
  },
  {
    endpoint: 'action disableUserAction: a viewer in Halmstad',
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => {
      const target = await makeActor(f.db, 'viewer', 'halmstad');
      return viaAction(actions.disableUserAction, a, { userId: target.userId });
    },
  },
  {
    endpoint: 'page /improvement (listInitiatives)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => listInitiatives(f.db, a),
  },
  {
    endpoint: 'page /improvement/[id] (getInitiative, measure charts, tests of change)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: async (f, a) => {
      const { initiativeId } = await halmstadInitiative(f);
      return Promise.all([
        getInitiative(f.db, a, initiativeId),
        initiativeMeasureCharts(f.db, a, initiativeId),
        listChangeTests(f.db, a, initiativeId),
      ]);
    },
  },
  {
    endpoint: 'action createInitiativeAction (own organisation)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator'],
    call: (f, a) => createInitiative(f.db, a, initiativeFields(a?.organisationId ? [a.organisationId] : [f.halmstad])),
  },
  {
    endpoint: "action updateInitiativeAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      updateInitiative(f.db, a, (await halmstadInitiative(f)).initiativeId, initiativeFields([f.halmstad])),
  },
  {
    endpoint: "action moveStepAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => moveInitiativeStep(f.db, a, (await halmstadInitiative(f)).initiativeId, 2),
  },
  {
    endpoint: "action createMeasureAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => createMeasure(f.db, a, (await halmstadInitiative(f)).initiativeId, measureFields()),
  },
  {
    endpoint: "action recordValueAction: Halmstad's measure",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      recordMeasureValue(
        f.db,
        a,
        (await halmstadInitiative(f)).measureId,
        valueInput.parse({ period: '2026-01', value: '3', replace: '' }),
      ),
  },
  {
    endpoint: "action moveBaselineAction: Halmstad's measure",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      moveBaseline(f.db, a, (await halmstadInitiative(f)).measureId, {
        baselineStart: 1,
        baselineLength: 6,
        reason: 'Ny mätmetod från mars',
      }),
  },
  {
    endpoint: "action createChangeTestAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => createChangeTest(f.db, a, (await halmstadInitiative(f)).initiativeId, testFields()),
  },
  {
    endpoint: "action updateChangeTestAction: Halmstad's test of change",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => updateChangeTest(f.db, a, (await halmstadInitiative(f)).changeTestId, testFields()),
  },
  {
    endpoint: "action publishGoodExampleAction: an adopted idea of Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => {
      const { initiativeId } = await halmstadInitiative(f);
      const adopted = await createChangeTest(f.db, f.strategist, initiativeId, adoptedTestFields());
      if (!adopted.ok) throw new Error(adopted.error);
      return publishGoodExample(
        f.db,
        a,
        goodExampleInput.parse({
          initiativeId,
          changeTestId: adopted.value.id,
          title: 'T',
          whatWasDone: 'D',
          whatWasLearnt: 'L',
        }),
      );
    },
  },
  {
    endpoint: 'page /platform/examples, /improvement/[id] (listGoodExamples)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => listGoodExamples(f.db, a),
  },
  {
    endpoint: 'page /dashboards, /reports (initiativesPerStepAndKind)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => initiativesPerStepAndKind(f.db, a),
  },
  {
    endpoint: 'page /reports/[id] (citedInitiatives)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: async (f, a) => citedInitiatives(f.db, a, [(await halmstadInitiative(f)).initiativeId]),
  },
  {
    endpoint: "action saveReportDraftAction citing Halmstad's initiative",
    allowed: ['strategist'],
    call: async (f, a) => {
      const { initiativeId } = await halmstadInitiative(f);
      const draft = await buildReport(f.db, f.strategist, f.openRound);
      const findingKey = draft!.content.findings[0].key;
      const version = draft!.version?.version ?? null;
      const saved = await saveReportDraft(f.db, a, {
        roundId: f.openRound,
        version,
        caseNumber: null,
        content: { ...draft!.content, citations: [{ findingKey, initiativeId }] },
      });
      if (!saved.ok) throw new Error(saved.error);
      return saved;
    },
  },
  {
    endpoint: 'page /platform (listDirectory)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => listDirectory(f.db, a, {}),
  },
  {
    endpoint: 'page /platform/categories (listCategories)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => listCategories(f.db, a),
  },
  {
    endpoint: 'page /platform/services/[id] (getService)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: async (f, a) => getService(f.db, a, await halmstadService(f)),
  },
  {
    endpoint: 'action createServiceAction (for own organisation)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator'],
    call: (f, a) => createService(f.db, a, serviceFields(f)),
  },
  {
    endpoint: 'action updateServiceAction: a Halmstad entry',
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => updateService(f.db, a, await halmstadService(f), serviceFields(f)),
  },
  {
    endpoint: 'action confirmServiceAction: a Halmstad entry (its own organisation only)',
    allowed: ['coordinator'],
    call: async (f, a) => confirmService(f.db, a, await halmstadService(f)),
  },
  {
    endpoint: 'action createCategoryAction',
    allowed: ['strategist'],
    call: (f, a) => createCategory(f.db, a, { code: unique(), nameSv: 'K', nameEn: 'C' }),
  },
  {
    endpoint: 'page /platform/meetings (listMeetings)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => listMeetings(f.db, a),
  },
  {
    endpoint: 'action createMeetingAction',
    allowed: ['strategist'],
    call: (f, a) =>
      createMeeting(f.db, a, { heldOn: '2026-05-01', theme: 'T', notes: null, organisationIds: [f.halmstad] }),
  },
  {
    endpoint: 'page /platform/meetings/[id] (meetingReview)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: async (f, a) => {
      const made = await createMeeting(f.db, f.strategist, {
        heldOn: '2026-05-01',
        theme: 'T',
        notes: null,
        organisationIds: [f.halmstad],
      });
      return meetingReview(f.db, a, made.ok ? made.value.id : 0);
    },
  },
  {
    endpoint: 'page /overview (ownToDo)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => ownToDo(f.db, a),
  },
  {
    endpoint: 'page /dashboards, /reports (platformFigures)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => platformFigures(f.db, a),
  },
  {
    endpoint: 'page /kiosk (listKioskChannels)',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator'],
    call: (f, a) => listKioskChannels(f.db, a),
  },
  {
    endpoint: 'action enrolKioskAction for a channel Halmstad runs',
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => {
      const made = await createChannel(f.db, f.strategist, f.openRound, {
        name: 'Kiosk',
        description: null,
        organisationId: f.halmstad,
      });
      return enrolKioskDevice(f.db, a, { channelId: made.ok ? made.value.id : 0, label: 'Surfplatta' });
    },
  },
  {
    endpoint: 'action revokeKioskAction for a channel Halmstad runs',
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => {
      const made = await createChannel(f.db, f.strategist, f.openRound, {
        name: 'Kiosk',
        description: null,
        organisationId: f.halmstad,
      });
      const device = await enrolKioskDevice(f.db, f.strategist, {
        channelId: made.ok ? made.value.id : 0,
        label: 'Surfplatta',
      });
      return revokeKioskDevice(f.db, a, { deviceId: device.ok ? device.value.id : 0 });
    },
  },
];

/** A new Halmstad entry, made by Halmstad's coordinator. */
async function halmstadService(f: Fixture): Promise<string> {
  const made = await createService(f.db, f.coordinator, serviceFields(f));
  if (!made.ok) throw new Error('no service');
  return made.value.id;
}

function serviceFields(f: Fixture) {
  return serviceInput.parse({
    name: 'Stöd',
    description: 'Text',
    status: 'active',
    targetGroups: 'refugees',
    forAdults: 'on',
    categories: f.categoryId,
    'location.0.municipality': 'halmstad',
  });
}

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
    const [category] = await database.db.select({ id: serviceCategories.id }).from(serviceCategories).limit(1);
    fixture = {
      db: database.db,
      halmstad: await organisationId(database.db, 'halmstad'),
      openRound: await roundId(database.db, 'uppfoljning-2025'),
      strategist,
      coordinator,
      categoryId: category.id,
    };
  });
  afterAll(() => database.close());

  beforeAll(() => {
    request.db = fixture.db;
  });

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
      const expected = Object.fromEntries(
        everyone.map((who) => [who, row.allowed.includes(who) ? 'allowed' : 'denied']),
      );
      expect(got).toEqual(expected);
    });
  }

  it('no foreign row comes back: a coordinator sees only their own organisation\u2019s rates and accounts', async () => {
    const rates = await responseRatesByOrganisation(fixture.db, as.foreignCoordinator, fixture.openRound);
    expect(rates.byOrganisation.every((row) => row.organisationId === as.foreignCoordinator.organisationId)).toBe(true);
    const accounts = await listUsers(fixture.db, as.coordinator);
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.every((account) => account.organisationId === fixture.halmstad)).toBe(true);
  });

  it('the HSDS API: anyone (nobody signed in) reads public entries only; a non-public one does not exist for them', async () => {
    const hidden = await halmstadService(fixture);
    expect(await hsdsServiceById(fixture.db, null, hidden)).toBeNull();
    for (const who of ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'] as const) {
      expect(await hsdsServiceById(fixture.db, as[who], hidden)).not.toBeNull();
    }
    const query = { page: 1, per_page: 100, modified_after: undefined, search: undefined };
    const anonymous = await hsdsServicePage(fixture.db, null, query);
    expect(anonymous.contents.map((service) => service.id)).not.toContain(hidden);
    expect((await hsdsServicePage(fixture.db, as.viewer, query)).total_items).toBeGreaterThan(anonymous.total_items);
    expect((await hsdsOrganizationPage(fixture.db, null, query)).total_items).toBeLessThan(
      (await hsdsOrganizationPage(fixture.db, as.viewer, query)).total_items,
    );
  });

  it('nobody grants a role above their own: a coordinator cannot make a strategist, nor touch one', async () => {
    await expect(
      createUser(fixture.db, as.coordinator, {
        email: `${unique()}@test.invalid`,
        name: 'X',
        role: 'strategist',
        organisationId: fixture.halmstad,
        password: strongPassword,
      }),
    ).rejects.toBeInstanceOf(AccessDenied);
    const strategistInHalmstad = await makeActor(fixture.db, 'strategist', 'halmstad');
    await expect(disableUser(fixture.db, as.coordinator, strategistInHalmstad.userId)).rejects.toBeInstanceOf(
      AccessDenied,
    );
    await expect(
      changeRole(fixture.db, as.coordinator, {
        userId: strategistInHalmstad.userId,
        role: 'viewer',
        organisationId: null,
      }),
    ).rejects.toBeInstanceOf(AccessDenied);
  });

  it('control: an endpoint that skips its wrapper fails its row, though the lib function behind it refuses the same people', async () => {
    // What a hand-written action would be: the same session lookup and lib call, without guardedAction.
    const unwrapped: ActionEndpoint = async (_previous, formData) =>
      createRound(await getDb(), (await getActor()) as Actor, roundInput.parse(formDataToObject(formData)));
    const row: Row = {
      endpoint: 'createRound without its wrapper',
      allowed: ['strategist'],
      call: (_f, a) => viaAction(unwrapped, a, roundForm()),
    };
    const wrapped = matrix.find((candidate) => candidate.endpoint === 'action createRoundAction')!;
    expect(await outcome(wrapped, 'viewer')).toBe('denied');
    expect(await outcome(wrapped, 'nobody')).toBe('denied');
    await expect(outcome(row, 'viewer')).rejects.toBeInstanceOf(Unwrapped);
    await expect(outcome(row, 'nobody')).rejects.toBeInstanceOf(Unwrapped);
    expect(await outcome(row, 'strategist')).toBe('allowed');
  });
});
