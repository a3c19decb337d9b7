import { z } from 'zod';
import { guardedRoute } from '@/lib/auth/guarded';
import { createInvitationsInput, issueInvitationFile } from '@/lib/invitations';

/** Makes N links and answers with them as a CSV download: the only time the tokens exist outside the hash. */
export const POST = guardedRoute(
  createInvitationsInput.omit({ roundId: true }).extend({ id: z.coerce.number().int().positive() }),
  async ({ id, ...input }, { db, actor, request }) => {
    const issued = await issueInvitationFile(db, actor, { ...input, roundId: id }, new URL(request.url).origin);
    if (!issued.ok) return issued;
    return new Response(issued.value.csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${issued.value.filename}"`,
        'cache-control': 'no-store',
      },
    });
  },
);
