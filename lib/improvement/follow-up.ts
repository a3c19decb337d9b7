// What the follow-up shows of the improvement work: how many initiatives each kind of actor owns in each step of the
// model, beside the survey's "the model helped identify challenges". Counted in SQL. Initiatives are staff work, not
// answers, so no small-group rule applies: every signed-in reader may see them on the initiatives page anyway.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/actor';
import type { Organisation } from '@/db/schema';

export type InitiativesByKind = {
  kind: Organisation['kind'];
  step1: number;
  step2: number;
  step3: number;
  total: number;
};
export type InitiativeFollowUp = { byKind: InitiativesByKind[]; all: Omit<InitiativesByKind, 'kind'> };

/** Per kind of owning organisation (an initiative owned by two kinds counts once under each), and in all. */
export async function initiativesPerStepAndKind(db: DbOrTx, actor: Actor | null): Promise<InitiativeFollowUp> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const rows = await queryRows<{
    kind: Organisation['kind'] | null;
    step1: number;
    step2: number;
    step3: number;
    total: number;
  }>(
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

export type InitiativeReachedStep3 = {
  id: number;
  title: string;
  stepChangedOn: string;
  status: 'active' | 'paused' | 'finished';
  owners: string[];
};

/**
 * The initiatives now in step 3 that moved there after `after` (exclusive; null: ever) and on or before `upTo`, by
 * the date they moved: what a dialogue meeting lists as reached since the previous one. Each date belongs to one
 * meeting's span, so an initiative is listed at exactly one meeting.
 */
export async function initiativesReachedStep3(
  db: DbOrTx,
  actor: Actor | null,
  span: { after: string | null; upTo: string },
): Promise<InitiativeReachedStep3[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  return queryRows<InitiativeReachedStep3>(
    db,
    sql`
      select i.id, i.title, i.step_changed_on::text as "stepChangedOn", i.status::text as status,
             coalesce((select array_agg(o.name order by o.name) from initiative_owners io join organisations o on o.id = io.organisation_id
                        where io.initiative_id = i.id), '{}') as owners
      from initiatives i
      where i.step = 3
        and i.step_changed_on <= ${span.upTo}::date
        and (${span.after}::date is null or i.step_changed_on > ${span.after}::date)
      order by i.step_changed_on, i.title`,
  );
}

export type InitiativeCitation = {
  id: number;
  title: string;
  step: number;
  status: 'active' | 'paused' | 'finished';
  owners: string[];
};

/** The initiatives a report cites, as they are now: title, step and owners. Unknown ids are left out. */
export async function citedInitiatives(db: DbOrTx, actor: Actor | null, ids: number[]): Promise<InitiativeCitation[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const wanted = [...new Set(ids)];
  if (!wanted.length) return [];
  return queryRows<InitiativeCitation>(
    db,
    sql`
      select i.id, i.title, i.step, i.status::text as status,
             coalesce((select array_agg(o.name order by o.name) from initiative_owners io join organisations o on o.id = io.organisation_id
                        where io.initiative_id = i.id), '{}') as owners
      from initiatives i
      where i.id = any(${sql`array[${sql.join(
        wanted.map((id) => sql`${id}`),
        sql`, `,
      )}]::int[]`})
      order by i.title`,
  );
}
