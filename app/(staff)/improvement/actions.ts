'use server';
// Server actions of the improvement model. Each is built by guardedAction (session, zod;
// tests/unit/endpoints-wrapped.test.ts fails otherwise) and calls the lib/ function that checks the actor itself.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction } from '@/lib/auth/guarded';
import type { Result } from '@/lib/result';
import { changeTestInput, createChangeTest, updateChangeTest } from '@/lib/improvement/change-tests';
import {
  createInitiative,
  initiativeInput,
  moveInitiativeStep,
  stepInput,
  updateInitiative,
} from '@/lib/improvement/initiatives';
import {
  baselineInput,
  createMeasure,
  measureInput,
  moveBaseline,
  recordMeasureValue,
  valueInput,
} from '@/lib/improvement/measures';

const id = z.coerce.number().int().positive();

/** After a change: the list and the initiative's page are fresh, and a creation or an edit goes to that page. */
function refresh<T>(result: Result<T>, formData: FormData, go?: (value: T) => string): Result<T> {
  if (!result.ok) return result;
  revalidatePath('/improvement');
  revalidatePath(`/improvement/${formData.get('initiativeId')}`);
  if (go) redirect(go(result.value));
  return result;
}

export const createInitiativeAction = guardedAction(
  initiativeInput,
  (input, { db, actor }) => createInitiative(db, actor, input),
  {
    after: (result, formData) => refresh(result, formData, (initiative) => `/improvement/${initiative.id}`),
  },
);

export const updateInitiativeAction = guardedAction(
  initiativeInput.extend({ initiativeId: id }),
  (input, { db, actor }) => updateInitiative(db, actor, input.initiativeId, input),
  { after: (result, formData) => refresh(result, formData, (initiative) => `/improvement/${initiative.id}`) },
);

export const moveStepAction = guardedAction(
  stepInput.extend({ initiativeId: id }),
  (input, { db, actor }) => moveInitiativeStep(db, actor, input.initiativeId, input.step),
  { after: refresh },
);

export const createMeasureAction = guardedAction(
  z.intersection(measureInput, z.object({ initiativeId: id })),
  (input, { db, actor }) => createMeasure(db, actor, input.initiativeId, input),
  { after: refresh },
);

export const recordValueAction = guardedAction(
  valueInput.extend({ measureId: id }),
  (input, { db, actor }) => recordMeasureValue(db, actor, input.measureId, input),
  { after: refresh },
);

export const moveBaselineAction = guardedAction(
  baselineInput.extend({ measureId: id }),
  (input, { db, actor }) => moveBaseline(db, actor, input.measureId, input),
  { after: refresh },
);

export const createChangeTestAction = guardedAction(
  changeTestInput.extend({ initiativeId: id }),
  (input, { db, actor }) => createChangeTest(db, actor, input.initiativeId, input),
  { after: refresh },
);

export const updateChangeTestAction = guardedAction(
  changeTestInput.extend({ changeTestId: id }),
  (input, { db, actor }) => updateChangeTest(db, actor, input.changeTestId, input),
  { after: refresh },
);
