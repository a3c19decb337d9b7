import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { channels, organisations, responses, rounds } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { listRounds } from '@/lib/rounds/queries';
import { openTestDatabase } from './support/test-database';

const viewer: Actor = { userId: 3, role: 'viewer', organisationId: null, name: 'V' };

describe('the list of rounds', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('shows each seeded round with its total number of responses', async () => {
    const list = await listRounds(database.db, viewer);
    expect(list.map((round) => round.name)).toEqual(['Uppföljning 2025', 'Uppföljning 2023']);
    expect(list.every((round) => (round.responseCount ?? 0) > 100)).toBe(true);
  });

  it('hides the total when one survey has too few answers, so it cannot be worked out by subtraction', async () => {
    const [round] = await database.db
      .insert(rounds)
      .values({ slug: 'tiny', name: 'Liten omgång', status: 'open', opensOn: '2026-01-05' })
      .returning();
    const [channel] = await database.db
      .insert(channels)
      .values({ roundId: round.id, publicCode: 'tiny01', name: 'Kanal' })
      .returning();
    const [organisation] = await database.db.select().from(organisations).limit(1);
    const answer = (
      source: { organisationId?: number; channelId?: number },
      surveyKey: 'actor-followup' | 'target-feedback',
    ) => ({
      idempotencyKey: randomUUID(),
      roundId: round.id,
      surveyKey,
      surveyVersion: 1,
      locale: 'sv',
      answers: {},
      submittedWeek: '2026-W02',
      ...source,
    });
    await database.db
      .insert(responses)
      .values([
        ...Array.from({ length: 10 }, () => answer({ organisationId: organisation.id }, 'actor-followup')),
        ...Array.from({ length: 2 }, () => answer({ channelId: channel.id }, 'target-feedback')),
      ]);
    const tiny = (await listRounds(database.db, viewer)).find((r) => r.slug === 'tiny')!;
    expect(tiny.responseCount).toBeNull();

    await database.db
      .insert(responses)
      .values(Array.from({ length: 3 }, () => answer({ channelId: channel.id }, 'target-feedback')));
    expect((await listRounds(database.db, viewer)).find((r) => r.slug === 'tiny')!.responseCount).toBe(15);
  });
});
