// One-time invitation links for actor staff. The token is random and shown once (in the downloaded list); only its
// SHA-256 is kept. DESIGN.md rule 2: using a link and storing the answer happen in one transaction, and the answer
// keeps no link to the token. There is deliberately no time of use.
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type DbOrTx } from '@/db/client';
import { invitations, organisations, rounds } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireOrganisation, requireRole, type Actor, type Role } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { env } from '@/lib/env';
import { toCsv } from '@/lib/export/spreadsheet';
import { exportFileName } from '@/lib/export/file-name';
import { swedish } from '@/lib/analytics/labels';
import { aggregateInvitations } from '@/lib/counts/aggregate';
import { publishResponseRates, scopeOf, type ResponseRate } from '@/lib/analytics/dashboard';

export const MAX_INVITATIONS_PER_REQUEST = 500;

/** Who makes links and sees response rates: strategists for every organisation, coordinators for their own. */
const INVITERS: Role[] = ['strategist', 'coordinator'];

export function mayInvite(actor: Actor): boolean {
  return INVITERS.includes(actor.role);
}

/** The organisations this actor may make links for, as the form offers them (createInvitations checks again). */
export async function invitableOrganisations(db: DbOrTx, actor: Actor | null): Promise<{ id: number; name: string }[]> {
  const inviter = requireRole(actor, ...INVITERS);
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inviter.role === 'strategist' ? undefined : eq(organisations.id, inviter.organisationId ?? -1))
    .orderBy(asc(organisations.name));
}

export const createInvitationsInput = z.object({
  roundId: z.coerce.number().int().positive(),
  organisationId: z.coerce
    .number('invitations.organisationRequired')
    .int()
    .positive('invitations.organisationRequired'),
  count: z.coerce
    .number('invitations.countInvalid')
    .int('invitations.countInvalid')
    .min(1, 'invitations.countInvalid')
    .max(MAX_INVITATIONS_PER_REQUEST, 'invitations.countTooLarge'),
});

export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type CreatedInvitations = { roundName: string; roundSlug: string; organisationName: string; tokens: string[] };

/**
 * Makes `count` links for one organisation and an open or draft round. A strategist may do it for any organisation,
 * a coordinator only for their own. The tokens are returned once and never stored.
 */
export async function createInvitations(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof createInvitationsInput>,
): Promise<Result<CreatedInvitations>> {
  requireRole(actor, ...INVITERS);
  requireOrganisation(actor, input.organisationId);
  return db.transaction(async (tx) => {
    const [round] = await tx
      .select({ name: rounds.name, slug: rounds.slug, status: rounds.status })
      .from(rounds)
      .where(eq(rounds.id, input.roundId));
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!round || !organisation) throw new NotFound();
    if (round.status === 'closed') return fail('invitations.roundClosed');
    const tokens = Array.from({ length: input.count }, newInvitationToken);
    await tx.insert(invitations).values(
      tokens.map((token) => ({
        roundId: input.roundId,
        organisationId: input.organisationId,
        tokenHash: hashInvitationToken(token),
        createdByUserId: actor.userId,
      })),
    );
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'invitations.create',
      targetType: 'round',
      targetId: input.roundId,
      outcome: 'ok',
      details: { organisationId: input.organisationId, count: input.count },
    });
    return ok({ roundName: round.name, roundSlug: round.slug, organisationName: organisation.name, tokens });
  });
}

/** The dashboards' response rate of one organisation, as the invitations page lists it. */
export type OrganisationResponseRate = { organisationId: number; organisationName: string; made: number } & Pick<
  ResponseRate,
  'used' | 'rate'
>;
export type ResponseRates = {
  byOrganisation: OrganisationResponseRate[];
  total: { made: number; used: number | null };
};

/**
 * Links used / links made per organisation for a round, and in all. A strategist sees every organisation that was
 * sent links, a coordinator only their own. Links used count respondents: they are suppressed exactly as on the
 * dashboards (the same function), so "10 made / 4 used / 40 %" shows "för få" like the dashboards do.
 */
export async function responseRatesByOrganisation(
  db: DbOrTx,
  actor: Actor | null,
  roundId: number,
): Promise<ResponseRates> {
  const asker = requireRole(actor, ...INVITERS);
  const scope = scopeOf(asker);
  const [[round], counts, names] = await Promise.all([
    db.select({ minGroupSize: rounds.minGroupSize }).from(rounds).where(eq(rounds.id, roundId)),
    aggregateInvitations(db, roundId),
    db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)),
  ]);
  if (!round) throw new NotFound();
  const rateOf = publishResponseRates(counts, scope, round.minGroupSize);
  const byOrganisation = names
    .filter((o) => scope.kind === 'region' || o.id === scope.organisationId)
    .map((o) => rateOf({ breakdown: 'organisation', key: String(o.id), name: o.name, parentKey: null }))
    .filter((rate) => rate.invitations > 0)
    .map((rate) => ({
      organisationId: Number(rate.key),
      organisationName: rate.name!,
      made: rate.invitations,
      used: rate.used,
      rate: rate.rate,
    }));
  // A coordinator's total is their own organisation's row; a strategist's is the region's.
  const overall =
    scope.kind === 'region' ? rateOf({ breakdown: 'overall', key: 'all', name: null, parentKey: null }) : null;
  const total = overall
    ? { made: overall.invitations, used: overall.used }
    : { made: byOrganisation[0]?.made ?? 0, used: byOrganisation[0]?.used ?? null };
  return { byOrganisation, total };
}

export type InvitationCheck =
  | { ok: true; roundId: number; roundName: string; organisationId: number; organisationName: string }
  | {
      ok: false;
      error: 'invitations.unknown' | 'invitations.used' | 'invitations.expired' | 'invitations.roundNotOpen';
    };

/** What a link leads to, for the answer page; anyone holding the token may ask. Reads only, marks nothing. */
export async function checkInvitation(db: DbOrTx, token: string): Promise<InvitationCheck> {
  const [row] = await db
    .select({
      used: invitations.used,
      expired: sql<boolean>`coalesce(${invitations.expiresAt} <= now(), false)`,
      roundId: rounds.id,
      roundName: rounds.name,
      roundStatus: rounds.status,
      organisationId: organisations.id,
      organisationName: organisations.name,
    })
    .from(invitations)
    .innerJoin(rounds, eq(rounds.id, invitations.roundId))
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  if (!row) return { ok: false, error: 'invitations.unknown' };
  if (row.used) return { ok: false, error: 'invitations.used' };
  if (row.expired) return { ok: false, error: 'invitations.expired' };
  if (row.roundStatus !== 'open') return { ok: false, error: 'invitations.roundNotOpen' };
  const { roundId, roundName, organisationId, organisationName } = row;
  return { ok: true, roundId, roundName, organisationId, organisationName };
}

/**
 * Marks a link used, inside the caller's transaction, if it is unused, unexpired and its round open. Exactly one
 * of two simultaneous callers gets the row back (the UPDATE takes the row lock; the loser sees used = true).
 */
export async function useInvitation(
  tx: DbOrTx,
  token: string,
): Promise<{ roundId: number; organisationId: number } | null> {
  const [row] = await tx
    .update(invitations)
    .set({ used: true })
    .where(
      and(
        eq(invitations.tokenHash, hashInvitationToken(token)),
        eq(invitations.used, false),
        sql`(${invitations.expiresAt} is null or ${invitations.expiresAt} > now())`,
        sql`exists (select 1 from ${rounds} where ${rounds.id} = ${invitations.roundId} and ${rounds.status} = 'open')`,
      ),
    )
    .returning({ roundId: invitations.roundId, organisationId: invitations.organisationId });
  return row ?? null;
}

/**
 * The downloadable list: one link a line, with the round and organisation beside it. Swedish Excel's format
 * (semicolons, UTF-8 with BOM, Swedish headers), so a double-click opens it in columns; shared CSV exporter.
 */
export function invitationsCsv(created: CreatedInvitations, baseUrl: string): string {
  const root = baseUrl.replace(/\/$/, '');
  return toCsv(
    {
      title: created.roundName,
      headers: [
        swedish('export.header.invitationRound'),
        swedish('export.header.organisation'),
        swedish('export.header.invitationLink'),
      ],
      rows: created.tokens.map((token) => [created.roundName, created.organisationName, `${root}/answer/${token}`]),
    },
    'semicolon',
  );
}

export type InvitationFile = { filename: string; csv: string };

/**
 * Makes the links and hands them over as a CSV file, the only time the tokens exist outside the hash. Both the making
 * and the hand-over are audit-logged. Links point at NEXTAUTH_URL, or at the origin the request came to.
 */
export async function issueInvitationFile(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof createInvitationsInput>,
  requestOrigin: string,
): Promise<Result<InvitationFile>> {
  const created = await createInvitations(db, actor, input);
  if (!created.ok) return created;
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: 'invitations.export',
    targetType: 'round',
    targetId: input.roundId,
    outcome: 'ok',
    details: { organisationId: input.organisationId, count: input.count },
  });
  return ok({
    filename: exportFileName(
      [created.value.roundSlug, swedish('export.file.invitationLinks'), created.value.organisationName],
      new Date(),
      'csv',
    ),
    csv: invitationsCsv(created.value, env().NEXTAUTH_URL ?? requestOrigin),
  });
}
