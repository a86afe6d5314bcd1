import { type Column, type SQL, sql } from 'drizzle-orm';
import { users } from '../../db/schema/index';

/**
 * An account's display name as a column of another area's query: `createdByName:
 * userDisplayName(events.createdBy)`. A sub-select on the primary key, one index probe per row of a
 * page, so an area shows who did what without naming the accounts table (D53).
 */
export function userDisplayName(userId: Column | SQL): SQL<string | null> {
  return sql<string | null>`(SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${userId})`;
}
