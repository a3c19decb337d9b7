// Demo and reference data. Organisations are the real Halland actors; accounts, rounds, channels, invitations and
// responses are demo data (responses carry is_demo = true). Every insert is keyed, so running it twice changes nothing.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createSurveyModel } from '@/lib/surveys/model';
import type { Db } from '@/db/client';
import {
  changeTests,
  channels,
  extensionDecisions,
  initiativeOwners,
  initiatives,
  invitations,
  measures,
  measureValues,
  organisations,
  responses,
  rounds,
  roundSurveys,
  serviceCategories,
  serviceCategoryLinks,
  serviceLanguages,
  serviceLocations,
  services,
  users,
  type OrganisationKind,
} from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { isoWeek } from '@/lib/dates';
import { generateAnswers, seededRandom, type Random } from '@/lib/demo/generate-answers';
import { latestSurvey, type SurveyKey } from '@/surveys';
import { demoServices } from '@/lib/demo/services';
import { seededCategories } from '@/lib/platform/vocabulary';

/** The actors named in the strategy. [slug, name, kind, principal, demo respondents per round] */
export const hallandOrganisations: [string, string, OrganisationKind, boolean, number][] = [
  ['halmstad', 'Halmstads kommun', 'municipality', true, 42],
  ['laholm', 'Laholms kommun', 'municipality', true, 18],
  ['hylte', 'Hylte kommun', 'municipality', true, 14],
  ['falkenberg', 'Falkenbergs kommun', 'municipality', true, 24],
  ['varberg', 'Varbergs kommun', 'municipality', true, 30],
  ['kungsbacka', 'Kungsbacka kommun', 'municipality', true, 34],
  ['lansstyrelsen-halland', 'Länsstyrelsen Halland', 'agency', true, 9],
  ['forsakringskassan', 'Försäkringskassan', 'agency', true, 8],
  ['arbetsformedlingen', 'Arbetsförmedlingen', 'agency', true, 16],
  ['migrationsverket', 'Migrationsverket', 'agency', true, 12],
  ['samordningsforbundet-halland', 'Samordningsförbundet Halland', 'agency', true, 6],
  ['region-halland', 'Region Halland, regionkontoret', 'region', true, 12],
  ['region-halland-narsjukvarden', 'Region Halland, Närsjukvården', 'region', false, 36],
  ['region-halland-psykiatri', 'Region Halland, psykiatrin', 'region', false, 20],
  ['roda-korset', 'Röda korset', 'ngo', false, 11],
  ['radda-barnen', 'Rädda Barnen', 'ngo', false, 7],
  ['svenska-kyrkan', 'Svenska kyrkan', 'ngo', false, 9],
  ['studieframjandet', 'Studiefrämjandet', 'ngo', false, 4],
  ['studieforbundet-vuxenskolan', 'Studieförbundet Vuxenskolan', 'ngo', false, 5],
  ['medborgarskolan', 'Medborgarskolan', 'ngo', false, 3],
  ['sensus', 'Sensus', 'ngo', false, 5],
  ['folkuniversitetet', 'Folkuniversitetet', 'ngo', false, 4],
  ['rf-sisu', 'RF-SISU Halland', 'ngo', false, 6],
];

/** Demo accounts: documented in README, for demos only. */
export const demoAccounts = [
  {
    email: 'strateg@demo.halland.test',
    name: 'Sara Strateg',
    role: 'strategist',
    organisation: 'region-halland',
    password: 'Demo-Strateg-2025',
  },
  {
    email: 'samordnare@demo.halland.test',
    name: 'Samir Samordnare',
    role: 'coordinator',
    organisation: 'halmstad',
    password: 'Demo-Samordnare-2025',
  },
  {
    email: 'lasare@demo.halland.test',
    name: 'Lena Läsare',
    role: 'viewer',
    organisation: null,
    password: 'Demo-Lasare-2025',
  },
] as const;

type DemoRound = {
  slug: string;
  name: string;
  status: 'open' | 'closed';
  opensOn: string;
  closesOn: string;
  firstWeekStart: string;
  weeks: number;
  /** How much better things are than the 2023 baseline, in probability. */
  lift: number;
  actorShare: number;
  feedbackResponses: number;
  channels: [string, string, string][];
};

const demoRounds: DemoRound[] = [
  {
    slug: 'uppfoljning-2023',
    name: 'Uppföljning 2023',
    status: 'closed',
    opensOn: '2023-10-02',
    closesOn: '2023-12-15',
    firstWeekStart: '2023-10-02',
    weeks: 10,
    lift: 0,
    actorShare: 0.8,
    feedbackResponses: 160,
    channels: [
      ['sp23k7', 'Migrationsverkets boende Spenshult', 'Affischer och QR-kod i gemensamma lokaler'],
      ['sf23m4', 'SFI Halmstad', 'Lärarna delar ut länken under lektionstid'],
      ['hu23v9', 'Hälsoundersökning, Varberg', 'Länken lämnas efter hälsoundersökningen'],
    ],
  },
  {
    slug: 'uppfoljning-2025',
    name: 'Uppföljning 2025',
    status: 'open',
    opensOn: '2025-10-06',
    closesOn: '2026-12-18',
    firstWeekStart: '2025-10-06',
    weeks: 9,
    lift: 0.1,
    actorShare: 1,
    feedbackResponses: 420,
    channels: [
      ['sp25q2', 'Migrationsverkets boende Spenshult', 'Affischer och QR-kod i gemensamma lokaler'],
      ['sf25h8', 'SFI Halmstad', 'Lärarna delar ut länken under lektionstid'],
      ['hu25w3', 'Hälsoundersökning, Varberg', 'Länken lämnas efter hälsoundersökningen'],
      ['fc25f6', 'Familjecentralen Falkenberg', 'Föräldrastödsgrupper på arabiska, dari och tigrinja'],
      ['mp25k5', 'Mötesplats Kungsbacka (Röda korset)', 'Språkcafé och mötesplats'],
    ],
  },
];

/** Awareness differed between kinds of actor in the last follow-up (finding 2); the demo keeps that shape. */
const awarenessByKind: Record<OrganisationKind, number> = { municipality: 0.78, region: 0.82, agency: 0.6, ngo: 0.38 };

const feedbackLocales: [string, number][] = [
  ['ar', 0.26],
  ['prs', 0.14],
  ['fa', 0.08],
  ['ti', 0.14],
  ['so', 0.1],
  ['uk', 0.12],
  ['sv', 0.06],
  ['sv-easy', 0.04],
  ['en', 0.06],
];

const feedbackBadHighRatings = new Set(['stress_level', 'worry_level', 'sleep_problems']);

export type SeedLog = (line: string) => void;

export async function seed(db: Db, log: SeedLog = console.log): Promise<void> {
  await seedOrganisations(db);
  await seedDemoAccounts(db, log);
  for (const round of demoRounds) await seedRound(db, round);
  await seedKnownDecisions(db);
  await seedServiceCategories(db);
  await seedDemoServices(db);
  await seedImprovementWork(db);
}

/**
 * The improvement model's demo work: Arbetsförmedlingen's mapping of ill-health in the establishment phase (the last
 * follow-up's example) in step 1, and a step-2 initiative with a measure, twenty months of values and two tests of
 * change. Marked as demo; skipped when demo initiatives exist already.
 */
async function seedImprovementWork(db: Db) {
  const [{ demoInitiatives }] = await db
    .select({ demoInitiatives: sql<number>`count(*)::int` })
    .from(initiatives)
    .where(sql`${initiatives.isDemo}`);
  if (demoInitiatives > 0) return;
  const organisationIds = await organisationIdsBySlug(db);
  await db.transaction(async (tx) => {
    const [mapping] = await tx
      .insert(initiatives)
      .values({
        title: 'Kartlägga psykisk ohälsa bland nyanlända i etableringsfasen',
        step: 1,
        stepChangedOn: '2025-11-03',
        problem:
          'Handläggare möter nyanlända med stress, oro och sömnproblem men vet inte hur vanligt det är eller vart de ska hänvisa.',
        aimWhat: 'Veta hur många i etableringsprogrammet som har behov av psykosocialt stöd',
        aimHowMuch: 'Alla nyinskrivna erbjuds en kort screening',
        aimByWhen: '2027-06-30',
        rootCauses:
          'Ingen gemensam rutin för att fråga om mående; språkhinder; oklart vilket stöd som finns hos andra aktörer.',
        targetGroups: ['newly_arrived', 'refugees', 'quota_refugees'],
        isDemo: true,
      })
      .returning({ id: initiatives.id });
    await tx
      .insert(initiativeOwners)
      .values({ initiativeId: mapping.id, organisationId: organisationIds.get('arbetsformedlingen')! });

    const [groups] = await tx
      .insert(initiatives)
      .values({
        title: 'Stressreducerande samtalsgrupper på modersmål',
        step: 2,
        stepChangedOn: '2025-09-15',
        problem: 'Många som börjar i samtalsgrupperna slutar efter ett par träffar.',
        aimWhat: 'Fler deltagare fullföljer gruppen',
        aimHowMuch: 'Från drygt hälften till minst sju av tio',
        aimByWhen: '2027-03-31',
        rootCauses: 'Träffarna krockar med SFI; föräldrar saknar barnpassning; påminnelser kommer bara på svenska.',
        targetGroups: ['refugees', 'asylum_seekers', 'relatives_of_newly_arrived'],
        isDemo: true,
      })
      .returning({ id: initiatives.id });
    await tx.insert(initiativeOwners).values([
      { initiativeId: groups.id, organisationId: organisationIds.get('halmstad')! },
      { initiativeId: groups.id, organisationId: organisationIds.get('region-halland-narsjukvarden')! },
    ]);
    const [completion] = await tx
      .insert(measures)
      .values({
        initiativeId: groups.id,
        name: 'Andel deltagare som fullföljer gruppen',
        kind: 'outcome',
        definition: 'Deltagare som var med på minst fyra av sex träffar, delat med alla som började, per startmånad.',
        unit: 'percent',
        direction: 'higher_is_better',
        period: 'month',
      })
      .returning({ id: measures.id });
    // Twelve months around 55 %, then the two tests of change take hold.
    const values = [54, 58, 52, 56, 55, 51, 57, 53, 56, 54, 59, 52, 61, 58, 66, 69, 64, 71, 68, 72];
    await tx.insert(measureValues).values(
      values.map((value, month) => ({
        measureId: completion.id,
        period: `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
        value,
      })),
    );
    await tx.insert(changeTests).values([
      {
        initiativeId: groups.id,
        idea: 'Påminnelse per sms på deltagarens språk dagen före varje träff',
        prediction: 'Färre uteblir från träff två och tre',
        who: 'Gruppledarna i Halmstad',
        place: 'Två grupper på arabiska och dari',
        startsOn: '2025-12-01',
        endsOn: '2026-01-31',
        happened: 'Påminnelserna skickades; några nummer var fel.',
        studied: 'Något färre uteblev, men effekten var liten.',
        decision: 'adapt',
      },
      {
        initiativeId: groups.id,
        idea: 'Barnpassning under träffarna tillsammans med Röda korsets mötesplats',
        prediction: 'Fler föräldrar fullföljer gruppen',
        who: 'Gruppledare och volontärer',
        place: 'Familjecentralen',
        startsOn: '2026-03-01',
        endsOn: '2026-05-31',
        happened: 'Barnpassning fanns vid alla träffar.',
        studied: 'Andelen som fullföljde steg tydligt och höll i sig.',
        decision: 'adopt',
      },
    ]);
  });
}

/** The taxonomy of support the strategy names: reference data, not demo. */
async function seedServiceCategories(db: Db) {
  await db.insert(serviceCategories).values(seededCategories).onConflictDoNothing({ target: serviceCategories.code });
}

/** A handful of demo entries on the platform, each keyed by a stable id so a second run adds nothing. */
async function seedDemoServices(db: Db) {
  const organisationIds = await organisationIdsBySlug(db);
  const categoryIds = new Map(
    (await db.select({ id: serviceCategories.id, code: serviceCategories.code }).from(serviceCategories)).map((row) => [
      row.code,
      row.id,
    ]),
  );
  for (const demo of demoServices) {
    const id = uuidFrom(`demo-service:${demo.name}`);
    const verifiedAt = demo.verifiedDaysAgo === null ? null : new Date(Date.now() - demo.verifiedDaysAgo * 86_400_000);
    await db.transaction(async (tx) => {
      const created = await tx
        .insert(services)
        .values({
          id,
          organisationId: organisationIds.get(demo.organisation)!,
          name: demo.name,
          description: demo.description,
          status: demo.status,
          validFrom: demo.validFrom,
          validTo: demo.validTo,
          applicationProcess: demo.applicationProcess,
          referralRequired: demo.referralRequired,
          phone: demo.phone,
          email: demo.email,
          url: demo.url,
          targetGroups: demo.targetGroups,
          forChildren: demo.forChildren,
          forAdults: demo.forAdults,
          scheduleDescription: demo.scheduleDescription,
          isPublic: demo.isPublic,
          isDemo: true,
          // Last changed a little before it was last confirmed, so a confirmed demo entry reads as confirmed.
          updatedAt: verifiedAt ? new Date(verifiedAt.getTime() - 3_600_000) : new Date(Date.now() - 400 * 86_400_000),
          createdAt: new Date(Date.now() - 400 * 86_400_000),
          verifiedAt,
        })
        .onConflictDoNothing({ target: services.id })
        .returning({ id: services.id });
      if (!created.length) return;
      await tx
        .insert(serviceCategoryLinks)
        .values(demo.categories.map((code) => ({ serviceId: id, categoryId: categoryIds.get(code)! })));
      await tx.insert(serviceLanguages).values(demo.languages.map((language) => ({ serviceId: id, ...language })));
      await tx.insert(serviceLocations).values(demo.locations.map((location) => ({ serviceId: id, ...location })));
    });
  }
}

/** The one decision the board minutes record (case RS231164): Region Halland extended the strategy for 2024–2025. */
async function seedKnownDecisions(db: Db) {
  const organisationId = (await organisationIdsBySlug(db)).get('region-halland')!;
  await db
    .insert(extensionDecisions)
    .values({
      organisationId,
      period: '2024–2025',
      status: 'extend',
      decidedOn: '2024-05-08',
      decidingBody: 'Regionstyrelsen',
      caseNumber: 'RS231164',
    })
    .onConflictDoNothing();
}

async function seedOrganisations(db: Db) {
  await db
    .insert(organisations)
    .values(hallandOrganisations.map(([slug, name, kind, isPrincipal]) => ({ slug, name, kind, isPrincipal })))
    .onConflictDoNothing({ target: organisations.slug });
}

async function seedDemoAccounts(db: Db, log: SeedLog) {
  const organisationIds = await organisationIdsBySlug(db);
  for (const account of demoAccounts) {
    const created = await db
      .insert(users)
      .values({
        email: account.email,
        name: account.name,
        role: account.role,
        organisationId: account.organisation ? organisationIds.get(account.organisation)! : null,
        passwordHash: await hashPassword(account.password),
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (created.length) log(`Demo account (demo only): ${account.role} ${account.email} / ${account.password}`);
  }
}

async function seedRound(db: Db, plan: DemoRound) {
  await db
    .insert(rounds)
    .values({ slug: plan.slug, name: plan.name, status: plan.status, opensOn: plan.opensOn, closesOn: plan.closesOn })
    .onConflictDoNothing({ target: rounds.slug });
  const [{ id: roundId }] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(sql`${rounds.slug} = ${plan.slug}`);

  const surveys = (['actor-followup', 'target-feedback'] as SurveyKey[]).map(latestSurvey);
  await db
    .insert(roundSurveys)
    .values(
      surveys.map((survey) => ({
        roundId,
        surveyKey: survey.key,
        surveyVersion: survey.version,
        definition: survey.json,
      })),
    )
    .onConflictDoNothing();
  await db
    .insert(channels)
    .values(plan.channels.map(([publicCode, name, description]) => ({ roundId, publicCode, name, description })))
    .onConflictDoNothing({ target: channels.publicCode });

  // Generating answers is the slow part (~16 ms each in survey-core); a round that has them already is done.
  const [{ demoResponses }] = await db
    .select({ demoResponses: sql<number>`count(*)::int` })
    .from(responses)
    .where(sql`${responses.roundId} = ${roundId} and ${responses.isDemo}`);
  if (demoResponses > 0) return;

  const random = seededRandom(hashToInt(plan.slug));
  const week = weekPicker(plan, random);
  const organisationIds = await organisationIdsBySlug(db);
  const channelIds = await db
    .select({ id: channels.id })
    .from(channels)
    .where(sql`${channels.roundId} = ${roundId}`);
  const actorSurvey = createSurveyModel(surveys[0].json);
  const feedbackSurvey = createSurveyModel(surveys[1].json);

  const rows: (typeof responses.$inferInsert)[] = [];
  const invitationRows: (typeof invitations.$inferInsert)[] = [];
  for (const [slug, , kind, , respondents] of hallandOrganisations) {
    const count = Math.round(respondents * plan.actorShare);
    const organisationId = organisationIds.get(slug)!;
    for (let i = 0; i < count; i++) {
      const answers = generateAnswers(actorSurvey, {
        random,
        positivity: (name) => (name.startsWith('aware_') ? awarenessByKind[kind] : 0.55) + plan.lift,
        freeText: (name) => (random() < 0.12 ? actorComment(name, random) : undefined),
      });
      rows.push(
        demoResponse(plan, 'actor-followup', `${slug}:${i}`, {
          roundId,
          organisationId,
          locale: 'sv',
          answers,
          week: week(),
        }),
      );
    }
    // Demo links that were never handed to anyone: the used ones match the responses, so the response rate is real.
    const made = Math.ceil(count / (0.55 + random() * 0.35));
    for (let i = 0; i < made; i++) {
      invitationRows.push({
        roundId,
        organisationId,
        tokenHash: sha256(`demo-invitation:${plan.slug}:${slug}:${i}`),
        used: i < count,
      });
    }
  }
  for (let i = 0; i < plan.feedbackResponses; i++) {
    const locale = pickWeighted(feedbackLocales, random);
    const channelId = channelIds[Math.floor(random() * channelIds.length)].id;
    const answers = generateAnswers(feedbackSurvey, {
      random,
      // These three are rated 1 = good, 5 = bad; the generator leans towards the high end with `positivity`.
      positivity: (name) => (feedbackBadHighRatings.has(name) ? 0.55 - plan.lift : 0.5 + plan.lift),
      freeText: () => (random() < 0.06 ? 'Demo: Jag vill ha mer information om vart jag kan vända mig.' : undefined),
      skipOptional: 0.2,
    });
    rows.push(demoResponse(plan, 'target-feedback', String(i), { roundId, channelId, locale, answers, week: week() }));
  }
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 500) {
      await tx
        .insert(responses)
        .values(rows.slice(start, start + 500))
        .onConflictDoNothing({ target: responses.idempotencyKey });
    }
    await tx.insert(invitations).values(invitationRows).onConflictDoNothing({ target: invitations.tokenHash });
  });
}

function demoResponse(
  plan: DemoRound,
  surveyKey: SurveyKey,
  index: string,
  values: {
    roundId: number;
    organisationId?: number;
    channelId?: number;
    locale: string;
    answers: Record<string, unknown>;
    week: string;
  },
): typeof responses.$inferInsert {
  return {
    idempotencyKey: uuidFrom(`demo-response:${plan.slug}:${surveyKey}:${index}`),
    roundId: values.roundId,
    surveyKey,
    surveyVersion: 1,
    organisationId: values.organisationId ?? null,
    channelId: values.channelId ?? null,
    locale: values.locale,
    answers: values.answers,
    submittedWeek: values.week,
    isDemo: true,
  };
}

const actorComments = [
  'Demo: Dialogmötena ger en bra bild av vad andra aktörer erbjuder.',
  'Demo: Vi behöver kartlägga ohälsa bland nyanlända i etableringsfasen.',
  'Demo: Personalomsättning gör att strategin inte är känd hos alla.',
  'Demo: Plattformen är ett enkelt sätt att lära känna varandras verksamheter.',
];
function actorComment(_question: string, random: Random) {
  return actorComments[Math.floor(random() * actorComments.length)];
}

function weekPicker(plan: DemoRound, random: Random) {
  const start = new Date(`${plan.firstWeekStart}T12:00:00Z`).getTime();
  return () => isoWeek(new Date(start + Math.floor(random() * plan.weeks) * 7 * 86_400_000));
}

function pickWeighted(options: [string, number][], random: Random): string {
  let roll = random() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of options) if ((roll -= weight) <= 0) return value;
  return options[options.length - 1][0];
}

async function organisationIdsBySlug(db: Db) {
  const rows = await db.select({ id: organisations.id, slug: organisations.slug }).from(organisations);
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function sha256(text: string) {
  return createHash('sha256').update(text).digest('hex');
}

function hashToInt(text: string) {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/** A stable UUID (v4 layout) from a name: the same demo response gets the same idempotency key every time. */
function uuidFrom(name: string) {
  const hex = sha256(name);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
