import { count, eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { agencies, agencyClosure, agencyRegions, regions, users } from '../../db/schema/index';

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
    .set({ ...changes, updatedAt: now })
    .where(eq(users.id, userId));
}

export async function findAgencyWithRegion(db: Database, agencyId: string) {
  const [row] = await db
    .select({
      id: agencies.id,
      name: agencies.name,
      kind: agencies.kind,
      level: agencies.level,
      regionCode: agencies.regionCode,
      regionName: regions.fullName,
    })
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(agencies.id, agencyId))
    .limit(1);
  return row;
}

export async function countAgenciesBelow(db: Database, rootAgencyId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(agencyClosure)
    .where(eq(agencyClosure.ancestorId, rootAgencyId));
  return row?.value ?? 0;
}

/** The root agency's own region, and the towns a field office covers. */
export async function findScopeRegions(db: Database, rootAgencyId: string) {
  return queryRows<{ code: string; name: string }>(
    db,
    sql`
    SELECT r.code, r.full_name AS name FROM ${agencies} a JOIN ${regions} r ON r.code = a.region_code
    WHERE a.id = ${rootAgencyId}
    UNION
    SELECT r.code, r.full_name AS name FROM ${agencyRegions} ar JOIN ${regions} r ON r.code = ar.region_code
    WHERE ar.agency_id = ${rootAgencyId}
    ORDER BY code`,
  );
}
