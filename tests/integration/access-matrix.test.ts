// Who may call what, as each role, as a coordinator of another organisation, and as nobody. Every server action and
// route handler in the matrix is called for real: through its wrapper, with only Next.js's request scope replaced (the
// session lookup, the database handle, revalidatePath), and with the form or request its page or client sends. An
// endpoint answers "denied" as its wrapper does (a failure guard.denied / guard.notFound / guard.signInRequired, or
// 401/403/404); one that skips its wrapper throws instead, and fails its row (see the control below). Pages call
// their lib/ function, which checks the actor itself. The bug this guards: a coordinator reaching another
// organisation's links, rates or accounts by changing an id in the request.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle, Db } from '@/db/client';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { accountAnswerStatus } from '@/lib/actor-survey/submit';
import { createChannel, listChannels } from '@/lib/channels/manage';
import { responseRatesByOrganisation } from '@/lib/invitations';
import { enrolKioskDevice, listKioskChannels } from '@/lib/kiosk/devices';
import { createOrganisation, getOrganisation, listOrganisations } from '@/lib/organisations';
import { createRound, getRound, roundInput } from '@/lib/rounds/manage';
import { listRounds } from '@/lib/rounds/queries';
import { previewRoundSurveys } from '@/lib/rounds/preview';
import { listFreeTextAnswers } from '@/lib/analytics/free-text';
import { changeRole, createUser, disableUser, listUsers } from '@/lib/users/manage';
import { changeTestInput, createChangeTest, listChangeTests } from '@/lib/improvement/change-tests';
import { createInitiative, getInitiative, initiativeInput, listInitiatives } from '@/lib/improvement/initiatives';
import { createMeasure, initiativeMeasureCharts, measureInput } from '@/lib/improvement/measures';
import { createMeeting, listMeetings, meetingReview, ownToDo } from '@/lib/platform/dialogue';
import { citedInitiatives, initiativesPerStepAndKind } from '@/lib/improvement/follow-up';
import { listGoodExamples } from '@/lib/platform/good-examples';
import { listAuditEntries } from '@/lib/audit';
import { buildReport } from '@/lib/report';
import { platformFigures } from '@/lib/platform/follow-up';
import { createService, getService, listCategories, listDirectory, serviceInput } from '@/lib/platform/services';
import { eq } from 'drizzle-orm';
import { rounds, serviceCategories } from '@/db/schema';
import { answerInput, demoActors, makeActor, makeDraftRound, organisationId, roundId } from './support/actors';
import { formDataToObject } from '@/lib/auth/guarded';
import { getActor } from '@/lib/auth/session';
import { getDb } from '@/lib/database';
import type { Result } from '@/lib/result';
import * as actions from '@/app/actions';
import * as improvement from '@/app/(staff)/improvement/actions';
import * as kiosk from '@/app/(staff)/kiosk/actions';
import * as platform from '@/app/(staff)/platform/actions';
import * as reports from '@/app/(staff)/reports/actions';
import { POST as postInvitations } from '@/app/api/rounds/[id]/invitations/route';
import { GET as getExport } from '@/app/api/rounds/[id]/export/route';
import { GET as getFreeText } from '@/app/api/rounds/[id]/free-text/route';
import { GET as getTrendsExport } from '@/app/api/dashboards/trends/export/route';
import { POST as postAnswer } from '@/app/api/rounds/[id]/answers/route';
import { GET as getHsdsOrganizations } from '@/app/api/hsds/organizations/route';
import { GET as getHsdsServices } from '@/app/api/hsds/services/route';
import { GET as getHsdsService } from '@/app/api/hsds/services/[id]/route';

// Next.js's request scope, and nothing else: who the session says is signed in, and the test's database.
const request = vi.hoisted(() => ({ actor: null as unknown, db: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => request.actor }));
vi.mock('@/lib/database', () => ({ getDb: async () => request.db }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

type ActionEndpoint = (previous: null, formData: FormData) => Promise<Result<unknown>>;
/** One form field's value: a box ticked (true) or not (false), or text; a list repeats the name, as checkboxes do. */
type FormValue = string | number | boolean | null;

/** Thrown by an endpoint that did not answer as a wrapper does: it threw at the caller instead. */
class Unwrapped extends Error {}

/** Calls a server action as a form post by `actor`; the wrapper's refusals become AccessDenied / NotFound. */
async function viaAction(
  action: ActionEndpoint,
  actor: Actor | null,
  fields: Record<string, FormValue | FormValue[]>,
): Promise<unknown> {
  request.actor = actor;
  const form = new FormData();
  for (const [key, values] of Object.entries(fields))
    for (const value of [values].flat())
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
  throw new Answered(result.error, result.fieldErrors);
}

/** An endpoint let the caller through its access checks, and its domain said no (a closed round, a wrong name). */
class Answered extends Error {
  constructor(
    readonly key: string,
    fieldErrors?: Record<string, string>,
  ) {
    super(`answered with the failure ${key} ${JSON.stringify(fieldErrors ?? {})}`);
  }
}

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * Calls a route handler by `actor`: a POST with `body` as JSON, or a GET with `query` in its address. 401 and 403
 * become AccessDenied, 404 NotFound.
 */
async function viaRoute(
  handler: RouteHandler,
  actor: Actor | null,
  params: Record<string, string>,
  send: { body: unknown } | { query: Record<string, string> },
): Promise<unknown> {
  const response = await answerOf(handler, actor, params, send);
  if (response.status === 401 || response.status === 403) throw new AccessDenied();
  if (response.status === 404) throw new NotFound();
  if (response.status === 400) {
    const failure = (await response.json()) as { error: string; fieldErrors?: Record<string, string> };
    throw new Answered(failure.error, failure.fieldErrors);
  }
  if (!response.ok) throw new Error(`unexpected status ${response.status}: ${await response.text()}`);
  return response;
}

/** The route handler's answer to `actor`, whatever its status; an endpoint that throws instead is Unwrapped. */
async function answerOf(
  handler: RouteHandler,
  actor: Actor | null,
  params: Record<string, string>,
  send: { body: unknown } | { query: Record<string, string> },
): Promise<Response> {
  request.actor = actor;
  const sent =
    'body' in send
      ? new Request('http://app.test/api', {
          method: 'POST',
          headers: { 'content-type': 'application/json', host: 'app.test' },
          body: JSON.stringify(send.body),
        })
      : new Request(`http://app.test/api?${new URLSearchParams(send.query)}`, { headers: { host: 'app.test' } });
  let response: Response;
  try {
    response = await handler(sent, { params: Promise.resolve(params) });
  } catch (error) {
    throw new Unwrapped(`the endpoint threw ${error instanceof Error ? error.name : 'something'} instead of answering`);
  }
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
const measureForm = {
  name: 'Mått',
  kind: 'process',
  definition: 'D',
  unit: 'count',
  direction: 'higher_is_better',
  period: 'month',
};
const testForm = { idea: 'Idé', prediction: 'P', startsOn: '2026-01-01' };
const measureFields = () => measureInput.parse(measureForm);
const testFields = () => changeTestInput.parse(testForm);
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
    endpoint: 'page /rounds/[id] and /rounds/[id]/preview/… (previewRoundSurveys)',
    allowed: ['strategist'],
    call: (f, a) => previewRoundSurveys(f.db, a, f.openRound),
  },
  {
    endpoint: 'page /dashboards/free-text and the quote picker (listFreeTextAnswers)',
    allowed: ['strategist'],
    call: (f, a) => listFreeTextAnswers(f.db, a, { id: f.openRound, minGroupSize: 5 }),
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
    call: (f, a) =>
      viaRoute(postInvitations, a, { id: String(f.openRound) }, { body: { organisationId: f.halmstad, count: 1 } }),
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
    call: (f, a) =>
      viaAction(improvement.createInitiativeAction, a, {
        title: 'Initiativ',
        owners: a?.organisationId ?? f.halmstad,
      }),
  },
  {
    endpoint: "action updateInitiativeAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(improvement.updateInitiativeAction, a, {
        initiativeId: (await halmstadInitiative(f)).initiativeId,
        title: 'Initiativ',
        owners: f.halmstad,
      }),
  },
  {
    endpoint: "action moveStepAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(improvement.moveStepAction, a, { initiativeId: (await halmstadInitiative(f)).initiativeId, step: 2 }),
  },
  {
    endpoint: "action createMeasureAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(improvement.createMeasureAction, a, {
        ...measureForm,
        initiativeId: (await halmstadInitiative(f)).initiativeId,
      }),
  },
  {
    endpoint: "action recordValueAction: Halmstad's measure",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(improvement.recordValueAction, a, {
        measureId: (await halmstadInitiative(f)).measureId,
        period: '2026-01',
        value: '3',
        replace: false,
      }),
  },
  {
    endpoint: "action moveBaselineAction: Halmstad's measure",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(improvement.moveBaselineAction, a, {
        measureId: (await halmstadInitiative(f)).measureId,
        baselineStart: 1,
        baselineLength: 6,
        reason: 'Ny mätmetod från mars',
      }),
  },
  {
    endpoint: "action createChangeTestAction: Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(improvement.createChangeTestAction, a, {
        ...testForm,
        initiativeId: (await halmstadInitiative(f)).initiativeId,
      }),
  },
  {
    endpoint: "action updateChangeTestAction: Halmstad's test of change",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(improvement.updateChangeTestAction, a, {
        ...testForm,
        changeTestId: (await halmstadInitiative(f)).changeTestId,
      }),
  },
  {
    endpoint: "action publishGoodExampleAction: an adopted idea of Halmstad's initiative",
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) => {
      const { initiativeId } = await halmstadInitiative(f);
      const adopted = await createChangeTest(f.db, f.strategist, initiativeId, adoptedTestFields());
      if (!adopted.ok) throw new Error(adopted.error);
      return viaAction(platform.publishGoodExampleAction, a, {
        initiativeId,
        changeTestId: adopted.value.id,
        title: 'T',
        whatWasDone: 'D',
        whatWasLearnt: 'L',
      });
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
      // The editor's form: one textarea per finding, the cited initiative as a "cite.<finding>" checkbox.
      const findings = Object.fromEntries(draft!.content.findings.map(({ key, text }) => [`finding.${key}`, text]));
      return viaAction(reports.saveReportDraftAction, a, {
        ...findings,
        roundId: f.openRound,
        version: version ?? '',
        caseNumber: '',
        period: draft!.content.period,
        consequences: draft!.content.consequences,
        proposal: draft!.content.proposal,
        quotes: draft!.content.quotes.map((quote) => quote.text),
        [`cite.${findingKey}`]: initiativeId,
      });
    },
  },
  {
    endpoint: 'action lockReportVersionAction: a version that does not exist',
    allowed: ['strategist'],
    call: (f, a) =>
      viaAction(reports.lockReportVersionAction, a, { roundId: f.openRound, version: 999_999, confirm: 'yes' }).catch(
        letThroughFor(a, ['report.error.noRound', 'report.error.locked']),
      ),
  },
  {
    endpoint: 'action startNewReportVersionAction',
    allowed: ['strategist'],
    call: (f, a) =>
      viaAction(reports.startNewReportVersionAction, a, { roundId: f.openRound }).catch(
        letThroughFor(a, ['report.error.noRound']),
      ),
  },
  {
    endpoint: 'action recordDecisionAction for Halmstad',
    allowed: ['strategist'],
    call: (f, a) =>
      viaAction(reports.recordDecisionAction, a, {
        organisationId: f.halmstad,
        period: '2031–2032',
        status: 'pending',
      }),
  },
  {
    endpoint: 'action deleteRawResponsesAction: a round still open',
    allowed: ['strategist'],
    call: async (f, a) => {
      const [round] = await f.db.select({ name: rounds.name }).from(rounds).where(eq(rounds.id, f.openRound));
      return viaAction(reports.deleteRawResponsesAction, a, {
        roundId: f.openRound,
        confirmName: round.name,
        confirm: 'yes',
      }).catch(letThroughFor(a, ['retention.error.notClosed']));
    },
  },
  {
    endpoint: 'GET /api/rounds/[id]/export indicators',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (f, a) => viaRoute(getExport, a, { id: String(f.openRound) }, { query: { content: 'indicators' } }),
  },
  {
    endpoint: 'GET /api/dashboards/trends/export',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    call: (_f, a) => viaRoute(getTrendsExport, a, {}, { query: { format: 'csv' } }),
  },
  {
    endpoint: 'GET /api/rounds/[id]/export raw responses',
    allowed: ['strategist'],
    call: (f, a) =>
      viaRoute(getExport, a, { id: String(f.openRound) }, { query: { content: 'responses', format: 'csv' } }),
  },
  {
    endpoint: 'GET /api/rounds/[id]/free-text',
    allowed: ['strategist'],
    call: (f, a) => viaRoute(getFreeText, a, { id: String(f.openRound) }, { query: { language: 'ar' } }),
  },
  {
    endpoint: 'POST /api/rounds/[id]/answers: a complete answer, signed in',
    allowed: ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'],
    // The seeded viewer belongs to no organisation, and a seeded account may have answered already: both are the
    // survey's own answer to someone let through.
    call: (f, a) =>
      viaRoute(postAnswer, a, { id: String(f.openRound) }, { body: answerInput(a?.userId ?? 1) }).catch(
        (error: unknown) => {
          const domain = ['answer.noOrganisation', 'answer.alreadyAnswered'];
          if (a && error instanceof Answered && domain.includes(error.key)) return `answered ${error.key}`;
          throw error;
        },
      ),
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
    // A strategist names the organisation; a coordinator's entry is always their own organisation's.
    call: (f, a) =>
      viaAction(platform.createServiceAction, a, {
        ...serviceForm(f),
        organisationId: a?.organisationId ?? f.halmstad,
      }),
  },
  {
    endpoint: 'action updateServiceAction: a Halmstad entry',
    allowed: ['strategist', 'coordinator'],
    call: async (f, a) =>
      viaAction(platform.updateServiceAction, a, { ...serviceForm(f), serviceId: await halmstadService(f) }),
  },
  {
    endpoint: 'action confirmServiceAction: a Halmstad entry (its own organisation only)',
    allowed: ['coordinator'],
    call: async (f, a) => viaAction(platform.confirmServiceAction, a, { serviceId: await halmstadService(f) }),
  },
  {
    endpoint: 'action createCategoryAction',
    allowed: ['strategist'],
    call: (f, a) => viaAction(platform.createCategoryAction, a, { code: unique(), nameSv: 'K', nameEn: 'C' }),
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
      viaAction(platform.createMeetingAction, a, { heldOn: '2026-05-01', theme: 'T', organisationIds: f.halmstad }),
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
      return viaAction(kiosk.enrolKioskAction, a, { channelId: made.ok ? made.value.id : 0, label: 'Surfplatta' });
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
      return viaAction(kiosk.revokeKioskAction, a, { deviceId: device.ok ? device.value.id : 0 });
    },
  },
];

/** A new Halmstad entry, made by Halmstad's coordinator. */
async function halmstadService(f: Fixture): Promise<string> {
  const made = await createService(f.db, f.coordinator, serviceInput.parse(serviceForm(f)));
  if (!made.ok) throw new Error('no service');
  return made.value.id;
}

/** The service form as the page posts it. */
function serviceForm(f: Fixture) {
  return {
    name: 'Stöd',
    description: 'Text',
    status: 'active',
    targetGroups: 'refugees',
    forAdults: 'on',
    categories: f.categoryId,
    'location.0.municipality': 'halmstad',
  };
}

/**
 * An action whose domain refuses even a strategist here (a round still open, a version not there): the strategist,
 * let through the access checks, gets one of `answers`; everyone else is refused before.
 */
function letThroughFor(actor: Actor, answers: string[]) {
  return (error: unknown) => {
    if (actor?.role !== 'strategist') throw error;
    if (error instanceof Answered && answers.includes(error.key)) return `answered ${error.key}`;
    if (error instanceof NotFound && answers.includes('guard.notFound')) return 'not found, but allowed to ask';
    throw error;
  };
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
    const oneService = (actor: Actor | null) => answerOf(getHsdsService, actor, { id: hidden }, { query: {} });
    expect((await oneService(null)).status).toBe(404);
    for (const who of ['strategist', 'coordinator', 'foreignCoordinator', 'viewer'] as const) {
      expect((await oneService(as[who])).status).toBe(200);
    }
    type Page = { total_items: number; contents: { id: string }[] };
    const page = async (handler: RouteHandler, actor: Actor | null) => {
      const response = await answerOf(handler, actor, {}, { query: { per_page: '100' } });
      expect(response.status).toBe(200);
      return (await response.json()) as Page;
    };
    const anonymous = await page(getHsdsServices, null);
    expect(anonymous.contents.map((service) => service.id)).not.toContain(hidden);
    expect((await page(getHsdsServices, as.viewer)).total_items).toBeGreaterThan(anonymous.total_items);
    expect((await page(getHsdsOrganizations, null)).total_items).toBeLessThan(
      (await page(getHsdsOrganizations, as.viewer)).total_items,
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
