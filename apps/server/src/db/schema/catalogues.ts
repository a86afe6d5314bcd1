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
import { users } from './users';

/**
 * Published lists (CAT-1 … CAT-5): enforcement item catalogue, random-inspection item list, power
 * and responsibility lists, no-penalty list, discretion benchmarks. Each version is a row; a new
 * version copies the items of the one it is based on; one version per kind and agency is
 * published at a time, the one before it becomes superseded.
 */
export const catalogues = pgTable(
  'catalogues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 40 }).notNull(),
    ownerAgencyId: uuid('owner_agency_id')
      .notNull()
      .references(() => agencies.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** draft, published, superseded. */
    status: varchar('status', { length: 16 }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    basedOnId: uuid('based_on_id'),
    note: text('note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('catalogues_kind_owner_version_idx').on(table.kind, table.ownerAgencyId, table.version),
  ],
);

/** An item of a catalogue version; `data` follows the kind's zod schema in @qingshan/domain. */
export const catalogueItems = pgTable(
  'catalogue_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogueId: uuid('catalogue_id')
      .notNull()
      .references(() => catalogues.id),
    position: integer('position').notNull(),
    code: varchar('code', { length: 40 }).notNull(),
    name: text('name').notNull(),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('catalogue_items_catalogue_idx').on(table.catalogueId, table.position),
    uniqueIndex('catalogue_items_code_idx').on(table.catalogueId, table.code),
  ],
);
