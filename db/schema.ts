// The tables. This module knows columns and constraints, nothing about surveys or roles.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const organisationKind = pgEnum('organisation_kind', ['municipality', 'agency', 'region', 'ngo']);
export const userRole = pgEnum('user_role', ['strategist', 'coordinator', 'viewer']);
export const roundStatus = pgEnum('round_status', ['draft', 'open', 'closed']);
export const surveyKey = pgEnum('survey_key', ['actor-followup', 'target-feedback']);
export const decisionStatus = pgEnum('decision_status', ['pending', 'extend', 'not_extend']);
// The domain's lists are these enums; everything else derives from them (`organisationKind.enumValues` and the types).
export type OrganisationKind = (typeof organisationKind.enumValues)[number];
export type RoundStatus = (typeof roundStatus.enumValues)[number];
export type UserRole = (typeof userRole.enumValues)[number];
export type DecisionStatus = (typeof decisionStatus.enumValues)[number];

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: organisationKind('kind').notNull(),
  isPrincipal: boolean('is_principal').notNull().default(false),
  createdAt: createdAt(),
});
export type Organisation = typeof organisations.$inferSelect;

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    /** Stored lower-case; the sign-in looks it up lower-cased. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    /** scrypt hash; null for accounts that only sign in through the region's single sign-on. */
    passwordHash: text('password_hash'),
    role: userRole('role').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Sessions issued before this time are no longer accepted (sign-out everywhere, password change). */
    sessionsValidAfter: timestamp('sessions_valid_after', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [check('coordinator_has_organisation', sql`${t.role} <> 'coordinator' OR ${t.organisationId} IS NOT NULL`)],
);
export type User = typeof users.$inferSelect;

export const rounds = pgTable(
  'rounds',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    status: roundStatus('status').notNull().default('draft'),
    opensOn: date('opens_on'),
    closesOn: date('closes_on'),
    /** Fewer respondents than this and a figure is not shown (DESIGN.md privacy rule 3). */
    minGroupSize: integer('min_group_size').notNull().default(5),
    /** Set when the raw responses were deleted after the decision (privacy rule 6). */
    rawResponsesDeletedAt: timestamp('raw_responses_deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [check('min_group_size_at_least_3', sql`${t.minGroupSize} >= 3`)],
);
export type Round = typeof rounds.$inferSelect;

/** The frozen survey definitions a round uses: editing a survey file later never changes a round's meaning. */
export const roundSurveys = pgTable(
  'round_surveys',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    surveyKey: surveyKey('survey_key').notNull(),
    surveyVersion: integer('survey_version').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.surveyKey] })],
);
export type RoundSurvey = typeof roundSurveys.$inferSelect;

/** Where a round's public feedback link is handed out. */
export const channels = pgTable(
  'channels',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    /** The short code in the public link and QR code. */
    publicCode: text('public_code').notNull().unique(),
    name: text('name').notNull(),
    description: text('description'),
    /** The organisation that runs the place (its coordinator may enrol kiosk devices for the channel); optional. */
    organisationId: integer('organisation_id').references(() => organisations.id),
    createdAt: createdAt(),
  },
  (t) => [index('channels_round_idx').on(t.roundId)],
);
export type Channel = typeof channels.$inferSelect;

/**
 * One-time links for actor staff. Only the SHA-256 of the token is kept. There is deliberately no time of use:
 * the order in which links were used could be matched against the order of responses.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    used: boolean('used').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_round_org_idx').on(t.roundId, t.organisationId)],
);
export type Invitation = typeof invitations.$inferSelect;

/**
 * An answer to a survey. Privacy rule 1: nothing here identifies a person or a moment: no IP, user agent,
 * session, account, token or time finer than the ISO week. The id is random so row order tells nothing either.
 */
export const responses = pgTable(
  'responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Generated by the client so that a retried submission is stored once. */
    idempotencyKey: uuid('idempotency_key').notNull().unique(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    surveyKey: surveyKey('survey_key').notNull(),
    surveyVersion: integer('survey_version').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    channelId: integer('channel_id').references(() => channels.id),
    locale: text('locale').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    /** ISO week of submission, e.g. 2025-W41. Never a finer time. */
    submittedWeek: text('submitted_week').notNull(),
    /** Generated demo data, never real answers. */
    isDemo: boolean('is_demo').notNull().default(false),
    /**
     * Staff on an enrolled kiosk device said the respondent answered with help (a coarse flag, reported only as a
     * group). Accepted only with a valid kiosk token for the channel; the token itself is never stored here.
     */
    answeredWithHelp: boolean('answered_with_help').notNull().default(false),
  },
  (t) => [
    index('responses_round_survey_idx').on(t.roundId, t.surveyKey),
    // The rows holding a free-text answer: the free-text view reads only these (lib/analytics/free-text.ts, same expression).
    index('responses_free_text_idx')
      .on(t.roundId, t.surveyKey)
      .where(
        sql`${t.answers} ?| array['model_example', 'target_group_needs_comment', 'extension_suggestions', 'comment']`,
      ),
    // Every staff page asks whether demo data is held (lib/demo/status.ts): one index probe, not a scan of all responses.
    index('responses_demo_idx')
      .on(t.roundId)
      .where(sql`${t.isDemo}`),
    check('submitted_week_is_iso_week', sql`${t.submittedWeek} ~ '^[0-9]{4}-W[0-9]{2}$'`),
    check(
      'response_source_matches_survey',
      sql`(${t.surveyKey} = 'actor-followup' AND ${t.organisationId} IS NOT NULL AND ${t.channelId} IS NULL)
       OR (${t.surveyKey} = 'target-feedback' AND ${t.channelId} IS NOT NULL AND ${t.organisationId} IS NULL)`,
    ),
  ],
);
export type ResponseRow = typeof responses.$inferSelect;

/**
 * A browser enrolled as a kiosk (shared tablet) for one channel. Only the SHA-256 of its token is kept, as for
 * invitations; the token is shown once, in the kiosk link. Nothing here is about respondents.
 */
export const kioskDevices = pgTable(
  'kiosk_devices',
  {
    id: serial('id').primaryKey(),
    channelId: integer('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    /** Staff's name for the device, e.g. "Surfplatta i receptionen". */
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('kiosk_devices_channel_idx').on(t.channelId)],
);
export type KioskDevice = typeof kioskDevices.$inferSelect;

/**
 * Submitted answers waiting for a release (lib/responses/release.ts). A submission lands here in the transaction that
 * marks its invitation used or counts its rate limit, so that transaction's id never reaches `responses`; a release
 * moves held answers there in shuffled batches, in a transaction of its own (privacy rules 1–2). Same columns as a
 * response; no role but the app's may read this table (scripts/readonly-role.ts).
 */
export const heldResponses = pgTable(
  'held_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Unique here and, checked at insert, absent from responses: a retry is recognised held or released. */
    idempotencyKey: uuid('idempotency_key').notNull().unique(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    surveyKey: surveyKey('survey_key').notNull(),
    surveyVersion: integer('survey_version').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    channelId: integer('channel_id').references(() => channels.id),
    locale: text('locale').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    /** ISO week of submission: decides when a small round's answers are released anyway. */
    submittedWeek: text('submitted_week').notNull(),
    /** As responses.answered_with_help: carried over at the release. */
    answeredWithHelp: boolean('answered_with_help').notNull().default(false),
  },
  (t) => [
    index('held_responses_round_idx').on(t.roundId),
    check('held_submitted_week_is_iso_week', sql`${t.submittedWeek} ~ '^[0-9]{4}-W[0-9]{2}$'`),
    check(
      'held_response_source_matches_survey',
      sql`(${t.surveyKey} = 'actor-followup' AND ${t.organisationId} IS NOT NULL AND ${t.channelId} IS NULL)
       OR (${t.surveyKey} = 'target-feedback' AND ${t.channelId} IS NOT NULL AND ${t.organisationId} IS NULL)`,
    ),
  ],
);

/** The days on which the daily release ran: one row each, so several app servers release at most once a day. */
export const releaseDays = pgTable('release_days', {
  day: date('day').primaryKey(),
});

/** That a signed-in staff member has answered a round (one answer per person), kept apart from the answer. */
export const roundParticipations = pgTable(
  'round_participations',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

/** Each principal's decision on extending the strategy for a period. */
export const extensionDecisions = pgTable(
  'extension_decisions',
  {
    id: serial('id').primaryKey(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    period: text('period').notNull(),
    status: decisionStatus('status').notNull().default('pending'),
    decidedOn: date('decided_on'),
    decidingBody: text('deciding_body'),
    caseNumber: text('case_number'),
    recordedByUserId: integer('recorded_by_user_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('extension_decisions_org_period_idx').on(t.organisationId, t.period)],
);
export type ExtensionDecision = typeof extensionDecisions.$inferSelect;

/** Who did what to which target, when, and how it went. Written for every administrative act. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    outcome: text('outcome').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

/** Fixed-window counters for rate limits, in the database so that they hold across app servers. */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/**
 * Versions of a round's decision report. A draft is edited; a locked version never changes again and keeps the
 * figures it was locked with, so it reads the same after raw responses are deleted.
 */
/**
 * Failed sign-ins in a row per e-mail address as typed (known account or not, so both look alike), for the growing
 * wait after them (lib/auth/sign-in.ts). A successful sign-in deletes the row; old rows are swept.
 */
export const signInFailures = pgTable('sign_in_failures', {
  email: text('email').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});

export const reportVersions = pgTable(
  'report_versions',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The strategist's wording: findings, consequences, proposal, chosen quotes. */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    caseNumber: text('case_number'),
    /** The suppressed figures the report showed when it was locked. */
    figures: jsonb('figures').$type<Record<string, unknown>>(),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedByUserId: integer('locked_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('report_versions_round_version_idx').on(t.roundId, t.version)],
);
export type ReportVersion = typeof reportVersions.$inferSelect;

/** What is kept of a round after its raw responses are deleted (privacy rule 6): the suppressed figures only. */
export const roundAggregates = pgTable('round_aggregates', {
  roundId: integer('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  figures: jsonb('figures').$type<Record<string, unknown>>().notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A closed round's answer and invitation counts, stored when it closes so that its dashboards need not add them up
 * again (they cannot change: a closed round takes no answers and no links). As fine-grained as the answer counts, so
 * deleted with them when the raw responses go; a release into the round deletes them (they are then out of date).
 */
export const roundCounts = pgTable('round_counts', {
  roundId: integer('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  counts: jsonb('counts').$type<Record<string, unknown>>().notNull(),
});

/**
 * The questions whose answers are counted as responses arrive (indicator questions and the target-group
 * category). Free-text questions never belong here: these counts outlive deleted raw responses (privacy rule 6).
 */
export const answerCountQuestions = pgTable(
  'answer_count_questions',
  {
    surveyKey: surveyKey('survey_key').notNull(),
    questionId: text('question_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyKey, t.questionId] })],
);

/**
 * Per round, kept up to date by a trigger on responses (migration 0004): how many responses from each organisation
 * or channel, language and target group gave each answer to each counted question. question_id '' counts the
 * respondents; answer '' counts those who left the question unanswered. Dashboards read this, never the raw rows.
 */
export const responseAnswerCounts = pgTable(
  'response_answer_counts',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    surveyKey: surveyKey('survey_key').notNull(),
    /** 0 for the feedback survey. */
    organisationId: integer('organisation_id').notNull(),
    /** 0 for the actor survey. */
    channelId: integer('channel_id').notNull(),
    locale: text('locale').notNull(),
    /** The feedback survey's target_group answer, 'not_stated' when skipped; '' for the actor survey. */
    targetGroup: text('target_group').notNull(),
    /** responses.answered_with_help: a breakdown of its own on the dashboards, suppressed like any group. */
    answeredWithHelp: boolean('answered_with_help').notNull().default(false),
    questionId: text('question_id').notNull(),
    answer: text('answer').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'response_answer_counts_pk',
      columns: [
        t.roundId,
        t.surveyKey,
        t.organisationId,
        t.channelId,
        t.locale,
        t.targetGroup,
        t.answeredWithHelp,
        t.questionId,
        t.answer,
      ],
    }),
    // The respondent rows alone: a round's totals (the round list, every dashboard's round picker) read these few.
    index('response_answer_counts_respondents_idx')
      .on(t.roundId, t.surveyKey, t.count)
      .where(sql`${t.questionId} = ''`),
  ],
);

// The improvement model (the strategy's shared way of working): initiatives in three steps, their measures with
// values per period, and their tests of change (PDSA cycles).
export const initiativeStatus = pgEnum('initiative_status', ['active', 'paused', 'finished']);
export const measureKind = pgEnum('measure_kind', ['outcome', 'process', 'balancing']);
export const measureDirection = pgEnum('measure_direction', ['higher_is_better', 'lower_is_better']);
/** `count`: whole numbers ≥ 0; `percent`: 0–100; `number`: any number (the unit label says what). */
export const measureUnit = pgEnum('measure_unit', ['count', 'percent', 'number']);
/** `round`: one value per follow-up round, taken from a survey indicator, never entered by hand. */
export const measurePeriod = pgEnum('measure_period', ['week', 'month', 'quarter', 'round']);
export const changeTestDecision = pgEnum('change_test_decision', ['adopt', 'adapt', 'abandon']);

export const initiatives = pgTable(
  'initiatives',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    /** 1 identify, 2 improve by renewing and strengthening, 3 joint learning by adapting and targeting. */
    step: integer('step').notNull().default(1),
    stepChangedOn: date('step_changed_on').notNull(),
    problem: text('problem').notNull().default(''),
    aimWhat: text('aim_what').notNull().default(''),
    aimHowMuch: text('aim_how_much').notNull().default(''),
    aimByWhen: date('aim_by_when'),
    rootCauses: text('root_causes').notNull().default(''),
    targetGroups: jsonb('target_groups').$type<string[]>().notNull().default([]),
    status: initiativeStatus('status').notNull().default('active'),
    learnt: text('learnt').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('initiative_step_1_to_3', sql`${t.step} BETWEEN 1 AND 3`)],
);
export type Initiative = typeof initiatives.$inferSelect;

/** The organisations that own an initiative: their coordinators may edit it. */
export const initiativeOwners = pgTable(
  'initiative_owners',
  {
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.organisationId] }),
    index('initiative_owners_organisation_idx').on(t.organisationId),
  ],
);

export const measures = pgTable(
  'measures',
  {
    id: serial('id').primaryKey(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: measureKind('kind').notNull(),
    /** The operational definition: what is counted, how, from where. */
    definition: text('definition').notNull(),
    unit: measureUnit('unit').notNull(),
    unitLabel: text('unit_label').notNull().default(''),
    direction: measureDirection('direction').notNull(),
    period: measurePeriod('period').notNull(),
    /** For `round` measures: the survey indicator whose regional share is the value. */
    indicatorId: text('indicator_id'),
    /** The centre line's baseline: the median of `baselineLength` points from `baselineStart`, moved only by hand. */
    baselineStart: integer('baseline_start').notNull().default(0),
    baselineLength: integer('baseline_length').notNull().default(12),
    baselineReason: text('baseline_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    check('measure_round_period_has_indicator', sql`(${t.period} = 'round') = (${t.indicatorId} IS NOT NULL)`),
    check('measure_baseline_sane', sql`${t.baselineStart} >= 0 AND ${t.baselineLength} >= 1`),
  ],
);
export type Measure = typeof measures.$inferSelect;

export const measureValues = pgTable(
  'measure_values',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    /** 2026-W07, 2026-03 or 2026-Q1, as the measure's period says. */
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.period] })],
);
export type MeasureValue = typeof measureValues.$inferSelect;

/** A test of change: plan, do, study, act, each cycle dated. */
export const changeTests = pgTable(
  'change_tests',
  {
    id: serial('id').primaryKey(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    idea: text('idea').notNull(),
    prediction: text('prediction').notNull(),
    who: text('who').notNull().default(''),
    place: text('place').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    happened: text('happened').notNull().default(''),
    studied: text('studied').notNull().default(''),
    decision: changeTestDecision('decision'),
    createdAt: createdAt(),
  },
  (t) => [check('change_test_dates_in_order', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`)],
);
export type ChangeTest = typeof changeTests.$inferSelect;

// ---- The platform for joint learning: a directory of psychosocial support, shaped after Open Referral HSDS 3 ----

/** Ours, mapped to HSDS `status` in lib/platform/hsds.ts: active → active, paused → temporarily closed, ended → inactive. */
export const serviceStatus = pgEnum('service_status', ['active', 'paused', 'ended']);
/** How a language is offered: spoken by the staff (HSDS `languages`) or only through an interpreter (HSDS `interpretation_services`). */
export const serviceLanguageMode = pgEnum('service_language_mode', ['staff', 'interpreter']);

/** The taxonomy of kinds of support (HSDS taxonomy terms), seeded from the strategy; strategists add more. */
export const serviceCategories = pgTable('service_categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  /** The name in each respondent language (sv and en at least), keyed by survey locale. */
  names: jsonb('names').$type<Record<string, string>>().notNull(),
  createdByUserId: integer('created_by_user_id').references(() => users.id),
  createdAt: createdAt(),
});
export type ServiceCategory = typeof serviceCategories.$inferSelect;

/**
 * An organisation's support offer. `updated_at` (HSDS last_modified) and `verified_at` (HSDS assured_date) are
 * different things: an edit is not a confirmation that the whole entry is still right.
 */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    status: serviceStatus('status').notNull().default('active'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** How to get there: HSDS application_process. */
    applicationProcess: text('application_process'),
    referralRequired: boolean('referral_required').notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    url: text('url'),
    /** The strategy's target groups served (lib/platform/vocabulary.ts). */
    targetGroups: text('target_groups').array().notNull(),
    forChildren: boolean('for_children').notNull().default(false),
    forAdults: boolean('for_adults').notNull().default(true),
    /** When it runs, in words ("tisdagar 13–15"). */
    scheduleDescription: text('schedule_description'),
    /** Shown on the public page and to anyone through the HSDS API. */
    isPublic: boolean('is_public').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByUserId: integer('updated_by_user_id').references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedByUserId: integer('verified_by_user_id').references(() => users.id),
  },
  (t) => [
    index('services_organisation_idx').on(t.organisationId),
    check('service_serves_someone', sql`${t.forChildren} OR ${t.forAdults}`),
    check(
      'service_valid_period',
      sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);
export type Service = typeof services.$inferSelect;

export const serviceCategoryLinks = pgTable(
  'service_category_links',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => serviceCategories.id),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.categoryId] })],
);

export const serviceLanguages = pgTable(
  'service_languages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    /** ISO 639-3. */
    code: text('code').notNull(),
    mode: serviceLanguageMode('mode').notNull(),
  },
  (t) => [
    uniqueIndex('service_languages_service_code_idx').on(t.serviceId, t.code),
    check('language_code_iso_639_3', sql`${t.code} ~ '^[a-z]{3}$'`),
  ],
);

export const serviceLocations = pgTable(
  'service_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    /** One of Halland's municipalities (lib/platform/vocabulary.ts). */
    municipality: text('municipality').notNull(),
    address: text('address'),
    postalCode: text('postal_code'),
  },
  (t) => [index('service_locations_service_idx').on(t.serviceId)],
);

/** A dialogue meeting (about twice a year): the review cycle of the platform runs from one to the next. */
export const dialogueMeetings = pgTable('dialogue_meetings', {
  id: serial('id').primaryKey(),
  heldOn: date('held_on').notNull(),
  theme: text('theme').notNull(),
  notes: text('notes'),
  createdByUserId: integer('created_by_user_id').references(() => users.id),
  createdAt: createdAt(),
});
export type DialogueMeeting = typeof dialogueMeetings.$inferSelect;

export const dialogueMeetingOrganisations = pgTable(
  'dialogue_meeting_organisations',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => dialogueMeetings.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organisationId] })],
);

/**
 * A good example on the platform (step 3 of the improvement model, joint learning): what an initiative did and
 * learnt, published for every organisation to learn from. From an adopted test of change, or (no test named) from
 * a finished initiative; each once. Its owning organisations are its initiative's owners.
 */
export const goodExamples = pgTable(
  'good_examples',
  {
    id: serial('id').primaryKey(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    changeTestId: integer('change_test_id').references(() => changeTests.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    whatWasDone: text('what_was_done').notNull(),
    whatWasLearnt: text('what_was_learnt').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedByUserId: integer('published_by_user_id').references(() => users.id),
  },
  (t) => [unique('good_examples_initiative_test_key').on(t.initiativeId, t.changeTestId).nullsNotDistinct()],
);
export type GoodExample = typeof goodExamples.$inferSelect;
