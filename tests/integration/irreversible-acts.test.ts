// Acts that cannot be undone (opening and closing a round, locking a report version, deleting raw responses) are
// done only with the box "I understand that …" ticked. The server refuses a form posted without it, names the box
// in the user's language, and changes nothing: a page's explanation cannot be skipped by a stray or scripted post.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { reportVersions, rounds } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { flatMessages } from '@/lib/i18n/messages';
import { emptyReportContent, saveReportDraft } from '@/lib/report/versions';
import { closeRound, openRound } from '@/lib/rounds/manage';
import type { Result } from '@/lib/result';
import * as roundActions from '@/app/actions';
import * as reportActions from '@/app/(staff)/reports/actions';
import { demoActors, makeDraftRound } from './support/actors';
import { openTestDatabase } from './support/test-database';

const request = vi.hoisted(() => ({ actor: null as unknown, db: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => request.actor }));
vi.mock('@/lib/database', () => ({ getDb: async () => request.db }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

type Action = (previous: null, formData: FormData) => Promise<Result<unknown>>;

async function post(action: Action, fields: Record<string, string | number>): Promise<Result<unknown>> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
  return action(null, form);
}

describe('irreversible acts ask for a confirmation the server checks', () => {
  let database: DatabaseHandle;
  let strategist: Actor;
  const statusOf = async (id: number) =>
    (await database.db.select({ status: rounds.status }).from(rounds).where(eq(rounds.id, id)))[0].status;

  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist } = await demoActors(database.db));
  });
  beforeEach(() => {
    request.actor = strategist;
    request.db = database.db;
  });
  afterAll(() => database.close());

  it('a round is not opened without the box ticked, and the refusal names the box in both languages', async () => {
    const round = await makeDraftRound(database.db, strategist);
    const refused = await post(roundActions.openRoundAction as Action, { roundId: round });
    expect(refused).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { confirm: 'rounds.error.confirmOpen' },
    });
    expect(await statusOf(round)).toBe('draft');
    expect(flatMessages.sv['rounds.error.confirmOpen']).toMatch(/Kryssa i rutan/);
    expect(flatMessages.en['rounds.error.confirmOpen']).toMatch(/Tick the box/);

    const wrongValue = await post(roundActions.openRoundAction as Action, { roundId: round, confirm: 'on' });
    expect(wrongValue.ok).toBe(false);
    expect(await statusOf(round)).toBe('draft');

    // Control: with the box ticked the same post opens the round (the action redirects or answers ok).
    await post(roundActions.openRoundAction as Action, { roundId: round, confirm: 'yes' }).catch(() => null);
    expect(await statusOf(round)).toBe('open');
  });

  it('a round is not closed without the box ticked', async () => {
    const round = await makeDraftRound(database.db, strategist);
    expect((await openRound(database.db, strategist, round)).ok).toBe(true);
    const refused = await post(roundActions.closeRoundAction as Action, { roundId: round });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { confirm: 'rounds.error.confirmClose' } });
    expect(await statusOf(round)).toBe('open');

    await post(roundActions.closeRoundAction as Action, { roundId: round, confirm: 'yes' }).catch(() => null);
    expect(await statusOf(round)).toBe('closed');
  });

  it('a report version is not locked without the box ticked, and the refusal says so (not "could not be saved")', async () => {
    const round = await makeDraftRound(database.db, strategist);
    const saved = await saveReportDraft(database.db, strategist, {
      roundId: round,
      version: null,
      caseNumber: null,
      content: { ...emptyReportContent, proposal: 'Förläng' },
    });
    expect(saved.ok).toBe(true);
    const refused = await post(reportActions.lockReportVersionAction as Action, { roundId: round, version: 1 });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { confirm: 'report.error.lockConfirm' } });
    const [version] = await database.db
      .select({ lockedAt: reportVersions.lockedAt })
      .from(reportVersions)
      .where(and(eq(reportVersions.roundId, round), eq(reportVersions.version, 1)));
    expect(version.lockedAt).toBeNull();

    const locked = await post(reportActions.lockReportVersionAction as Action, {
      roundId: round,
      version: 1,
      confirm: 'yes',
    });
    expect(locked).toEqual({ ok: true, value: { version: 1 } });
  });

  it('raw responses are not deleted without the box ticked', async () => {
    const round = await makeDraftRound(database.db, strategist);
    expect((await openRound(database.db, strategist, round)).ok).toBe(true);
    expect((await closeRound(database.db, strategist, round)).ok).toBe(true);
    const [{ name }] = await database.db.select({ name: rounds.name }).from(rounds).where(eq(rounds.id, round));
    const refused = await post(reportActions.deleteRawResponsesAction as Action, { roundId: round, confirmName: name });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { confirm: 'retention.error.confirm' } });
    const [after] = await database.db
      .select({ deletedAt: rounds.rawResponsesDeletedAt })
      .from(rounds)
      .where(eq(rounds.id, round));
    expect(after.deletedAt).toBeNull();
  });
});
