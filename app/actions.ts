'use server';
// The server actions of rounds, channels, organisations and accounts. Each is built by guardedAction (session, zod;
// tests/unit/endpoints-wrapped.test.ts fails otherwise) and calls the lib/ function that checks the actor itself.
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction } from '@/lib/auth/guarded';
import type { Result } from '@/lib/result';
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

export const createRoundAction = guardedAction(roundInput, (input, { db, actor }) => createRound(db, actor, input), {
  after: (result) => after(result, ['/rounds'], (round) => `/rounds/${round.id}`),
});

export const updateRoundAction = guardedAction(
  roundInput.and(z.object({ roundId: id })),
  (input, { db, actor }) => updateRound(db, actor, input.roundId, input),
  {
    after: (result, formData) => after(result, ['/rounds', `/rounds/${formData.get('roundId')}`]),
  },
);

/** An irreversible act is done only with its box ticked ("I understand that …"), so a stray click or a form posted
 * without the page's explanation changes nothing; the refusal names the box beside it. */
const understood = (message: 'rounds.error.confirmOpen' | 'rounds.error.confirmClose') => z.literal('yes', { message });

export const openRoundAction = guardedAction(
  z.object({ roundId: id, confirm: understood('rounds.error.confirmOpen') }),
  (input, { db, actor }) => openRound(db, actor, input.roundId),
  {
    after: (result, formData) => after(result, ['/rounds', `/rounds/${formData.get('roundId')}`]),
  },
);

export const closeRoundAction = guardedAction(
  z.object({ roundId: id, confirm: understood('rounds.error.confirmClose') }),
  (input, { db, actor }) => closeRound(db, actor, input.roundId),
  {
    after: (result, formData) => after(result, ['/rounds', `/rounds/${formData.get('roundId')}`]),
  },
);

export const createChannelAction = guardedAction(
  channelInput.extend({ roundId: id }),
  (input, { db, actor }) => createChannel(db, actor, input.roundId, input),
  {
    after: (result, formData) => after(result, [`/rounds/${formData.get('roundId')}`]),
  },
);

export const updateChannelAction = guardedAction(
  channelInput.extend({ channelId: id }),
  (input, { db, actor }) => updateChannel(db, actor, input.channelId, input),
  {
    after: (result, formData) => after(result, [`/rounds/${formData.get('roundId')}`]),
  },
);

export const createOrganisationAction = guardedAction(
  organisationInput,
  (input, { db, actor }) => createOrganisation(db, actor, input),
  {
    after: (result) => after(result, ['/organisations']),
  },
);

export const updateOrganisationAction = guardedAction(
  organisationInput.extend({ organisationId: id }),
  (input, { db, actor }) => updateOrganisation(db, actor, input.organisationId, input),
  {
    after: (result) => after(result, ['/organisations'], () => '/organisations'),
  },
);

export const createUserAction = guardedAction(createUserInput, (input, { db, actor }) => createUser(db, actor, input), {
  after: (result) => after(result, ['/users']),
});

export const changeRoleAction = guardedAction(changeRoleInput, (input, { db, actor }) => changeRole(db, actor, input), {
  after: (result) => after(result, ['/users']),
});

export const disableUserAction = guardedAction(
  z.object({ userId: id }),
  (input, { db, actor }) => disableUser(db, actor, input.userId),
  {
    after: (result) => after(result, ['/users']),
  },
);

/** Every session of the account has just ended, this one too: its cookie goes, and on to signing in again. */
export const changeOwnPasswordAction = guardedAction(
  changeOwnPasswordInput,
  (input, { db, actor }) => changeOwnPassword(db, actor, input),
  {
    after: async (result) => {
      if (result.ok) (await cookies()).delete(sessionCookie().name);
      return after(result, [], () => '/sign-in?passwordChanged=1');
    },
  },
);
