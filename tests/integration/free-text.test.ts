import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { listFreeTextAnswers } from '@/lib/analytics/free-text';
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

  it('are hidden for a selection with fewer answers than the minimum group size', async () => {
    await database.db.execute(sql`update rounds set min_group_size = 1000 where id = ${round.id}`);
    const questions = await listFreeTextAnswers(database.db, strategist, { id: round.id, minGroupSize: 1000 });
    expect(questions.every((q) => q.answers === null && q.count === null)).toBe(true);
  });
});
