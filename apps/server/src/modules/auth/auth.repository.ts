import { type LoginFailureState, securityPolicy } from '@qingshan/domain';
import { and, count, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { loginAddressFailures, sessions, unknownUsernameFailures } from '../../db/schema/index';
import { agencies, agencyClosure, agencyRegions, regions } from '../../lib/organisation';

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

export async function findUnknownUsernameFailures(
  db: Database,
  username: string,
): Promise<LoginFailureState> {
  const [row] = await db
    .select({
      failedLoginCount: unknownUsernameFailures.failedLoginCount,
      lockedUntil: unknownUsernameFailures.lockedUntil,
    })
    .from(unknownUsernameFailures)
    .where(eq(unknownUsernameFailures.username, username))
    .limit(1);
  return row ?? { failedLoginCount: 0, lockedUntil: null };
}

export async function saveUnknownUsernameFailures(
  db: Database,
  username: string,
  state: LoginFailureState,
  now: Date,
): Promise<void> {
  await db
    .insert(unknownUsernameFailures)
    .values({ username, ...state, updatedAt: now })
    .onConflictDoUpdate({ target: unknownUsernameFailures.username, set: { ...state, updatedAt: now } });
}

/** Until when a client address may not try passwords, or null when it may. */
export async function findAddressBlock(db: Database, clientAddress: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ blockedUntil: loginAddressFailures.blockedUntil })
    .from(loginAddressFailures)
    .where(eq(loginAddressFailures.clientAddress, clientAddress))
    .limit(1);
  return row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null;
}

/**
 * Counts one failed password check from a client address in one statement, so that processes
 * sharing the database cannot lose a count between read and write. The failure that reaches
 * the limit sets the block (and only that one reports `isNowBlocked`).
 */
export async function recordAddressFailure(
  db: Database,
  clientAddress: string,
  now: Date,
): Promise<{ failedCount: number; blockedUntil: Date | null; isNowBlocked: boolean }> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const windowStart = sql`${new Date(now.getTime() - securityPolicy.addressWindowMinutes * 60_000).toISOString()}::timestamptz`;
  const blockEnd = sql`${new Date(now.getTime() + securityPolicy.addressBlockMinutes * 60_000).toISOString()}::timestamptz`;
  const isWindowOver = sql`${loginAddressFailures.windowStartedAt} <= ${windowStart}`;
  const nextCount = sql`CASE WHEN ${isWindowOver} THEN 1 ELSE ${loginAddressFailures.failedCount} + 1 END`;
  const [row] = await db
    .insert(loginAddressFailures)
    .values({
      clientAddress,
      windowStartedAt: now,
      failedCount: 1,
      blockedUntil: null,
    })
    .onConflictDoUpdate({
      target: loginAddressFailures.clientAddress,
      set: {
        windowStartedAt: sql`CASE WHEN ${isWindowOver} THEN ${at} ELSE ${loginAddressFailures.windowStartedAt} END`,
        failedCount: nextCount,
        blockedUntil: sql`CASE WHEN ${nextCount} = ${securityPolicy.maxFailedLoginsPerAddress} THEN ${blockEnd} ELSE ${loginAddressFailures.blockedUntil} END`,
      },
    })
    .returning({
      failedCount: loginAddressFailures.failedCount,
      blockedUntil: loginAddressFailures.blockedUntil,
    });
  const failedCount = row!.failedCount;
  return {
    failedCount,
    blockedUntil: row!.blockedUntil,
    isNowBlocked: failedCount === securityPolicy.maxFailedLoginsPerAddress,
  };
}

/**
 * Deletes what no longer affects any login (the nightly sweep), each in one statement so that a
 * login in another process meanwhile is never undone:
 * - sessions whose absolute end lies `endedSessionRetentionDays` back (every session ends by then,
 *   whether or not it was ended earlier);
 * - failure counters of unknown usernames whose lock has run out: the next failure starts a fresh
 *   count either way (registerFailedLogin), so a missing row and such a row behave alike;
 * - failures per address whose window is over and whose block has run out (recordAddressFailure
 *   starts a fresh window either way).
 */
export async function deleteExpiredLoginRecords(
  db: Database,
  now: Date,
): Promise<{ sessions: number; unknownUsernames: number; addresses: number }> {
  const sessionsBefore = new Date(now.getTime() - securityPolicy.endedSessionRetentionDays * 86_400_000);
  const windowStart = new Date(now.getTime() - securityPolicy.addressWindowMinutes * 60_000);
  const deletedSessions = await db
    .delete(sessions)
    .where(lte(sessions.expiresAt, sessionsBefore))
    .returning({ tokenHash: sessions.tokenHash });
  const deletedUsernames = await db
    .delete(unknownUsernameFailures)
    .where(lte(unknownUsernameFailures.lockedUntil, now))
    .returning({ username: unknownUsernameFailures.username });
  const deletedAddresses = await db
    .delete(loginAddressFailures)
    .where(
      and(
        lte(loginAddressFailures.windowStartedAt, windowStart),
        or(isNull(loginAddressFailures.blockedUntil), lte(loginAddressFailures.blockedUntil, now)),
      ),
    )
    .returning({ clientAddress: loginAddressFailures.clientAddress });
  return {
    sessions: deletedSessions.length,
    unknownUsernames: deletedUsernames.length,
    addresses: deletedAddresses.length,
  };
}

/** Sessions of an account that are neither ended nor expired (the user detail shows the count). */
export async function countActiveSessions(db: Database, userId: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)));
  return row?.value ?? 0;
}
