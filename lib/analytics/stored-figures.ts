// Published figures kept as jsonb (round_aggregates when a round's raw responses are deleted, report_versions when a
// report is locked) are read back through this schema, never cast: a row written by an older shape still parses, and a
// row that does not parse stops with an error that says which row, instead of a page that breaks somewhere later.
import { z } from 'zod';
import { organisationKind, roundStatus, surveyKey } from '@/db/schema';
import type { RoundDashboard } from './dashboard';

/**
 * The shape written now. Rows written before the field existed have no `version` and the same shape, except that
 * `targetGroups.byAssistance` may be missing (figures stored before "answered with help" was a breakdown).
 */
export const STORED_FIGURES_VERSION = 1;

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
const text = z.object({ sv: z.string(), en: z.string() });
const roundRef = z.object({ id: z.number().int(), slug: z.string(), name: z.string() });

const indicatorFigure = z.object({
  n: count,
  positive: count,
  share,
  interval: z.object({ low: z.number(), high: z.number() }),
  change: z.object({ difference: z.number(), z: z.number(), pValue: z.number(), significant: z.boolean() }).nullable(),
});

const groupFigures = z.object({
  breakdown: z.enum(['overall', 'kind', 'organisation', 'language', 'channel', 'targetGroup', 'assistance']),
  key: z.string(),
  name: z.string().nullable(),
  parentKey: z.string().nullable(),
  respondents: count.nullable(),
  indicators: z.record(z.string(), indicatorFigure.nullable()),
  previous: z.record(z.string(), indicatorFigure.nullable()).optional(),
});

const responseRate = z.object({
  breakdown: z.enum(['overall', 'kind', 'organisation']),
  key: z.string(),
  name: z.string().nullable(),
  parentKey: z.string().nullable(),
  invitations: count,
  used: count.nullable(),
  rate: share.nullable(),
});

const storedDashboard = z.object({
  version: z.literal(STORED_FIGURES_VERSION).optional(),
  round: roundRef.extend({ status: z.enum(roundStatus.enumValues), minGroupSize: z.number().int() }),
  comparedWith: roundRef.nullable(),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('region') }),
    z.object({ kind: z.literal('organisation'), organisationId: z.number().int() }),
  ]),
  indicators: z.array(
    z.object({ id: z.string(), surveyKey: z.enum(surveyKey.enumValues), label: text, description: text }),
  ),
  actors: z.object({ overall: groupFigures, byKind: z.array(groupFigures), byOrganisation: z.array(groupFigures) }),
  targetGroups: z.object({
    overall: groupFigures,
    byLanguage: z.array(groupFigures),
    byChannel: z.array(groupFigures),
    byCategory: z.array(groupFigures),
    byAssistance: z.array(groupFigures).optional(),
  }),
  responseRates: z.object({
    overall: responseRate,
    byKind: z.array(responseRate),
    byOrganisation: z.array(responseRate),
  }),
});

const platformFigures = z.object({
  months: z.number(),
  asOf: z.string(),
  byKind: z.array(
    z.object({
      kind: z.enum(['overall', ...organisationKind.enumValues]),
      listed: count,
      organisations: count,
      verified: count,
      verifiedShare: share.nullable(),
    }),
  ),
});

const stepCounts = { step1: count, step2: count, step3: count, total: count };
const improvementFigures = z.object({
  byKind: z.array(z.object({ kind: z.enum(organisationKind.enumValues), ...stepCounts })),
  all: z.object(stepCounts),
});

const citation = z.object({
  findingKey: z.string(),
  id: z.number().int(),
  title: z.string(),
  step: z.number().int(),
  status: z.enum(['active', 'paused', 'finished']),
  owners: z.array(z.string()),
});

/**
 * A locked report version's figures: the dashboard it showed and, when locked after each existed, the platform's,
 * the initiatives per step and kind, and the initiatives its findings cite.
 */
const storedReportFigures = storedDashboard.extend({
  platform: platformFigures.nullish(),
  improvement: improvementFigures.nullish(),
  citations: z.array(citation).optional(),
});

export class StoredFiguresInvalid extends Error {
  constructor(where: string, error: z.ZodError) {
    super(`the stored figures of ${where} do not parse: ${z.prettifyError(error)}`);
    this.name = 'StoredFiguresInvalid';
  }
}

function parse<T extends z.ZodType>(schema: T, figures: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(figures);
  if (!parsed.success) throw new StoredFiguresInvalid(where, parsed.error);
  return parsed.data;
}

/** The figures as stored: the dashboard with the version of its shape. */
export function figuresToStore(dashboard: RoundDashboard): Record<string, unknown> {
  return { version: STORED_FIGURES_VERSION, ...dashboard };
}

/** A stored dashboard, checked; `where` names the row for the error ("round 12"). */
export function parseStoredDashboard(figures: unknown, where: string): RoundDashboard {
  const { version: _version, ...dashboard } = parse(storedDashboard, figures, where);
  return dashboard;
}

/** A locked report version's figures, checked; what was locked before it existed is null (or no citations). */
export function parseStoredReportFigures(figures: unknown, where: string) {
  const {
    version: _version,
    platform,
    improvement,
    citations,
    ...dashboard
  } = parse(storedReportFigures, figures, where);
  return {
    dashboard: dashboard satisfies RoundDashboard,
    platform: platform ?? null,
    improvement: improvement ?? null,
    citations: citations ?? [],
  };
}

/** What a locked report version stores: its figures with the version of their shape. */
export function reportFiguresToStore(figures: {
  dashboard: RoundDashboard;
  platform: z.infer<typeof platformFigures> | null;
  improvement: z.infer<typeof improvementFigures> | null;
  citations: z.infer<typeof citation>[];
}): Record<string, unknown> {
  const { dashboard, ...rest } = figures;
  return { ...figuresToStore(dashboard), ...rest };
}
