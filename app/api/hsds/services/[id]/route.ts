// HSDS 3 read API: one service, fully nested. A non-public entry does not exist for an anonymous reader (404).
import { z } from 'zod';
import { NotFound } from '@/lib/auth/actor';
import { guardedRoute } from '@/lib/auth/guarded';
import { hsdsServiceById } from '@/lib/platform/hsds';
import { hsdsJson, plainFailure } from '@/lib/platform/hsds-http';

export const GET = guardedRoute(
  z.object({ id: z.string().max(64) }),
  async ({ id }, { db, actor }) => {
    const service = await hsdsServiceById(db, actor, id);
    if (!service) throw new NotFound();
    return hsdsJson(service);
  },
  { anonymous: true, failure: plainFailure },
);
