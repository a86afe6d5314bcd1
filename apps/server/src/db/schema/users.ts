import { boolean, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { nameSortKey } from './columns';
import { agencies } from './org';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: varchar('username', { length: 32 }).notNull().unique(),
    displayName: text('display_name').notNull(),
    displayNameSortKey: nameSortKey('display_name_sort_key'),
    phone: text('phone'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    roles: text('roles').array().notNull().default([]),
    status: varchar('status', { length: 12 }).notNull().default('active'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    lastLoginIp: text('last_login_ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('users_agency_id_idx').on(table.agencyId),
    index('users_display_name_sort_idx').on(table.displayNameSortKey),
  ],
);
