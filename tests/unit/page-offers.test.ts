import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { mayRecordDecisions } from '@/lib/decisions';
import { mayInvite } from '@/lib/invitations';
import { mayManageRounds, roundOffers } from '@/lib/rounds/offers';

const strategist: Actor = { userId: 1, role: 'strategist', organisationId: null, name: 'S' };
const coordinator: Actor = { userId: 2, role: 'coordinator', organisationId: 7, name: 'C' };
const viewer: Actor = { userId: 3, role: 'viewer', organisationId: 7, name: 'V' };
const unplacedViewer: Actor = { ...viewer, organisationId: null };

describe('what lib lets a page offer', () => {
  it('a round list offers its page to strategists, links while not closed to inviters, and answering an open round to placed accounts', () => {
    expect(roundOffers(strategist, { status: 'draft' })).toEqual({ canEdit: true, canInvite: true, canAnswer: false });
    expect(roundOffers(coordinator, { status: 'open' })).toEqual({ canEdit: false, canInvite: true, canAnswer: true });
    expect(roundOffers(coordinator, { status: 'closed' })).toEqual({
      canEdit: false,
      canInvite: false,
      canAnswer: false,
    });
    expect(roundOffers(viewer, { status: 'open' })).toEqual({ canEdit: false, canInvite: false, canAnswer: true });
    expect(roundOffers(unplacedViewer, { status: 'open' })).toEqual({
      canEdit: false,
      canInvite: false,
      canAnswer: false,
    });
    expect([strategist, coordinator, viewer].map(mayManageRounds)).toEqual([true, false, false]);
    expect([strategist, coordinator, viewer].map(mayInvite)).toEqual([true, true, false]);
    expect([strategist, coordinator, viewer].map(mayRecordDecisions)).toEqual([true, false, false]);
  });
});
