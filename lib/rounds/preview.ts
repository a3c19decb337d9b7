// Previewing a round's surveys as respondents will see them (issue #14 item 9). Strategists only; it reads and never
// writes, and needs no channel or invitation, so a draft round can be looked through before anything is opened.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rounds, roundSurveys } from '@/db/schema';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { offeredLanguages } from '@/lib/feedback/languages';
import { uiLocales } from '@/lib/i18n/locales';
import { latestSurvey, type SurveyKey, type SurveyLocale } from '@/surveys';

export type SurveyPreview = {
  surveyKey: SurveyKey;
  version: number;
  definition: Record<string, unknown>;
  /** The languages a respondent can answer it in: the feedback survey's offered ones; the actors' UI languages. */
  languages: SurveyLocale[];
};

export type RoundPreview = { round: { id: number; name: string; status: string }; surveys: SurveyPreview[] };

/**
 * The round's surveys as a respondent would get them: a draft's in the newest version, which is what opening it will
 * freeze (lib/rounds/manage.ts); an open or closed round's frozen snapshot.
 */
export async function previewRoundSurveys(db: DbOrTx, actor: Actor | null, roundId: number): Promise<RoundPreview> {
  requireRole(actor, 'strategist');
  const [round] = await db
    .select({ id: rounds.id, name: rounds.name, status: rounds.status })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  if (!round) throw new NotFound();
  const planned = await db
    .select({
      surveyKey: roundSurveys.surveyKey,
      version: roundSurveys.surveyVersion,
      definition: roundSurveys.definition,
    })
    .from(roundSurveys)
    .where(eq(roundSurveys.roundId, roundId))
    .orderBy(roundSurveys.surveyKey);
  const surveys = planned.map((survey): SurveyPreview => {
    const { version, json: definition } =
      round.status === 'draft' ? latestSurvey(survey.surveyKey) : { version: survey.version, json: survey.definition };
    const languages =
      survey.surveyKey === 'target-feedback' ? offeredLanguages(version).map((language) => language.code) : uiLocales;
    return { surveyKey: survey.surveyKey, version, definition, languages };
  });
  return { round, surveys };
}

/** One survey of the round in one language; not found when the round has no such survey or it has no such language. */
export async function previewSurvey(
  db: DbOrTx,
  actor: Actor | null,
  request: { roundId: number; surveyKey: string; locale: string },
): Promise<{ round: RoundPreview['round']; survey: SurveyPreview; locale: SurveyLocale }> {
  const { round, surveys } = await previewRoundSurveys(db, actor, request.roundId);
  const survey = surveys.find((candidate) => candidate.surveyKey === request.surveyKey);
  const locale = survey?.languages.find((language) => language === request.locale);
  if (!survey || !locale) throw new NotFound();
  return { round, survey, locale };
}
