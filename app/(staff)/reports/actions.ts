'use server';
// Server actions of the decision report, extension decisions and retention. Each is built by guardedAction (session,
// zod; tests/unit/endpoints-wrapped.test.ts fails otherwise) and calls the lib/ function that checks the actor itself.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { guardedAction } from '@/lib/auth/guarded';
import type { Result } from '@/lib/result';
import { decisionInput, recordDecision } from '@/lib/decisions';
import { lockReportVersion } from '@/lib/report';
import { saveReportDraft, startNewReportVersion } from '@/lib/report/versions';
import { deleteRawResponses, deleteRawResponsesInput } from '@/lib/retention';

const id = z.coerce.number().int().positive();
const optionalVersion = z.union([id, z.literal('').transform(() => null)]).default(null);

function refresh<T>(result: Result<T>, formData: FormData): Result<T> {
  const roundId = formData.get('roundId');
  if (result.ok) {
    revalidatePath(`/reports/${roundId}`);
    revalidatePath(`/reports/${roundId}/edit`);
  }
  return result;
}

/** The editor posts one textarea per finding, named "finding.<indicator id>", and its cited initiatives as "cite.<indicator id>". */
const draftForm = z.looseObject({
  roundId: id,
  version: optionalVersion,
  caseNumber: z.string().default(''),
  period: z.string().default(''),
  consequences: z.string().default(''),
  proposal: z.string().default(''),
  quotes: z.union([z.string(), z.array(z.string())]).optional(),
});

export const saveReportDraftAction = guardedAction(
  draftForm,
  (form, { db, actor }) => {
    const findings = Object.entries(form)
      .filter(([key, value]) => key.startsWith('finding.') && typeof value === 'string')
      .map(([key, value]) => ({ key: key.slice('finding.'.length), text: value as string }));
    const quotes = form.quotes === undefined ? [] : [form.quotes].flat();
    // Initiatives cited in a finding come as checkboxes named "cite.<indicator id>"; lib/report checks each exists.
    const citations = Object.entries(form)
      .filter(([key]) => key.startsWith('cite.'))
      .flatMap(([key, value]) =>
        [value]
          .flat()
          .map((initiativeId) => ({ findingKey: key.slice('cite.'.length), initiativeId: Number(initiativeId) })),
      );
    return saveReportDraft(db, actor, {
      roundId: form.roundId,
      version: form.version,
      caseNumber: form.caseNumber.trim() || null,
      content: {
        findings,
        consequences: form.consequences,
        proposal: form.proposal,
        quotes,
        period: form.period,
        citations,
      },
    });
  },
  { after: refresh },
);

export const lockReportVersionAction = guardedAction(
  z.object({ roundId: id, version: id, confirm: z.literal('yes', { message: 'report.error.lockConfirm' }) }),
  (input, { db, actor }) => lockReportVersion(db, actor, { roundId: input.roundId, version: input.version }),
  { after: refresh },
);

export const startNewReportVersionAction = guardedAction(
  z.object({ roundId: id }),
  (input, { db, actor }) => startNewReportVersion(db, actor, input.roundId),
  { after: refresh },
);

export const recordDecisionAction = guardedAction(
  decisionInput,
  (input, { db, actor }) => recordDecision(db, actor, input),
  {
    after: (result) => {
      if (result.ok) revalidatePath('/decisions');
      return result;
    },
  },
);

export const deleteRawResponsesAction = guardedAction(
  deleteRawResponsesInput,
  (input, { db, actor }) => deleteRawResponses(db, actor, input),
  { after: refresh },
);
