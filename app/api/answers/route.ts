import { z } from 'zod';
import { actorAnswerInput, submitActorResponse } from '@/lib/actor-survey/submit';
import { guardedRoute } from '@/lib/auth/guarded';
import { consumeRateLimit } from '@/lib/rate-limit';

// One bucket for all: a per-link or per-address bucket would record when a link was used (DESIGN.md rule 2).
const PUBLIC_ANSWER_LIMIT = { limit: 600, windowSeconds: 60 };

/** An answer through a one-time link. Public: the token (256 random bits) is the only credential. */
export const POST = guardedRoute(
  actorAnswerInput.extend({ token: z.string().min(1).max(100) }),
  async ({ token, ...input }, { db }) => {
    const limit = await consumeRateLimit(db, 'answer:invitation', PUBLIC_ANSWER_LIMIT);
    if (!limit.allowed) return Response.json({ ok: false, error: 'answer.throttled' }, { status: 429, headers: { 'retry-after': String(limit.retryAfterSeconds) } });
    return submitActorResponse(db, { via: 'invitation', token }, input);
  },
  { anonymous: true },
);
