// Kiosk devices: a shared tablet at a reception centre, enrolled by staff for one channel. The device gets a link
// with a random token (shown once, stored only as its SHA-256, like invitations); with it the device may mark a
// response "answered with help". Who may enrol: a strategist, or the coordinator of the organisation that runs the
// channel's place. Another organisation's channel answers NotFound (it looks absent).
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { channels, kioskDevices, rounds, type RoundStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { hashInvitationToken, newInvitationToken } from '@/lib/invitations';

export const enrolKioskInput = z.object({
  channelId: z.coerce.number().int().positive(),
  label: z.string().trim().min(1, 'guard.required').max(120, 'guard.tooLong'),
});

export const revokeKioskInput = z.object({ deviceId: z.coerce.number().int().positive() });

/** Kiosk tokens are made and hashed exactly as invitation tokens are (32 random bytes, SHA-256). */
export const hashKioskToken = hashInvitationToken;

/** The path a device opens to become a kiosk. Carries the token and nothing else. */
export function kioskPath(token: string): string {
  return `/k/${token}`;
}

export type KioskChannel = {
  channelId: number;
  channelName: string;
  publicCode: string;
  roundName: string;
  roundStatus: RoundStatus;
};
export type KioskDeviceRow = { id: number; channelId: number; label: string; createdAt: Date; revokedAt: Date | null };

/** The channels the actor may enrol devices for, and their devices. Viewers may not. */
export async function listKioskChannels(
  db: DbOrTx,
  actor: Actor | null,
): Promise<{ channels: KioskChannel[]; devices: KioskDeviceRow[] }> {
  const who = requireRole(actor, 'strategist', 'coordinator');
  const mayEnrol = who.role === 'strategist' ? undefined : eq(channels.organisationId, who.organisationId ?? -1);
  const found = await db
    .select({
      channelId: channels.id,
      channelName: channels.name,
      publicCode: channels.publicCode,
      roundName: rounds.name,
      roundStatus: rounds.status,
    })
    .from(channels)
    .innerJoin(rounds, eq(rounds.id, channels.roundId))
    .where(and(or(eq(rounds.status, 'open'), eq(rounds.status, 'draft')), mayEnrol))
    .orderBy(asc(rounds.name), asc(channels.name));
  const ids = found.map((channel) => channel.channelId);
  const devices = ids.length
    ? await db
        .select({
          id: kioskDevices.id,
          channelId: kioskDevices.channelId,
          label: kioskDevices.label,
          createdAt: kioskDevices.createdAt,
          revokedAt: kioskDevices.revokedAt,
        })
        .from(kioskDevices)
        .where(inArray(kioskDevices.channelId, ids))
        .orderBy(asc(kioskDevices.createdAt))
    : [];
  return { channels: found, devices };
}

/** The channel, when the actor may manage its kiosks; NotFound otherwise (absent or another organisation's). */
async function channelForKiosk(db: DbOrTx, actor: Actor, channelId: number) {
  const [channel] = await db
    .select({ id: channels.id, organisationId: channels.organisationId, roundStatus: rounds.status })
    .from(channels)
    .innerJoin(rounds, eq(rounds.id, channels.roundId))
    .where(eq(channels.id, channelId));
  if (!channel) throw new NotFound();
  if (actor.role !== 'strategist' && (actor.organisationId === null || channel.organisationId !== actor.organisationId))
    throw new NotFound();
  return channel;
}

/** Enrols a device: returns its kiosk link once. The token itself is never stored. */
export async function enrolKioskDevice(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof enrolKioskInput>,
): Promise<Result<{ id: number; path: string }>> {
  requireRole(actor, 'strategist', 'coordinator');
  return db.transaction(async (tx) => {
    const channel = await channelForKiosk(tx, actor, input.channelId);
    if (channel.roundStatus === 'closed') return fail('kiosk.roundClosed');
    const token = newInvitationToken();
    const [device] = await tx
      .insert(kioskDevices)
      .values({
        channelId: channel.id,
        label: input.label,
        tokenHash: hashKioskToken(token),
        createdByUserId: actor.userId,
      })
      .returning({ id: kioskDevices.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'kiosk.enrol',
      targetType: 'kiosk_device',
      targetId: device.id,
      outcome: 'ok',
      details: { channelId: channel.id },
    });
    return ok({ id: device.id, path: kioskPath(token) });
  });
}

/** Revokes a device: its link stops working and it can no longer mark answers "with help". */
export async function revokeKioskDevice(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof revokeKioskInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist', 'coordinator');
  return db.transaction(async (tx) => {
    const [device] = await tx
      .select({ channelId: kioskDevices.channelId })
      .from(kioskDevices)
      .where(eq(kioskDevices.id, input.deviceId));
    if (!device) throw new NotFound();
    await channelForKiosk(tx, actor, device.channelId);
    await tx
      .update(kioskDevices)
      .set({ revokedAt: new Date() })
      .where(and(eq(kioskDevices.id, input.deviceId), isNull(kioskDevices.revokedAt)));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'kiosk.revoke',
      targetType: 'kiosk_device',
      targetId: input.deviceId,
      outcome: 'ok',
    });
    return ok({ id: input.deviceId });
  });
}

/** Public: the channel code a kiosk token belongs to, or null when unknown or revoked. */
export async function findKioskChannelCode(db: DbOrTx, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ publicCode: channels.publicCode })
    .from(kioskDevices)
    .innerJoin(channels, eq(channels.id, kioskDevices.channelId))
    .where(and(eq(kioskDevices.tokenHash, hashKioskToken(token)), isNull(kioskDevices.revokedAt)));
  return row?.publicCode ?? null;
}

/** Whether `token` is a live kiosk token of this channel: the only way a response is accepted as "with help". */
export async function isKioskTokenOfChannel(db: DbOrTx, channelId: number, token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const [row] = await db
    .select({ id: kioskDevices.id })
    .from(kioskDevices)
    .where(
      and(
        eq(kioskDevices.tokenHash, hashKioskToken(token)),
        eq(kioskDevices.channelId, channelId),
        isNull(kioskDevices.revokedAt),
      ),
    );
  return Boolean(row);
}
