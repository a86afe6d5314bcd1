import type { AuditQuery } from '@qingshan/domain';
import { and, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { auditLog } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { agencies } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';

/** Business dates are Asia/Shanghai: a `to` date includes that whole day there. */
function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

function buildFilter(db: Database, auth: AuthContext, query: AuditQuery, seesUnattributed: boolean) {
  const scope = inArray(auditLog.actorAgencyId, agencyIdsInScope(db, auth));
  const conditions: SQL[] = [seesUnattributed ? or(scope, isNull(auditLog.actorAgencyId))! : scope];
  if (query.from) conditions.push(gte(auditLog.occurredAt, shanghaiDayStart(query.from)));
  if (query.to) {
    conditions.push(lt(auditLog.occurredAt, new Date(shanghaiDayStart(query.to).getTime() + 86_400_000)));
  }
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.actor) {
    const pattern = toContainsPattern(query.actor);
    conditions.push(or(ilike(auditLog.actorUsername, pattern), ilike(auditLog.actorDisplayName, pattern))!);
  }
  if (query.targetType) conditions.push(eq(auditLog.targetType, query.targetType));
  if (query.targetId) conditions.push(eq(auditLog.targetId, query.targetId));
  if (query.agencyId) conditions.push(eq(auditLog.actorAgencyId, query.agencyId));
  return and(...conditions);
}

const entryColumns = {
  entry: auditLog,
  actorAgencyName: agencies.name,
};

export async function findAuditPage(
  db: Database,
  auth: AuthContext,
  query: AuditQuery,
  seesUnattributed: boolean,
) {
  const where = buildFilter(db, auth, query, seesUnattributed);
  const [rows, [total]] = await Promise.all([
    db
      .select(entryColumns)
      .from(auditLog)
      .leftJoin(agencies, eq(agencies.id, auditLog.actorAgencyId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findAuditForExport(
  db: Database,
  auth: AuthContext,
  query: AuditQuery,
  seesUnattributed: boolean,
  limit: number,
) {
  return db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(agencies, eq(agencies.id, auditLog.actorAgencyId))
    .where(buildFilter(db, auth, query, seesUnattributed))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
