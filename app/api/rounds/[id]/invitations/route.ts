import { z } from 'zod';
import { guardedRoute } from '@/lib/auth/guarded';
import { env } from '@/lib/env';
import { createInvitations, createInvitationsInput, invitationsCsv } from '@/lib/invitations';
import { recordAudit } from '@/lib/audit';

/** Makes N links and answers with them as a CSV download: the only time the tokens exist outside the hash. */
export const POST = guardedRoute(
  createInvitationsInput.omit({ roundId: true }).extend({ id: z.coerce.number().int().positive() }),
  async ({ id, ...input }, { db, actor, request }) => {
    const created = await createInvitations(db, actor, { ...input, roundId: id });
    if (!created.ok) return created;
    await recordAudit(db, {
      actorUserId: actor.userId,
      action: 'invitations.export',
      targetType: 'round',
      targetId: id,
      outcome: 'ok',
      details: { organisationId: input.organisationId, count: input.count },
    });
    const baseUrl = env().NEXTAUTH_URL ?? new URL(request.url).origin;
    return new Response(invitationsCsv(created.value, baseUrl), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="invitations-round-${id}-organisation-${input.organisationId}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
);
