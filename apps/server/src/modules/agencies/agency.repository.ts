import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { agencies, agencyClosure, agencyRegions, regions } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { withNameSortKey } from '../../lib/name-sort-key';

const agencyColumns = {
  id: agencies.id,
  code: agencies.code,
  name: agencies.name,
  shortName: agencies.shortName,
  kind: agencies.kind,
  level: agencies.level,
  regionCode: agencies.regionCode,
  regionName: regions.fullName,
  parentId: agencies.parentId,
  jurisdictionAgencyId: agencies.jurisdictionAgencyId,
  sortOrder: agencies.sortOrder,
  isActive: agencies.isActive,
};

export type AgencyRow = NonNullable<Awaited<ReturnType<typeof findAgencySummary>>>;

/**
 * Every agency of the jurisdiction, built as one JSON document in the database: a province
 * has hundreds of agencies, and one text value crosses PGlite's wire protocol far faster than
 * hundreds of rows of a dozen columns (see docs/PERFORMANCE.md).
 */
export async function listAgenciesInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
): Promise<AgencyRow[]> {
  const [row] = await queryRows<{ items: string }>(
    db,
    sql`SELECT coalesce(json_agg(json_build_object(
          'id', a.id, 'code', a.code, 'name', a.name, 'shortName', a.short_name, 'kind', a.kind,
          'level', a.level, 'regionCode', a.region_code, 'regionName', r.full_name, 'parentId', a.parent_id,
          'jurisdictionAgencyId', a.jurisdiction_agency_id, 'sortOrder', a.sort_order, 'isActive', a.is_active
        ) ORDER BY a.sort_order, a.code), '[]')::text AS items
        FROM ${agencyClosure} c
        JOIN ${agencies} a ON a.id = c.descendant_id
        JOIN ${regions} r ON r.code = a.region_code
        WHERE c.ancestor_id = ${auth.scopeRootAgencyId}`,
  );
  return JSON.parse(row?.items ?? '[]');
}

export async function findAgencyDetailInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  id: string,
) {
  const [row] = await db
    .select({
      ...agencyColumns,
      address: agencies.address,
      phone: agencies.phone,
      headName: agencies.headName,
      description: agencies.description,
      updatedAt: agencies.updatedAt,
    })
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(and(eq(agencies.id, id), inArray(agencies.id, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

/** What other modules need to know of one agency: its name, kind, level, region and bureau. */
const agencyFactColumns = {
  id: agencies.id,
  name: agencies.name,
  shortName: agencies.shortName,
  kind: agencies.kind,
  level: agencies.level,
  regionCode: agencies.regionCode,
  regionName: regions.fullName,
  jurisdictionAgencyId: agencies.jurisdictionAgencyId,
  isActive: agencies.isActive,
};

export type AgencyFacts = NonNullable<Awaited<ReturnType<typeof findAgency>>>;

/** One agency by id regardless of scope; callers that act for a user check scope first. */
export async function findAgency(db: Database, id: string) {
  const [row] = await db
    .select(agencyFactColumns)
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(agencies.id, id))
    .limit(1);
  return row;
}

/** One agency, only when it lies in the user's subtree. */
export async function findAgencyInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  id: string,
) {
  const [row] = await db
    .select(agencyFactColumns)
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(and(eq(agencies.id, id), inArray(agencies.id, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

/** An agency by id regardless of scope: only for showing the parent of a root the user sees. */
export async function findAgencySummary(db: Database, id: string) {
  const [row] = await db
    .select(agencyColumns)
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(agencies.id, id))
    .limit(1);
  return row;
}

export function listChildAgencies(db: Database, parentId: string) {
  return db
    .select(agencyColumns)
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(agencies.parentId, parentId))
    .orderBy(asc(agencies.sortOrder), asc(agencies.code));
}

export async function listRegionPath(db: Database, regionCode: string) {
  const rows = await queryRows<{ code: string; name: string; depth: number }>(
    db,
    sql`
    WITH RECURSIVE path AS (
      SELECT code, name, parent_code, 0 AS depth FROM ${regions} WHERE code = ${regionCode}
      UNION ALL
      SELECT r.code, r.name, r.parent_code, p.depth + 1 FROM ${regions} r JOIN path p ON r.code = p.parent_code
    )
    SELECT code, name, depth FROM path ORDER BY depth DESC`,
  );
  return rows.map(({ code, name }) => ({ code, name }));
}

export function listCoveredRegions(db: Database, agencyId: string) {
  return db
    .select({ code: regions.code, name: regions.name })
    .from(agencyRegions)
    .innerJoin(regions, eq(regions.code, agencyRegions.regionCode))
    .where(eq(agencyRegions.agencyId, agencyId))
    .orderBy(asc(regions.code));
}

export async function updateAgencyRow(
  db: Database,
  id: string,
  changes: Partial<{
    name: string;
    shortName: string;
    address: string | null;
    phone: string | null;
    headName: string | null;
    description: string | null;
    isActive: boolean;
  }>,
  now: Date,
): Promise<void> {
  await db
    .update(agencies)
    .set(withNameSortKey({ ...changes, updatedAt: now }))
    .where(eq(agencies.id, id));
}

export async function countChildren(db: Database, parentId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(agencies).where(eq(agencies.parentId, parentId));
  return row?.value ?? 0;
}

export async function insertAgencyWithClosure(
  db: Database,
  agency: typeof agencies.$inferInsert & { id: string; parentId: string },
  coveredRegionCodes: string[],
): Promise<void> {
  await db.insert(agencies).values(withNameSortKey(agency));
  // Bound parameters arrive as text; the UNION needs them typed to match the uuid columns.
  await db.execute(sql`
    INSERT INTO ${agencyClosure} (ancestor_id, descendant_id, depth)
    SELECT ancestor_id, ${agency.id}::uuid, depth + 1 FROM ${agencyClosure}
    WHERE descendant_id = ${agency.parentId}::uuid
    UNION ALL SELECT ${agency.id}::uuid, ${agency.id}::uuid, 0`);
  if (coveredRegionCodes.length > 0) {
    await db
      .insert(agencyRegions)
      .values(coveredRegionCodes.map((regionCode) => ({ agencyId: agency.id, regionCode })));
  }
}

export function findRegions(db: Database, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select({ code: regions.code, level: regions.level, parentCode: regions.parentCode, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, codes));
}

/**
 * The agencies that send the random-check tables of their own (DR-7): every active agency that
 * exercises its own jurisdiction, except police liaison units and grids (as the report's roll-up counts them).
 */
export async function findReportingAgencies(db: Database) {
  return db
    .select({ id: agencies.id, name: agencies.name, regionCode: agencies.regionCode })
    .from(agencies)
    .where(
      and(
        eq(agencies.isActive, true),
        sql`${agencies.jurisdictionAgencyId} IS NULL`,
        sql`${agencies.kind} NOT IN ('police', 'grid')`,
      ),
    )
    .orderBy(asc(agencies.sortOrder), asc(agencies.code));
}
