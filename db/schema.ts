// The tables. This module knows columns and constraints, nothing about surveys or roles.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const organisationKind = pgEnum('organisation_kind', ['municipality', 'agency', 'region', 'ngo']);
export const userRole = pgEnum('user_role', ['strategist', 'coordinator', 'viewer']);
export const roundStatus = pgEnum('round_status', ['draft', 'open', 'closed']);
export const surveyKey = pgEnum('survey_key', ['actor-followup', 'target-feedback']);
export const decisionStatus = pgEnum('decision_status', ['pending', 'extend', 'not_extend']);

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
  (t) => [
    check('coordinator_has_organisation', sql`${t.role} <> 'coordinator' OR ${t.organisationId} IS NOT NULL`),
  ],
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
    check('submitted_week_is_iso_week', sql`${t.submittedWeek} ~ '^[0-9]{4}-W[0-9]{2}$'`),
    check(
      'response_source_matches_survey',
      sql`(${t.surveyKey} = 'actor-followup' AND ${t.organisationId} IS NOT NULL AND ${t.channelId} IS NULL)
       OR (${t.surveyKey} = 'target-feedback' AND ${t.channelId} IS NOT NULL AND ${t.organisationId} IS NULL)`,
    ),
  ],
);
export type Response = typeof responses.$inferSelect;

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
      columns: [t.roundId, t.surveyKey, t.organisationId, t.channelId, t.locale, t.targetGroup, t.answeredWithHelp, t.questionId, t.answer],
    }),
  ],
);
