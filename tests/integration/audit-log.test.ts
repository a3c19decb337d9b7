// Strategists read the audit log: filtered by person, act and days, paginated in SQL, never showing answers or the
// free text a details column may hold; everyone else is refused.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditLog } from '@/db/schema';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { AUDIT_PAGE_SIZE, listAuditEntries, recordAudit } from '@/lib/audit';
import { demoActors, makeActor } from './support/actors';
import { openTestDatabase } from './support/test-database';

describe('the audit log page', () => {
  let database: DatabaseHandle;
  let strategist: Actor, coordinator: Actor, viewer: Actor, other: Actor;
  beforeAll(async () => {
    database = await openTestDatabase();
    ({ strategist, coordinator, viewer } = await demoActors(database.db));
    other = await makeActor(database.db, 'strategist', 'region-halland');
    await database.db.delete(auditLog);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await recordAudit(database.db, {
        actorUserId: other.userId,
        action: 'round.update',
        targetType: 'round',
        targetId: i,
        outcome: 'ok',
        details: { name: 'Svar: jag mår dåligt' },
      });
    await recordAudit(database.db, {
      actorUserId: strategist.userId,
      action: 'responses.delete',
      targetType: 'round',
      targetId: 1,
      outcome: 'denied',
      details: { reason: 'retention.error.notClosed' },
    });
    await recordAudit(database.db, {
      actorUserId: strategist.userId,
      action: 'round.close',
      targetType: 'round',
      targetId: 2,
      outcome: 'denied',
      details: { reason: 'Fritext som inte är en nyckel' },
    });
    await database.db
      .update(auditLog)
      .set({ at: new Date('2025-03-10T10:00:00Z') })
      .where(eq(auditLog.action, 'round.close'));
  });
  afterAll(() => database.close());

  it('filters by person and act, and pages in SQL, newest first', async () => {
    const all = await listAuditEntries(database.db, strategist, {});
    if (!all.ok) throw new Error(all.error);
    expect(all.value.total).toBe(AUDIT_PAGE_SIZE + 7);
    expect(all.value.lines).toHaveLength(AUDIT_PAGE_SIZE);
    expect(all.value.pages).toBe(2);
    const second = await listAuditEntries(database.db, strategist, { page: '2' });
    expect(second.ok && second.value.lines).toHaveLength(7);
    expect(second.ok && second.value.lines.at(-1)?.action).toBe('round.close'); // the oldest comes last

    const byPerson = await listAuditEntries(database.db, strategist, { person: String(strategist.userId) });
    expect(byPerson.ok && byPerson.value.lines.map((line) => line.action).sort()).toEqual([
      'responses.delete',
      'round.close',
    ]);
    const byAction = await listAuditEntries(database.db, strategist, { action: 'responses.delete', person: '' });
    expect(byAction.ok && byAction.value.lines).toMatchObject([
      { action: 'responses.delete', outcome: 'denied', reason: 'retention.error.notClosed', person: strategist.name },
    ]);
  });

  it('filters by whole days and says what is wrong with a date', async () => {
    const march = await listAuditEntries(database.db, strategist, { from: '2025-03-10', to: '2025-03-10' });
    expect(march.ok && march.value.lines.map((line) => line.action)).toEqual(['round.close']);
    expect(await listAuditEntries(database.db, strategist, { from: '2025-13-40' })).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { from: 'audit.error.date' },
    });
    expect(await listAuditEntries(database.db, strategist, { from: '2025-03-11', to: '2025-03-10' })).toMatchObject({
      ok: false,
      fieldErrors: { to: 'audit.error.range' },
    });
  });

  it('never shows the details column: free text stays out, only a reason that is a message key', async () => {
    const all = await listAuditEntries(database.db, strategist, { page: 1 });
    const shown = JSON.stringify(all);
    expect(shown).not.toContain('jag mår dåligt');
    expect(shown).not.toContain('Fritext');
  });

  it('refuses coordinators, viewers and nobody', async () => {
    for (const who of [coordinator, viewer, null])
      await expect(listAuditEntries(database.db, who, {})).rejects.toBeInstanceOf(AccessDenied);
  });
});
