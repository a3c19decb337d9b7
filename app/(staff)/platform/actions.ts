'use server';
// Server actions of the platform for joint learning. Each is built by guardedAction (session, zod;
// tests/unit/endpoints-wrapped.test.ts fails otherwise) and calls the lib/platform function that checks the actor itself.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction } from '@/lib/auth/guarded';
import type { Result } from '@/lib/result';
import { createMeeting, meetingInput } from '@/lib/platform/dialogue';
import { goodExampleInput, publishGoodExample } from '@/lib/platform/good-examples';
import {
  categoryInput,
  confirmService,
  createCategory,
  createService,
  serviceInput,
  updateService,
} from '@/lib/platform/services';

const serviceId = z.uuid('guard.notFound');

/** After a change: fresh pages, and for a creation the new thing's page. */
function after<T>(result: Result<T>, paths: string[], go?: (value: T) => string): Result<T> {
  if (!result.ok) return result;
  for (const path of paths) revalidatePath(path);
  if (go) redirect(go(result.value));
  return result;
}

export const createServiceAction = guardedAction(
  serviceInput,
  (input, { db, actor }) => createService(db, actor, input),
  {
    after: (result) => after(result, ['/platform'], (service) => `/platform/services/${service.id}`),
  },
);

export const updateServiceAction = guardedAction(
  z.intersection(serviceInput, z.object({ serviceId })),
  (input, { db, actor }) => updateService(db, actor, input.serviceId, input),
  { after: (result) => after(result, ['/platform', ...(result.ok ? [`/platform/services/${result.value.id}`] : [])]) },
);

export const confirmServiceAction = guardedAction(
  z.object({ serviceId }),
  (input, { db, actor }) => confirmService(db, actor, input.serviceId),
  {
    after: (result) =>
      after(result, ['/platform', '/overview', ...(result.ok ? [`/platform/services/${result.value.id}`] : [])]),
  },
);

export const createCategoryAction = guardedAction(
  categoryInput,
  (input, { db, actor }) => createCategory(db, actor, input),
  {
    after: (result) => after(result, ['/platform/categories']),
  },
);

export const createMeetingAction = guardedAction(
  meetingInput,
  (input, { db, actor }) => createMeeting(db, actor, input),
  {
    after: (result) => after(result, ['/platform/meetings'], (meeting) => `/platform/meetings/${meeting.id}`),
  },
);

export const publishGoodExampleAction = guardedAction(
  goodExampleInput,
  (input, { db, actor }) => publishGoodExample(db, actor, input),
  {
    after: (result, formData) => after(result, ['/platform/examples', `/improvement/${formData.get('initiativeId')}`]),
  },
);
