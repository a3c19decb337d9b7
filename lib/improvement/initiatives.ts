// Initiatives of the improvement model: owned by one or more organisations, moving through the model's three steps.
// All signed-in staff read them; the owning organisations' coordinators and every strategist change them. Every
// change is audit-logged with the fields before and after.
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type DbOrTx } from '@/db/client';
import {
  changeTests,
  initiativeOwners,
  initiatives,
  initiativeStatus,
  measures,
  organisations,
  type Initiative,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { strategyTargetGroups } from '@/lib/target-groups';

export type { Initiative };

export const initiativeStatuses = initiativeStatus.enumValues;

export const initiativeSteps = [1, 2, 3] as const;
export type InitiativeStep = (typeof initiativeSteps)[number];

/** Form fields send one value or a list; an empty field sends "". */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
const text = (max: number) => z.string().trim().max(max, 'guard.tooLong').default('');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'improvement.dateInvalid')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'improvement.dateInvalid');
const optionalDate = z.preprocess((value) => (value === '' ? undefined : value), isoDate.optional());

export const initiativeInput = z.object({
  title: z.string().trim().min(1, 'guard.required').max(200, 'guard.tooLong'),
  problem: text(4000),
  aimWhat: text(1000),
  aimHowMuch: text(500),
  aimByWhen: optionalDate,
  rootCauses: text(4000),
  targetGroups: list(z.enum(strategyTargetGroups, 'guard.invalidValue')),
  status: z.enum(initiativeStatus.enumValues, 'guard.invalidValue').default('active'),
  learnt: text(4000),
  owners: list(z.coerce.number().int().positive()),
});
export type InitiativeInput = z.output<typeof initiativeInput>;

export type InitiativeSummary = Pick<Initiative, 'id' | 'title' | 'step' | 'stepChangedOn' | 'status' | 'isDemo'> & {
  owners: string[];
  measureCount: number;
  changeTestCount: number;
};

export async function listInitiatives(db: DbOrTx, actor: Actor | null): Promise<InitiativeSummary[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      step: initiatives.step,
      stepChangedOn: initiatives.stepChangedOn,
      status: initiatives.status,
      isDemo: initiatives.isDemo,
      owners: sql<
        string[]
      >`coalesce((select array_agg(o.name order by o.name) from ${initiativeOwners} io join ${organisations} o on o.id = io.organisation_id where io.initiative_id = ${initiatives.id}), '{}')`,
      measureCount: sql<number>`(select count(*)::int from ${measures} m where m.initiative_id = ${initiatives.id})`,
      changeTestCount: sql<number>`(select count(*)::int from ${changeTests} c where c.initiative_id = ${initiatives.id})`,
    })
    .from(initiatives)
    .orderBy(asc(initiatives.step), desc(initiatives.updatedAt));
  return rows;
}

export type InitiativeDetail = Initiative & { owners: { id: number; name: string }[]; canEdit: boolean };

export async function getInitiative(db: DbOrTx, actor: Actor | null, initiativeId: number): Promise<InitiativeDetail> {
  const reader = requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const [initiative] = await db.select().from(initiatives).where(eq(initiatives.id, initiativeId));
  if (!initiative) throw new NotFound();
  const owners = await ownersOf(db, initiativeId);
  return {
    ...initiative,
    owners,
    canEdit: mayEdit(
      reader,
      owners.map((owner) => owner.id),
    ),
  };
}

/** Starting a new initiative: strategists and coordinators (the list offers it to them only). */
export function mayStartInitiative(actor: Actor): boolean {
  return actor.role === 'strategist' || actor.role === 'coordinator';
}

/** The organisations a new initiative may name as owners: any for strategists, and for a coordinator any as well,
 *  as long as their own is one of them (co-owners share the work). */
export function mayEdit(actor: Actor, ownerIds: number[]): boolean {
  if (actor.role === 'strategist') return true;
  return actor.role === 'coordinator' && actor.organisationId !== null && ownerIds.includes(actor.organisationId);
}

/** The editor of an initiative, or: viewers are refused, coordinators of other organisations find nothing (404). */
export async function requireInitiativeEditor(db: DbOrTx, actor: Actor | null, initiativeId: number): Promise<Actor> {
  const editor = requireRole(actor, 'strategist', 'coordinator');
  const [exists] = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .for('update');
  if (!exists) throw new NotFound();
  const owners = await ownersOf(db, initiativeId);
  if (
    !mayEdit(
      editor,
      owners.map((owner) => owner.id),
    )
  )
    throw new NotFound();
  return editor;
}

async function ownersOf(db: DbOrTx, initiativeId: number) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(initiativeOwners)
    .innerJoin(organisations, eq(organisations.id, initiativeOwners.organisationId))
    .where(eq(initiativeOwners.initiativeId, initiativeId))
    .orderBy(asc(organisations.name));
}

/** A coordinator's initiative always keeps their own organisation among its owners; at least one owner always. */
async function checkOwners(db: DbOrTx, actor: Actor, owners: number[]): Promise<Result<number[]>> {
  const wanted = [...new Set(actor.role === 'coordinator' && owners.length === 0 ? [actor.organisationId!] : owners)];
  if (!wanted.length) return fail('guard.checkFields', { owners: 'improvement.ownersRequired' });
  if (actor.role === 'coordinator' && !wanted.includes(actor.organisationId!)) {
    return fail('guard.checkFields', { owners: 'improvement.ownersMustIncludeOwn' });
  }
  const known = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, wanted));
  if (known.length !== wanted.length) return fail('guard.checkFields', { owners: 'guard.invalidValue' });
  return ok(wanted);
}

function aimDateInOrder(input: InitiativeInput, today: string): Result<null> {
  // An aim's "by when" lies ahead when it is set; a date already past is almost always a typing error.
  if (input.aimByWhen && input.aimByWhen < today)
    return fail('guard.checkFields', { aimByWhen: 'improvement.aimInPast' });
  return ok(null);
}

async function today(db: DbOrTx): Promise<string> {
  const [row] = await queryRows<{ today: string }>(db, sql`select current_date::text as today`);
  return row.today;
}

function fieldsOf(input: InitiativeInput) {
  const { owners: _owners, aimByWhen, ...rest } = input;
  return { ...rest, aimByWhen: aimByWhen ?? null };
}

export async function createInitiative(
  db: DbOrTx,
  actor: Actor | null,
  input: InitiativeInput,
): Promise<Result<{ id: number }>> {
  const editor = requireRole(actor, 'strategist', 'coordinator');
  return db.transaction(async (tx) => {
    const owners = await checkOwners(tx, editor, input.owners);
    if (!owners.ok) return owners;
    const dates = aimDateInOrder(input, await today(tx));
    if (!dates.ok) return dates;
    const [created] = await tx
      .insert(initiatives)
      .values({ ...fieldsOf(input), step: 1, stepChangedOn: sql`current_date` })
      .returning({ id: initiatives.id });
    await tx
      .insert(initiativeOwners)
      .values(owners.value.map((organisationId) => ({ initiativeId: created.id, organisationId })));
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'initiative.create',
      targetType: 'initiative',
      targetId: created.id,
      outcome: 'ok',
      details: { after: { ...fieldsOf(input), owners: owners.value } },
    });
    return ok(created);
  });
}

export async function updateInitiative(
  db: DbOrTx,
  actor: Actor | null,
  initiativeId: number,
  input: InitiativeInput,
): Promise<Result<{ id: number }>> {
  return db.transaction(async (tx) => {
    const editor = await requireInitiativeEditor(tx, actor, initiativeId);
    const owners = await checkOwners(tx, editor, input.owners);
    if (!owners.ok) return owners;
    const [before] = await tx.select().from(initiatives).where(eq(initiatives.id, initiativeId));
    const ownersBefore = (await ownersOf(tx, initiativeId)).map((owner) => owner.id);
    if (input.aimByWhen !== before.aimByWhen) {
      const dates = aimDateInOrder(input, await today(tx));
      if (!dates.ok) return dates;
    }
    await tx
      .update(initiatives)
      .set({ ...fieldsOf(input), updatedAt: sql`now()` })
      .where(eq(initiatives.id, initiativeId));
    await tx.delete(initiativeOwners).where(eq(initiativeOwners.initiativeId, initiativeId));
    await tx.insert(initiativeOwners).values(owners.value.map((organisationId) => ({ initiativeId, organisationId })));
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'initiative.update',
      targetType: 'initiative',
      targetId: initiativeId,
      outcome: 'ok',
      details: {
        before: { ...pickFields(before), owners: ownersBefore },
        after: { ...fieldsOf(input), owners: owners.value },
      },
    });
    return ok({ id: initiativeId });
  });
}

function pickFields(row: Initiative) {
  const { title, problem, aimWhat, aimHowMuch, aimByWhen, rootCauses, targetGroups, status, learnt } = row;
  return { title, problem, aimWhat, aimHowMuch, aimByWhen, rootCauses, targetGroups, status, learnt };
}

export const stepInput = z.object({
  step: z.coerce.number().pipe(
    z.union(
      initiativeSteps.map((step) => z.literal(step)),
      'guard.invalidValue',
    ),
  ),
});

/** Moves an initiative to another step of the model, dated today (the database's date). */
export async function moveInitiativeStep(
  db: DbOrTx,
  actor: Actor | null,
  initiativeId: number,
  step: InitiativeStep,
): Promise<Result<{ id: number }>> {
  return db.transaction(async (tx) => {
    const editor = await requireInitiativeEditor(tx, actor, initiativeId);
    const [before] = await tx
      .select({ step: initiatives.step })
      .from(initiatives)
      .where(eq(initiatives.id, initiativeId));
    if (before.step === step) return fail('guard.checkFields', { step: 'improvement.stepUnchanged' });
    await tx
      .update(initiatives)
      .set({ step, stepChangedOn: sql`current_date`, updatedAt: sql`now()` })
      .where(eq(initiatives.id, initiativeId));
    await recordAudit(tx, {
      actorUserId: editor.userId,
      action: 'initiative.step',
      targetType: 'initiative',
      targetId: initiativeId,
      outcome: 'ok',
      details: { before: { step: before.step }, after: { step } },
    });
    return ok({ id: initiativeId });
  });
}
