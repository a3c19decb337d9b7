// The platform for joint learning: each organisation keeps its own entries, every change is audit-logged with the
// fields before and after, "updated" is not "verified", the directory filters, dialogue meetings show what was
// reviewed, and the HSDS read API's output validates against the HSDS 3 schema subset in tests/support/hsds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '@/db/client';
import { auditLog, serviceCategories } from '@/db/schema';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { validationFailure } from '@/lib/result';
import { createMeeting, meetingInput, meetingReview, ownToDo } from '@/lib/platform/dialogue';
import { platformFigures } from '@/lib/platform/follow-up';
import { hsdsListQuery, hsdsOrganizationPage, hsdsServiceById, hsdsServicePage } from '@/lib/platform/hsds';
import {
  confirmService,
  createCategory,
  createService,
  getService,
  listDirectory,
  serviceInput,
  updateService,
  type ServiceInput,
} from '@/lib/platform/services';
import { demoActors, makeActor, organisationId } from './support/actors';
import { openTestDatabase } from './support/test-database';

const schemaDir = path.join(process.cwd(), 'tests/support/hsds');
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateService = ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, 'service.schema.json'), 'utf8')));
const validatePage = ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, 'page.schema.json'), 'utf8')));
const validateOrganization = ajv.compile(
  JSON.parse(readFileSync(path.join(schemaDir, 'organization.schema.json'), 'utf8')),
);

let database: DatabaseHandle;
let db: Db;
let strategist: Actor;
let coordinator: Actor;
let viewer: Actor;
let varbergCoordinator: Actor;
let categoryIds: Record<string, string>;
let halmstad: number;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  ({ strategist, coordinator, viewer } = await demoActors(db));
  varbergCoordinator = await makeActor(db, 'coordinator', 'varberg');
  categoryIds = Object.fromEntries((await db.select().from(serviceCategories)).map((row) => [row.code, row.id]));
  halmstad = await organisationId(db, 'halmstad');
});
afterAll(() => database.close());

let made = 0;
function entry(overrides: Partial<ServiceInput> = {}): ServiceInput {
  return serviceInput.parse({
    name: `Samtalsgrupp ${++made}`,
    description: 'Samtal om stress och sömn.',
    status: 'active',
    targetGroups: ['newly_arrived'],
    forAdults: 'on',
    categories: [categoryIds['stress-reducing']],
    languages: [
      { code: 'ara', mode: 'staff' },
      { code: 'tir', mode: 'interpreter' },
    ],
    locations: [{ municipality: 'halmstad', address: 'Storgatan 1', postalCode: '302 50' }],
    phone: '035-13 70 00',
    email: 'stod@example.se',
    url: 'https://example.se/stod',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    scheduleDescription: 'Tisdagar 13–15',
    applicationProcess: 'Kom förbi.',
    ...overrides,
  });
}

async function lastAudit(action: string, targetId: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

async function created(actor: Actor, input: ServiceInput): Promise<string> {
  const result = await createService(db, actor, input);
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.value.id;
}

describe('each organisation keeps its own entries', () => {
  it('a coordinator creates for their own organisation whatever the form says, audit-logged with the fields after', async () => {
    const id = await created(coordinator, entry({ organisationId: await organisationId(db, 'varberg') }));
    const service = await getService(db, viewer, id);
    expect(service.organisationId).toBe(halmstad);
    expect(service.verifiedAt).toBeNull();
    expect(service.stale).toBe(true);
    const audit = await lastAudit('service.create', id);
    expect(audit.actorUserId).toBe(coordinator.userId);
    expect(audit.details).toMatchObject({
      before: null,
      after: { name: service.name, languages: ['ara:staff', 'tir:interpreter'] },
    });
  });

  it('a coordinator of another organisation cannot edit or confirm it: it looks absent (404)', async () => {
    const id = await created(coordinator, entry());
    await expect(updateService(db, varbergCoordinator, id, entry())).rejects.toBeInstanceOf(NotFound);
    await expect(confirmService(db, varbergCoordinator, id)).rejects.toBeInstanceOf(NotFound);
    await expect(updateService(db, viewer, id, entry())).rejects.toBeInstanceOf(AccessDenied);
  });

  it('a strategist edits any entry (before and after logged) but cannot vouch for another organisation', async () => {
    const id = await created(coordinator, entry({ name: 'Före' }));
    const result = await updateService(db, strategist, id, entry({ name: 'Efter', status: 'paused' }));
    expect(result.ok).toBe(true);
    const audit = await lastAudit('service.update', id);
    expect(audit.details).toMatchObject({
      before: { name: 'Före', status: 'active' },
      after: { name: 'Efter', status: 'paused' },
    });
    await expect(confirmService(db, strategist, id)).rejects.toBeInstanceOf(AccessDenied);
  });

  it('updated is not verified: confirming records who and when; a later edit keeps that but is not confirmed', async () => {
    const id = await created(coordinator, entry());
    expect((await confirmService(db, coordinator, id)).ok).toBe(true);
    const confirmed = await getService(db, viewer, id);
    expect(confirmed.verifiedAt).not.toBeNull();
    expect(confirmed.verifiedByName).toBe(coordinator.name);
    expect(confirmed.stale).toBe(false);
    const audit = await lastAudit('service.confirm', id);
    expect(audit.details).toMatchObject({
      before: { verifiedAt: null },
      after: { verifiedAt: confirmed.verifiedAt!.toISOString() },
    });

    await updateService(db, coordinator, id, entry({ description: 'Ny text' }));
    const edited = await getService(db, viewer, id);
    expect(edited.verifiedAt!.getTime()).toBe(confirmed.verifiedAt!.getTime());
    expect(edited.updatedAt.getTime()).toBeGreaterThan(confirmed.verifiedAt!.getTime());
  });

  it('strategists extend the taxonomy; others cannot', async () => {
    const result = await createCategory(db, strategist, {
      code: 'sport-och-rorelse',
      nameSv: 'Idrott och rörelse',
      nameEn: 'Sport and exercise',
    });
    expect(result.ok).toBe(true);
    expect(await createCategory(db, strategist, { code: 'sport-och-rorelse', nameSv: 'X', nameEn: 'X' })).toMatchObject(
      { ok: false, fieldErrors: { code: 'platform.codeTaken' } },
    );
    await expect(createCategory(db, coordinator, { code: 'x', nameSv: 'X', nameEn: 'X' })).rejects.toBeInstanceOf(
      AccessDenied,
    );
  });
});

describe('bad input is refused with field errors the form translates', () => {
  it('names each wrong field', () => {
    const parsed = serviceInput.safeParse({
      name: '',
      description: 'x',
      status: 'open',
      email: 'inte-en-adress',
      url: 'javascript:alert(1)',
      phone: 'ring mig',
      validFrom: '2026-05-01',
      validTo: '2026-04-01',
      categories: [],
      locations: [],
    });
    expect(parsed.success).toBe(false);
    const failure = validationFailure(parsed.error!);
    expect(failure.fieldErrors).toMatchObject({
      name: 'guard.required',
      status: 'platform.statusRequired',
      email: 'platform.emailInvalid',
      url: 'platform.urlInvalid',
      phone: 'platform.phoneInvalid',
      targetGroups: 'platform.targetGroupsRequired',
      categories: 'platform.categoriesRequired',
      locations: 'platform.locationsRequired',
    });
  });

  it('refuses an entry for nobody and an end before the start', () => {
    const failure = validationFailure(
      serviceInput.safeParse({ ...formFields(), forAdults: undefined, validFrom: '2026-05-01', validTo: '2026-04-01' })
        .error!,
    );
    expect(failure.fieldErrors).toMatchObject({
      ageGroups: 'platform.ageGroupRequired',
      validTo: 'platform.validToBeforeFrom',
    });
  });

  it('reads the form: one select per language, numbered location rows, empty rows dropped', () => {
    const parsed = serviceInput.parse(formFields());
    expect(parsed.languages).toEqual([
      { code: 'ara', mode: 'staff' },
      { code: 'som', mode: 'interpreter' },
    ]);
    expect(parsed.locations).toEqual([{ municipality: 'varberg', address: null, postalCode: null }]);
    expect(parsed.targetGroups).toEqual(['refugees']);
    expect(
      validationFailure(serviceInput.safeParse({ ...formFields(), 'lang.ara': 'fluent' }).error!).fieldErrors,
    ).toHaveProperty('languages');
  });
});

function formFields(): Record<string, unknown> {
  return {
    name: 'Stöd',
    description: 'Beskrivning',
    status: 'active',
    targetGroups: 'refugees',
    forAdults: 'on',
    categories: categoryIds['meeting-places'],
    'lang.ara': 'staff',
    'lang.swe': '',
    'lang.som': 'interpreter',
    'location.0.municipality': 'varberg',
    'location.0.address': '',
    'location.1.municipality': '',
    'location.1.address': '',
  };
}

describe('the directory, for signed-in staff of every organisation', () => {
  it('filters by category, municipality, target group, language, children/adults and words', async () => {
    const id = await created(
      varbergCoordinator,
      entry({
        name: 'Unik föräldragrupp',
        categories: [categoryIds['parental-support']],
        targetGroups: ['quota_refugees'],
        forChildren: true,
        forAdults: false,
        languages: [{ code: 'ukr', mode: 'staff' }],
        locations: [{ municipality: 'varberg', address: null, postalCode: null }],
      }),
    );
    const find = async (filters: Parameters<typeof listDirectory>[2]) =>
      (await listDirectory(db, viewer, filters)).map((service) => service.id);
    expect(await find({ category: 'parental-support' })).toContain(id);
    expect(await find({ category: 'health-talks' })).not.toContain(id);
    expect(await find({ municipality: 'varberg' })).toContain(id);
    expect(await find({ municipality: 'laholm' })).not.toContain(id);
    expect(await find({ targetGroup: 'quota_refugees' })).toContain(id);
    expect(await find({ targetGroup: 'undocumented' })).not.toContain(id);
    expect(await find({ language: 'ukr' })).toContain(id);
    expect(await find({ language: 'som' })).not.toContain(id);
    expect(await find({ age: 'children' })).toContain(id);
    expect(await find({ age: 'adults' })).not.toContain(id);
    expect(await find({ search: 'unik FÖRÄLDRA' })).toEqual([id]);
    expect(await find({ search: '100%_' })).toEqual([]);
    await expect(listDirectory(db, null, {})).rejects.toBeInstanceOf(AccessDenied);
  });

  it('holds the demo entries, marked as demo, some of them stale', async () => {
    const all = await listDirectory(db, viewer, {});
    const demo = all.filter((service) => service.isDemo);
    expect(demo.length).toBeGreaterThanOrEqual(5);
    expect(demo.every((service) => service.name.startsWith('Demo:'))).toBe(true);
    expect(demo.some((service) => service.stale)).toBe(true);
    expect(demo.some((service) => !service.stale)).toBe(true);
  });
});

describe('dialogue meetings and the review before them', () => {
  it('a strategist records one; the review shows per organisation what happened since the previous meeting', async () => {
    await expect(
      createMeeting(
        db,
        coordinator,
        meetingInput.parse({ heldOn: '2026-01-01', theme: 'X', organisationIds: [halmstad] }),
      ),
    ).rejects.toBeInstanceOf(AccessDenied);
    const first = await createMeeting(
      db,
      strategist,
      meetingInput.parse({ heldOn: '2020-03-01', theme: 'Vår', organisationIds: [String(halmstad)] }),
    );
    expect(first.ok).toBe(true);
    const next = await createMeeting(
      db,
      strategist,
      meetingInput.parse({
        heldOn: '2099-10-01',
        theme: 'Höst',
        notes: 'Anteckning',
        organisationIds: [String(halmstad)],
      }),
    );
    if (!next.ok) throw new Error('no meeting');
    const id = await created(coordinator, entry({ name: 'Granskas' }));
    const beforeConfirm = await meetingReview(db, viewer, next.value.id);
    expect(beforeConfirm.since).toBe('2020-03-01');
    const ours = () => beforeConfirm.organisations.find((organisation) => organisation.organisationId === halmstad)!;
    expect(ours().entries.find((row) => row.service.id === id)?.review).toBe('changed');

    await confirmService(db, coordinator, id);
    const afterConfirm = await meetingReview(db, strategist, next.value.id);
    const halmstadReview = afterConfirm.organisations.find((organisation) => organisation.organisationId === halmstad)!;
    expect(halmstadReview.entries.find((row) => row.service.id === id)?.review).toBe('confirmed');
    expect(halmstadReview.counts.confirmed).toBeGreaterThanOrEqual(1);
    const audit = await lastAudit('dialogue_meeting.create', String(next.value.id));
    expect(audit.details).toMatchObject({ after: { theme: 'Höst', notes: 'Anteckning', organisationIds: [halmstad] } });
  });

  it('a coordinator\u2019s to-do list holds their own organisation\u2019s unconfirmed and stale entries only', async () => {
    const open = await created(coordinator, entry({ name: 'Att göra' }));
    const todo = await ownToDo(db, coordinator);
    expect(todo?.organisationId).toBe(halmstad);
    expect(todo!.toDo.map((row) => row.service.id)).toContain(open);
    expect(todo!.review.entries.every((row) => row.service.organisationId === halmstad)).toBe(true);
    await confirmService(db, coordinator, open);
    expect((await ownToDo(db, coordinator))!.toDo.map((row) => row.service.id)).not.toContain(open);
    expect(await ownToDo(db, viewer)).toBeNull();
  });
});

describe('the HSDS 3 read API', () => {
  it('a service validates against the HSDS 3 schema subset, with our fields mapped', async () => {
    const id = await created(coordinator, entry({ status: 'paused', isPublic: true }));
    await confirmService(db, coordinator, id);
    const service = await hsdsServiceById(db, null, id);
    expect(validateService(service), ajv.errorsText(validateService.errors)).toBe(true);
    expect(service).toMatchObject({
      id,
      status: 'temporarily closed',
      languages: [{ code: 'ara' }],
      interpretation_services: 'Tolk: tigrinja',
      schedules: [{ valid_from: '2026-01-01', valid_to: '2026-12-31', description: 'Tisdagar 13–15' }],
      service_at_locations: [{ location: { addresses: [{ postal_code: '302 50', city: 'Halmstad', country: 'SE' }] } }],
    });
    expect(service!.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the control: the schema catches a wrong status, a missing name and an invented field', async () => {
    const id = await created(coordinator, entry({ isPublic: true }));
    const service = (await hsdsServiceById(db, null, id))!;
    expect(validateService({ ...service, status: 'paused' })).toBe(false);
    expect(validateService({ ...service, name: undefined })).toBe(false);
    expect(validateService({ ...service, verified_by: 'x' })).toBe(false);
  });

  it('anyone gets public entries only; signed-in staff get all; pages and modified_after work', async () => {
    const hidden = await created(coordinator, entry({ isPublic: false }));
    expect(await hsdsServiceById(db, null, hidden)).toBeNull();
    expect(await hsdsServiceById(db, viewer, hidden)).not.toBeNull();

    const anonymous = await hsdsServicePage(db, null, hsdsListQuery.parse({ per_page: '2' }));
    expect(validatePage(anonymous), ajv.errorsText(validatePage.errors)).toBe(true);
    expect(anonymous.size).toBe(2);
    expect(anonymous.first_page).toBe(true);
    const staff = await hsdsServicePage(db, viewer, hsdsListQuery.parse({}));
    expect(staff.total_items).toBeGreaterThan(anonymous.total_items);
    for (const service of staff.contents)
      expect(validateService(service), ajv.errorsText(validateService.errors)).toBe(true);

    const lastPage = await hsdsServicePage(
      db,
      null,
      hsdsListQuery.parse({ per_page: '2', page: String(anonymous.total_pages) }),
    );
    expect(lastPage.last_page).toBe(true);
    const beyond = await hsdsServicePage(db, null, hsdsListQuery.parse({ page: '999' }));
    expect(beyond).toMatchObject({ empty: true, size: 0, contents: [] });

    const future = await hsdsServicePage(db, viewer, hsdsListQuery.parse({ modified_after: '2999-01-01' }));
    expect(future.total_items).toBe(0);
    const recent = await hsdsServicePage(
      db,
      viewer,
      hsdsListQuery.parse({ modified_after: new Date(Date.now() - 3_600_000).toISOString() }),
    );
    expect(recent.contents.map((service) => service.id)).toContain(hidden);
    expect(recent.contents.every((service) => !service.name.startsWith('Demo:'))).toBe(true);
  });

  it('organisations: all for staff, those with a public entry for anyone', async () => {
    const staff = await hsdsOrganizationPage(db, viewer, hsdsListQuery.parse({ per_page: '100' }));
    const anonymous = await hsdsOrganizationPage(db, null, hsdsListQuery.parse({ per_page: '100' }));
    expect(staff.total_items).toBe(23);
    expect(anonymous.total_items).toBeLessThan(23);
    expect(anonymous.total_items).toBeGreaterThan(0);
    for (const organization of staff.contents) expect(validateOrganization(organization)).toBe(true);
  });

  it('a bad page or date is refused with a message', () => {
    const keys = (query: Record<string, string>) =>
      validationFailure(hsdsListQuery.safeParse(query).error!).fieldErrors;
    expect(keys({ page: '0' })).toEqual({ page: 'platform.hsds.badPage' });
    expect(keys({ page: 'x' })).toEqual({ page: 'platform.hsds.badPage' });
    expect(keys({ per_page: '1000' })).toEqual({ per_page: 'platform.hsds.badPage' });
    expect(keys({ modified_after: 'igår' })).toEqual({ modified_after: 'platform.hsds.badDate' });
    expect(keys({ modified_after: '2026-13-45' })).toEqual({ modified_after: 'platform.hsds.badDate' });
    expect(hsdsListQuery.safeParse({ modified_after: '2026-01-31T12:00:00+01:00' }).success).toBe(true);
  });
});

describe('the follow-up counts what the platform holds, per kind of actor', () => {
  it('counts entries not ended and the share confirmed in the last six months, in SQL', async () => {
    const before = await platformFigures(db, viewer);
    const municipality = (figures: typeof before) => figures.byKind.find((row) => row.kind === 'municipality')!;
    const id = await created(varbergCoordinator, entry());
    const added = await platformFigures(db, viewer);
    expect(municipality(added).listed).toBe(municipality(before).listed + 1);
    expect(municipality(added).verified).toBe(municipality(before).verified);
    await confirmService(db, varbergCoordinator, id);
    const confirmed = await platformFigures(db, viewer);
    expect(municipality(confirmed).verified).toBe(municipality(before).verified + 1);
    expect(confirmed.byKind[0]).toMatchObject({ kind: 'overall', listed: added.byKind[0].listed });
    expect(confirmed.byKind[0].listed).toBe(confirmed.byKind.slice(1).reduce((sum, row) => sum + row.listed, 0));
    await updateService(db, varbergCoordinator, id, entry({ status: 'ended' }));
    expect(municipality(await platformFigures(db, viewer)).listed).toBe(municipality(before).listed);
    // Half a year on, nothing confirmed today counts as recently confirmed any more.
    const later = await platformFigures(db, viewer, new Date(Date.now() + 200 * 86_400_000));
    expect(later.byKind[0].verified).toBe(0);
    await expect(platformFigures(db, null)).rejects.toBeInstanceOf(AccessDenied);
  });
});
