import type { UserListQuery } from '@qingshan/domain';
import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { users } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { orderByName, withDisplayNameSortKey } from '../../lib/name-sort-key';
import { agencies, agencyClosure } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  phone: users.phone,
  agencyId: users.agencyId,
  agencyName: agencies.name,
  agencyKind: agencies.kind,
  roles: users.roles,
  status: users.status,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

const sortColumns = {
  username: users.username,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
} as const;

export type UserRow = Awaited<ReturnType<typeof findUsersPage>>['rows'][number];

function buildFilter(
  db: Database,
  auth: AuthContext,
  query: Omit<UserListQuery, 'page' | 'pageSize' | 'sort'>,
  now: Date,
) {
  const conditions: SQL[] = [inArray(users.agencyId, agencyIdsInScope(db, auth))];
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(
      or(ilike(users.username, pattern), ilike(users.displayName, pattern), ilike(users.phone, pattern))!,
    );
  }
  if (query.agencyId) {
    conditions.push(
      query.includeSubordinates
        ? inArray(
            users.agencyId,
            db
              .select({ id: agencyClosure.descendantId })
              .from(agencyClosure)
              .where(eq(agencyClosure.ancestorId, query.agencyId)),
          )
        : eq(users.agencyId, query.agencyId),
    );
  }
  if (query.role) conditions.push(sql`${query.role} = ANY(${users.roles})`);
  if (query.status) conditions.push(eq(users.status, query.status));
  if (query.isLocked === true) conditions.push(gt(users.lockedUntil, now));
  if (query.isLocked === false) conditions.push(or(isNull(users.lockedUntil), lte(users.lockedUntil, now))!);
  return and(...conditions);
}

export async function findUsersPage(db: Database, auth: AuthContext, query: UserListQuery, now: Date) {
  const where = buildFilter(db, auth, query, now);
  const descending = query.sort.startsWith('-');
  const field = query.sort.replace('-', '') as keyof typeof sortColumns | 'displayName';
  // Display names sort by their pinyin key (lib/name-sort-key); the id keeps pages stable.
  const order =
    field === 'displayName'
      ? orderByName(users.displayNameSortKey, users.displayName, descending ? 'desc' : 'asc')
      : [descending ? sql`${sortColumns[field]} DESC NULLS LAST` : asc(sortColumns[field])];
  const [rows, [total]] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(where)
      .orderBy(...order, asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** For the Excel export: the same filter, every row up to `limit`. */
export function findUsersForExport(
  db: Database,
  auth: AuthContext,
  query: UserListQuery,
  now: Date,
  limit: number,
) {
  return db
    .select(userColumns)
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(buildFilter(db, auth, query, now))
    .orderBy(asc(agencies.sortOrder), asc(users.username))
    .limit(limit);
}

export async function findUserInScope(db: Database, auth: AuthContext, id: string) {
  const [row] = await db
    .select({
      ...userColumns,
      mustChangePassword: users.mustChangePassword,
      passwordChangedAt: users.passwordChangedAt,
      failedLoginCount: users.failedLoginCount,
      lastLoginIp: users.lastLoginIp,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(users.id, id), inArray(users.agencyId, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

export async function isUsernameTaken(db: Database, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return row !== undefined;
}

export async function insertUser(db: Database, values: typeof users.$inferInsert): Promise<void> {
  await db.insert(users).values(withDisplayNameSortKey(values));
}

export async function updateUserRow(
  db: Database,
  id: string,
  changes: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await db.update(users).set(withDisplayNameSortKey(changes)).where(eq(users.id, id));
}

/** The active accounts of some agencies with their roles: who an escalated clock notifies. */
export async function findActiveUsersOfAgencies(db: Database, agencyIds: readonly string[]) {
  if (agencyIds.length === 0) return [];
  return db
    .select({ id: users.id, agencyId: users.agencyId, roles: users.roles })
    .from(users)
    .where(and(inArray(users.agencyId, [...agencyIds]), eq(users.status, 'active')));
}

/** How many accounts an agency has, in total and per role (the agency detail). */
export async function countUsersByRole(db: Database, agencyId: string) {
  const [total] = await db.select({ value: count() }).from(users).where(eq(users.agencyId, agencyId));
  const byRole = await queryRows<{ role: string; count: number | string }>(
    db,
    sql`
    SELECT role, count(*) AS count FROM ${users}, unnest(${users.roles}) AS role
    WHERE ${users.agencyId} = ${agencyId} GROUP BY role ORDER BY role`,
  );
  return {
    userCount: total?.value ?? 0,
    usersByRole: byRole.map((row) => ({ role: row.role, count: Number(row.count) })),
  };
}

// The account's side of signing in and of the own profile (the auth module asks for these).

export async function findUserForLogin(db: Database, username: string) {
  const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return user;
}

export async function recordFailedLogin(
  db: Database,
  userId: string,
  failedLoginCount: number,
  lockedUntil: Date | null,
  now: Date,
): Promise<void> {
  await db.update(users).set({ failedLoginCount, lockedUntil, updatedAt: now }).where(eq(users.id, userId));
}

export async function recordSuccessfulLogin(
  db: Database,
  userId: string,
  now: Date,
  clientAddress: string | null,
): Promise<void> {
  await db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, lastLoginIp: clientAddress })
    .where(eq(users.id, userId));
}

export async function updatePasswordHash(
  db: Database,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: now, mustChangePassword: false, updatedAt: now })
    .where(eq(users.id, userId));
}

export async function findUserById(db: Database, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return user;
}

export async function updateUserContact(
  db: Database,
  userId: string,
  changes: { displayName?: string; phone?: string | null },
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set(withDisplayNameSortKey({ ...changes, updatedAt: now }))
    .where(eq(users.id, userId));
}
