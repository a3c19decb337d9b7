// HSDS 3 read API: services, paginated (page, per_page, modified_after, search). Public entries for anyone, all
// entries for signed-in staff. Bad page or date: 400 with a plain sentence.
import { guardedRoute } from '@/lib/auth/guarded';
import { hsdsListQuery, hsdsServicePage } from '@/lib/platform/hsds';
import { hsdsJson, plainFailure } from '@/lib/platform/hsds-http';

export const GET = guardedRoute(
  hsdsListQuery,
  async (query, { db, actor }) => hsdsJson(await hsdsServicePage(db, actor, query)),
  { anonymous: true, failure: plainFailure },
);
