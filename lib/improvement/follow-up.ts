// What the follow-up shows of the improvement work: how many initiatives each kind of actor owns in each step of the
// model, beside the survey's "the model helped identify challenges". Counted in SQL. Initiatives are staff work, not
// answers, so no small-group rule applies: every signed-in reader may see them on the initiatives page anyway.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/actor';
import type { Organisation } from '@/db/schema';

export type InitiativesByKind = { kind: Organisation['kind']; step1: number; step2: number; step3: number; total: number };

/** Per kind of owning organisation (an initiative owned by two kinds counts once under each), and in all. */
export async function initiativesPerStepAndKind(
  db: DbOrTx,
  actor: Actor | null,
): Promise<{ byKind: InitiativesByKind[]; all: Omit<InitiativesByKind, 'kind'> }> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const rows = await queryRows<{ kind: Organisation['kind'] | null; step1: number; step2: number; step3: number; total: number }>(
    db,
    sql`
      select o.kind,
             count(distinct i.id) filter (where i.step = 1)::int as step1,
             count(distinct i.id) filter (where i.step = 2)::int as step2,
             count(distinct i.id) filter (where i.step = 3)::int as step3,
             count(distinct i.id)::int as total
      from initiatives i
      join initiative_owners io on io.initiative_id = i.id
      join organisations o on o.id = io.organisation_id
      group by grouping sets ((o.kind), ())
      order by o.kind nulls last`,
  );
  const all = rows.find((row) => row.kind === null) ?? { step1: 0, step2: 0, step3: 0, total: 0 };
  return {
    byKind: rows.filter((row): row is InitiativesByKind => row.kind !== null),
    all: { step1: all.step1, step2: all.step2, step3: all.step3, total: all.total },
  };
}
