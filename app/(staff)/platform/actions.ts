'use server';
// Server actions of the platform for joint learning. Each goes through guardedAction (session, zod) and calls the
// lib/platform function that checks the actor itself.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction, type Result } from '@/lib/auth/guarded';
import { createMeeting, meetingInput } from '@/lib/platform/dialogue';
import { categoryInput, confirmService, createCategory, createService, serviceInput, updateService } from '@/lib/platform/services';

const serviceId = z.uuid('guard.notFound');

const createServiceGuarded = guardedAction(serviceInput, (input, { db, actor }) => createService(db, actor, input));
export async function createServiceAction(previous: Result<{ id: string }> | null, formData: FormData) {
  const result = await createServiceGuarded(previous, formData);
  if (!result.ok) return result;
  revalidatePath('/platform');
  redirect(`/platform/services/${result.value.id}`);
}

const updateServiceGuarded = guardedAction(z.intersection(serviceInput, z.object({ serviceId })), (input, { db, actor }) =>
  updateService(db, actor, input.serviceId, input),
);
export async function updateServiceAction(previous: Result<{ id: string }> | null, formData: FormData) {
  const result = await updateServiceGuarded(previous, formData);
  if (result.ok) {
    revalidatePath('/platform');
    revalidatePath(`/platform/services/${result.value.id}`);
  }
  return result;
}

const confirmServiceGuarded = guardedAction(z.object({ serviceId }), (input, { db, actor }) => confirmService(db, actor, input.serviceId));
export async function confirmServiceAction(previous: Result<{ id: string }> | null, formData: FormData) {
  const result = await confirmServiceGuarded(previous, formData);
  if (result.ok) {
    revalidatePath('/platform');
    revalidatePath('/overview');
    revalidatePath(`/platform/services/${result.value.id}`);
  }
  return result;
}

const createCategoryGuarded = guardedAction(categoryInput, (input, { db, actor }) => createCategory(db, actor, input));
export async function createCategoryAction(previous: Result<{ id: string }> | null, formData: FormData) {
  const result = await createCategoryGuarded(previous, formData);
  if (result.ok) revalidatePath('/platform/categories');
  return result;
}

const createMeetingGuarded = guardedAction(meetingInput, (input, { db, actor }) => createMeeting(db, actor, input));
export async function createMeetingAction(previous: Result<{ id: number }> | null, formData: FormData) {
  const result = await createMeetingGuarded(previous, formData);
  if (!result.ok) return result;
  revalidatePath('/platform/meetings');
  redirect(`/platform/meetings/${result.value.id}`);
}
