'use server';
// The server actions of rounds, channels, organisations and accounts. Each goes through guardedAction (session,
// zod) and calls the lib/ function that checks the actor itself.
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction, type Result } from '@/lib/auth/guarded';
import { sessionCookie } from '@/lib/auth/session-window';
import { channelInput, createChannel, updateChannel } from '@/lib/channels/manage';
import { createOrganisation, organisationInput, updateOrganisation } from '@/lib/organisations';
import { closeRound, createRound, openRound, roundInput, updateRound } from '@/lib/rounds/manage';
import { changeRole, changeRoleInput, createUser, createUserInput, disableUser } from '@/lib/users/manage';
import { changeOwnPassword, changeOwnPasswordInput } from '@/lib/users/own-password';

const id = z.coerce.number().int().positive();

/** After a change: fresh pages, and for a creation the new thing's page. */
function after<T>(result: Result<T>, paths: string[], go?: (value: T) => string): Result<T> {
  if (!result.ok) return result;
  for (const path of paths) revalidatePath(path);
  if (go) redirect(go(result.value));
  return result;
}

const createRoundGuarded = guardedAction(roundInput, (input, { db, actor }) => createRound(db, actor, input));
export async function createRoundAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await createRoundGuarded(previous, formData), ['/rounds'], (round) => `/rounds/${round.id}`);
}

const updateRoundGuarded = guardedAction(roundInput.and(z.object({ roundId: id })), (input, { db, actor }) =>
  updateRound(db, actor, input.roundId, input),
);
export async function updateRoundAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await updateRoundGuarded(previous, formData), ['/rounds', `/rounds/${formData.get('roundId')}`]);
}

const openRoundGuarded = guardedAction(z.object({ roundId: id }), (input, { db, actor }) => openRound(db, actor, input.roundId));
export async function openRoundAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await openRoundGuarded(previous, formData), ['/rounds', `/rounds/${formData.get('roundId')}`]);
}

const closeRoundGuarded = guardedAction(z.object({ roundId: id }), (input, { db, actor }) => closeRound(db, actor, input.roundId));
export async function closeRoundAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await closeRoundGuarded(previous, formData), ['/rounds', `/rounds/${formData.get('roundId')}`]);
}

const createChannelGuarded = guardedAction(channelInput.extend({ roundId: id }), (input, { db, actor }) =>
  createChannel(db, actor, input.roundId, input),
);
export async function createChannelAction(previous: Result<{ id: number; publicCode: string }> | null, formData: FormData) {
  return after(await createChannelGuarded(previous, formData), [`/rounds/${formData.get('roundId')}`]);
}

const updateChannelGuarded = guardedAction(channelInput.extend({ channelId: id }), (input, { db, actor }) =>
  updateChannel(db, actor, input.channelId, input),
);
export async function updateChannelAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await updateChannelGuarded(previous, formData), [`/rounds/${formData.get('roundId')}`]);
}

const createOrganisationGuarded = guardedAction(organisationInput, (input, { db, actor }) => createOrganisation(db, actor, input));
export async function createOrganisationAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await createOrganisationGuarded(previous, formData), ['/organisations']);
}

const updateOrganisationGuarded = guardedAction(organisationInput.extend({ organisationId: id }), (input, { db, actor }) =>
  updateOrganisation(db, actor, input.organisationId, input),
);
export async function updateOrganisationAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await updateOrganisationGuarded(previous, formData), ['/organisations'], () => '/organisations');
}

const createUserGuarded = guardedAction(createUserInput, (input, { db, actor }) => createUser(db, actor, input));
export async function createUserAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await createUserGuarded(previous, formData), ['/users']);
}

const changeRoleGuarded = guardedAction(changeRoleInput, (input, { db, actor }) => changeRole(db, actor, input));
export async function changeRoleAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await changeRoleGuarded(previous, formData), ['/users']);
}

const disableUserGuarded = guardedAction(z.object({ userId: id }), (input, { db, actor }) => disableUser(db, actor, input.userId));
export async function disableUserAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return after(await disableUserGuarded(previous, formData), ['/users']);
}

const changeOwnPasswordGuarded = guardedAction(changeOwnPasswordInput, (input, { db, actor }) => changeOwnPassword(db, actor, input));
/** Every session of the account has just ended, this one too: its cookie goes, and on to signing in again. */
export async function changeOwnPasswordAction(previous: Result<null> | null, formData: FormData) {
  const result = await changeOwnPasswordGuarded(previous, formData);
  if (result.ok) (await cookies()).delete(sessionCookie().name);
  return after(result, [], () => '/sign-in?passwordChanged=1');
}
