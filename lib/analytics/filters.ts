// The dashboards' filters live in the URL so that a view can be shared. Parsed here, on the server; a value that
// does not parse is dropped (the page falls back to its default) rather than trusted.
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { listRounds, type RoundSummary } from '@/lib/rounds/queries';
import { indicators } from '@/surveys';
import { organisationKinds } from '@/lib/organisations';
import type { DashboardFilters } from './dashboard';
import { freeTextQuestionIds, type FreeTextFilters } from './free-text';
import { surveyLanguages } from '@/lib/i18n/locales';
import type { SurveyLocale } from '@/surveys/types';

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const paramsSchema = z.object({
  round: z.preprocess(first, slug.optional()).catch(undefined),
  compare: z.preprocess(first, z.union([slug, z.literal('none')]).optional()).catch(undefined),
  kind: z.preprocess(first, z.enum(organisationKinds).optional()).catch(undefined),
  indicator: z
    .preprocess(first, z.enum(indicators.map((i) => i.id) as [string, ...string[]]).optional())
    .catch(undefined),
});

export type DashboardParams = z.infer<typeof paramsSchema>;

export function parseDashboardParams(searchParams: Record<string, string | string[] | undefined>): DashboardParams {
  return paramsSchema.parse(searchParams);
}

export type DashboardSelection = {
  /** Rounds with results (open or closed), newest first. */
  rounds: RoundSummary[];
  round: RoundSummary | null;
  filters: DashboardFilters;
  params: DashboardParams;
};

/** Which round and comparison the URL asks for. Unless it names one, the newest round with enough answers to show
 * (a round just opened, with a handful of answers, would show nothing but "too few answers"), compared with the
 * round before it. */
export async function selectDashboardRound(
  db: DbOrTx,
  actor: Actor | null,
  params: DashboardParams,
): Promise<DashboardSelection> {
  const rounds = (await listRounds(db, actor)).filter((round) => round.status !== 'draft');
  const round =
    rounds.find((r) => r.slug === params.round) ?? rounds.find((r) => r.responseCount !== null) ?? rounds[0] ?? null;
  const compare =
    params.compare === 'none' ? null : rounds.find((r) => r.slug === params.compare && r.id !== round?.id);
  return {
    rounds,
    round,
    filters: {
      ...(compare === null ? { compareRoundId: null } : compare ? { compareRoundId: compare.id } : {}),
      ...(params.kind ? { organisationKind: params.kind } : {}),
    },
    params,
  };
}

/** The free-text filters as URL parameters, checked: the page drops a bad one, the download refuses it. */
export const freeTextParamFields = {
  question: z.enum(freeTextQuestionIds),
  language: z.enum(surveyLanguages.map((l) => l.code) as [SurveyLocale, ...SurveyLocale[]]),
  kind: z.enum(organisationKinds),
  q: z.string().trim().max(100),
};
type FreeTextParams = { [K in keyof typeof freeTextParamFields]?: z.output<(typeof freeTextParamFields)[K]> };

const lenient = <T extends z.ZodType>(field: T) => z.preprocess(first, field.optional()).catch(undefined);
const freeTextPageSchema = z.object({
  question: lenient(freeTextParamFields.question),
  language: lenient(freeTextParamFields.language),
  kind: lenient(freeTextParamFields.kind),
  q: lenient(freeTextParamFields.q),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});

/** The free-text filters the URL asks for, and which page (lib/analytics/free-text.ts checks what they may show). */
export function parseFreeTextParams(searchParams: Record<string, string | string[] | undefined>): {
  filters: FreeTextFilters;
  page: number;
} {
  const { page, ...params } = freeTextPageSchema.parse(searchParams);
  return { filters: freeTextFiltersOf(params), page };
}

export function freeTextFiltersOf({ question, language, kind, q }: FreeTextParams): FreeTextFilters {
  return {
    ...(question ? { questionId: question } : {}),
    ...(language ? { language } : {}),
    ...(kind ? { organisationKind: kind } : {}),
    ...(q ? { search: q } : {}),
  };
}

/** The filters back as URL parameters, for links that keep the selection (pages, downloads, "show all"). */
export function freeTextQuery(
  filters: FreeTextFilters,
  more: Record<string, string | number | undefined> = {},
): string {
  const query = new URLSearchParams();
  const fields = {
    ...more,
    question: filters.questionId,
    language: filters.language,
    kind: filters.organisationKind,
    q: filters.search,
  };
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined && value !== '') query.set(name, String(value));
  return query.toString();
}
