import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { catalogueItems, catalogues } from '../../db/schema/index';

/**
 * What other areas compose of catalogue items into their own statements (D53, D54a): a plan lists
 * its items sorted by code, a disclosure names a task's items, without naming this area's tables
 * or columns. PostgreSQL pulls a plain sub-select in FROM up into the outer query, so joining one
 * plans exactly like joining the tables.
 */

const builder = new QueryBuilder();

/**
 * A catalogue item with the catalogue version it belongs to: join on the item id, read
 * `catalogueItem.name`, filter on `catalogueItem.catalogueStatus`.
 */
export const catalogueItemRows = builder
  .select({
    id: catalogueItems.id,
    code: catalogueItems.code,
    name: catalogueItems.name,
    data: catalogueItems.data,
    position: catalogueItems.position,
    catalogueId: catalogueItems.catalogueId,
    catalogueKind: catalogues.kind,
    catalogueTitle: catalogues.title,
    catalogueStatus: catalogues.status,
    catalogueOwnerAgencyId: catalogues.ownerAgencyId,
  })
  .from(catalogueItems)
  .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
  .as('catalogue_item');

/** The names of the items `itemIds` (a uuid[] expression), in catalogue order, as a text[] expression. */
export function catalogueItemNamesOf(itemIds: Column | SQL): SQL<string[]> {
  return sql<string[]>`ARRAY(
    SELECT ${catalogueItems.name} FROM ${catalogueItems} WHERE ${catalogueItems.id} = ANY(${itemIds})
    ORDER BY ${catalogueItems.position}, ${catalogueItems.name})`;
}
