import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { nameSortKey } from './columns';

/** GB/T 2260 divisions (6 digits) and their towns (9-digit statistical codes). ORG-1. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    level: varchar('level', { length: 12 }).notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
    isDevelopmentZone: boolean('is_development_zone').notNull().default(false),
  },
  (table) => [index('regions_parent_code_idx').on(table.parentCode)],
);

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: varchar('code', { length: 40 }).notNull().unique(),
    name: text('name').notNull(),
    nameSortKey: nameSortKey('name_sort_key'),
    shortName: text('short_name').notNull(),
    kind: varchar('kind', { length: 40 }).notNull(),
    level: varchar('level', { length: 12 }).notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    parentId: uuid('parent_id'),
    /** 局队合一: the bureau whose jurisdiction this enforcement unit exercises. */
    jurisdictionAgencyId: uuid('jurisdiction_agency_id'),
    address: text('address'),
    phone: text('phone'),
    headName: text('head_name'),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({ columns: [table.parentId], foreignColumns: [table.id], name: 'agencies_parent_id_fk' }),
    foreignKey({
      columns: [table.jurisdictionAgencyId],
      foreignColumns: [table.id],
      name: 'agencies_jurisdiction_agency_id_fk',
    }),
    index('agencies_parent_id_idx').on(table.parentId),
    index('agencies_region_code_idx').on(table.regionCode),
  ],
);

/**
 * Every ancestor–descendant pair of the agency tree, each agency with itself at depth 0.
 * Jurisdiction queries join it: "owned by an agency in my subtree".
 */
export const agencyClosure = pgTable(
  'agency_closure',
  {
    ancestorId: uuid('ancestor_id')
      .notNull()
      .references(() => agencies.id),
    descendantId: uuid('descendant_id')
      .notNull()
      .references(() => agencies.id),
    depth: smallint('depth').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.ancestorId, table.descendantId] }),
    index('agency_closure_descendant_idx').on(table.descendantId),
  ],
);

/** Towns a field office or grid covers (seed 003: 执法N局 by area). */
export const agencyRegions = pgTable(
  'agency_regions',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
  },
  (table) => [primaryKey({ columns: [table.agencyId, table.regionCode] })],
);
