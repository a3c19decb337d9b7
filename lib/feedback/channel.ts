// Finding a channel from its public code, with its round's status and frozen feedback survey. Public: no actor,
// because a respondent has no account; it reveals only what the public link itself shows.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { channels, roundSurveys, rounds, type RoundStatus } from '@/db/schema';

export type FeedbackChannel = {
  channelId: number;
  roundId: number;
  roundStatus: RoundStatus;
  surveyVersion: number;
  /** The round's frozen snapshot of the target-feedback survey. */
  definition: Record<string, unknown>;
};

const PUBLIC_CODE = /^[a-z0-9]{3,32}$/;

export function isPublicCode(code: string): boolean {
  return PUBLIC_CODE.test(code);
}

// Frozen snapshots never change, so each is fetched once per process and shared (the same object also lets
// validateAnswers reuse its model without hashing). A re-frozen snapshot has a new frozen_at and a new key.
const snapshots = new Map<string, Record<string, unknown>>();
const MAX_CACHED_SNAPSHOTS = 100;

/** null when no channel has this code or its round has no feedback survey. */
export async function findFeedbackChannel(db: DbOrTx, publicCode: string): Promise<FeedbackChannel | null> {
  if (!isPublicCode(publicCode)) return null;
  const [row] = await db
    .select({
      channelId: channels.id,
      roundId: rounds.id,
      roundStatus: rounds.status,
      surveyVersion: roundSurveys.surveyVersion,
      frozenAt: roundSurveys.frozenAt,
    })
    .from(channels)
    .innerJoin(rounds, eq(rounds.id, channels.roundId))
    .innerJoin(roundSurveys, and(eq(roundSurveys.roundId, rounds.id), eq(roundSurveys.surveyKey, 'target-feedback')))
    .where(eq(channels.publicCode, publicCode))
    .limit(1);
  if (!row) return null;
  const { frozenAt, ...channel } = row;
  const key = `${channel.roundId}:${channel.surveyVersion}:${frozenAt.toISOString()}`;
  let definition = snapshots.get(key);
  if (!definition) {
    const [snapshot] = await db
      .select({ definition: roundSurveys.definition })
      .from(roundSurveys)
      .where(and(eq(roundSurveys.roundId, channel.roundId), eq(roundSurveys.surveyKey, 'target-feedback')));
    definition = snapshot.definition;
    if (snapshots.size >= MAX_CACHED_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
    snapshots.set(key, definition);
  }
  return { ...channel, definition };
}

export type ChannelSnapshot = Omit<FeedbackChannel, 'roundStatus'>;

// Rounds only go draft → open → closed, and only opening freezes the snapshot, so once a channel's round has left
// draft, its round and survey never change again: the submission path keeps them per process and asks the database
// only for the round's status, in the statement that stores the answer.
const settledChannels = new Map<string, ChannelSnapshot>();
const MAX_SETTLED_CHANNELS = 1000;

/** The channel's round and frozen survey; null when no channel has this code or its round is still a draft. */
export async function channelSnapshot(db: DbOrTx, publicCode: string): Promise<ChannelSnapshot | null> {
  const settled = settledChannels.get(publicCode);
  if (settled) return settled;
  const channel = await findFeedbackChannel(db, publicCode);
  if (!channel || channel.roundStatus === 'draft') return null;
  const { roundStatus: _status, ...snapshot } = channel;
  if (settledChannels.size >= MAX_SETTLED_CHANNELS) settledChannels.delete(settledChannels.keys().next().value!);
  settledChannels.set(publicCode, snapshot);
  return snapshot;
}
