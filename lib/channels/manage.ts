// Channels: where a round's public feedback link is handed out. Strategists manage them.
import { randomInt } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { channels, rounds, type Channel } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';

export const channelInput = z.object({
  name: z.string().trim().min(1, 'guard.required').max(160, 'guard.tooLong'),
  description: z
    .string()
    .trim()
    .max(500, 'guard.tooLong')
    .optional()
    .transform((value) => value || null),
  /** The organisation that runs the place; its coordinator may enrol kiosk devices. Empty: none. */
  organisationId: z
    .union([z.literal(''), z.coerce.number().int().positive()])
    .optional()
    .transform((value) => (value === '' || value === undefined ? null : value)),
});

/** organisationId left out: unchanged on update, none on create. */
type ChannelFields = Omit<z.output<typeof channelInput>, 'organisationId'> & { organisationId?: number | null };

export async function listChannels(db: DbOrTx, actor: Actor | null, roundId: number): Promise<Channel[]> {
  requireRole(actor, 'strategist');
  return db.select().from(channels).where(eq(channels.roundId, roundId)).orderBy(asc(channels.name));
}

export async function createChannel(
  db: DbOrTx,
  actor: Actor,
  roundId: number,
  input: ChannelFields,
): Promise<Result<{ id: number; publicCode: string }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const [round] = await tx.select({ status: rounds.status }).from(rounds).where(eq(rounds.id, roundId));
    if (!round) throw new NotFound();
    if (round.status === 'closed') return fail('admin.channels.roundClosed');
    // A few tries: a clash among 31^6 codes is rare, but possible.
    for (let attempt = 0; attempt < 5; attempt++) {
      const created = await tx
        .insert(channels)
        .values({
          roundId,
          name: input.name,
          description: input.description,
          organisationId: input.organisationId ?? null,
          publicCode: publicCode(),
        })
        .onConflictDoNothing({ target: channels.publicCode })
        .returning({ id: channels.id, publicCode: channels.publicCode });
      if (created.length) {
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: 'channel.create',
          targetType: 'channel',
          targetId: created[0].id,
          outcome: 'ok',
        });
        return ok(created[0]);
      }
    }
    throw new Error('could not find a free channel code');
  });
}

export async function updateChannel(
  db: DbOrTx,
  actor: Actor,
  channelId: number,
  input: ChannelFields,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(channels)
      .set(input)
      .where(eq(channels.id, channelId))
      .returning({ id: channels.id });
    if (!updated.length) throw new NotFound();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'channel.update',
      targetType: 'channel',
      targetId: channelId,
      outcome: 'ok',
    });
    return ok({ id: channelId });
  });
}

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
/** Short, unambiguous to read aloud or type from a poster (no 0/o, 1/l/i). */
function publicCode(): string {
  return Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
