'use server';
// Server actions of the improvement model. Each goes through guardedAction (session, zod) and calls the lib/
// function that checks the actor itself.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { guardedAction, type Result } from '@/lib/auth/guarded';
import { changeTestInput, createChangeTest, updateChangeTest } from '@/lib/improvement/change-tests';
import { createInitiative, initiativeInput, moveInitiativeStep, stepInput, updateInitiative } from '@/lib/improvement/initiatives';
import { baselineInput, createMeasure, measureInput, moveBaseline, recordMeasureValue, valueInput } from '@/lib/improvement/measures';

const id = z.coerce.number().int().positive();

function refresh<T>(result: Result<T>, initiativeId: unknown): Result<T> {
  if (result.ok) {
    revalidatePath('/improvement');
    revalidatePath(`/improvement/${initiativeId}`);
  }
  return result;
}

const createInitiativeGuarded = guardedAction(initiativeInput, (input, { db, actor }) => createInitiative(db, actor, input));
export async function createInitiativeAction(previous: Result<{ id: number }> | null, formData: FormData) {
  const result = await createInitiativeGuarded(previous, formData);
  if (result.ok) {
    revalidatePath('/improvement');
    redirect(`/improvement/${result.value.id}`);
  }
  return result;
}

const updateInitiativeGuarded = guardedAction(initiativeInput.extend({ initiativeId: id }), (input, { db, actor }) =>
  updateInitiative(db, actor, input.initiativeId, input),
);
export async function updateInitiativeAction(previous: Result<{ id: number }> | null, formData: FormData) {
  const result = refresh(await updateInitiativeGuarded(previous, formData), formData.get('initiativeId'));
  if (result.ok) redirect(`/improvement/${result.value.id}`);
  return result;
}

const moveStepGuarded = guardedAction(stepInput.extend({ initiativeId: id }), (input, { db, actor }) =>
  moveInitiativeStep(db, actor, input.initiativeId, input.step),
);
export async function moveStepAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return refresh(await moveStepGuarded(previous, formData), formData.get('initiativeId'));
}

const createMeasureGuarded = guardedAction(z.intersection(measureInput, z.object({ initiativeId: id })), (input, { db, actor }) =>
  createMeasure(db, actor, input.initiativeId, input),
);
export async function createMeasureAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return refresh(await createMeasureGuarded(previous, formData), formData.get('initiativeId'));
}

const recordValueGuarded = guardedAction(valueInput.extend({ measureId: id }), (input, { db, actor }) =>
  recordMeasureValue(db, actor, input.measureId, input),
);
export async function recordValueAction(previous: Result<{ period: string; replaced: boolean }> | null, formData: FormData) {
  return refresh(await recordValueGuarded(previous, formData), formData.get('initiativeId'));
}

const moveBaselineGuarded = guardedAction(baselineInput.extend({ measureId: id }), (input, { db, actor }) =>
  moveBaseline(db, actor, input.measureId, input),
);
export async function moveBaselineAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return refresh(await moveBaselineGuarded(previous, formData), formData.get('initiativeId'));
}

const createChangeTestGuarded = guardedAction(changeTestInput.extend({ initiativeId: id }), (input, { db, actor }) =>
  createChangeTest(db, actor, input.initiativeId, input),
);
export async function createChangeTestAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return refresh(await createChangeTestGuarded(previous, formData), formData.get('initiativeId'));
}

const updateChangeTestGuarded = guardedAction(changeTestInput.extend({ changeTestId: id }), (input, { db, actor }) =>
  updateChangeTest(db, actor, input.changeTestId, input),
);
export async function updateChangeTestAction(previous: Result<{ id: number }> | null, formData: FormData) {
  return refresh(await updateChangeTestGuarded(previous, formData), formData.get('initiativeId'));
}
