import { desc, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { auditLog } from '../../db/schema/index';
import {
  type ChainedFields,
  computeEntryHash,
  digestState,
  genesisHash,
  toStoredFields,
} from './audit.chain';

/** Who acted. Null fields for acts without a logged-in user (a failed login, the demo loader). */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  displayName: string | null;
  agencyId: string | null;
  clientAddress: string | null;
}

export interface AuditEvent {
  /** `<area>.<verb>`, e.g. `users.create`; labels in @qingshan/domain auditActionLabels. */
  action: string;
  targetType: string;
  targetId?: string | null;
  /** One line in Chinese a person can read in the audit viewer. */
  summary: string;
  /** The record before and after the act, without secrets; only their digests are kept. */
  before?: unknown;
  after?: unknown;
}

export const systemActor: AuditActor = {
  userId: null,
  username: 'system',
  displayName: '系统',
  agencyId: null,
  clientAddress: null,
};

// Any constant works; it only has to be the same for every writer of the chain.
const auditChainLockKey = 727275;

/**
 * Appends one entry to the hash chain, inside the caller's transaction: the entry commits or
 * rolls back with the act it records. The advisory lock serialises appenders until commit, so
 * ids stay gapless and each entry chains to the one committed before it.
 */
export async function appendAudit(
  tx: Database,
  actor: AuditActor,
  event: AuditEvent,
  at: Date,
): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${auditChainLockKey})`);
  const [last] = await tx
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  const fields: ChainedFields = toStoredFields({
    id: (last?.id ?? 0) + 1,
    occurredAt: at,
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorDisplayName: actor.displayName,
    actorAgencyId: actor.agencyId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    summary: event.summary,
    beforeDigest: digestState(event.before),
    afterDigest: digestState(event.after),
    clientAddress: actor.clientAddress,
    previousHash: last?.hash ?? genesisHash,
  });
  await tx.insert(auditLog).values({ ...fields, hash: computeEntryHash(fields) });
}
