import { date, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Holidays and make-up working days entered by an administrator (SYS-4): the State Council
 * publishes next year's schedule around November, after the chinese-days package was built.
 */
export const calendarOverrides = pgTable('calendar_overrides', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: varchar('kind', { length: 12 }).notNull(),
  name: text('name').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Years whose schedule an administrator has entered completely; deadlines there are final. */
export const calendarConfirmedYears = pgTable('calendar_confirmed_years', {
  year: integer('year').primaryKey(),
  notice: text('notice').notNull(),
  confirmedBy: uuid('confirmed_by'),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
});
