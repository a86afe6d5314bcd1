import { inArray, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { agencies, agencyRegions } from '../../lib/organisation';

/**
 * Which agency owns an entity, from where it is (ORG-1 / REG-1): the field office (执法N局) or
 * development-zone bureau that covers its town (seed 003), else the bureau of its county.
 * Loaded once into memory, so an import of 100,000 rows or the demo generator resolves each row
 * without a query.
 */
export interface OwnershipResolver {
  /** The owning agency of a town (9 digits) or county (6 digits) code, or undefined when none exists. */
  ownerOf(regionCode: string): string | undefined;
}

export async function loadOwnershipResolver(db: Database): Promise<OwnershipResolver> {
  // One after the other: `db` may be a transaction, whose single connection takes one query at a time.
  const covering = await queryRows<{ region_code: string; agency_id: string }>(
    db,
    sql`
      SELECT ar.region_code, ar.agency_id FROM ${agencyRegions} ar
      JOIN ${agencies} a ON a.id = ar.agency_id
      WHERE a.kind IN ('field_office', 'zone_enforcement_bureau') AND a.is_active`,
  );
  const countyBureaus = await db
    .select({ id: agencies.id, regionCode: agencies.regionCode })
    .from(agencies)
    .where(inArray(agencies.kind, ['county_bureau']));
  const byTown = new Map(covering.map((row) => [row.region_code, row.agency_id]));
  const byCounty = new Map(countyBureaus.map((row) => [row.regionCode, row.id]));
  return {
    ownerOf(regionCode: string) {
      if (regionCode.length === 9) return byTown.get(regionCode) ?? byCounty.get(regionCode.slice(0, 6));
      return byCounty.get(regionCode);
    },
  };
}
