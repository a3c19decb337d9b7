// Dialogue meetings (about twice a year, convened by Länsstyrelsen and Region Halland): strategists record them; the
// review cycle of the platform's entries runs from one meeting to the next. Before a meeting every signed-in role
// sees, per organisation, what was confirmed, changed or not reviewed since the previous one; a coordinator sees
// their own organisation's list on the start page.
import { and, asc, desc, eq, inArray, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { dialogueMeetingOrganisations, dialogueMeetings, organisations, type DialogueMeeting } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { NotFound, requireRole, type Actor } from '@/lib/auth/actor';
import { fail, ok, type Result } from '@/lib/result';
import { initiativesReachedStep3, type InitiativeReachedStep3 } from '@/lib/improvement/follow-up';
import { reviewStatus, type ReviewStatus } from './freshness';
import { loadServices, type ServiceView } from './services';

export const meetingInput = z.object({
  heldOn: z.iso.date('platform.meetings.heldOnRequired'),
  theme: z.string().trim().min(1, 'guard.required').max(200, 'guard.tooLong'),
  notes: z
    .string()
    .trim()
    .max(8000, 'guard.tooLong')
    .optional()
    .transform((value) => value || null),
  organisationIds: z
    .preprocess(
      (value) => (value === undefined || value === '' ? [] : [value].flat()),
      z.array(z.coerce.number().int().positive()),
    )
    .pipe(z.array(z.number()).min(1, 'platform.meetings.organisationsRequired')),
});

export type MeetingSummary = DialogueMeeting & { organisations: { id: number; name: string }[] };

export async function listMeetings(db: DbOrTx, actor: Actor | null): Promise<MeetingSummary[]> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const meetings = await db
    .select()
    .from(dialogueMeetings)
    .orderBy(desc(dialogueMeetings.heldOn), desc(dialogueMeetings.id));
  if (!meetings.length) return [];
  const taking = await db
    .select({ meetingId: dialogueMeetingOrganisations.meetingId, id: organisations.id, name: organisations.name })
    .from(dialogueMeetingOrganisations)
    .innerJoin(organisations, eq(organisations.id, dialogueMeetingOrganisations.organisationId))
    .where(
      inArray(
        dialogueMeetingOrganisations.meetingId,
        meetings.map((meeting) => meeting.id),
      ),
    )
    .orderBy(asc(organisations.name));
  return meetings.map((meeting) => ({
    ...meeting,
    organisations: taking.filter((row) => row.meetingId === meeting.id).map(({ id, name }) => ({ id, name })),
  }));
}

export async function createMeeting(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof meetingInput>,
): Promise<Result<{ id: number }>> {
  requireRole(actor, 'strategist');
  const organisationIds = [...new Set(input.organisationIds)];
  const known = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, organisationIds));
  if (known.length !== organisationIds.length)
    return fail('guard.checkFields', { organisationIds: 'platform.meetings.organisationsRequired' });
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(dialogueMeetings)
      .values({ heldOn: input.heldOn, theme: input.theme, notes: input.notes, createdByUserId: actor.userId })
      .returning({ id: dialogueMeetings.id });
    await tx
      .insert(dialogueMeetingOrganisations)
      .values(organisationIds.map((organisationId) => ({ meetingId: created.id, organisationId })));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'dialogue_meeting.create',
      targetType: 'dialogue_meeting',
      targetId: created.id,
      outcome: 'ok',
      details: {
        before: null,
        after: { heldOn: input.heldOn, theme: input.theme, notes: input.notes, organisationIds },
      },
    });
    return ok({ id: created.id });
  });
}

/** The start of a day in Swedish terms is close enough to UTC midnight for a six-monthly cycle. */
function startOfDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export type OrganisationReview = {
  organisationId: number;
  organisationName: string;
  entries: { service: ServiceView; review: ReviewStatus }[];
  counts: Record<ReviewStatus, number>;
};

export type MeetingReview = {
  meeting: MeetingSummary;
  /** The previous meeting's date: the review counts what happened after it. Null when this is the first. */
  since: string | null;
  organisations: OrganisationReview[];
  /** Initiatives of the improvement model that reached step 3 (joint learning) after the previous meeting, up to this one. */
  reachedStep3: InitiativeReachedStep3[];
};

function reviewOf(
  organisationId: number,
  organisationName: string,
  entries: ServiceView[],
  since: Date | null,
): OrganisationReview {
  const reviewed = entries.map((service) => ({ service, review: reviewStatus(service, since) }));
  const counts = { confirmed: 0, changed: 0, not_reviewed: 0 };
  for (const entry of reviewed) counts[entry.review]++;
  return { organisationId, organisationName, entries: reviewed, counts };
}

/** Per taking-part organisation: each entry's review status since the meeting before this one. */
export async function meetingReview(db: DbOrTx, actor: Actor | null, meetingId: number): Promise<MeetingReview> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  const meeting = (await listMeetings(db, actor)).find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new NotFound();
  const [previous] = await db
    .select({ heldOn: dialogueMeetings.heldOn })
    .from(dialogueMeetings)
    .where(lt(dialogueMeetings.heldOn, meeting.heldOn))
    .orderBy(desc(dialogueMeetings.heldOn))
    .limit(1);
  const since = previous ? startOfDay(previous.heldOn) : null;
  const ids = meeting.organisations.map((organisation) => organisation.id);
  const entries = ids.length ? await loadServices(db, {}) : [];
  const reachedStep3 = await initiativesReachedStep3(db, actor, {
    after: previous?.heldOn ?? null,
    upTo: meeting.heldOn,
  });
  return {
    meeting,
    since: previous?.heldOn ?? null,
    reachedStep3,
    organisations: meeting.organisations.map((organisation) =>
      reviewOf(
        organisation.id,
        organisation.name,
        entries.filter((entry) => entry.organisationId === organisation.id),
        since,
      ),
    ),
  };
}

export type OwnToDo = {
  organisationId: number;
  since: string | null;
  review: OrganisationReview;
  toDo: { service: ServiceView; review: ReviewStatus }[];
};

/**
 * The actor's own organisation's to-do list for the current cycle: entries not confirmed since the latest meeting
 * held (today or earlier), and stale ones. Null for accounts without an organisation.
 */
export async function ownToDo(db: DbOrTx, actor: Actor | null, today = new Date()): Promise<OwnToDo | null> {
  requireRole(actor, 'strategist', 'coordinator', 'viewer');
  if (!actor!.organisationId) return null;
  const organisationId = actor!.organisationId;
  const [latest] = await db
    .select({ heldOn: dialogueMeetings.heldOn })
    .from(dialogueMeetings)
    .where(lte(dialogueMeetings.heldOn, today.toISOString().slice(0, 10)))
    .orderBy(desc(dialogueMeetings.heldOn))
    .limit(1);
  const [organisation] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId)));
  const since = latest ? startOfDay(latest.heldOn) : null;
  const review = reviewOf(
    organisationId,
    organisation?.name ?? '',
    await loadServices(db, { organisationId }, undefined, today),
    since,
  );
  const toDo = review.entries.filter((entry) => entry.review !== 'confirmed' || entry.service.stale);
  return { organisationId, since: latest?.heldOn ?? null, review, toDo };
}
