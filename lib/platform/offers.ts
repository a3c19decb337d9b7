// What the platform's pages may offer the actor who reads them. lib/ decides, the pages render it; every action
// behind an offer checks the actor again (lib/platform/services.ts, dialogue.ts).
import type { Actor } from '@/lib/auth/actor';

export type DirectoryOffers = {
  /** "Add an entry": strategists for any organisation, coordinators for their own. */
  canAdd: boolean;
  /** The new entry's organisation is chosen in the form (a strategist's); a coordinator's is always their own. */
  choosesOrganisation: boolean;
  /** Extending the category taxonomy. */
  canAddCategory: boolean;
  /** Recording a dialogue meeting. */
  canRecordMeeting: boolean;
  /** The start page's list of own entries waiting for a confirmation. */
  seesOwnToDo: boolean;
};

export function directoryOffers(actor: Actor): DirectoryOffers {
  const strategist = actor.role === 'strategist';
  const editorRole = strategist || actor.role === 'coordinator';
  return {
    canAdd: strategist || (editorRole && actor.organisationId !== null),
    choosesOrganisation: strategist,
    canAddCategory: strategist,
    canRecordMeeting: strategist,
    seesOwnToDo: editorRole && actor.organisationId !== null,
  };
}

export type ServiceOffers = {
  /** The edit form: strategists for any entry, coordinators for their own organisation's. */
  canEdit: boolean;
  /** "The facts are right": only someone of the entry's own organisation may vouch for it. */
  canConfirm: boolean;
};

export function serviceOffers(actor: Actor, service: { organisationId: number }): ServiceOffers {
  const ownOrganisation = actor.organisationId === service.organisationId;
  const editorRole = actor.role === 'strategist' || actor.role === 'coordinator';
  return {
    canEdit: actor.role === 'strategist' || (actor.role === 'coordinator' && ownOrganisation),
    canConfirm: editorRole && ownOrganisation,
  };
}
