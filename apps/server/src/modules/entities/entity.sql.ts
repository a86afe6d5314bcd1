import { type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { keyPolluterListings, regulatedEntities } from '../../db/schema/index';

/**
 * What other areas compose of an entity into their own statements (D53, D54a): sub-selects and
 * conditions built here, so a random-check list can filter, sort and count on the entity of each
 * task in one statement without naming this area's tables or columns. PostgreSQL pulls a plain
 * sub-select in FROM up into the outer query, so joining one plans exactly like joining the table.
 */

const builder = new QueryBuilder();

/**
 * An entity as another area's task or record shows it: join it on the entity id and read its
 * fields (`entity.name`, `entity.countyCode`). Contacts are here because the officer sent to the
 * site needs them; public pages use `publicEntityRows`.
 */
export const entityRows = builder
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
export const publicEntityRows = builder
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
