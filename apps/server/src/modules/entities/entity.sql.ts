import { sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { keyPolluterListings, regulatedEntities } from '../../db/schema/index';

// Relations another area's list joins on its own entity id (D54b): the entity columns this module
// lets others filter, sort and show, and the key polluters of a year. Each is a sub-select with
// no aggregation across entities or limit, so PostgreSQL flattens it into the caller's
// statement and plans the same join as on the table itself; the table and the columns it does
// not list stay this module's.

const query = new QueryBuilder();

/**
 * An entity's identity, location, owner and name sort key, as a relation to join:
 * `.innerJoin(entity, eq(entity.id, cards.entityId))`, then `entity.name`, `entity.ownerAgencyId`.
 * The alias names it inside the statement; a statement that joins it twice gives each its own.
 */
export function entitySummaries(alias = 'entity') {
  return query
    .select({
      id: regulatedEntities.id,
      name: regulatedEntities.name,
      nameSortKey: regulatedEntities.nameSortKey,
      creditCode: regulatedEntities.creditCode,
      regionCode: regulatedEntities.regionCode,
      countyCode: regulatedEntities.countyCode,
      ownerAgencyId: regulatedEntities.ownerAgencyId,
    })
    .from(regulatedEntities)
    .as(alias);
}

/** The key polluters of `year`, one row per entity with its media in order (REG-2), as a relation to join. */
export function keyPolluterMediaOfYear(year: number, alias = 'key_polluters') {
  return query
    .select({
      entityId: keyPolluterListings.entityId,
      media: sql<
        string[]
      >`array_agg(${keyPolluterListings.medium} ORDER BY ${keyPolluterListings.medium})`.as('media'),
    })
    .from(keyPolluterListings)
    .where(sql`${keyPolluterListings.year} = ${year}`)
    .groupBy(keyPolluterListings.entityId)
    .as(alias);
}
