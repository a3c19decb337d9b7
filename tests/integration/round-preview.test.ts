// Issue #14 item 9: a strategist looks through each survey of a draft round, in each language a respondent can pick,
// without opening the round, making a channel or storing anything. (That completing the preview posts nothing is
// the browser test's: tests/e2e/free-text-and-preview.test.ts.)
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { previewRoundSurveys, previewSurvey } from '@/lib/rounds/preview';
import { surveyLanguages } from '@/lib/i18n/locales';
import { latestSurvey } from '@/surveys';
import { demoActors, makeDraftRound, roundId } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('previewing a round’s surveys', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  let coordinator: Actor;
  let viewer: Actor;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, coordinator, viewer } = await demoActors(database.db));
  });
  afterAll(() => database.close());

  const stored = async () =>
    (
      await queryRows<{ n: string }>(
        database.db,
        sql`select (select count(*) from responses) + (select count(*) from held_responses)
              + (select count(*) from channels) + (select count(*) from audit_log) as n`,
      )
    )[0].n;

  it('shows a draft round’s surveys as opening will freeze them, in every language, and stores nothing', async () => {
    const draft = await makeDraftRound(database.db, strategist);
    const before = await stored();
    const { round, surveys } = await previewRoundSurveys(database.db, strategist, draft);
    expect(round.status).toBe('draft');
    expect(surveys.map((s) => [s.surveyKey, s.version])).toEqual([
      ['actor-followup', latestSurvey('actor-followup').version],
      ['target-feedback', latestSurvey('target-feedback').version],
    ]);
    expect(surveys[1].languages).toEqual(surveyLanguages.map((l) => l.code));
    expect(surveys[0].languages).toEqual(['sv', 'en']);
    const arabic = await previewSurvey(database.db, strategist, {
      roundId: draft,
      surveyKey: 'target-feedback',
      locale: 'ar',
    });
    expect(arabic.locale).toBe('ar');
    expect(arabic.survey.definition).toEqual(latestSurvey('target-feedback').json);
    expect(await stored()).toBe(before);
  });

  it('shows an open round’s frozen snapshot', async () => {
    const open = await roundId(database.db, 'uppfoljning-2025');
    const [frozen] = await queryRows<{ definition: unknown }>(
      database.db,
      sql`select definition from round_surveys where round_id = ${open} and survey_key = 'target-feedback'`,
    );
    const { survey } = await previewSurvey(database.db, strategist, {
      roundId: open,
      surveyKey: 'target-feedback',
      locale: 'sv',
    });
    expect(survey.definition).toEqual(frozen.definition);
  });

  it('finds no survey the round lacks, no language the survey lacks, and no round that does not exist', async () => {
    const draft = await makeDraftRound(database.db, strategist);
    await expect(
      previewSurvey(database.db, strategist, { roundId: draft, surveyKey: 'actor-followup', locale: 'ar' }),
    ).rejects.toThrow(NotFound);
    await expect(
      previewSurvey(database.db, strategist, { roundId: draft, surveyKey: 'other', locale: 'sv' }),
    ).rejects.toThrow(NotFound);
    await expect(previewRoundSurveys(database.db, strategist, 999_999)).rejects.toThrow(NotFound);
  });

  it('is for strategists only', async () => {
    const draft = await makeDraftRound(database.db, strategist);
    for (const actor of [coordinator, viewer])
      await expect(previewRoundSurveys(database.db, actor, draft)).rejects.toThrow(AccessDenied);
  });
});
