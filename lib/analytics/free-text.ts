// Free-text answers for strategists only (privacy rule 4), never from a group smaller than the round's minimum, and
// never so that a hidden group's count or texts can be worked out from the views the filters reach (rule 3).
//
// The rule: answers are grouped per question into *cells*, one for each value every filter can take together (the
// actors' questions: kind of organisation × language; the target groups' comment: language). A cell's answers are
// shown only when the cell has at least the minimum number of answers. Everything the view publishes — the texts,
// their language and kind, every count, which languages and kinds the filters offer — is computed from shown cells
// only: no number anywhere includes a hidden cell. So no view minus another, and no count minus the texts listed,
// can give a hidden cell's size or texts (once, a kind's count minus the texts listed for it gave the number of its
// answers in a small language; and the unfiltered list held the texts of a hidden kind, found in no kind's list).
// Without any published total that a hidden cell is part of, complementary suppression has nothing to protect: the
// cells go through `suppressSmallGroups` with no sibling tables. A search narrows within shown cells only.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import type { OrganisationKind } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { surveyLanguages } from '@/lib/i18n/locales';
import { organisationKinds } from '@/lib/organisations';
import { scrubText } from '@/lib/surveys/scrub';
import { suppressSmallGroups } from '@/lib/suppression';
import type { SurveyLocale } from '@/surveys/types';

export const freeTextQuestions = [
  { surveyKey: 'actor-followup', questionId: 'model_example' },
  { surveyKey: 'actor-followup', questionId: 'target_group_needs_comment' },
  { surveyKey: 'actor-followup', questionId: 'extension_suggestions' },
  { surveyKey: 'target-feedback', questionId: 'comment' },
] as const;

export type FreeTextQuestion = (typeof freeTextQuestions)[number]['questionId'];
export const freeTextQuestionIds = freeTextQuestions.map((q) => q.questionId) as [
  FreeTextQuestion,
  ...FreeTextQuestion[],
];

export type FreeTextFilters = {
  questionId?: FreeTextQuestion;
  /** The language the respondent answered in (the response's locale). */
  language?: SurveyLocale;
  /** Actors' answers only: the target groups' comment has no kind of organisation, and is left out by this filter. */
  organisationKind?: OrganisationKind;
  /** Case-insensitive substring of the answer. */
  search?: string;
};

export type FreeTextAnswer = { text: string; language: string; kind: OrganisationKind | null };

export type FreeTextQuestionView = {
  questionId: FreeTextQuestion;
  /**
   * null: nothing may be shown for this selection (too few answers, or none: the two look the same). Otherwise the
   * number of answers shown over all pages and this page's answers.
   */
  shown: { total: number; answers: FreeTextAnswer[] } | null;
};

export type FreeTextView = {
  /** The questions the filters select, in the order they are declared. */
  questions: FreeTextQuestionView[];
  /** The filter values that have answers to show: offering a language of three answers would point at them. */
  options: { languages: SurveyLocale[]; kinds: OrganisationKind[] };
};

/** Which slice of each question's answers: `limit` undefined for all of them (a download). */
export type FreeTextPage = { offset: number; limit?: number };

export const FREE_TEXT_PAGE_SIZE = 50;

// Rows holding any free-text answer: a partial index on this very expression (migration 0007) keeps the free-text
// view from scanning a round's every response.
const HAS_FREE_TEXT = sql.raw(`r.answers ?| array[${freeTextQuestions.map((q) => `'${q.questionId}'`).join(', ')}]`);

function answered(questionId: FreeTextQuestion): SQL {
  return sql`(jsonb_typeof(r.answers -> ${questionId}) = 'string' and length(trim(r.answers ->> ${questionId})) > 0)`;
}

/** A cell's kind: '' for the target groups' answers, which have no organisation. */
const KIND = sql`coalesce(o.kind::text, '')`;

type Cell = { surveyKey: string; kind: string; language: string; answered: Record<FreeTextQuestion, number> };

/** What a free-text view shows for the filters, one page of each selected question. */
export async function listFreeTextAnswers(
  db: DbOrTx,
  actor: Actor | null,
  round: { id: number; minGroupSize: number },
  filters: FreeTextFilters = {},
  page: FreeTextPage = { offset: 0, limit: FREE_TEXT_PAGE_SIZE },
): Promise<FreeTextView> {
  requireRole(actor, 'strategist');
  // One pass over the rows with free text: the answered counts of every question in every cell.
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`select r.survey_key as "surveyKey", ${KIND} as kind, r.locale as language,
          ${sql.join(
            freeTextQuestions.map(
              ({ questionId }) =>
                sql`count(*) filter (where ${answered(questionId)})::int as ${sql.identifier(questionId)}`,
            ),
            sql`, `,
          )}
        from responses r left join organisations o on o.id = r.organisation_id
        where r.round_id = ${round.id} and ${HAS_FREE_TEXT}
        group by 1, 2, 3`,
  );
  const cells: Cell[] = rows.map((row) => ({
    surveyKey: String(row.surveyKey),
    kind: String(row.kind),
    language: String(row.language),
    answered: Object.fromEntries(freeTextQuestionIds.map((q) => [q, Number(row[q])])) as Cell['answered'],
  }));
  const shownCells = shownCellsByQuestion(cells, round.minGroupSize);

  const selected = freeTextQuestions.filter(
    (q) =>
      (!filters.questionId || q.questionId === filters.questionId) &&
      (!filters.organisationKind || q.surveyKey === 'actor-followup'),
  );
  const questions: FreeTextQuestionView[] = [];
  for (const { surveyKey, questionId } of selected) {
    const inSelection = shownCells[questionId].filter(
      (cell) =>
        (!filters.language || cell.language === filters.language) &&
        (!filters.organisationKind || cell.kind === filters.organisationKind),
    );
    if (inSelection.length === 0) {
      questions.push({ questionId, shown: null });
      continue;
    }
    const where = sql`r.round_id = ${round.id} and r.survey_key = ${surveyKey} and ${HAS_FREE_TEXT} and ${answered(questionId)}
      and (${KIND}, r.locale) in (${sql.join(
        inSelection.map((cell) => sql`(${cell.kind}, ${cell.language})`),
        sql`, `,
      )})
      ${filters.search ? sql`and r.answers ->> ${questionId} ilike ${containing(filters.search)}` : sql``}`;
    const [{ total }] = await queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from responses r left join organisations o on o.id = r.organisation_id where ${where}`,
    );
    const answers = await queryRows<{ text: string; language: string; kind: string }>(
      db,
      // Ordered by row id (itself random), so the list says nothing about when an answer came in.
      sql`select r.answers ->> ${questionId} as text, r.locale as language, ${KIND} as kind
          from responses r left join organisations o on o.id = r.organisation_id where ${where}
          order by r.id ${page.limit === undefined ? sql`` : sql`limit ${page.limit}`} offset ${page.offset}`,
    );
    questions.push({
      questionId,
      shown: {
        total,
        answers: answers.map((row) => ({
          // Ingest scrubs already (rule 4); the same scrubber again costs little and guards rows stored before it.
          text: scrubText(row.text),
          language: row.language,
          kind: (row.kind || null) as OrganisationKind | null,
        })),
      },
    });
  }

  const everyShownCell = Object.values(shownCells).flat();
  return {
    questions,
    options: {
      languages: surveyLanguages
        .map((language) => language.code)
        .filter((code) => everyShownCell.some((cell) => cell.language === code)),
      kinds: organisationKinds.filter((kind) => everyShownCell.some((cell) => cell.kind === kind)),
    },
  };
}

/** Each question's cells that may be shown: at least the minimum number of answers (rule 3, primary suppression). */
function shownCellsByQuestion(cells: Cell[], minGroupSize: number): Record<FreeTextQuestion, Cell[]> {
  const key = (cell: Cell, questionId: string) => `${questionId}|${cell.kind}|${cell.language}`;
  const counts = new Map<string, number>();
  for (const { surveyKey, questionId } of freeTextQuestions)
    for (const cell of cells)
      if (cell.surveyKey === surveyKey && cell.answered[questionId] > 0)
        counts.set(key(cell, questionId), cell.answered[questionId]);
  // No sibling tables: no published figure is a total that a hidden cell is part of (see the top of this file).
  const hidden = suppressSmallGroups(counts, [], minGroupSize);
  return Object.fromEntries(
    freeTextQuestions.map(({ surveyKey, questionId }) => [
      questionId,
      cells.filter(
        (cell) =>
          cell.surveyKey === surveyKey && counts.has(key(cell, questionId)) && !hidden.has(key(cell, questionId)),
      ),
    ]),
  ) as Record<FreeTextQuestion, Cell[]>;
}

/** An ILIKE pattern for "contains": the searched text's own % and _ match only themselves. */
export function containing(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
