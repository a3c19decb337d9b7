import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@/db/client';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { listFreeTextAnswers } from '@/lib/analytics/free-text';
import { freeTextQuery, parseFreeTextParams } from '@/lib/analytics/filters';
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

  const question = (view: Awaited<ReturnType<typeof listFreeTextAnswers>>, id: string) =>
    view.questions.find((q) => q.questionId === id);

  it('are for strategists only: a viewer and a coordinator are refused', async () => {
    for (const role of ['viewer', 'coordinator'] as const) {
      const actor: Actor = { userId: 2, role, organisationId: role === 'coordinator' ? 1 : null, name: 'x' };
      await expect(listFreeTextAnswers(database.db, actor, round)).rejects.toThrow(AccessDenied);
    }
  });

  it('show the demo answers, each with its language and kind of organisation, and how many are shown', async () => {
    const view = await listFreeTextAnswers(database.db, strategist, round);
    const suggestions = question(view, 'extension_suggestions')!.shown!;
    expect(suggestions.total).toBeGreaterThanOrEqual(round.minGroupSize);
    expect(suggestions.answers.every((answer) => answer.text.startsWith('Demo:'))).toBe(true);
    expect(suggestions.answers.every((answer) => answer.language === 'sv' && answer.kind !== null)).toBe(true);
    // The target groups' comments have a language and no kind.
    const comments = question(view, 'comment')!.shown!;
    expect(comments.answers.every((answer) => answer.kind === null && answer.language === 'ar')).toBe(true);
  });

  it('offer only the languages and kinds with answers to show: Arabic (5 comments), not English (3)', async () => {
    const { options } = await listFreeTextAnswers(database.db, strategist, round);
    expect(options.languages).toEqual(['sv', 'ar']);
    expect(options.kinds).toContain('municipality');
  });

  it('narrowed to a language show only answers in it; the actors, who answered in Swedish, show too few', async () => {
    const arabic = await listFreeTextAnswers(database.db, strategist, round, { language: 'ar' });
    expect(question(arabic, 'comment')!.shown!.answers.map((a) => a.language)).toEqual(['ar', 'ar', 'ar', 'ar', 'ar']);
    expect(question(arabic, 'extension_suggestions')!.shown).toBeNull();
  });

  it('narrowed to a kind of organisation leave out the target groups’ comments, which have none', async () => {
    const view = await listFreeTextAnswers(database.db, strategist, round, { organisationKind: 'municipality' });
    expect(view.questions.map((q) => q.questionId)).toEqual([
      'model_example',
      'target_group_needs_comment',
      'extension_suggestions',
    ]);
    for (const { shown } of view.questions) expect(shown!.answers.every((a) => a.kind === 'municipality')).toBe(true);
  });

  it('narrowed to one question list it alone, page by page', async () => {
    const all = await listFreeTextAnswers(
      database.db,
      strategist,
      round,
      { questionId: 'model_example' },
      { offset: 0 },
    );
    expect(all.questions.map((q) => q.questionId)).toEqual(['model_example']);
    const { total, answers } = all.questions[0].shown!;
    expect(answers).toHaveLength(total);
    const pages = await Promise.all(
      [0, 10, 20, 30].map((offset) =>
        listFreeTextAnswers(database.db, strategist, round, { questionId: 'model_example' }, { offset, limit: 10 }),
      ),
    );
    expect(pages.map((page) => page.questions[0].shown!.total)).toEqual([total, total, total, total]);
    expect(pages.flatMap((page) => page.questions[0].shown!.answers)).toHaveLength(total);
  });

  it('are searched case-insensitively within what may be shown', async () => {
    const view = await listFreeTextAnswers(database.db, strategist, round, { search: 'DEMO:' });
    const unfiltered = await listFreeTextAnswers(database.db, strategist, round);
    expect(view.questions.map((q) => q.shown?.total)).toEqual(unfiltered.questions.map((q) => q.shown?.total));
    const none = await listFreeTextAnswers(database.db, strategist, round, { search: 'finns inte någonstans' });
    expect(none.questions.map((q) => q.shown?.total)).toEqual([0, 0, 0, 0]);
  });

  it('take their filters from the URL, dropping what does not parse, and give them back for links', () => {
    const parsed = parseFreeTextParams({ kind: 'ngo', language: 'ar', question: 'comment', q: '  stöd ', page: '2' });
    expect(parsed).toEqual({
      filters: { questionId: 'comment', language: 'ar', organisationKind: 'ngo', search: 'stöd' },
      page: 2,
    });
    expect(parseFreeTextParams({ kind: 'club', language: 'xx', question: 'name', q: '', page: '-1' })).toEqual({
      filters: {},
      page: 1,
    });
    expect(freeTextQuery(parsed.filters, { round: 'uppfoljning-2025' })).toBe(
      'round=uppfoljning-2025&question=comment&language=ar&kind=ngo&q=st%C3%B6d',
    );
  });

  it('are hidden for a selection with fewer answers than the minimum group size', async () => {
    const view = await listFreeTextAnswers(database.db, strategist, { id: round.id, minGroupSize: 1000 });
    expect(view.questions.every((q) => q.shown === null)).toBe(true);
    expect(view.options).toEqual({ languages: [], kinds: [] });
  });
});
