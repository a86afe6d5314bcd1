import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { agencies, regions } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';

export function listChildRegions(db: Database, parentCode: string | undefined) {
  return db
    .select()
    .from(regions)
    .where(parentCode ? eq(regions.parentCode, parentCode) : isNull(regions.parentCode))
    .orderBy(asc(regions.code));
}

export async function findRegion(db: Database, code: string) {
  const [row] = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return row;
}

export async function listRegionAncestors(db: Database, code: string) {
  const rows = await queryRows<{
    code: string;
    name: string;
    full_name: string;
    level: string;
    parent_code: string | null;
    is_development_zone: boolean;
  }>(
    db,
    sql`
    WITH RECURSIVE path AS (
      SELECT r.*, 0 AS depth FROM ${regions} r WHERE r.code = (SELECT parent_code FROM ${regions} WHERE code = ${code})
      UNION ALL
      SELECT r.*, p.depth + 1 FROM ${regions} r JOIN path p ON r.code = p.parent_code
    )
    SELECT code, name, full_name, level, parent_code, is_development_zone FROM path ORDER BY depth DESC`,
  );
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    fullName: row.full_name,
    level: row.level,
    parentCode: row.parent_code,
    isDevelopmentZone: row.is_development_zone,
  }));
}

export function listAgenciesAtRegionInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  code: string,
) {
  return db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind })
    .from(agencies)
    .where(and(eq(agencies.regionCode, code), inArray(agencies.id, agencyIdsInScope(db, auth))))
    .orderBy(asc(agencies.sortOrder));
}

/** Region names by code, for labelling rows another area has read. */
export async function findRegionNames(db: Database, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, codes));
  return new Map(rows.map((row) => [row.code, row.name]));
}
