import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, extensionDecisions, organisations } from '@/db/schema';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { listDecisionBoard, recordDecision } from '@/lib/decisions';
import { demoActors } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('extension decisions per principal', () => {
  let database: DatabaseHandle;
  let strategist: Actor, viewer: Actor, coordinator: Actor;
  let halmstad: number;
  let redCross: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, viewer, coordinator } = await demoActors(database.db));
    const orgs = await database.db.select().from(organisations);
    halmstad = orgs.find((o) => o.slug === 'halmstad')!.id;
    redCross = orgs.find((o) => o.slug === 'roda-korset')!.id;
  });
  afterAll(() => database.close());

  it('the board lists every principal; the recorded 2024 decision of Region Halland is there, the rest pending', async () => {
    const board = await listDecisionBoard(database.db, viewer, '2024-2025');
    expect(board).toHaveLength(12);
    const region = board.find((row) => row.organisationName.startsWith('Region Halland'));
    expect(region).toMatchObject({
      status: 'extend',
      decidedOn: '2024-05-08',
      decidingBody: 'Regionstyrelsen',
      caseNumber: 'RS231164',
    });
    expect(board.filter((row) => row.status === 'pending')).toHaveLength(11);
  });

  it('a strategist records a decision, changes it, and each act is audit-logged', async () => {
    const input = {
      organisationId: halmstad,
      period: '2026–2027',
      status: 'extend',
      decidedOn: '2026-03-12',
      decidingBody: 'Kommunstyrelsen',
      caseNumber: 'KS 2026/41',
    };
    expect(await recordDecision(database.db, strategist, input)).toEqual({ ok: true, value: null });
    expect(await recordDecision(database.db, strategist, { ...input, status: 'not_extend' })).toEqual({
      ok: true,
      value: null,
    });
    const rows = await database.db
      .select()
      .from(extensionDecisions)
      .where(eq(extensionDecisions.organisationId, halmstad));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ period: '2026–2027', status: 'not_extend', caseNumber: 'KS 2026/41' });
    const audit = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(2);
    expect(audit.map((entry) => [entry.action, entry.outcome, entry.targetId])).toEqual([
      ['decision.record', 'ok', String(halmstad)],
      ['decision.record', 'ok', String(halmstad)],
    ]);
  });

  it('a decision without date or deciding body is refused with the fields named, and nothing changes', async () => {
    const result = await recordDecision(database.db, strategist, {
      organisationId: halmstad,
      period: '2028-2029',
      status: 'extend',
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { decidedOn: 'decisions.error.dateRequired', decidingBody: 'decisions.error.bodyRequired' },
    });
    expect(
      await recordDecision(database.db, strategist, {
        organisationId: halmstad,
        period: '2029-2028',
        status: 'pending',
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { period: 'decisions.error.period' },
    });
    const rows = await database.db.select().from(extensionDecisions).where(eq(extensionDecisions.period, '2028–2029'));
    expect(rows).toEqual([]);
  });

  it('an organisation that is not a principal cannot decide', async () => {
    const result = await recordDecision(database.db, strategist, {
      organisationId: redCross,
      period: '2026-2027',
      status: 'pending',
    });
    expect(result).toMatchObject({ ok: false, error: 'decisions.error.notPrincipal' });
  });

  it('viewers and coordinators may read the board but not record a decision', async () => {
    const input = {
      organisationId: halmstad,
      period: '2026-2027',
      status: 'extend',
      decidedOn: '2026-03-12',
      decidingBody: 'KS',
    };
    await expect(recordDecision(database.db, viewer, input)).rejects.toThrow(AccessDenied);
    await expect(recordDecision(database.db, coordinator, input)).rejects.toThrow(AccessDenied);
    await expect(listDecisionBoard(database.db, null, '2026-2027')).rejects.toThrow(AccessDenied);
    expect((await listDecisionBoard(database.db, coordinator, '2026-2027')).length).toBe(12);
  });
});
