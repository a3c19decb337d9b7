// The dashboards' filters live in the URL so that a view can be shared. Parsed here, on the server; a value that
// does not parse is dropped (the page falls back to its default) rather than trusted.
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { listRounds, type RoundSummary } from '@/lib/rounds/queries';
import { indicators } from '@/surveys';
import { organisationKinds } from '@/lib/organisations';
import type { DashboardFilters } from './dashboard';
import type { FreeTextFilters } from './free-text';

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const paramsSchema = z.object({
  round: z.preprocess(first, slug.optional()).catch(undefined),
  compare: z.preprocess(first, z.union([slug, z.literal('none')]).optional()).catch(undefined),
  kind: z.preprocess(first, z.enum(organisationKinds).optional()).catch(undefined),
  indicator: z
    .preprocess(first, z.enum(indicators.map((i) => i.id) as [string, ...string[]]).optional())
    .catch(undefined),
  /** The free-text view's target-group filter: one breakdown at a time, e.g. `language:ar`, `channel:12`. */
  feedback: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^(language|channel|targetGroup):[A-Za-z0-9_-]{1,40}$/)
        .optional(),
    )
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

/** The free-text filters the URL asks for (lib/analytics/free-text.ts checks what they may show). */
export function freeTextFilters(params: DashboardParams): FreeTextFilters {
  const [breakdown, key] = params.feedback?.split(':') ?? [];
  return {
    ...(params.kind ? { organisationKind: params.kind } : {}),
    ...(breakdown && key
      ? { feedbackGroup: { breakdown: breakdown as 'language' | 'channel' | 'targetGroup', key } }
      : {}),
  };
}
