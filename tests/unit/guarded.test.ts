import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { AccessDenied, NotFound, type Actor } from '@/lib/auth/actor';
import { formDataToObject, runGuarded } from '@/lib/auth/guarded';
import { ok } from '@/lib/result';
import { writeLogTo } from '@/lib/log';

const actor: Actor = { userId: 1, role: 'coordinator', organisationId: 2, name: 'Test' };
const db = {} as Db; // never touched: the functions under test do not reach the database
const schema = z.object({ count: z.coerce.number().int().min(1, 'invitations.countInvalid') });

describe('the guarded wrapper', () => {
  it('parses the input first: a validation failure is a value with message keys and the function never runs', async () => {
    let ran = false;
    const result = await runGuarded(schema, { count: '0' }, actor, db, async () => {
      ran = true;
      return ok(null);
    });
    expect(result).toEqual({
      ok: false,
      error: 'guard.checkFields',
      fieldErrors: { count: 'invitations.countInvalid' },
    });
    expect(ran).toBe(false);
  });

  it('hands the parsed input and the actor to the function', async () => {
    const result = await runGuarded(schema, { count: '3' }, actor, db, async (input, context) =>
      ok({ count: input.count, by: context.actor.userId }),
    );
    expect(result).toEqual({ ok: true, value: { count: 3, by: 1 } });
  });

  it('maps AccessDenied and NotFound to message values', async () => {
    expect(await runGuarded(schema, { count: 1 }, actor, db, async () => Promise.reject(new AccessDenied()))).toEqual({
      ok: false,
      error: 'guard.denied',
    });
    expect(await runGuarded(schema, { count: 1 }, actor, db, async () => Promise.reject(new NotFound()))).toEqual({
      ok: false,
      error: 'guard.notFound',
    });
  });

  it('answers an unexpected failure with a plain message and logs only its name and code, never what it quoted', async () => {
    // What PostgreSQL says when a row breaks a constraint: its message and detail can carry the submitted values.
    const databaseError = Object.assign(new Error('new row for relation "responses" violates check constraint'), {
      name: 'PostgresError',
      code: '23514',
      detail: 'Failing row contains (Jag heter Anna Andersson, anna@example.com).',
    });
    const lines: string[] = [];
    const restore = writeLogTo({ write: (line) => lines.push(line) });
    try {
      const result = await runGuarded(schema, { count: 1 }, actor, db, async () => Promise.reject(databaseError));
      expect(result).toEqual({ ok: false, error: 'guard.unexpected' });
      const output = lines.join('\n');
      expect(output).toContain('PostgresError 23514');
      expect(output).not.toMatch(/Anna|anna@example\.com|Failing row|violates/);
    } finally {
      restore();
    }
  });

  it('reads repeated form fields (checkboxes) as a list and drops React\u2019s own fields', () => {
    const form = new FormData();
    form.append('surveys', 'actor-followup');
    form.append('surveys', 'target-feedback');
    form.append('name', 'Runda');
    form.append('$ACTION_ID_abc', '');
    expect(formDataToObject(form)).toEqual({ surveys: ['actor-followup', 'target-feedback'], name: 'Runda' });
  });
});
