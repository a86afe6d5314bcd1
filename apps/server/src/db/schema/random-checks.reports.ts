import { sql } from 'drizzle-orm';
import {
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { agencies } from './org';
import { users } from './users';

/**
 * 上报 (DR-7, seed 002 二（二）5): that an agency sent its monthly table or yearly summary of one
 * period to the agency above it. The figures are kept as sent (a snapshot and its SHA-256), so
 * what the superior received stays provable after later inspections change the live table.
 *
 * Lifecycle: submitted → accepted by the superior, or withdrawn (with a reason) by the agency
 * before that; a withdrawn row stays as history and a new row is the resubmission. At most one
 * row per agency, kind and period is not withdrawn.
 */
export const randomCheckReportSubmissions = pgTable(
  'random_check_report_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** 'monthly' | 'yearly'. */
    kind: varchar('kind', { length: 16 }).notNull(),
    /** `2026-10` for a month, `2026` for a year. */
    period: varchar('period', { length: 7 }).notNull(),
    /** 'submitted' | 'accepted' | 'withdrawn'. */
    status: varchar('status', { length: 16 }).notNull(),
    /** The due day as it applied when submitted (profile day rolled to a working day). */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedByUserId: uuid('submitted_by_user_id')
      .notNull()
      .references(() => users.id),
    submittedByName: text('submitted_by_name').notNull(),
    /** The table's rows and total as submitted. */
    figures: jsonb('figures').notNull(),
    /** SHA-256 (hex) of the canonical JSON of `figures`. */
    figuresHash: varchar('figures_hash', { length: 64 }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByName: text('withdrawn_by_name'),
    withdrawReason: text('withdraw_reason'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedByName: text('accepted_by_name'),
  },
  (table) => [
    uniqueIndex('random_check_report_submissions_current_idx')
      .on(table.agencyId, table.kind, table.period)
      .where(sql`${table.status} <> 'withdrawn'`),
    index('random_check_report_submissions_period_idx').on(table.kind, table.period),
  ],
);
