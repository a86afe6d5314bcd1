import { type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { keyPolluterListings, regulatedEntities } from '../../db/schema/index';

// Relations another area's list joins on its own entity id (D54b): the entity columns this module
// lets others filter, sort and show, and the key polluters of a year. Each is a sub-select with
// no aggregation across entities or limit, so PostgreSQL flattens it into the caller's
// statement and plans the same join as on the table itself; the table and the columns it does
// not list stay this module's.

const query = new QueryBuilder();

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

/**
 * What other areas compose of an entity into their own statements (D53, D54a): sub-selects and
 * conditions built here, so a random-check list can filter, sort and count on the entity of each
 * task in one statement without naming this area's tables or columns. PostgreSQL pulls a plain
 * sub-select in FROM up into the outer query, so joining one plans exactly like joining the table.
 */

/**
 * An entity as another area's task or record shows it: join it on the entity id and read its
 * fields (`entity.name`, `entity.countyCode`). Contacts are here because the officer sent to the
 * site needs them; public pages use `publicEntityRows`.
 */
export const entityRows = query
  .select({
    id: regulatedEntities.id,
    name: regulatedEntities.name,
    nameSortKey: regulatedEntities.nameSortKey,
    creditCode: regulatedEntities.creditCode,
    address: regulatedEntities.address,
    regionCode: regulatedEntities.regionCode,
    countyCode: regulatedEntities.countyCode,
    ownerAgencyId: regulatedEntities.ownerAgencyId,
    legalRepresentative: regulatedEntities.legalRepresentative,
    contactPerson: regulatedEntities.contactPerson,
    contactPhone: regulatedEntities.contactPhone,
    longitude: regulatedEntities.longitude,
    latitude: regulatedEntities.latitude,
    industryCode: regulatedEntities.industryCode,
    permitNumber: regulatedEntities.permitNumber,
    permitClass: regulatedEntities.permitClass,
    permitValidUntil: regulatedEntities.permitValidUntil,
    isSpecialSupervision: regulatedEntities.isSpecialSupervision,
    operatingStatus: regulatedEntities.operatingStatus,
  })
  .from(regulatedEntities)
  .as('entity');

/**
 * The entity as a public disclosure may show it (PUB-1): identity and county only. A public query
 * joins this one, so no contact or representative can reach a disclosure by a slip of the outer
 * query's column list.
 */
export const publicEntityRows = query
  .select({
    id: regulatedEntities.id,
    name: regulatedEntities.name,
    nameSortKey: regulatedEntities.nameSortKey,
    creditCode: regulatedEntities.creditCode,
    countyCode: regulatedEntities.countyCode,
  })
  .from(regulatedEntities)
  .as('public_entity');

/**
 * The entities on the key-polluter list of `year` in any medium, once each, as a one-column
 * sub-select (`WITH listed(entity_id) AS ${keyPolluterEntityIdsOf(year)}`).
 */
export function keyPolluterEntityIdsOf(year: number): SQL {
  return sql`(SELECT DISTINCT ${keyPolluterListings.entityId} FROM ${keyPolluterListings} WHERE ${keyPolluterListings.year} = ${year})`;
}
