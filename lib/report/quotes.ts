// Free-text answers a strategist may pick as quotes for the report (privacy rule 4: strategists only, already
// scrubbed at ingest, and nothing from a round with fewer respondents than its minimum group size).
import { eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { rounds, roundSurveys } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { freeTextQuestionIds } from '@/lib/surveys/free-text';

export type QuoteCandidate = { surveyKey: string; questionId: string; text: string };

export async function listQuoteCandidates(db: DbOrTx, actor: Actor | null, roundId: number, limit = 200): Promise<QuoteCandidate[]> {
  requireRole(actor, 'strategist');
  const [round] = await db.select({ minGroupSize: rounds.minGroupSize }).from(rounds).where(eq(rounds.id, roundId));
  if (!round) return [];
  const snapshots = await db.select().from(roundSurveys).where(eq(roundSurveys.roundId, roundId));
  const candidates: QuoteCandidate[] = [];
  for (const snapshot of snapshots) {
    const questionIds = freeTextQuestionIds(snapshot.definition);
    if (questionIds.length === 0) continue;
    const idArray = sql`array[${sql.join(questionIds.map((id) => sql`${id}`), sql`, `)}]::text[]`;
    const rows = await queryRows<{ question_id: string; text: string; respondents: number }>(
      db,
      sql`select a.key as question_id, a.value as text,
            (select count(*)::int from responses where round_id = ${roundId} and survey_key = ${snapshot.surveyKey}) as respondents
          from responses r, jsonb_each_text(r.answers) a
          where r.round_id = ${roundId} and r.survey_key = ${snapshot.surveyKey} and a.key = any(${idArray})
          group by a.key, a.value order by a.key, a.value limit ${limit}`,
    );
    if (rows.length === 0 || rows[0].respondents < round.minGroupSize) continue;
    candidates.push(...rows.map((row) => ({ surveyKey: snapshot.surveyKey, questionId: row.question_id, text: row.text })));
  }
  return candidates;
}
