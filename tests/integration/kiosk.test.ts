// Kiosk devices: enrolling (who may, what is kept, the audit trail), revoking, and the server's check that only a
// live kiosk token of the channel may mark a response "answered with help".
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle, type Db } from '@/db/client';
import { auditLog, channels, kioskDevices } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { computeRoundDashboard } from '@/lib/analytics/dashboard';
import { runGuarded } from '@/lib/auth/guarded';
import { feedbackRoute } from '@/lib/feedback/http';
import { respondentTexts } from '@/lib/feedback/texts';
import {
  enrolKioskDevice,
  enrolKioskInput,
  findKioskChannelCode,
  hashKioskToken,
  revokeKioskDevice,
} from '@/lib/kiosk/devices';
import { demoActors, makeActor, organisationId } from './support/actors';
import { OPEN_CHANNEL, roundWithChannel, submission } from './support/feedback';
import { releaseAll } from './support/release';
import { openTestDatabase } from './support/test-database';

function send(db: Db, code: string, body: unknown) {
  const request = new Request(`http://localhost/api/feedback/${code}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return feedbackRoute(async () => db)(request, { params: Promise.resolve({ code }) });
}

/** The flag as counted: released first, so it must survive the holding table and the release too. */
async function helpFlagOf(db: Db, key: string) {
  await releaseAll(db);
  return queryRows<{ answered_with_help: boolean }>(
    db,
    sql`select answered_with_help from responses where idempotency_key = ${key}`,
  );
}

const tokenOf = (path: string) => path.replace('/k/', '');

describe('kiosk devices', () => {
  let database: DatabaseHandle;
  let db: Db;
  let strategist: Actor;
  let coordinator: Actor;
  let viewer: Actor;
  let openChannelId: number;
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    ({ strategist, coordinator, viewer } = await demoActors(db));
    const [channel] = await db.select().from(channels).where(eq(channels.publicCode, OPEN_CHANNEL));
    openChannelId = channel.id;
    // The open demo channel is run by Halmstad, the demo coordinator's organisation.
    await db
      .update(channels)
      .set({ organisationId: await organisationId(db, 'halmstad') })
      .where(eq(channels.id, openChannelId));
  });
  afterAll(() => database.close());

  /** The action's path without the session: zod first, then the lib function, access errors as the action maps them. */
  const enrolAs = (actor: Actor, input: Record<string, unknown>) =>
    runGuarded(enrolKioskInput, input, actor, db, (parsed, { actor: who }) => enrolKioskDevice(db, who, parsed));

  it('the channel’s coordinator enrols a device: a link with a random token, only its hash kept, audit-logged', async () => {
    const result = await enrolAs(coordinator, { channelId: String(openChannelId), label: 'Surfplatta i receptionen' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.path).toMatch(/^\/k\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(result.value.path);
    const [stored] = await db.select().from(kioskDevices).where(eq(kioskDevices.id, result.value.id));
    expect(stored.tokenHash).toBe(hashKioskToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(result.value.id)));
    expect(audit).toMatchObject({
      action: 'kiosk.enrol',
      targetType: 'kiosk_device',
      actorUserId: coordinator.userId,
      outcome: 'ok',
    });
    expect(await findKioskChannelCode(db, token)).toBe(OPEN_CHANNEL);
  });

  it('a coordinator of another organisation gets “not found”, a viewer is refused, and nothing is enrolled', async () => {
    const before = await db.select().from(kioskDevices);
    const foreign = await makeActor(db, 'coordinator', 'varberg');
    expect(await enrolAs(foreign, { channelId: openChannelId, label: 'X' })).toMatchObject({
      ok: false,
      error: 'guard.notFound',
    });
    expect(await enrolAs(viewer, { channelId: openChannelId, label: 'X' })).toMatchObject({
      ok: false,
      error: 'guard.denied',
    });
    // A channel nobody's organisation runs: only strategists.
    const code = await roundWithChannel(db, 'open', 'kioskfree1');
    const [free] = await db.select().from(channels).where(eq(channels.publicCode, code));
    expect(await enrolAs(coordinator, { channelId: free.id, label: 'X' })).toMatchObject({
      ok: false,
      error: 'guard.notFound',
    });
    expect(await db.select().from(kioskDevices)).toHaveLength(before.length);
    expect((await enrolAs(strategist, { channelId: free.id, label: 'X' })).ok).toBe(true);
  });

  it('an empty label is a field error in the form', async () => {
    expect(await enrolAs(strategist, { channelId: openChannelId, label: '  ' })).toMatchObject({
      ok: false,
      fieldErrors: { label: 'guard.required' },
    });
  });

  it('“answered with help” is stored only with a live kiosk token of that channel; without one the answer is refused', async () => {
    const enrolled = await enrolKioskDevice(db, strategist, { channelId: openChannelId, label: 'Surfplatta' });
    if (!enrolled.ok) throw new Error('enrol failed');
    const token = tokenOf(enrolled.value.path);

    const helped = submission({ answeredWithHelp: true, kioskToken: token });
    expect((await send(db, OPEN_CHANNEL, helped)).status).toBe(201);
    expect(await helpFlagOf(db, helped.idempotencyKey)).toEqual([{ answered_with_help: true }]);

    const plain = submission();
    expect((await send(db, OPEN_CHANNEL, plain)).status).toBe(201);
    expect(await helpFlagOf(db, plain.idempotencyKey)).toEqual([{ answered_with_help: false }]);

    // Control: the same flag without a token, with a made-up token, and with another channel's token.
    const otherCode = await roundWithChannel(db, 'open', 'kioskother1');
    const [other] = await db.select().from(channels).where(eq(channels.publicCode, otherCode));
    const otherDevice = await enrolKioskDevice(db, strategist, { channelId: other.id, label: 'Annan' });
    if (!otherDevice.ok) throw new Error('enrol failed');
    for (const extra of [{}, { kioskToken: 'x'.repeat(43) }, { kioskToken: tokenOf(otherDevice.value.path) }]) {
      const body = submission({ locale: 'ar', answeredWithHelp: true, ...extra });
      const response = await send(db, OPEN_CHANNEL, body);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({
        code: 'kiosk_not_valid',
        message: respondentTexts.ar.errors.kiosk_not_valid,
      });
      expect(await helpFlagOf(db, body.idempotencyKey)).toEqual([]);
    }

    // Revoked: the link stops working and the flag is refused from then on.
    expect((await revokeKioskDevice(db, strategist, { deviceId: enrolled.value.id })).ok).toBe(true);
    expect(await findKioskChannelCode(db, token)).toBeNull();
    const late = submission({ answeredWithHelp: true, kioskToken: token });
    expect((await send(db, OPEN_CHANNEL, late)).status).toBe(403);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'kiosk.revoke'));
    expect(audit).toMatchObject({ targetId: String(enrolled.value.id), actorUserId: strategist.userId });
  });

  it('the dashboards show “answered with help” as a group of its own, from the counts, suppressed like any group', async () => {
    const code = await roundWithChannel(db, 'open', 'kioskdash1'); // minimum group size 5, no other answers
    const [channel] = await db.select().from(channels).where(eq(channels.publicCode, code));
    const device = await enrolKioskDevice(db, strategist, { channelId: channel.id, label: 'Surfplatta' });
    if (!device.ok) throw new Error('enrol failed');
    const token = tokenOf(device.value.path);
    const sendMany = async (helped: number, plain: number) => {
      for (let i = 0; i < helped; i++)
        expect((await send(db, code, submission({ answeredWithHelp: true, kioskToken: token }))).status).toBe(201);
      for (let i = 0; i < plain; i++) expect((await send(db, code, submission())).status).toBe(201);
    };
    const assistance = async () => {
      await releaseAll(db); // the dashboards count released answers only
      const dashboard = await computeRoundDashboard(db, strategist, channel.roundId);
      const groups = dashboard!.targetGroups.byAssistance!;
      return {
        overall: dashboard!.targetGroups.overall.respondents,
        ...Object.fromEntries(groups.map((group) => [group.key, group.respondents])),
      };
    };

    await sendMany(2, 3);
    // 2 with help is too few; 3 without would give the 2 away by subtraction from 5, so it is hidden too.
    expect(await assistance()).toEqual({ overall: 5, with_help: null, without_help: null });
    await sendMany(3, 2);
    expect(await assistance()).toEqual({ overall: 10, with_help: 5, without_help: 5 });
  });
});
