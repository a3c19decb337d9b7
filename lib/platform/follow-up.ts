// What the platform actually holds, per kind of actor, for the dashboards and the decision report to put beside
// what the actors say about it (awareness and usefulness of the platform). Counted in SQL. These count directory
// entries, not respondents, so they need no small-group suppression.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { organisationKind, type OrganisationKind } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/actor';
import { monthsBefore, staleMonths } from './freshness';

export type PlatformKindFigures = {
  /** 'overall' for the whole region. */
  kind: 'overall' | OrganisationKind;
  /** Entries not ended. */
  listed: number;
  organisations: number;
  verified: number;
  /** verified / listed; null when nothing is listed. */
  verifiedShare: number | null;
};

export type PlatformFigures = { months: number; asOf: string; byKind: PlatformKindFigures[] };

export async function platformFigures(db: DbOrTx, actor: Actor | null, now = new Date()): Promise<PlatformFigures> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const months = staleMonths();
  const cutoff = monthsBefore(now, months).toISOString();
  const rows = await queryRows<{ kind: string | null; listed: number; organisations: number; verified: number }>(
    db,
    sql`select o.kind::text as kind,
               count(s.id)::int as listed,
               count(distinct s.organisation_id)::int as organisations,
               count(s.id) filter (where s.verified_at >= ${cutoff}::timestamptz)::int as verified
          from services s join organisations o on o.id = s.organisation_id
         where s.status <> 'ended'
         group by grouping sets ((o.kind), ())`,
  );
  const kinds = ['overall', ...organisationKind.enumValues] as const;
  const byKind = kinds.map((kind) => {
    const row = rows.find((candidate) => (candidate.kind ?? 'overall') === kind) ?? {
      listed: 0,
      organisations: 0,
      verified: 0,
    };
    return {
      kind,
      listed: row.listed,
      organisations: row.organisations,
      verified: row.verified,
      verifiedShare: row.listed ? row.verified / row.listed : null,
    };
  });
  return { months, asOf: now.toISOString().slice(0, 10), byKind };
}
