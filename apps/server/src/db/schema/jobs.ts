import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The last tick of each scheduled job that some server process claimed (lib/jobs/scheduler.ts):
 * a process enqueues a tick only when it moves this forward, so a tick runs once however many
 * processes see it. The jobs themselves live in pg-boss's own schema.
 */
export const jobSchedules = pgTable('job_schedules', {
  name: text('name').primaryKey(),
  lastTickAt: timestamp('last_tick_at', { withTimezone: true }).notNull(),
});
