import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Server-side sessions; the cookie carries a random token, the table keeps its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: varchar('token_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: varchar('end_reason', { length: 20 }),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

/**
 * Login failures under usernames no account has, counted exactly like users.failed_login_count
 * so that the countdown and the lock tell nobody which usernames exist. In the database rather
 * than in memory so that every server process and a restart see the same count.
 */
export const unknownUsernameFailures = pgTable('unknown_username_failures', {
  username: varchar('username', { length: 64 }).primaryKey(),
  failedLoginCount: integer('failed_login_count').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * Failed password checks per client address in the current window (securityPolicy
 * maxFailedLoginsPerAddress), shared by every server process behind a load balancer.
 */
export const loginAddressFailures = pgTable('login_address_failures', {
  clientAddress: text('client_address').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  failedCount: integer('failed_count').notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
