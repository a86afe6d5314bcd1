import { bigint, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * The audit trail (SYS-1): append-only, each entry's hash covers its fields and the previous
 * entry's hash. A trigger (migration `audit_log_append_only`) refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorDisplayName: text('actor_display_name'),
    actorAgencyId: uuid('actor_agency_id'),
    action: varchar('action', { length: 64 }).notNull(),
    targetType: varchar('target_type', { length: 40 }).notNull(),
    targetId: text('target_id'),
    summary: text('summary').notNull(),
    beforeDigest: varchar('before_digest', { length: 64 }),
    afterDigest: varchar('after_digest', { length: 64 }),
    clientAddress: text('client_address'),
    previousHash: varchar('previous_hash', { length: 64 }).notNull(),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (table) => [
    index('audit_log_occurred_at_idx').on(table.occurredAt),
    index('audit_log_actor_agency_idx').on(table.actorAgencyId),
    index('audit_log_target_idx').on(table.targetType, table.targetId),
  ],
);
