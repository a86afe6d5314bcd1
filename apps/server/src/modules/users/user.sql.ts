import { type Column, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/index';

/**
 * An account's display name as a column of another area's query: `createdByName:
 * userDisplayName(events.createdBy)`. A sub-select on the primary key, one index probe per row of a
 * page, so an area shows who did what without naming the accounts table (D53).
 */
export function userDisplayName(userId: Column | SQL): SQL<string | null> {
  return sql<string | null>`(SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${userId})`;
}

const query = new QueryBuilder();

/**
 * Accounts as a relation another area joins like a table (D54b): `.leftJoin(account,
 * eq(account.id, officers.userId))`, then `account.username`. Only the columns listed here are
 * offered (no password hash, no login state); a sub-select without aggregation or limit, so
 * PostgreSQL flattens it and plans the same join as on the table.
 */
export function accountSummaries(alias = 'account') {
  return query
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      status: users.status,
      agencyId: users.agencyId,
    })
    .from(users)
    .as(alias);
}
