'use server';
// Enrolling and revoking kiosk devices: built by guardedAction (tests/unit/endpoints-wrapped.test.ts fails
// otherwise); lib/kiosk/devices.ts checks the actor again.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/lib/auth/guarded';
import type { Result } from '@/lib/result';
import { enrolKioskDevice, enrolKioskInput, revokeKioskDevice, revokeKioskInput } from '@/lib/kiosk/devices';

function refresh<T>(result: Result<T>): Result<T> {
  if (result.ok) revalidatePath('/kiosk');
  return result;
}

export const enrolKioskAction = guardedAction(
  enrolKioskInput,
  (input, { db, actor }) => enrolKioskDevice(db, actor, input),
  { after: refresh },
);

export const revokeKioskAction = guardedAction(
  revokeKioskInput,
  (input, { db, actor }) => revokeKioskDevice(db, actor, input),
  { after: refresh },
);
