// Every administrative act is written here: who, what, which target, when (the database's clock), outcome.
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, users } from '@/db/schema';
import type { Db, DbOrTx } from '@/db/client';
import { requireRole, type Actor } from '@/lib/auth/actor';
import type { MessageKey } from '@/lib/i18n';
import { isMessageKey, ok, validationFailure, type Result } from '@/lib/result';

export type AuditRecord = {
  actorUserId: number | null;
  action: string;
  targetType: string;
  targetId?: string | number | null;
  outcome: 'ok' | 'denied' | 'failed';
  details?: Record<string, unknown>;
};

export async function recordAudit(db: DbOrTx, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: record.actorUserId,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId == null ? null : String(record.targetId),
    outcome: record.outcome,
    details: record.details ?? null,
  });
}

// Reading the log: strategists only. What is shown is who, which act, which object, when and how it went; the
// details column is never shown (it can hold what a strategist typed), only a refusal's reason when it is one of
// our message keys. Responses never reach this table, so no answer can appear here.

/** Every act the code records; the filter offers these and the page names each in words. */
export const auditActions = [
  'change_test.create',
  'change_test.update',
  'channel.create',
  'channel.update',
  'decision.record',
  'dialogue_meeting.create',
  'export',
  'good_example.publish',
  'initiative.create',
  'initiative.step',
  'initiative.update',
  'invitations.create',
  'invitations.export',
  'kiosk.enrol',
  'kiosk.revoke',
  'measure.baseline',
  'measure.create',
  'organisation.create',
  'organisation.update',
  'report.lock',
  'responses.delete',
  'round.close',
  'round.create',
  'round.open',
  'round.update',
  'service.confirm',
  'service.create',
  'service.update',
  'service_category.create',
  'user.create',
  'user.disable',
  'user.password',
  'user.role',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const AUDIT_PAGE_SIZE = 50;

const blankIsAbsent = (value: unknown) => (value === '' ? undefined : Array.isArray(value) ? value[0] : value);
const day = z.preprocess(blankIsAbsent, z.iso.date('audit.error.date').optional());

export const auditQuery = z
  .object({
    person: z.preprocess(blankIsAbsent, z.coerce.number().int().positive('audit.error.person').optional()),
    action: z.preprocess(blankIsAbsent, z.enum(auditActions, 'audit.error.action').optional()),
    from: day,
    to: day,
    page: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1, 'audit.error.page').default(1)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'audit.error.range', path: ['to'] });
export type AuditQuery = z.output<typeof auditQuery>;

export type AuditLine = {
  id: number;
  at: Date;
  person: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: string;
  /** A refusal's reason, only when it is a message key (never free text). */
  reason: MessageKey | null;
};

export type AuditPage = {
  lines: AuditLine[];
  total: number;
  page: number;
  pages: number;
  people: { id: number; name: string }[];
};

/** One page of the log, newest first, filtered in SQL; dates are whole days in Swedish time. */
export async function listAuditEntries(db: Db, actor: Actor | null, input: unknown): Promise<Result<AuditPage>> {
  requireRole(actor, 'strategist');
  const parsed = auditQuery.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const query = parsed.data;
  const where = and(
    query.person ? eq(auditLog.actorUserId, query.person) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.from ? sql`${auditLog.at} >= (${query.from}::date)::timestamp at time zone 'Europe/Stockholm'` : undefined,
    query.to ? sql`${auditLog.at} < (${query.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'` : undefined,
  );
  const [[{ total }], rows, people] = await Promise.all([
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where),
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        person: users.name,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        outcome: auditLog.outcome,
        reason: sql<string | null>`${auditLog.details} ->> 'reason'`,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((query.page - 1) * AUDIT_PAGE_SIZE),
    db
      .selectDistinct({ id: users.id, name: users.name })
      .from(users)
      .innerJoin(auditLog, eq(auditLog.actorUserId, users.id))
      .orderBy(users.name),
  ]);
  return ok({
    lines: rows.map((row) => ({ ...row, reason: row.reason && isMessageKey(row.reason) ? row.reason : null })),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    people,
  });
}
