// Free-text answers for strategists only (privacy rule 4), never from a group smaller than the round's minimum, and
// never so that a hidden group's count or texts can be worked out from the views the filters reach (rule 3).
//
// Per question, the answered counts of every group a filter can select (kind of organisation for the actors'
// questions; language, channel and target group for the target groups' comment) and of the whole round go through
// `suppressSmallGroups`, with the tables they form (all = its kinds, all = its languages, …): no table is left with
// one hidden count. The texts are listed per *finest cell* (a kind; a language × channel × target group): a cell's
// texts are listed only when the cell has at least the minimum number of answers and none of its groups is hidden.
// Every list, filtered or not, is then a union of whole listed cells, so no list minus another isolates a hidden
// group or a small one (the unfiltered list once held the texts of a hidden kind, found in no kind's list).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import type { OrganisationKind } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { scrubText } from '@/lib/surveys/scrub';
import { suppressSmallGroups, type SiblingTable } from '@/lib/suppression';

export const freeTextQuestions = [
  { surveyKey: 'actor-followup', questionId: 'model_example' },
  { surveyKey: 'actor-followup', questionId: 'target_group_needs_comment' },
  { surveyKey: 'actor-followup', questionId: 'extension_suggestions' },
  { surveyKey: 'target-feedback', questionId: 'comment' },
] as const;

export type FreeTextQuestion = (typeof freeTextQuestions)[number]['questionId'];
type SurveyKey = (typeof freeTextQuestions)[number]['surveyKey'];

/** The groups a free-text view can be narrowed to; the target groups' breakdowns one at a time. */
export type FreeTextBreakdown = 'kind' | 'language' | 'channel' | 'targetGroup';
export type FreeTextFilters = {
  /** Narrows the actors' questions. */
  organisationKind?: OrganisationKind;
  /** Narrows the target groups' comment to one language, channel (id) or target group. */
  feedbackGroup?: { breakdown: 'language' | 'channel' | 'targetGroup'; key: string };
};

/** null answers: fewer than the minimum group size answered it in the selection, or it would give a hidden one away. */
export type FreeTextAnswers = { questionId: FreeTextQuestion; count: number | null; answers: string[] | null };

const MAX_ANSWERS_SHOWN = 300;

const breakdownsOf: Record<SurveyKey, FreeTextBreakdown[]> = {
  'actor-followup': ['kind'],
  'target-feedback': ['language', 'channel', 'targetGroup'],
};

/** Each breakdown's value of a response, in SQL (r: responses, o: its organisation). */
const columnOf: Record<FreeTextBreakdown, SQL> = {
  kind: sql`o.kind::text`,
  language: sql`r.locale`,
  channel: sql`r.channel_id::text`,
  targetGroup: sql`coalesce(r.answers ->> 'target_group', 'not_stated')`,
};

// Rows holding any free-text answer: a partial index on this very expression (migration 0007) keeps the free-text
// view from scanning a round's every response.
const HAS_FREE_TEXT = sql.raw(`r.answers ?| array[${freeTextQuestions.map((q) => `'${q.questionId}'`).join(', ')}]`);

function answered(questionId: FreeTextQuestion): SQL {
  return sql`(jsonb_typeof(r.answers -> ${questionId}) = 'string' and length(trim(r.answers ->> ${questionId})) > 0)`;
}

type FineCell = { values: Record<string, string>; answered: Record<string, number> };

/**
 * What a free-text view shows, for each question: its count and texts, or null for both when suppressed.
 * A filter for one survey's groups leaves the other survey's questions unfiltered.
 */
export async function listFreeTextAnswers(
  db: DbOrTx,
  actor: Actor | null,
  round: { id: number; minGroupSize: number },
  filters: FreeTextFilters = {},
): Promise<FreeTextAnswers[]> {
  requireRole(actor, 'strategist');
  const results: FreeTextAnswers[] = [];
  for (const surveyKey of ['actor-followup', 'target-feedback'] as const) {
    const questions = freeTextQuestions.filter((q) => q.surveyKey === surveyKey).map((q) => q.questionId);
    const breakdowns = breakdownsOf[surveyKey];
    const selected =
      surveyKey === 'actor-followup'
        ? filters.organisationKind && { breakdown: 'kind' as const, key: filters.organisationKind }
        : filters.feedbackGroup;

    // One pass over the rows with free text: answered counts per question and finest cell.
    const rows = await queryRows<Record<string, string | number>>(
      db,
      sql`select ${sql.join(
        breakdowns.map((b) => sql`${columnOf[b]} as ${sql.identifier(b)}`),
        sql`, `,
      )},
          ${sql.join(
            questions.map((q) => sql`count(*) filter (where ${answered(q)})::int as ${sql.identifier(q)}`),
            sql`, `,
          )}
        from responses r left join organisations o on o.id = r.organisation_id
        where r.round_id = ${round.id} and r.survey_key = ${surveyKey} and ${HAS_FREE_TEXT}
        group by ${sql.join(
          breakdowns.map((_, i) => sql.raw(String(i + 1))),
          sql`, `,
        )}`,
    );
    const cells: FineCell[] = rows.map((row) => ({
      values: Object.fromEntries(breakdowns.map((b) => [b, String(row[b])])),
      answered: Object.fromEntries(questions.map((q) => [q, Number(row[q])])),
    }));

    for (const questionId of questions) {
      const { hidden, counts, listable } = suppressFreeText(cells, questionId, breakdowns, round.minGroupSize);
      const view = selected ? groupKey(selected.breakdown, selected.key) : OVERALL;
      const count = counts.has(view) && !hidden.has(view) ? counts.get(view)! : null;
      const listed = listable.filter((cell) => !selected || cell.values[selected.breakdown] === selected.key);
      const texts =
        count === null || listed.length === 0
          ? []
          : await queryRows<{ answer: string }>(
              db,
              // Ordered by row id (itself random), so the list says nothing about when an answer came in.
              sql`select r.answers ->> ${questionId} as answer from responses r left join organisations o on o.id = r.organisation_id
                  where r.round_id = ${round.id} and r.survey_key = ${surveyKey} and ${HAS_FREE_TEXT} and ${answered(questionId)}
                    and (${sql.join(
                      breakdowns.map((b) => columnOf[b]),
                      sql`, `,
                    )}) in (${sql.join(
                      listed.map(
                        (cell) =>
                          sql`(${sql.join(
                            breakdowns.map((b) => sql`${cell.values[b]}`),
                            sql`, `,
                          )})`,
                      ),
                      sql`, `,
                    )})
                  order by r.id limit ${MAX_ANSWERS_SHOWN}`,
            );
      results.push({
        questionId,
        count,
        // Ingest scrubs already (rule 4); the same scrubber again costs little and guards rows stored before it.
        answers: count === null ? null : texts.map((row) => scrubText(row.answer)),
      });
    }
  }
  // In the order the questions are declared (the page's order).
  return freeTextQuestions.map(({ questionId }) => results.find((r) => r.questionId === questionId)!);
}

const OVERALL = 'all';
const groupKey = (breakdown: FreeTextBreakdown, key: string) => `${breakdown}:${key}`;

/**
 * The suppression of one question's counts, and the finest cells whose texts may be listed. Groups with no answer
 * are left out of the tables: a reader may know they are empty, so counting them as hidden would protect nothing.
 */
export function suppressFreeText(
  fineCells: FineCell[],
  questionId: string,
  breakdowns: FreeTextBreakdown[],
  minGroupSize: number,
): { hidden: Set<string>; counts: Map<string, number>; listable: FineCell[] } {
  const withAnswers = fineCells.filter((cell) => cell.answered[questionId] > 0);
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  for (const cell of withAnswers) {
    add(OVERALL, cell.answered[questionId]);
    for (const b of breakdowns) add(groupKey(b, cell.values[b]), cell.answered[questionId]);
  }
  const tables: SiblingTable[] = counts.size
    ? breakdowns.map((b) => ({ total: OVERALL, parts: [...counts.keys()].filter((key) => key.startsWith(`${b}:`)) }))
    : [];
  const hidden = suppressSmallGroups(counts, tables, minGroupSize);
  const listable = hidden.has(OVERALL)
    ? []
    : withAnswers.filter(
        (cell) =>
          cell.answered[questionId] >= minGroupSize &&
          breakdowns.every((b) => !hidden.has(groupKey(b, cell.values[b]))),
      );
  return { hidden, counts, listable };
}

export type FeedbackGroupOption = {
  breakdown: 'language' | 'channel' | 'targetGroup';
  key: string;
  name: string | null;
};

/** The target groups' languages, channels and target groups a strategist can narrow the free-text view to. */
export async function listFeedbackGroupOptions(
  db: DbOrTx,
  actor: Actor | null,
  roundId: number,
): Promise<FeedbackGroupOption[]> {
  requireRole(actor, 'strategist');
  const rows = await queryRows<{ breakdown: FeedbackGroupOption['breakdown']; key: string; name: string | null }>(
    db,
    sql`with answered as (
        select distinct r.locale, r.channel_id, ${columnOf.targetGroup} as target_group from responses r
        where r.round_id = ${roundId} and r.survey_key = 'target-feedback' and ${HAS_FREE_TEXT}
      )
      select distinct 'language' as breakdown, locale as key, null as name from answered
      union all select distinct 'channel', a.channel_id::text, c.name from answered a join channels c on c.id = a.channel_id
      union all select distinct 'targetGroup', target_group, null from answered
      order by 1, 3, 2`,
  );
  return rows;
}
