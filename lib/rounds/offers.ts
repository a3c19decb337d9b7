// What the list of rounds may offer the actor who reads it. lib/ decides, the page renders it; every action behind
// an offer checks the actor again.
import type { Actor } from '@/lib/auth/actor';
import { mayInvite } from '@/lib/invitations';
import type { RoundSummary } from './queries';

export type RoundOffers = {
  /** The round's own page: settings, opening and closing, channels. */
  canEdit: boolean;
  /** Invitation links and response rates, while the round is not closed. */
  canInvite: boolean;
  /** Answering the actor follow-up signed in: an open round, for an account that belongs to an organisation. */
  canAnswer: boolean;
};

export function roundOffers(actor: Actor, round: Pick<RoundSummary, 'status'>): RoundOffers {
  return {
    canEdit: mayManageRounds(actor),
    canInvite: mayInvite(actor) && round.status !== 'closed',
    canAnswer: round.status === 'open' && actor.organisationId !== null,
  };
}

/** Creating, editing, opening and closing rounds is a strategist's. */
export function mayManageRounds(actor: Actor): boolean {
  return actor.role === 'strategist';
}
