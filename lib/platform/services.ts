// The directory of psychosocial support (the platform for joint learning). Each organisation keeps its own entries:
// its coordinators create, edit and confirm them; strategists edit any. Every signed-in role reads the directory.
// Every change is audit-logged with the fields before and after.
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import {
  organisations,
  serviceCategories,
  serviceCategoryLinks,
  serviceLanguages,
  serviceLocations,
  services,
  users,
  type OrganisationKind,
  type ServiceCategory,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { AccessDenied, NotFound, requireOrganisation, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { isStale, reviewStatus, staleMonths, type ReviewStatus } from './freshness';
import {
  languageCodes,
  municipalities,
  targetGroups,
  type Municipality,
  type ServiceLanguageCode,
  type TargetGroup,
} from './vocabulary';

export const serviceStatuses = ['active', 'paused', 'ended'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

const checked = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'guard.tooLong')
    .nullish()
    .transform((value) => value || null);
const isoDate = z
  .union([z.literal('').transform(() => null), z.iso.date('platform.dateInvalid')])
  .nullable()
  .optional()
  .transform((v) => v ?? null);
/** A form sends a repeated name as a list, a single one as a string, none as nothing. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === '' ? [] : [value].flat()), z.array(item));

/**
 * A service as the form sends it. Languages come as one select per language, `lang.<code>` = staff | interpreter |
 * '' (not offered); locations as `location.<n>.municipality|address|postalCode`: both are gathered first.
 */
export const serviceInput = z.preprocess(
  gatherNestedFields,
  z
    .object({
      organisationId: z.coerce.number().int().positive().optional(),
      name: z.string().trim().min(1, 'guard.required').max(160, 'guard.tooLong'),
      description: z.string().trim().min(1, 'guard.required').max(4000, 'guard.tooLong'),
      status: z.enum(serviceStatuses, 'platform.statusRequired'),
      validFrom: isoDate,
      validTo: isoDate,
      applicationProcess: optionalText(2000),
      referralRequired: checked,
      phone: optionalText(40).pipe(
        z
          .string()
          .regex(/^\+?[0-9 ()-]{5,30}$/, 'platform.phoneInvalid')
          .nullable(),
      ),
      email: optionalText(200).pipe(z.email('platform.emailInvalid').nullable()),
      url: optionalText(500).pipe(z.url({ protocol: /^https?$/, error: 'platform.urlInvalid' }).nullable()),
      targetGroups: list(z.enum(targetGroups, 'platform.targetGroupsRequired')).pipe(
        z.array(z.enum(targetGroups)).min(1, 'platform.targetGroupsRequired'),
      ),
      forChildren: checked,
      forAdults: checked,
      scheduleDescription: optionalText(500),
      isPublic: checked,
      categories: list(z.uuid('platform.categoriesRequired')).pipe(
        z.array(z.string()).min(1, 'platform.categoriesRequired'),
      ),
      languages: z
        .array(
          z.object({
            code: z.enum(languageCodes as [ServiceLanguageCode, ...ServiceLanguageCode[]]),
            mode: z.enum(['staff', 'interpreter']),
          }),
          'platform.languagesInvalid',
        )
        .default([]),
      locations: z
        .array(
          z.object({
            municipality: z.enum(municipalities, 'platform.municipalityRequired'),
            address: optionalText(200),
            postalCode: optionalText(10).pipe(
              z
                .string()
                .regex(/^[0-9]{3} ?[0-9]{2}$/, 'platform.postalCodeInvalid')
                .nullable(),
            ),
          }),
          'platform.locationsRequired',
        )
        .min(1, 'platform.locationsRequired')
        .max(10, 'platform.locationsRequired'),
    })
    .refine((input) => input.forChildren || input.forAdults, {
      message: 'platform.ageGroupRequired',
      path: ['ageGroups'],
    })
    .refine((input) => !input.validFrom || !input.validTo || input.validFrom <= input.validTo, {
      message: 'platform.validToBeforeFrom',
      path: ['validTo'],
    }),
);
export type ServiceInput = z.output<typeof serviceInput>;

function gatherNestedFields(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const form = value as Record<string, unknown>;
  if (Array.isArray(form.languages) || Array.isArray(form.locations)) return value; // already shaped (tests, JSON)
  const rest: Record<string, unknown> = {};
  const languages: { code: string; mode: string }[] = [];
  const locations = new Map<number, Record<string, string>>();
  for (const [key, raw] of Object.entries(form)) {
    const text = typeof raw === 'string' ? raw : '';
    const language = /^lang\.([a-z]{3})$/.exec(key);
    const location = /^location\.(\d{1,2})\.(municipality|address|postalCode)$/.exec(key);
    if (language) {
      if (text) languages.push({ code: language[1], mode: text });
    } else if (location) {
      const row = locations.get(Number(location[1])) ?? {};
      row[location[2]] = text;
      locations.set(Number(location[1]), row);
    } else rest[key] = raw;
  }
  // A location row left empty is no location; one with only an address still needs its municipality.
  const filled = [...locations.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => row.municipality || row.address || row.postalCode);
  return { ...rest, languages, locations: filled };
}

export type ServiceView = {
  id: string;
  organisationId: number;
  organisationName: string;
  organisationKind: OrganisationKind;
  name: string;
  description: string;
  status: ServiceStatus;
  validFrom: string | null;
  validTo: string | null;
  applicationProcess: string | null;
  referralRequired: boolean;
  phone: string | null;
  email: string | null;
  url: string | null;
  targetGroups: TargetGroup[];
  forChildren: boolean;
  forAdults: boolean;
  scheduleDescription: string | null;
  isPublic: boolean;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
  updatedByName: string | null;
  verifiedAt: Date | null;
  verifiedByName: string | null;
  stale: boolean;
  categories: { id: string; code: string; names: Record<string, string> }[];
  languages: { id: string; code: ServiceLanguageCode; mode: 'staff' | 'interpreter' }[];
  locations: { id: string; municipality: Municipality; address: string | null; postalCode: string | null }[];
};

export type DirectoryFilters = {
  category?: string;
  municipality?: Municipality;
  targetGroup?: TargetGroup;
  language?: ServiceLanguageCode;
  age?: 'children' | 'adults';
  search?: string;
  organisationId?: number;
  /** Only entries marked public (the public page and anonymous HSDS readers). */
  publicOnly?: boolean;
  /** Only entries changed at or after this moment (HSDS modified_after). */
  modifiedAfter?: Date;
  ids?: string[];
};

/** The directory filters from a page's search parameters; anything unknown is ignored, not an error. */
export const directoryFilterInput = z.object({
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  municipality: z.enum(municipalities).optional().catch(undefined),
  targetGroup: z.enum(targetGroups).optional().catch(undefined),
  language: z
    .enum(languageCodes as [ServiceLanguageCode, ...ServiceLanguageCode[]])
    .optional()
    .catch(undefined),
  age: z.enum(['children', 'adults']).optional().catch(undefined),
  search: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
});

function filterConditions(filters: DirectoryFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.publicOnly) where.push(eq(services.isPublic, true));
  if (filters.ids) where.push(inArray(services.id, filters.ids));
  if (filters.organisationId) where.push(eq(services.organisationId, filters.organisationId));
  if (filters.targetGroup) where.push(sql`${filters.targetGroup} = any(${services.targetGroups})`);
  if (filters.age === 'children') where.push(eq(services.forChildren, true));
  if (filters.age === 'adults') where.push(eq(services.forAdults, true));
  if (filters.modifiedAfter) where.push(sql`${services.updatedAt} >= ${filters.modifiedAfter.toISOString()}`);
  if (filters.search) {
    const pattern = `%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(ilike(services.name, pattern), ilike(services.description, pattern), ilike(organisations.name, pattern))!,
    );
  }
  if (filters.municipality) {
    where.push(
      sql`exists (select 1 from ${serviceLocations} where ${serviceLocations.serviceId} = ${services.id} and ${serviceLocations.municipality} = ${filters.municipality})`,
    );
  }
  if (filters.language) {
    where.push(
      sql`exists (select 1 from ${serviceLanguages} where ${serviceLanguages.serviceId} = ${services.id} and ${serviceLanguages.code} = ${filters.language})`,
    );
  }
  if (filters.category) {
    where.push(
      sql`exists (select 1 from ${serviceCategoryLinks} join ${serviceCategories} on ${serviceCategories.id} = ${serviceCategoryLinks.categoryId}
                  where ${serviceCategoryLinks.serviceId} = ${services.id} and ${serviceCategories.code} = ${filters.category})`,
    );
  }
  return where;
}

/**
 * Entries with everything that belongs to them, for the directory, the dialogue meetings, the public page and the
 * HSDS API. Callers check the actor; this only reads. Ordered by organisation, then name.
 */
export async function loadServices(
  db: DbOrTx,
  filters: DirectoryFilters,
  page?: { offset: number; limit: number },
  now = new Date(),
): Promise<ServiceView[]> {
  const where = filterConditions(filters);
  const updatedBy = sql<
    string | null
  >`(select ${users.name} from ${users} where ${users.id} = ${services.updatedByUserId})`;
  const verifiedBy = sql<
    string | null
  >`(select ${users.name} from ${users} where ${users.id} = ${services.verifiedByUserId})`;
  let query = db
    .select({
      service: services,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      updatedByName: updatedBy,
      verifiedByName: verifiedBy,
    })
    .from(services)
    .innerJoin(organisations, eq(organisations.id, services.organisationId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(organisations.name), asc(services.name), asc(services.id))
    .$dynamic();
  if (page) query = query.offset(page.offset).limit(page.limit);
  const rows = await query;
  if (!rows.length) return [];
  const ids = rows.map((row) => row.service.id);
  const [categories, languages, locations] = await Promise.all([
    db
      .select({
        serviceId: serviceCategoryLinks.serviceId,
        id: serviceCategories.id,
        code: serviceCategories.code,
        names: serviceCategories.names,
      })
      .from(serviceCategoryLinks)
      .innerJoin(serviceCategories, eq(serviceCategories.id, serviceCategoryLinks.categoryId))
      .where(inArray(serviceCategoryLinks.serviceId, ids))
      .orderBy(asc(serviceCategories.code)),
    db
      .select()
      .from(serviceLanguages)
      .where(inArray(serviceLanguages.serviceId, ids))
      .orderBy(asc(serviceLanguages.code)),
    db
      .select()
      .from(serviceLocations)
      .where(inArray(serviceLocations.serviceId, ids))
      .orderBy(asc(serviceLocations.municipality), asc(serviceLocations.id)),
  ]);
  const months = staleMonths();
  return rows.map(({ service, organisationName, organisationKind, updatedByName, verifiedByName }) => ({
    id: service.id,
    organisationId: service.organisationId,
    organisationName,
    organisationKind,
    name: service.name,
    description: service.description,
    status: service.status,
    validFrom: service.validFrom,
    validTo: service.validTo,
    applicationProcess: service.applicationProcess,
    referralRequired: service.referralRequired,
    phone: service.phone,
    email: service.email,
    url: service.url,
    targetGroups: service.targetGroups as TargetGroup[],
    forChildren: service.forChildren,
    forAdults: service.forAdults,
    scheduleDescription: service.scheduleDescription,
    isPublic: service.isPublic,
    isDemo: service.isDemo,
    createdAt: service.createdAt,
    updatedAt: service.updatedAt,
    updatedByName,
    verifiedAt: service.verifiedAt,
    verifiedByName,
    stale: isStale(service.verifiedAt, now, months),
    categories: categories
      .filter((row) => row.serviceId === service.id)
      .map(({ id, code, names }) => ({ id, code, names })),
    languages: languages
      .filter((row) => row.serviceId === service.id)
      .map(({ id, code, mode }) => ({ id, code: code as ServiceLanguageCode, mode })),
    locations: locations
      .filter((row) => row.serviceId === service.id)
      .map(({ id, municipality, address, postalCode }) => ({
        id,
        municipality: municipality as Municipality,
        address,
        postalCode,
      })),
  }));
}

/** How many entries match, for paging (HSDS total_items). */
export async function countServices(db: DbOrTx, filters: DirectoryFilters): Promise<number> {
  const where = filterConditions(filters);
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(services)
    .innerJoin(organisations, eq(organisations.id, services.organisationId))
    .where(where.length ? and(...where) : undefined);
  return row.count;
}

/** The directory for signed-in staff of every organisation, filtered. */
export async function listDirectory(
  db: DbOrTx,
  actor: Actor | null,
  filters: DirectoryFilters = {},
): Promise<ServiceView[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  return loadServices(db, filters);
}

/** One entry, for any signed-in staff member. */
export async function getService(db: DbOrTx, actor: Actor | null, serviceId: string): Promise<ServiceView> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  if (!z.uuid().safeParse(serviceId).success) throw new NotFound();
  const [service] = await loadServicesByIds(db, [serviceId]);
  if (!service) throw new NotFound();
  return service;
}

function loadServicesByIds(db: DbOrTx, ids: string[]): Promise<ServiceView[]> {
  return loadServices(db, { ids });
}

/** Whether the actor may change this organisation's entries: strategists any, coordinators their own (else NotFound). */
function requireEditor(actor: Actor, organisationId: number): void {
  requireRole(actor, 'strategist', 'coordinator');
  requireOrganisation(actor, organisationId);
}

/** The entry's own fields as they are audit-logged: before and after each change. */
function auditFields(service: ServiceView | null) {
  if (!service) return null;
  return {
    name: service.name,
    description: service.description,
    status: service.status,
    validFrom: service.validFrom,
    validTo: service.validTo,
    applicationProcess: service.applicationProcess,
    referralRequired: service.referralRequired,
    phone: service.phone,
    email: service.email,
    url: service.url,
    targetGroups: service.targetGroups,
    forChildren: service.forChildren,
    forAdults: service.forAdults,
    scheduleDescription: service.scheduleDescription,
    isPublic: service.isPublic,
    categories: service.categories.map((category) => category.code).sort(),
    languages: service.languages.map((language) => `${language.code}:${language.mode}`).sort(),
    locations: service.locations.map((location) =>
      [location.municipality, location.address, location.postalCode].filter(Boolean).join(', '),
    ),
    verifiedAt: service.verifiedAt?.toISOString() ?? null,
  };
}

async function knownCategories(db: DbOrTx, ids: string[]): Promise<boolean> {
  const found = await db
    .select({ id: serviceCategories.id })
    .from(serviceCategories)
    .where(inArray(serviceCategories.id, ids));
  return found.length === new Set(ids).size;
}

async function writeRelated(tx: DbOrTx, serviceId: string, input: ServiceInput) {
  await tx.delete(serviceCategoryLinks).where(eq(serviceCategoryLinks.serviceId, serviceId));
  await tx.delete(serviceLanguages).where(eq(serviceLanguages.serviceId, serviceId));
  await tx.delete(serviceLocations).where(eq(serviceLocations.serviceId, serviceId));
  await tx
    .insert(serviceCategoryLinks)
    .values([...new Set(input.categories)].map((categoryId) => ({ serviceId, categoryId })));
  const languages = new Map(input.languages.map((language) => [language.code, language.mode]));
  if (languages.size)
    await tx.insert(serviceLanguages).values([...languages].map(([code, mode]) => ({ serviceId, code, mode })));
  await tx.insert(serviceLocations).values(input.locations.map((location) => ({ serviceId, ...location })));
}

function serviceColumns(input: ServiceInput) {
  return {
    name: input.name,
    description: input.description,
    status: input.status,
    validFrom: input.validFrom,
    validTo: input.validTo,
    applicationProcess: input.applicationProcess,
    referralRequired: input.referralRequired,
    phone: input.phone,
    email: input.email,
    url: input.url,
    targetGroups: input.targetGroups,
    forChildren: input.forChildren,
    forAdults: input.forAdults,
    scheduleDescription: input.scheduleDescription,
    isPublic: input.isPublic,
  };
}

/** A coordinator creates for their own organisation (the form's organisation is ignored); a strategist for any. */
export async function createService(db: DbOrTx, actor: Actor, input: ServiceInput): Promise<Result<{ id: string }>> {
  requireRole(actor, 'strategist', 'coordinator');
  const organisationId = actor.role === 'strategist' ? input.organisationId : (actor.organisationId ?? undefined);
  if (!organisationId) return fail('guard.checkFields', { organisationId: 'platform.organisationRequired' });
  requireEditor(actor, organisationId);
  if (!(await knownCategories(db, input.categories)))
    return fail('guard.checkFields', { categories: 'platform.categoriesRequired' });
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    if (!organisation) return fail('guard.checkFields', { organisationId: 'platform.organisationRequired' });
    const [created] = await tx
      .insert(services)
      .values({ ...serviceColumns(input), organisationId, updatedByUserId: actor.userId })
      .returning({ id: services.id });
    await writeRelated(tx, created.id, input);
    const [after] = await loadServicesByIds(tx, [created.id]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'service.create',
      targetType: 'service',
      targetId: created.id,
      outcome: 'ok',
      details: { organisationId, before: null, after: auditFields(after) },
    });
    return ok({ id: created.id });
  });
}

/** Edits an entry: its organisation's coordinators, or a strategist. It stays verified as it was: an edit is no confirmation. */
export async function updateService(
  db: DbOrTx,
  actor: Actor,
  serviceId: string,
  input: ServiceInput,
): Promise<Result<{ id: string }>> {
  requireRole(actor, 'strategist', 'coordinator');
  const before = await getService(db, actor, serviceId);
  requireEditor(actor, before.organisationId);
  if (!(await knownCategories(db, input.categories)))
    return fail('guard.checkFields', { categories: 'platform.categoriesRequired' });
  return db.transaction(async (tx) => {
    await tx
      .update(services)
      .set({ ...serviceColumns(input), updatedAt: sql`now()`, updatedByUserId: actor.userId })
      .where(eq(services.id, serviceId));
    await writeRelated(tx, serviceId, input);
    const [after] = await loadServicesByIds(tx, [serviceId]);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'service.update',
      targetType: 'service',
      targetId: serviceId,
      outcome: 'ok',
      details: { organisationId: before.organisationId, before: auditFields(before), after: auditFields(after) },
    });
    return ok({ id: serviceId });
  });
}

/**
 * "Uppgifterna stämmer": someone of the entry's own organisation (a coordinator, or a strategist who belongs to it)
 * confirms that the whole entry is right. Who and when are kept. Others' entries: coordinators get NotFound,
 * strategists of another organisation AccessDenied (they may see it, but cannot vouch for it).
 */
export async function confirmService(db: DbOrTx, actor: Actor, serviceId: string): Promise<Result<{ id: string }>> {
  requireRole(actor, 'strategist', 'coordinator');
  const before = await getService(db, actor, serviceId);
  requireOrganisation(actor, before.organisationId);
  if (actor.organisationId !== before.organisationId) throw new AccessDenied();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(services)
      .set({ verifiedAt: sql`now()`, verifiedByUserId: actor.userId })
      .where(eq(services.id, serviceId))
      .returning({ verifiedAt: services.verifiedAt });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'service.confirm',
      targetType: 'service',
      targetId: serviceId,
      outcome: 'ok',
      details: {
        organisationId: before.organisationId,
        before: { verifiedAt: before.verifiedAt?.toISOString() ?? null },
        after: { verifiedAt: row.verifiedAt?.toISOString() ?? null },
      },
    });
    return ok({ id: serviceId });
  });
}

export type OwnReviewItem = { service: ServiceView; review: ReviewStatus };

/** An organisation's entries with what happened to each since `since` (the latest dialogue meeting). */
export async function reviewOfOrganisation(
  db: DbOrTx,
  organisationId: number,
  since: Date | null,
): Promise<OwnReviewItem[]> {
  const entries = await loadServices(db, { organisationId });
  return entries.map((service) => ({ service, review: reviewStatus(service, since) }));
}

// ---- The taxonomy ----

export const categoryInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'platform.codeInvalid')
    .max(60, 'guard.tooLong'),
  nameSv: z.string().trim().min(1, 'guard.required').max(120, 'guard.tooLong'),
  nameEn: z.string().trim().min(1, 'guard.required').max(120, 'guard.tooLong'),
});

export type { ServiceCategory };

export async function listCategories(db: DbOrTx, actor: Actor | null): Promise<ServiceCategory[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  return publicCategories(db);
}

/** The categories: their names are public (the public page shows them). */
export async function publicCategories(db: DbOrTx): Promise<ServiceCategory[]> {
  return db.select().from(serviceCategories).orderBy(asc(serviceCategories.createdAt), asc(serviceCategories.code));
}

/** Strategists extend the taxonomy; a new category is named in Swedish and English (others fall back to English). */
export async function createCategory(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof categoryInput>,
): Promise<Result<{ id: string }>> {
  requireRole(actor, 'strategist');
  return db.transaction(async (tx) => {
    const names = { sv: input.nameSv, en: input.nameEn };
    const created = await tx
      .insert(serviceCategories)
      .values({ code: input.code, names, createdByUserId: actor.userId })
      .onConflictDoNothing({ target: serviceCategories.code })
      .returning({ id: serviceCategories.id });
    if (!created.length) return fail('guard.checkFields', { code: 'platform.codeTaken' });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'service_category.create',
      targetType: 'service_category',
      targetId: created[0].id,
      outcome: 'ok',
      details: { before: null, after: { code: input.code, names } },
    });
    return ok({ id: created[0].id });
  });
}

/** The public page: entries their organisation marked public and that have not ended. Anyone may read these. */
export async function listPublicServices(db: DbOrTx): Promise<ServiceView[]> {
  return (await loadServices(db, { publicOnly: true })).filter((service) => service.status !== 'ended');
}
