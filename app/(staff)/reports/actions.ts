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

/**
 * The editor posts one textarea per finding, named "finding.<indicator id>", and its cited initiatives as
 * "cite.<indicator id>". Quotes already chosen come as "quote.<n>.text", ".keep", ".language" and ".translation";
 * quotes newly ticked in the picker as "quotes" (their language is looked up when saved).
 */
const draftForm = z.looseObject({
  roundId: id,
  version: optionalVersion,
  caseNumber: z.string().default(''),
  period: z.string().default(''),
  summary: z.string().default(''),
  assessment: z.string().default(''),
  consequences: z.string().default(''),
  proposal: z.string().default(''),
  quotes: z.union([z.string(), z.array(z.string())]).optional(),
});

/** The chosen quotes the strategist kept, with language and translation, then the newly picked ones. */
function quotesOf(form: Record<string, unknown>) {
  const field = (index: string, name: string) => {
    const value = form[`quote.${index}.${name}`];
    return typeof value === 'string' ? value : '';
  };
  const kept = Object.keys(form)
    .flatMap((key) => /^quote\.(\d+)\.text$/.exec(key)?.[1] ?? [])
    .filter((index) => field(index, 'keep') === 'yes')
    .sort((a, b) => Number(a) - Number(b))
    .map((index) => ({
      text: field(index, 'text'),
      language: field(index, 'language') || null,
      translation: field(index, 'translation'),
    }));
  const picked = form.quotes === undefined ? [] : [form.quotes as string | string[]].flat();
  const keptTexts = new Set(kept.map((quote) => quote.text));
  return [
    ...kept,
    ...picked.filter((text) => !keptTexts.has(text)).map((text) => ({ text, language: null, translation: '' })),
  ];
}

export const saveReportDraftAction = guardedAction(
  draftForm,
  (form, { db, actor }) => {
    const findings = Object.entries(form)
      .filter(([key, value]) => key.startsWith('finding.') && typeof value === 'string')
      .map(([key, value]) => ({ key: key.slice('finding.'.length), text: value as string }));
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
        summary: form.summary,
        findings,
        assessment: form.assessment,
        consequences: form.consequences,
        proposal: form.proposal,
        quotes: quotesOf(form),
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
