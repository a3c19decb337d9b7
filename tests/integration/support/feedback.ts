// Small factories for feedback tests: a valid submission, and a round of a given status with one channel.
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { channels, rounds, roundSurveys, type RoundStatus } from '@/db/schema';
import { latestSurvey } from '@/surveys';

/** Channels of the seeded demo data. */
export const OPEN_CHANNEL = 'sp25q2';
export const CLOSED_CHANNEL = 'sp23k7';

export function submission(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    locale: 'sv',
    answers: { offered_support: 'yes', support_met_needs: 4, know_where_to_turn: 'partly' },
    elapsedSeconds: 95,
    ...overrides,
  };
}

/** A round in the given status with a frozen feedback survey and one channel; returns the channel's code. */
export async function roundWithChannel(db: Db, status: RoundStatus, code: string) {
  const survey = latestSurvey('target-feedback');
  const [round] = await db
    .insert(rounds)
    .values({ slug: `test-${code}`, name: `Test ${code}`, status })
    .returning();
  await db
    .insert(roundSurveys)
    .values({ roundId: round.id, surveyKey: survey.key, surveyVersion: survey.version, definition: survey.json });
  await db.insert(channels).values({ roundId: round.id, publicCode: code, name: `Test channel ${code}` });
  return code;
}
