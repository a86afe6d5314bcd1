import { date, index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { nameSortKey } from './columns';
import { agencies } from './org';
import { users } from './users';

/**
 * Equipment registry (ORG-4): items per agency by category of the 2020 equipment standard
 * (《生态环境保护综合行政执法装备标准化建设指导标准（2020年版）》), with their lifecycle.
 */
export const equipmentItems = pgTable(
  'equipment_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    category: varchar('category', { length: 40 }).notNull(),
    name: text('name').notNull(),
    nameSortKey: nameSortKey('name_sort_key'),
    model: text('model'),
    serialNumber: varchar('serial_number', { length: 60 }),
    assetNumber: varchar('asset_number', { length: 40 }),
    acquiredOn: date('acquired_on', { mode: 'string' }),
    /** in_use, maintenance, scrapped, replaced. */
    status: varchar('status', { length: 16 }).notNull().default('in_use'),
    statusChangedOn: date('status_changed_on', { mode: 'string' }),
    /** The item this one replaced. */
    replacesId: uuid('replaces_id'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('equipment_items_agency_idx').on(table.agencyId, table.category),
    uniqueIndex('equipment_items_asset_number_idx').on(table.assetNumber),
    index('equipment_items_name_sort_idx').on(table.nameSortKey),
  ],
);

/** Each change of an item's status, for its history (use, maintenance, scrap, replacement). */
export const equipmentEvents = pgTable(
  'equipment_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => equipmentItems.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    fromStatus: varchar('from_status', { length: 16 }),
    toStatus: varchar('to_status', { length: 16 }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('equipment_events_item_idx').on(table.itemId)],
);
