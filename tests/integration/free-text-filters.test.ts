// Free text narrowed by filters (issue #14 item 8) must keep issue #10's promise: no view, and no pair of views,
// lets a strategist work out how many answered in a group smaller than the round's minimum, or which texts they wrote.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { channels, responses, rounds } from '@/db/schema';
import { listFreeTextAnswers } from '@/lib/analytics/free-text';
import type { Actor } from '@/lib/auth/actor';
import { demoActors } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('free-text filters, attacked by subtraction', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist } = await demoActors(database.db));
  });
  afterAll(() => database.close());

  it('a view’s count minus the texts it lists never gives the size of a group below the minimum', async () => {
    const [round] = await database.db
      .insert(rounds)
      .values({ slug: `fritext-${randomUUID().slice(0, 8)}`, name: 'Fritext', status: 'closed', minGroupSize: 5 })
      .returning();
    const [one, two] = await database.db
      .insert(channels)
      .values(
        [1, 2].map((n) => ({ roundId: round.id, publicCode: `ft${n}${randomUUID().slice(0, 6)}`, name: `K${n}` })),
      )
      .returning();
    // Arabic at channel 2 has two comments; every other language × channel has six.
    const cells: [string, number, number][] = [
      ['ar', one.id, 6],
      ['ar', two.id, 2],
      ['en', one.id, 6],
      ['en', two.id, 6],
    ];
    await database.db.insert(responses).values(
      cells.flatMap(([locale, channelId, count]) =>
        Array.from({ length: count }, () => ({
          idempotencyKey: randomUUID(),
          roundId: round.id,
          surveyKey: 'target-feedback' as const,
          surveyVersion: 1,
          channelId,
          locale,
          answers: { target_group: 'prefer_not', comment: `Kommentar ${randomUUID().replace(/[^a-f]/g, '')}` },
          submittedWeek: '2019-W05',
        })),
      ),
    );
    const views = [
      {},
      ...['ar', 'en'].map((key) => ({ feedbackGroup: { breakdown: 'language' as const, key } })),
      ...[one, two].map((c) => ({ feedbackGroup: { breakdown: 'channel' as const, key: String(c.id) } })),
    ];
    for (const filters of views) {
      const [comment] = (await listFreeTextAnswers(database.db, strategist, round, filters)).filter(
        (q) => q.questionId === 'comment',
      );
      const unlisted = (comment.count ?? 0) - (comment.answers?.length ?? 0);
      expect(unlisted === 0 || unlisted >= round.minGroupSize, JSON.stringify(filters)).toBe(true);
    }
  });
});
