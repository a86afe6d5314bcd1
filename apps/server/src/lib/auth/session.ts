import { createHash, randomBytes } from 'node:crypto';
import { type Role, securityPolicy } from '@qingshan/domain';
import { and, desc, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { agencies, regions, sessions, users } from '../../db/schema/index';
import type { AuthContext } from './auth.context';

export const sessionCookieName = 'qs_session';
export const csrfCookieName = 'qs_csrf';
export const csrfHeaderName = 'x-csrf-token';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  tx: Database,
  userId: string,
  now: Date,
  meta: { clientAddress: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('hex');
  const expiresAt = new Date(now.getTime() + securityPolicy.absoluteSessionHours * 3_600_000);
  await tx.insert(sessions).values({
    tokenHash: hashSessionToken(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    clientAddress: meta.clientAddress,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export interface EndedSessionUser {
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
}

export type SessionLookup =
  | { state: 'missing' }
  /** Ended earlier (logout, forced logout, password reset, role change…): nothing more to record. */
  | { state: 'closed'; reason: string }
  | { state: 'ended'; reason: 'idle' | 'expired' | 'disabled'; tokenHash: string; user: EndedSessionUser }
  | { state: 'active'; auth: Omit<AuthContext, 'clientAddress'>; lastSeenAt: Date };

function prepareSessionQuery(db: Database) {
  return db
    .select({
      session: sessions,
      user: users,
      agency: {
        id: agencies.id,
        name: agencies.name,
        kind: agencies.kind,
        level: agencies.level,
        regionCode: agencies.regionCode,
        jurisdictionAgencyId: agencies.jurisdictionAgencyId,
      },
      regionName: regions.fullName,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('session_lookup');
}

// Every API request runs this query: prepared once per database, it skips building the SQL
// and mapping the selection again each time (about a millisecond on PGlite; docs/PERFORMANCE.md).
const preparedSessionQueries = new WeakMap<Database, ReturnType<typeof prepareSessionQuery>>();

/** Finds the session behind a cookie token and decides whether it still holds at `now`. */
export async function lookUpSession(db: Database, token: string, now: Date): Promise<SessionLookup> {
  const tokenHash = hashSessionToken(token);
  let query = preparedSessionQueries.get(db);
  if (!query) {
    query = prepareSessionQuery(db);
    preparedSessionQueries.set(db, query);
  }
  const [row] = await query.execute({ tokenHash });
  if (!row) return { state: 'missing' };
  const { session, user, agency } = row;
  if (session.endedAt) return { state: 'closed', reason: session.endReason ?? 'ended' };
  const ended = (reason: 'idle' | 'expired' | 'disabled'): SessionLookup => ({
    state: 'ended',
    reason,
    tokenHash,
    user: { id: user.id, username: user.username, displayName: user.displayName, agencyId: user.agencyId },
  });
  if (user.status !== 'active') return ended('disabled');
  if (session.expiresAt <= now) return ended('expired');
  const idleLimit = session.lastSeenAt.getTime() + securityPolicy.idleTimeoutMinutes * 60_000;
  if (idleLimit <= now.getTime()) return ended('idle');
  return {
    state: 'active',
    lastSeenAt: session.lastSeenAt,
    auth: {
      sessionTokenHash: tokenHash,
      sessionCreatedAt: session.createdAt,
      csrfToken: session.csrfToken,
      sessionExpiresAt: session.expiresAt,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        phone: user.phone,
        roles: user.roles as Role[],
        status: user.status,
        mustChangePassword: user.mustChangePassword || isPasswordExpired(user.passwordChangedAt, now),
        passwordChangedAt: user.passwordChangedAt,
        lastLoginAt: user.lastLoginAt,
        lastLoginIp: user.lastLoginIp,
      },
      agency: {
        id: agency.id,
        name: agency.name,
        kind: agency.kind as AuthContext['agency']['kind'],
        level: agency.level as AuthContext['agency']['level'],
        regionCode: agency.regionCode,
        regionName: row.regionName,
      },
      scopeRootAgencyId: agency.jurisdictionAgencyId ?? agency.id,
    },
  };
}

export function isPasswordExpired(passwordChangedAt: Date, now: Date): boolean {
  return now.getTime() - passwordChangedAt.getTime() > securityPolicy.passwordMaxAgeDays * 86_400_000;
}

export function passwordExpiresAt(passwordChangedAt: Date): Date {
  return new Date(passwordChangedAt.getTime() + securityPolicy.passwordMaxAgeDays * 86_400_000);
}

export async function touchSession(db: Database, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function endSession(db: Database, tokenHash: string, now: Date, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.endedAt)));
}

/** Ends every open session of a user, except the one given (the user's own, on password change). */
export async function endSessionsOfUser(
  db: Database,
  userId: string,
  now: Date,
  reason: string,
  exceptTokenHash?: string,
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: now, endReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.endedAt),
        ...(exceptTokenHash ? [ne(sessions.tokenHash, exceptTokenHash)] : []),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/** The login before this session's: what a user checks to spot someone else using their account. */
export async function findPreviousLogin(
  db: Database,
  userId: string,
  before: Date,
): Promise<{ at: Date; clientAddress: string | null } | null> {
  const [row] = await db
    .select({ at: sessions.createdAt, clientAddress: sessions.clientAddress })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), lt(sessions.createdAt, before)))
    .orderBy(desc(sessions.createdAt))
    .limit(1);
  return row ?? null;
}
