import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { listFeedbackGroupOptions, listFreeTextAnswers } from '@/lib/analytics/free-text';
import { freeTextFilters, parseDashboardParams } from '@/lib/analytics/filters';
import { openTestDatabase } from './support/test-database';

const strategist: Actor = { userId: 1, role: 'strategist', organisationId: null, name: 'Strateg' };

describe('free-text answers', () => {
  let database: DatabaseHandle;
  let round: { id: number; minGroupSize: number };
  beforeAll(async () => {
    database = await openTestDatabase();
    [round] = await queryRows<{ id: number; minGroupSize: number }>(
      database.db,
      sql`select id, min_group_size as "minGroupSize" from rounds where slug = 'uppfoljning-2025'`,
    );
  });
  afterAll(() => database.close());

  it('are for strategists only: a viewer and a coordinator are refused', async () => {
    for (const role of ['viewer', 'coordinator'] as const) {
      const actor: Actor = { userId: 2, role, organisationId: role === 'coordinator' ? 1 : null, name: 'x' };
      await expect(listFreeTextAnswers(database.db, actor, round)).rejects.toThrow(AccessDenied);
    }
  });

  it('show the demo comments with their count when enough people answered', async () => {
    const questions = await listFreeTextAnswers(database.db, strategist, round);
    const suggestions = questions.find((q) => q.questionId === 'extension_suggestions')!;
    expect(suggestions.count).toBeGreaterThanOrEqual(round.minGroupSize);
    expect(suggestions.answers!.every((answer) => answer.startsWith('Demo:'))).toBe(true);
  });

  it("can be narrowed to one of the target groups' languages, channels or target groups, named from the URL", async () => {
    const options = await listFeedbackGroupOptions(database.db, strategist, round.id);
    expect(options.filter((o) => o.breakdown === 'language').map((o) => o.key)).toContain('ar');
    expect(options.find((o) => o.breakdown === 'channel')!.name).toBeTruthy();
    expect(freeTextFilters(parseDashboardParams({ kind: 'ngo', feedback: 'language:ar' }))).toEqual({
      organisationKind: 'ngo',
      feedbackGroup: { breakdown: 'language', key: 'ar' },
    });
    expect(freeTextFilters(parseDashboardParams({ feedback: 'organisation:1' }))).toEqual({});
    const arabic = await listFreeTextAnswers(database.db, strategist, round, {
      feedbackGroup: { breakdown: 'language', key: 'ar' },
    });
    const all = await listFreeTextAnswers(database.db, strategist, round);
    const comments = (questions: typeof all) => questions.find((q) => q.questionId === 'comment')!;
    expect(comments(arabic).count).toBeLessThan(comments(all).count!);
    for (const text of comments(arabic).answers ?? []) expect(comments(all).answers).toContain(text);
    // The actors' questions are not narrowed by a target-group filter.
    expect(arabic.find((q) => q.questionId === 'extension_suggestions')).toEqual(
      all.find((q) => q.questionId === 'extension_suggestions'),
    );
  });

  it('are hidden for a selection with fewer answers than the minimum group size', async () => {
    await database.db.execute(sql`update rounds set min_group_size = 1000 where id = ${round.id}`);
    const questions = await listFreeTextAnswers(database.db, strategist, { id: round.id, minGroupSize: 1000 });
    expect(questions.every((q) => q.answers === null && q.count === null)).toBe(true);
  });
});
