// Free-text answers for strategists only (privacy rule 4), never from a group smaller than the round's minimum.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { scrubText } from '@/lib/surveys/scrub';
import type { OrganisationKind } from './dashboard';

export const freeTextQuestions = [
  { surveyKey: 'actor-followup', questionId: 'model_example' },
  { surveyKey: 'actor-followup', questionId: 'target_group_needs_comment' },
  { surveyKey: 'actor-followup', questionId: 'extension_suggestions' },
  { surveyKey: 'target-feedback', questionId: 'comment' },
] as const;

export type FreeTextQuestion = (typeof freeTextQuestions)[number]['questionId'];

/** null answers: fewer than the minimum group size answered it (or took part) in the selection. */
export type FreeTextAnswers = { questionId: FreeTextQuestion; count: number | null; answers: string[] | null };

const MAX_ANSWERS_SHOWN = 300;

export async function listFreeTextAnswers(
  db: DbOrTx,
  actor: Actor | null,
  round: { id: number; minGroupSize: number },
  filters: { organisationKind?: OrganisationKind } = {},
): Promise<FreeTextAnswers[]> {
  requireRole(actor, 'strategist');
  const results: FreeTextAnswers[] = [];
  for (const { surveyKey, questionId } of freeTextQuestions) {
    // A kind filter narrows the actors' answers; the target groups' answers have no organisation.
    const kind = surveyKey === 'actor-followup' && filters.organisationKind ? filters.organisationKind : null;
    const inSelection = sql`r.round_id = ${round.id} and r.survey_key = ${surveyKey}
      and (${kind}::text is null or r.organisation_id in (select id from organisations where kind::text = ${kind}))`;
    const answered = sql`jsonb_typeof(r.answers -> ${questionId}) = 'string' and length(trim(r.answers ->> ${questionId})) > 0`;
    const [counts] = await queryRows<{ respondents: number; answered: number }>(
      db,
      sql`select count(*)::int as respondents, count(*) filter (where ${answered})::int as answered from responses r where ${inSelection}`,
    );
    const shown = counts.respondents >= round.minGroupSize && counts.answered >= round.minGroupSize;
    // Ordered by row id (itself random), so the list says nothing about when an answer came in.
    const rows = shown
      ? await queryRows<{ answer: string }>(
          db,
          sql`select r.answers ->> ${questionId} as answer from responses r where ${inSelection} and ${answered}
              order by r.id limit ${MAX_ANSWERS_SHOWN}`,
        )
      : [];
    results.push({
      questionId,
      count: shown ? counts.answered : null,
      // Ingest scrubs already (rule 4); the same scrubber again costs little and guards rows stored before it.
      answers: shown ? rows.map((row) => scrubText(row.answer)) : null,
    });
  }
  return results;
}
