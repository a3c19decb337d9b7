// HSDS 3 read API: organisations, paginated. All for signed-in staff; those with a public entry for anyone else.
import { guardedRoute } from '@/lib/auth/guarded';
import { hsdsListQuery, hsdsOrganizationPage } from '@/lib/platform/hsds';
import { hsdsJson, plainFailure } from '@/lib/platform/hsds-http';

export const GET = guardedRoute(
  hsdsListQuery,
  async (query, { db, actor }) => hsdsJson(await hsdsOrganizationPage(db, actor, query)),
  { anonymous: true, failure: plainFailure },
);
