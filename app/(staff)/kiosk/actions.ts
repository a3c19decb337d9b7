'use server';
// Enrolling and revoking kiosk devices: guarded actions; lib/kiosk/devices.ts checks the actor again.
import { revalidatePath } from 'next/cache';
import { guardedAction, type Result } from '@/lib/auth/guarded';
import { enrolKioskDevice, enrolKioskInput, revokeKioskDevice, revokeKioskInput } from '@/lib/kiosk/devices';

const enrolGuarded = guardedAction(enrolKioskInput, (input, { db, actor }) => enrolKioskDevice(db, actor, input));
export async function enrolKioskAction(previous: Result<{ id: number; path: string }> | null, formData: FormData) {
  const result = await enrolGuarded(previous, formData);
  if (result.ok) revalidatePath('/kiosk');
  return result;
}

const revokeGuarded = guardedAction(revokeKioskInput, (input, { db, actor }) => revokeKioskDevice(db, actor, input));
export async function revokeKioskAction(previous: Result<{ id: number }> | null, formData: FormData) {
  const result = await revokeGuarded(previous, formData);
  if (result.ok) revalidatePath('/kiosk');
  return result;
}
