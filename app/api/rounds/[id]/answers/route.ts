import { z } from 'zod';
import { actorAnswerInput, submitActorResponse } from '@/lib/actor-survey/submit';
import { guardedRoute } from '@/lib/auth/guarded';

/** A signed-in staff member's answer, for their own organisation; one per person and round. */
export const POST = guardedRoute(
  actorAnswerInput.extend({ id: z.coerce.number().int().positive() }),
  ({ id, ...input }, { db, actor }) => submitActorResponse(db, { via: 'account', actor, roundId: id }, input),
);
