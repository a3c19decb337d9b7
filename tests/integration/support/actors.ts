// Small factories for tests of who may do what: the seeded demo accounts as Actors, a coordinator of another
// organisation, a new draft round, and a valid answer to the actor survey.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { organisations, rounds, users } from '@/db/schema';
import { demoAccounts } from '@/lib/demo/seed';
import type { Actor, Role } from '@/lib/auth/actor';
import { generateAnswers, seededRandom } from '@/lib/demo/generate-answers';
import { createSurveyModel } from '@/lib/surveys/model';
import { createRound } from '@/lib/rounds/manage';
import { latestSurvey } from '@/surveys';

export async function organisationId(db: Db, slug: string): Promise<number> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  return row.id;
}

export async function roundId(db: Db, slug: string): Promise<number> {
  const [row] = await db.select({ id: rounds.id }).from(rounds).where(eq(rounds.slug, slug));
  return row.id;
}

async function actorFor(db: Db, email: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name };
}

/** The seeded strategist (Region Halland), coordinator (Halmstad) and viewer (no organisation). */
export async function demoActors(db: Db) {
  const [strategist, coordinator, viewer] = await Promise.all(
    demoAccounts.map((account) => actorFor(db, account.email)),
  );
  return { strategist, coordinator, viewer };
}

let made = 0;
/** A new account straight in the table (no password): for a role in an organisation given by slug. */
export async function makeActor(db: Db, role: Role, organisationSlug: string | null): Promise<Actor> {
  const orgId = organisationSlug ? await organisationId(db, organisationSlug) : null;
  const email = `test-${role}-${++made}-${randomUUID().slice(0, 8)}@test.invalid`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Test ${role} ${made}`, role, organisationId: orgId })
    .returning();
  return { userId: user.id, role: user.role, organisationId: user.organisationId, name: user.name };
}

/** A draft round with both surveys, made by the strategist through the real function. */
export async function makeDraftRound(
  db: Db,
  strategist: Actor,
  overrides: { minGroupSize?: number } = {},
): Promise<number> {
  const slug = `test-round-${++made}-${randomUUID().slice(0, 6)}`;
  const result = await createRound(db, strategist, {
    name: slug,
    slug,
    opensOn: null,
    closesOn: null,
    minGroupSize: overrides.minGroupSize ?? 5,
    surveys: ['actor-followup', 'target-feedback'],
  });
  if (!result.ok) throw new Error(`could not make a round: ${result.error}`);
  return result.value.id;
}

const actorSurvey = createSurveyModel(latestSurvey('actor-followup').json);
/** A complete, valid answer to the actor follow-up, different for each seed. */
export function validActorAnswers(seed = 1): Record<string, unknown> {
  const random = seededRandom(seed);
  return generateAnswers(actorSurvey, { random, positivity: () => 0.6, freeText: () => undefined });
}

export function answerInput(seed = 1) {
  return { idempotencyKey: randomUUID(), locale: 'sv' as const, answers: validActorAnswers(seed) };
}

/**
 * The start of a session that began before now, on the database's clock (the one that stamps `sessions_valid_after`):
 * the account's sessions are made valid from a minute ago, the session began half a minute ago, so anything that ends
 * sessions from now on ends it. No sleeping, no comparing the test's clock with the database's.
 */
export async function sessionBegunEarlier(db: Db, userId: number): Promise<number> {
  await db
    .update(users)
    .set({ sessionsValidAfter: sql`now() - interval '1 minute'` })
    .where(eq(users.id, userId));
  const [{ started }] = await queryRows<{ started: number }>(
    db,
    sql`select (extract(epoch from now() - interval '30 seconds') * 1000)::float8 as started`,
  );
  return Number(started);
}
