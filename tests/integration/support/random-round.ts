// A round with a random number of answers per organisation (many small groups), per channel and language, with
// links made and used, and free-text answers: for the tests that attack what the pages publish.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { channels, invitations, responses, rounds } from '@/db/schema';
import type { Random } from '@/lib/demo/generate-answers';
import { indicators } from '@/surveys';

const choicesByQuestion: Record<string, (string | number)[]> = {
  aware_strategy: ['well_known', 'somewhat', 'heard_of', 'not_known'],
  aware_model: ['well_known', 'somewhat', 'heard_of', 'not_known'],
  aware_platform: ['well_known', 'somewhat', 'heard_of', 'not_known'],
  platform_usefulness: [1, 2, 3, 4, 5],
  dialogue_meetings_value: [1, 2, 3, 4, 5],
  supports_meeting_across: ['agree_fully', 'agree_partly', 'disagree_partly', 'disagree_fully', 'dont_know'],
  model_helped_identify_challenges: ['agree_fully', 'agree_partly', 'disagree_partly', 'disagree_fully', 'dont_know'],
  preparedness: ['agree_fully', 'agree_partly', 'disagree_partly', 'disagree_fully', 'dont_know'],
  recommend_extension: ['yes', 'yes_with_changes', 'no', 'dont_know'],
  offered_support: ['yes', 'no', 'dont_know'],
  support_met_needs: [1, 2, 3, 4, 5],
  know_where_to_turn: ['yes', 'partly', 'no'],
  stress_level: [1, 2, 3, 4, 5],
  worry_level: [1, 2, 3, 4, 5],
  sleep_problems: [1, 2, 3, 4, 5],
  target_group: ['asylum_seeker', 'refugee_residence_permit', 'quota_refugee', 'no_permit', 'prefer_not'],
};

function randomAnswers(random: Random, surveyKey: 'actor-followup' | 'target-feedback') {
  const questions = indicators.filter((i) => i.surveyKey === surveyKey).map((i) => i.questionId);
  if (surveyKey === 'target-feedback') questions.push('target_group');
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    if (random() < 0.15) continue; // skipped
    const choices = choicesByQuestion[question];
    answers[question] = choices[Math.floor(random() * choices.length)];
  }
  return answers;
}

/** Two in three respondents write a text, each one different (so that a list shows whose text it is). */
function freeText(questionId: string, index: number): Record<string, string> {
  return index % 3 === 2 ? {} : { [questionId]: `Text ${randomUUID().replace(/[^a-f]/g, '')}` };
}

/** A round with a random number of answers per organisation (many small groups) and per channel. */
export async function createRandomRound(database: DatabaseHandle, random: Random, index: number) {
  const minGroupSize = 3 + Math.floor(random() * 6);
  const [round] = await database.db
    .insert(rounds)
    .values({
      slug: `slumpad-${index}-${randomUUID()}`,
      name: `Slumpad ${index}`,
      status: 'closed',
      minGroupSize,
      opensOn: '2020-01-01',
    })
    .returning({ id: rounds.id });
  const organisationRows = await queryRows<{ id: number }>(database.db, sql`select id from organisations order by id`);
  const channelRows = await database.db
    .insert(channels)
    .values(
      [0, 1, 2].map((c) => ({
        roundId: round.id,
        publicCode: `r${index}c${c}${randomUUID().slice(0, 6)}`,
        name: `Kanal ${c}`,
      })),
    )
    .returning({ id: channels.id });
  const rows: (typeof responses.$inferInsert)[] = [];
  const links: (typeof invitations.$inferInsert)[] = [];
  const base = { roundId: round.id, surveyVersion: 1, submittedWeek: '2020-W05', isDemo: true };
  for (const organisation of organisationRows) {
    const count = random() < 0.5 ? Math.floor(random() * 6) : Math.floor(random() * 25);
    for (let i = 0; i < count; i++) {
      const answers = { ...randomAnswers(random, 'actor-followup'), ...freeText('extension_suggestions', i) };
      rows.push({
        ...base,
        idempotencyKey: randomUUID(),
        surveyKey: 'actor-followup',
        organisationId: organisation.id,
        locale: i % 4 === 3 ? 'en' : 'sv', // some in English: free text per kind × language has small cells too
        answers,
      });
    }
    const made = count + Math.floor(random() * 5);
    for (let i = 0; i < made; i++)
      links.push({ roundId: round.id, organisationId: organisation.id, tokenHash: randomUUID(), used: i < count });
  }
  const locales = ['ar', 'prs', 'ti', 'so', 'uk', 'sv'];
  const feedback = Math.floor(random() * 80);
  for (let i = 0; i < feedback; i++) {
    rows.push({
      ...base,
      idempotencyKey: randomUUID(),
      surveyKey: 'target-feedback',
      channelId: channelRows[Math.floor(random() * channelRows.length)].id,
      locale: locales[Math.floor(random() ** 2 * locales.length)],
      answers: { ...randomAnswers(random, 'target-feedback'), ...freeText('comment', i) },
    });
  }
  if (rows.length) await database.db.insert(responses).values(rows);
  if (links.length) await database.db.insert(invitations).values(links);
  return { roundId: round.id, minGroupSize };
}
