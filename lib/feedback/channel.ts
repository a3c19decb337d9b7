// Finding a channel from its public code, with its round's status and frozen feedback survey. Public: no actor,
// because a respondent has no account; it reveals only what the public link itself shows.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { channels, roundSurveys, rounds } from '@/db/schema';

export type FeedbackChannel = {
  channelId: number;
  roundId: number;
  roundStatus: 'draft' | 'open' | 'closed';
  surveyVersion: number;
  /** The round's frozen snapshot of the target-feedback survey. */
  definition: Record<string, unknown>;
};

const PUBLIC_CODE = /^[a-z0-9]{3,32}$/;

export function isPublicCode(code: string): boolean {
  return PUBLIC_CODE.test(code);
}

/** null when no channel has this code or its round has no feedback survey. */
export async function findFeedbackChannel(db: DbOrTx, publicCode: string): Promise<FeedbackChannel | null> {
  if (!isPublicCode(publicCode)) return null;
  const [row] = await db
    .select({
      channelId: channels.id,
      roundId: rounds.id,
      roundStatus: rounds.status,
      surveyVersion: roundSurveys.surveyVersion,
      definition: roundSurveys.definition,
    })
    .from(channels)
    .innerJoin(rounds, eq(rounds.id, channels.roundId))
    .innerJoin(roundSurveys, and(eq(roundSurveys.roundId, rounds.id), eq(roundSurveys.surveyKey, 'target-feedback')))
    .where(eq(channels.publicCode, publicCode))
    .limit(1);
  return row ?? null;
}
