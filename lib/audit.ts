// Every administrative act is written here: who, what, which target, when (the database's clock), outcome.
import { auditLog } from '@/db/schema';
import type { DbOrTx } from '@/db/client';

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
