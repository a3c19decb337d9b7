// The role an analyst or a read replica's user gets (`npm run db:readonly-role`): it reads the counted answers and
// the aggregates, never the holding table (whose transaction ids still match the invitations and rate limits), the
// invitations' hashes, accounts, participations, the audit log or the rate-limit windows. Idempotent: run it again
// after every migration; a table is readable only when it is named here, so a new table starts out hidden.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';

export const READONLY_ROLE = 'hm_readonly';

/** Everything the role may read. Timestamped tables here date only the release, which is public by design. */
export const READONLY_TABLES = [
  'responses',
  'response_answer_counts',
  'answer_count_questions',
  'round_aggregates',
  'round_counts',
  'rounds',
  'round_surveys',
  'organisations',
  'channels',
] as const;

export async function ensureReadonlyRole(db: DbOrTx): Promise<void> {
  // A group role without login: give a person or a replica user a login role IN ROLE hm_readonly.
  await db.execute(
    sql.raw(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${READONLY_ROLE}') then create role ${READONLY_ROLE} nologin; end if;
    exception when duplicate_object or unique_violation then null; -- created at the same moment by another database
    end $$`),
  );
  await db.execute(sql.raw(`revoke all on all tables in schema public from ${READONLY_ROLE}`));
  await db.execute(sql.raw(`revoke all on all sequences in schema public from ${READONLY_ROLE}`));
  await db.execute(sql.raw(`grant usage on schema public to ${READONLY_ROLE}`));
  await db.execute(sql.raw(`grant select on ${READONLY_TABLES.join(', ')} to ${READONLY_ROLE}`));
}
