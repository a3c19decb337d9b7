// What a domain function gives back: a value, or a failure with message keys the UI translates. Validation failures
// are values, not exceptions; every service in lib/ and every wrapper speaks it.
import type { z } from 'zod';
import type { MessageKey } from '@/lib/i18n';
import { flatMessages } from '@/lib/i18n/messages';

export type Failure = { ok: false; error: MessageKey; fieldErrors?: Record<string, MessageKey> };
export type Result<T = null> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: MessageKey, fieldErrors?: Record<string, MessageKey>): Failure => ({
  ok: false,
  error,
  fieldErrors,
});

/** Zod issue messages that are message keys are shown as they are; anything else becomes "invalid value". */
export function validationFailure(error: z.ZodError): Failure {
  const fieldErrors: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    fieldErrors[field] ??= isMessageKey(issue.message) ? issue.message : 'guard.invalidValue';
  }
  return fail('guard.checkFields', fieldErrors);
}

export function isMessageKey(value: string): value is MessageKey {
  return value in flatMessages.sv;
}
