import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { agencies } from './org';

/**
 * 法定期限计时 (SYS-3, base of CASE-2): one clock per obligation of a subject (an officer's
 * certificate, a card's rectification, a task's field record …), started by the subject's event.
 * The rule is named by key (`clockRuleOf`); its label and basis are kept as they applied when
 * the clock started. `due_on` is the domain model's answer, stored again on every change so the
 * to-do list and the escalation sweep can filter on it; it is never computed in SQL.
 *
 * Lifecycle: open (running or paused) → met (stopped when the obligation was fulfilled) or
 * cancelled (the subject went away). `escalated_at` is set once, by the sweep, when an open
 * clock was found overdue.
 */
export const clocks = pgTable(
  'clocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * 'officer_certificate' | 'officer_secondment' | 'credit_card' | 'random_check_task' |
     * 'random_check_result' (a completed task's publication) | 'random_check_report' (an agency's table of a period).
     */
    subjectKind: varchar('subject_kind', { length: 32 }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The to-do kind it shows as (`todoKinds`). */
    kind: varchar('kind', { length: 32 }).notNull(),
    /** The agency that must act; jurisdiction follows it. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The owning agency's region: the province profile whose rule applies (`profileForRegion`). */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /**
     * The people who must act, when they are named (the inspectors of a task); empty otherwise.
     * An array, not a row per person: one obligation is one clock, escalated and shown once.
     */
    responsibleUserIds: uuid('responsible_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Otherwise the duty (a permission of `permissions.ts`) whose holders in the agency must act. */
    responsiblePermission: varchar('responsible_permission', { length: 48 }),
    /** `clockRuleOf` key: a `profile.deadlines` key or a derived period. */
    ruleKey: varchar('rule_key', { length: 48 }).notNull(),
    /** The period an act set (a plan's inspection window); null for the profile's. */
    amount: integer('amount'),
    label: text('label').notNull(),
    basis: text('basis').notNull(),
    /** What it is about and where it is done, in Chinese (entity or officer name; plan or agency). */
    subject: text('subject').notNull(),
    context: text('context').notNull(),
    path: text('path').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** Null while an open pause holds the clock. */
    dueOn: date('due_on', { mode: 'string' }),
    /** For clocks that end at their event: the first day they show. */
    visibleFrom: date('visible_from', { mode: 'string' }).notNull(),
    /** `ClockPause[]`: from, to (null while it lasts), reason. */
    pauses: jsonb('pauses').notNull().default(sql`'[]'::jsonb`),
    /** `ClockExtension[]`: step, approvedOn, approvedBy. */
    extensions: jsonb('extensions').notNull().default(sql`'[]'::jsonb`),
    /** 'open' | 'met' | 'cancelled'. */
    status: varchar('status', { length: 16 }).notNull(),
    metOn: date('met_on', { mode: 'string' }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('clocks_subject_rule_idx').on(table.subjectKind, table.subjectId, table.ruleKey),
    index('clocks_open_agency_idx').on(table.agencyId, table.dueOn).where(sql`${table.status} = 'open'`),
    // A head's list: the overdue clocks of the agencies below, escalated by the sweep.
    index('clocks_open_escalated_idx')
      .on(table.agencyId)
      .where(sql`${table.status} = 'open' AND ${table.escalatedAt} IS NOT NULL`),
    // An inspector's list: `responsible_user_ids @> ARRAY[me]` among the open clocks only.
    index('clocks_open_user_idx').using('gin', table.responsibleUserIds).where(sql`${table.status} = 'open'`),
  ],
);
