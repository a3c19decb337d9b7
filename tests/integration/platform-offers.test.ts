// What the platform and improvement pages offer must be what lib/ then allows: for each kind of actor, an offer is
// made exactly when the lib function behind it lets that actor through (it may still refuse the input).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '@/db/client';
import { serviceCategories } from '@/db/schema';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { createInitiative, initiativeInput, mayStartInitiative } from '@/lib/improvement/initiatives';
import { createMeeting } from '@/lib/platform/dialogue';
import { directoryOffers, serviceOffers } from '@/lib/platform/offers';
import { confirmService, createCategory, createService, serviceInput, updateService } from '@/lib/platform/services';
import { demoActors, makeActor, organisationId } from './support/actors';
import { openTestDatabase } from './support/test-database';

/** Whether `attempt` got past the access checks: an answer of any kind, but neither AccessDenied nor NotFound. */
async function letThrough(attempt: () => Promise<unknown>): Promise<boolean> {
  try {
    await attempt();
    return true;
  } catch (error) {
    if (error instanceof AccessDenied || error instanceof NotFound) return false;
    throw error;
  }
}

describe('what lib lets the platform and improvement pages offer', () => {
  let database: DatabaseHandle;
  let db: Db;
  let actors: Record<string, Actor>;
  let strategist: Actor;
  let halmstad: number;
  let categoryId: string;

  /** A complete entry as the form posts it, for `organisation` (chosen by a strategist, else ignored). */
  const serviceForm = (organisation: number) =>
    serviceInput.parse({
      name: 'Stöd',
      description: 'Text',
      status: 'active',
      targetGroups: 'refugees',
      forAdults: 'on',
      categories: categoryId,
      'location.0.municipality': 'halmstad',
      organisationId: organisation,
    });
  const serviceFor = async (organisation: number) => {
    const made = await createService(db, strategist, serviceForm(organisation));
    if (!made.ok) throw new Error(made.error);
    return { id: made.value.id, organisationId: organisation };
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    const demo = await demoActors(db);
    strategist = demo.strategist;
    halmstad = await organisationId(db, 'halmstad');
    const [category] = await db.select({ id: serviceCategories.id }).from(serviceCategories).limit(1);
    categoryId = category.id;
    actors = {
      strategist,
      coordinator: demo.coordinator,
      foreignCoordinator: await makeActor(db, 'coordinator', 'varberg'),
      viewer: demo.viewer,
      placedViewer: await makeActor(db, 'viewer', 'halmstad'),
    };
  });
  afterAll(() => database.close());

  it('a Halmstad entry: the edit form and "the facts are right" are offered to exactly those lib lets edit and confirm', async () => {
    for (const [who, actor] of Object.entries(actors)) {
      const entry = await serviceFor(halmstad);
      const offers = serviceOffers(actor, entry);
      const form = serviceForm(halmstad);
      expect({ who, ...offers }).toEqual({
        who,
        canEdit: await letThrough(() => updateService(db, actor, entry.id, form)),
        canConfirm: await letThrough(() => confirmService(db, actor, entry.id)),
      });
    }
    expect(serviceOffers(actors.coordinator, { organisationId: halmstad })).toEqual({
      canEdit: true,
      canConfirm: true,
    });
    expect(serviceOffers(actors.foreignCoordinator, { organisationId: halmstad })).toEqual({
      canEdit: false,
      canConfirm: false,
    });
  });

  it('adding entries, categories, meetings and initiatives, and the own to-do list, follow what lib allows', async () => {
    for (const [who, actor] of Object.entries(actors)) {
      const offers = directoryOffers(actor);
      const own = actor.organisationId === null ? null : await serviceFor(actor.organisationId);
      const added = await createService(db, actor, serviceForm(halmstad)).catch(() => null);
      expect({ who, ...offers, mayStartInitiative: mayStartInitiative(actor) }).toEqual({
        who,
        canAdd: added?.ok === true,
        choosesOrganisation: actor.role === 'strategist',
        canAddCategory: await letThrough(() =>
          createCategory(db, actor, { code: `kat-${actor.userId}`, nameSv: 'K', nameEn: 'C' }),
        ),
        canRecordMeeting: await letThrough(() =>
          createMeeting(db, actor, { heldOn: '2026-05-01', theme: 'T', notes: null, organisationIds: [halmstad] }),
        ),
        seesOwnToDo: own !== null && (await letThrough(() => confirmService(db, actor, own.id))),
        mayStartInitiative: await letThrough(() =>
          createInitiative(db, actor, initiativeInput.parse({ title: 'I', owners: String(halmstad) })),
        ),
      });
    }
  });
});
