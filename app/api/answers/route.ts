import { z } from 'zod';
import { actorAnswerInput, submitInvitationAnswer } from '@/lib/actor-survey/submit';
import { guardedRoute } from '@/lib/auth/guarded';

/** An answer through a one-time link. Public: the token (256 random bits) is the only credential. */
export const POST = guardedRoute(
  actorAnswerInput.extend({ token: z.string().min(1).max(100) }),
  async ({ token, ...input }, { db }) => {
    const outcome = await submitInvitationAnswer(db, token, input);
    if ('throttled' in outcome) {
      return Response.json(
        { ok: false, error: 'answer.throttled' },
        { status: 429, headers: { 'retry-after': String(outcome.retryAfterSeconds) } },
      );
    }
    return outcome;
  },
  { anonymous: true },
);
