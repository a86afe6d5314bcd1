import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { regulatedEntities } from './entities';
import { agencies } from './org';
import { users } from './users';

/** 红黄牌警示 (REG-4; Jiangxi's 红黄牌警示管理制度 per seed 002). */
export const creditCards = pgTable(
  'credit_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    color: varchar('color', { length: 8 }).notNull(),
    reason: text('reason').notNull(),
    basis: text('basis'),
    documentNumber: varchar('document_number', { length: 60 }),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    liftedOn: date('lifted_on', { mode: 'string' }),
    liftReason: text('lift_reason'),
    liftedByAgencyId: uuid('lifted_by_agency_id').references(() => agencies.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('credit_cards_entity_idx').on(table.entityId)],
);

/** 企业环境信用评价 (REG-4): one level per entity and year. */
export const creditEvaluations = pgTable(
  'credit_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    year: smallint('year').notNull(),
    /** trustworthy (环保诚信), good (环保良好), warning (环保警示), untrustworthy (环保不良). */
    level: varchar('level', { length: 16 }).notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('credit_evaluations_entity_year_idx').on(table.entityId, table.year)],
);

/** 守法积分 ledger (REG-4, seed 003): signed points with their reason; the balance is the sum. */
export const compliancePointEntries = pgTable(
  'compliance_point_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    points: integer('points').notNull(),
    reason: text('reason').notNull(),
    sourceType: varchar('source_type', { length: 32 }),
    sourceId: text('source_id'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('compliance_point_entries_entity_idx').on(table.entityId, table.occurredOn)],
);

/**
 * Membership of the blacklist (联合惩戒) and the positive list (正面清单, seed 004 item 9: spared
 * routine random checks). At most one open membership per entity and list.
 */
export const entityListMemberships = pgTable(
  'entity_list_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    list: varchar('list', { length: 16 }).notNull(),
    listedOn: date('listed_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    basis: text('basis'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    removedOn: date('removed_on', { mode: 'string' }),
    removalReason: text('removal_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('entity_list_memberships_open_idx')
      .on(table.entityId, table.list)
      .where(sql`${table.removedOn} IS NULL`),
    // The list's "on the list at a date" test includes removed memberships (removed_on after the
    // date), which the partial index above cannot answer.
    index('entity_list_memberships_entity_idx').on(table.entityId, table.list),
  ],
);

/** 一公开、一承诺 (REG-3, seed 002), kept, listed and exported by the credit module (D54b): open letter delivered and 环保承诺书 signed, per key polluter and year. */
export const entityCommitments = pgTable(
  'entity_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    year: smallint('year').notNull(),
    letterDeliveredOn: date('letter_delivered_on', { mode: 'string' }),
    deliveryMethod: varchar('delivery_method', { length: 24 }),
    commitmentSignedOn: date('commitment_signed_on', { mode: 'string' }),
    signatory: text('signatory'),
    /** SHA-256 of the scanned signed commitment, when a file was kept. */
    documentSha256: varchar('document_sha256', { length: 64 }),
    note: text('note'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('entity_commitments_entity_year_idx').on(table.entityId, table.year)],
);
