import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';
import { keyPolluterListings, regulatedEntities } from '../../db/schema/index';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { isOnPositiveList } from '../credit/index';

// What other areas read of entities in bulk: the random-check draw's pool and the names of drawn
// entities.

export interface PoolFilterFacts {
  countyCodes: string[];
  industryCodes: string[];
  permitClasses: string[];
}

/** Whether the entity is on the key-polluter list of `year`, as a condition on another area's entity column. */
export function isKeyPolluterIn(entityId: PgColumn, year: number): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM ${keyPolluterListings} WHERE ${keyPolluterListings.entityId} = ${entityId} AND ${keyPolluterListings.year} = ${year})`;
}

/**
 * The entities a plan draws from (DR-2): owned by the plan's agency or an agency below it, not
 * closed, within the filter; each with whether it is on the year's key-polluter list, under special
 * supervision, or on the positive list (an open membership).
 */
export function findPoolEntities(db: Database, agencyId: string, year: number, filter: PoolFilterFacts) {
  const conditions: SQL[] = [
    inArray(regulatedEntities.ownerAgencyId, agencyIdsInScope(db, { scopeRootAgencyId: agencyId })),
    ne(regulatedEntities.operatingStatus, 'closed'),
  ];
  if (filter.countyCodes.length > 0)
    conditions.push(inArray(regulatedEntities.countyCode, filter.countyCodes));
  if (filter.industryCodes.length > 0) {
    conditions.push(
      or(...filter.industryCodes.map((code) => sql`${regulatedEntities.industryCode} LIKE ${`${code}%`}`))!,
    );
  }
  if (filter.permitClasses.length > 0)
    conditions.push(inArray(regulatedEntities.permitClass, filter.permitClasses));
  return db
    .select({
      id: regulatedEntities.id,
      countyCode: regulatedEntities.countyCode,
      isSpecialSupervision: regulatedEntities.isSpecialSupervision,
      isKeyPolluter: isKeyPolluterIn(regulatedEntities.id, year),
      isOnPositiveList: isOnPositiveList(regulatedEntities.id),
    })
    .from(regulatedEntities)
    .where(and(...conditions))
    .orderBy(asc(regulatedEntities.id));
}

export async function findEntityNames(
  db: Database,
  ids: string[],
): Promise<Map<string, { name: string; creditCode: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: regulatedEntities.id,
      name: regulatedEntities.name,
      creditCode: regulatedEntities.creditCode,
    })
    .from(regulatedEntities)
    .where(inArray(regulatedEntities.id, ids));
  return new Map(rows.map((row) => [row.id, { name: row.name, creditCode: row.creditCode }]));
}

/** The media the entity is on the key-polluter list for in `year` (water, air, …), sorted. */
export async function findKeyPolluterMedia(db: Database, entityId: string, year: number): Promise<string[]> {
  const rows = await db
    .select({ medium: keyPolluterListings.medium })
    .from(keyPolluterListings)
    .where(and(eq(keyPolluterListings.entityId, entityId), eq(keyPolluterListings.year, year)))
    .orderBy(asc(keyPolluterListings.medium));
  return rows.map((row) => row.medium);
}
