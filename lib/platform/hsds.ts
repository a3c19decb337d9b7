// The directory in Open Referral's Human Services Data Specification (HSDS 3.x) shape, for exchange with other
// directories: services, organisations and the paginated envelope of the HSDS API (total_items, total_pages,
// page_number, size, first_page, last_page, empty, contents). Public entries for anyone; all for signed-in staff.
//
// How ours maps: status active → "active", paused → "temporarily closed", ended → "inactive"; verified →
// assured_date (who verified stays here: the assurer's e-mail is a person's and is not published); updated →
// last_modified; valid from/to and the schedule in words → one schedule; languages the staff speak → languages
// (ISO 639-3 code), languages through an interpreter → interpretation_services (HSDS keeps them apart too);
// categories, target groups, children/adults and referral → attributes with taxonomy terms of our own taxonomies.
import { createHash } from 'node:crypto';
import { asc, exists, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { organisations, services } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { MessageKey } from '@/lib/i18n';
import { countServices, loadServices, type DirectoryFilters, type ServiceView } from './services';
import { categoryName, municipalityNames, serviceLanguageCodes } from './vocabulary';

export const HSDS_VERSION = '3.1';
const TAXONOMY = {
  category: 'halland-psykosocialt-stod',
  targetGroup: 'halland-malgrupper',
  ageGroup: 'halland-aldersgrupper',
  referral: 'halland-remiss',
} as const;

const hsdsStatus = { active: 'active', paused: 'temporarily closed', ended: 'inactive' } as const;

const targetGroupNames: Record<string, string> = {
  refugees: 'Flyktingar',
  newly_arrived: 'Nyanlända',
  asylum_seekers: 'Asylsökande',
  quota_refugees: 'Kvotflyktingar',
  relatives_of_newly_arrived: 'Anhöriga till nyanlända',
  undocumented: 'Tillståndslösa',
};
const organisationKindNames = {
  municipality: 'Kommun',
  agency: 'Myndighet',
  region: 'Region',
  ngo: 'Idéburen organisation',
} as const;

/** HSDS wants UUIDs everywhere; ours are serial for organisations and absent for terms: derive stable ones (v5 layout). */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`hsds:halland:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const organisationUuid = (organisationId: number) => stableUuid(`organisation:${organisationId}`);

/** Query parameters of the list endpoints. Messages are keys: the route answers 400 with the plain sentence. */
const wholeNumber = (message: MessageKey, min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,6}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message))
    .optional();

export const hsdsListQuery = z.object({
  page: wholeNumber('platform.hsds.badPage', 1, 1_000_000).default(1),
  per_page: wholeNumber('platform.hsds.badPage', 1, 100).default(50),
  modified_after: z
    .union(
      [z.iso.date('platform.hsds.badDate'), z.iso.datetime({ offset: true, error: 'platform.hsds.badDate' })],
      'platform.hsds.badDate',
    )
    .optional()
    .transform((value) => (value ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : undefined))
    .refine((value) => value === undefined || !Number.isNaN(value.getTime()), 'platform.hsds.badDate'),
  search: z.string().max(100, 'platform.hsds.badSearch').optional(),
});
export type HsdsListQuery = z.output<typeof hsdsListQuery>;

export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

function page<T>(contents: T[], totalItems: number, pageNumber: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Anonymous readers get public entries only; any signed-in role gets all. */
function visibility(actor: Actor | null): Pick<DirectoryFilters, 'publicOnly'> {
  return actor ? {} : { publicOnly: true };
}

const dateOnly = (moment: Date | null) => (moment ? moment.toISOString().slice(0, 10) : undefined);

function term(taxonomy: string, code: string, name: string, description: string) {
  return { id: stableUuid(`term:${taxonomy}:${code}`), code, name, description, taxonomy, language: 'sv' };
}

function attribute(
  serviceId: string,
  taxonomy: string,
  code: string,
  name: string,
  description: string,
  value?: string,
) {
  const taxonomyTerm = term(taxonomy, code, name, description);
  return {
    id: stableUuid(`attribute:${serviceId}:${taxonomy}:${code}`),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: taxonomyTerm.id,
    ...(value === undefined ? {} : { value }),
    taxonomy_term: taxonomyTerm,
  };
}

export function hsdsOrganization(organisation: { id: number; name: string; kind: keyof typeof organisationKindNames }) {
  return {
    id: organisationUuid(organisation.id),
    name: organisation.name,
    description: `${organisationKindNames[organisation.kind]} i Halland`,
  };
}

/** One service, fully nested (GET /services/{id}); the list endpoint gives the same shape. */
export function hsdsService(service: ServiceView) {
  const staffLanguages = service.languages.filter((language) => language.mode === 'staff');
  const interpreted = service.languages.filter((language) => language.mode === 'interpreter');
  const organization = hsdsOrganization({
    id: service.organisationId,
    name: service.organisationName,
    kind: service.organisationKind,
  });
  const schedule = {
    id: stableUuid(`schedule:${service.id}`),
    service_id: service.id,
    ...(service.validFrom ? { valid_from: service.validFrom } : {}),
    ...(service.validTo ? { valid_to: service.validTo } : {}),
    ...(service.scheduleDescription ? { description: service.scheduleDescription } : {}),
  };
  const ageGroups = [service.forChildren && 'children', service.forAdults && 'adults'].filter(Boolean) as string[];
  return {
    id: service.id,
    organization_id: organization.id,
    name: service.name,
    description: service.description,
    ...(service.url ? { url: service.url } : {}),
    ...(service.email ? { email: service.email } : {}),
    status: hsdsStatus[service.status],
    ...(interpreted.length
      ? {
          interpretation_services: `Tolk: ${interpreted.map((language) => serviceLanguageCodes[language.code].sv).join(', ')}`,
        }
      : {}),
    ...(service.applicationProcess ? { application_process: service.applicationProcess } : {}),
    eligibility_description: [
      service.targetGroups.map((group) => targetGroupNames[group]).join(', '),
      ageGroups.map((group) => (group === 'children' ? 'barn' : 'vuxna')).join(' och '),
    ].join('; '),
    ...(service.verifiedAt ? { assured_date: dateOnly(service.verifiedAt) } : {}),
    last_modified: service.updatedAt.toISOString(),
    phones: service.phone
      ? [{ id: stableUuid(`phone:${service.id}`), service_id: service.id, number: service.phone }]
      : [],
    schedules: schedule.valid_from || schedule.valid_to || schedule.description ? [schedule] : [],
    service_at_locations: service.locations.map((location) => ({
      id: stableUuid(`service_at_location:${location.id}`),
      service_id: service.id,
      location_id: location.id,
      location: {
        id: location.id,
        location_type: 'physical',
        name: location.address
          ? `${location.address}, ${municipalityNames[location.municipality]}`
          : municipalityNames[location.municipality],
        addresses:
          location.address && location.postalCode
            ? [
                {
                  id: stableUuid(`address:${location.id}`),
                  location_id: location.id,
                  address_1: location.address,
                  city: municipalityNames[location.municipality],
                  state_province: 'Hallands län',
                  postal_code: location.postalCode,
                  country: 'SE',
                  address_type: 'physical',
                },
              ]
            : [],
      },
    })),
    languages: staffLanguages.map((language) => ({
      id: language.id,
      service_id: service.id,
      name: serviceLanguageCodes[language.code].en,
      code: language.code,
      note: 'Talas av personalen',
    })),
    organization,
    attributes: [
      ...service.categories.map((category) =>
        attribute(
          service.id,
          TAXONOMY.category,
          category.code,
          categoryName(category.names, 'sv'),
          categoryName(category.names, 'en'),
        ),
      ),
      ...service.targetGroups.map((group) =>
        attribute(service.id, TAXONOMY.targetGroup, group, targetGroupNames[group], 'Målgrupp i strategin'),
      ),
      ...ageGroups.map((group) =>
        attribute(service.id, TAXONOMY.ageGroup, group, group === 'children' ? 'Barn' : 'Vuxna', 'Åldersgrupp'),
      ),
      attribute(
        service.id,
        TAXONOMY.referral,
        'referral-required',
        'Remiss behövs',
        'Om en remiss eller hänvisning behövs',
        String(service.referralRequired),
      ),
    ],
  };
}
export type HsdsService = ReturnType<typeof hsdsService>;

export async function hsdsServicePage(
  db: DbOrTx,
  actor: Actor | null,
  query: HsdsListQuery,
): Promise<HsdsPage<HsdsService>> {
  const filters: DirectoryFilters = {
    ...visibility(actor),
    modifiedAfter: query.modified_after,
    search: query.search?.trim() || undefined,
  };
  const [total, entries] = await Promise.all([
    countServices(db, filters),
    loadServices(db, filters, { offset: (query.page - 1) * query.per_page, limit: query.per_page }),
  ]);
  return page(entries.map(hsdsService), total, query.page, query.per_page);
}

/** One service; a non-public one does not exist for an anonymous reader. Null when absent. */
export async function hsdsServiceById(db: DbOrTx, actor: Actor | null, serviceId: string): Promise<HsdsService | null> {
  if (!z.uuid().safeParse(serviceId).success) return null;
  const [service] = await loadServices(db, { ...visibility(actor), ids: [serviceId] });
  return service ? hsdsService(service) : null;
}

/** Organisations: all for signed-in staff, those with a public entry for anyone else. */
export async function hsdsOrganizationPage(db: DbOrTx, actor: Actor | null, query: HsdsListQuery) {
  const where = [];
  if (!actor)
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(services)
          .where(sql`${services.organisationId} = ${organisations.id} and ${services.isPublic}`),
      ),
    );
  if (query.search?.trim())
    where.push(sql`${organisations.name} ilike ${`%${query.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const condition = where.length ? sql.join(where, sql` and `) : undefined;
  const [{ count }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(organisations)
    .where(condition);
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(condition)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .offset((query.page - 1) * query.per_page)
    .limit(query.per_page);
  return page(rows.map(hsdsOrganization), count, query.page, query.per_page);
}
