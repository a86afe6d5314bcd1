import { type SQL, sql } from 'drizzle-orm';
import { agencyClosure } from '../db/schema/org';

/**
 * The shared organisation tables (ORG-1): regions, agencies, the agency closure and the regions an
 * agency serves. Every area reads them — to name an agency, to filter by jurisdiction, to group by
 * region — so they are offered here, to read; only the agencies and regions modules write them
 * (scripts/architecture.ts, rule 2). Areas import them from this file, never from `db/schema`.
 */
export { agencies, agencyClosure, agencyRegions, regions } from '../db/schema/org';
export {
  agencyIdsInScope,
  findAgencyChainUpward,
  findAgencyNames,
  findJurisdictionRootOf,
  isAgencyInScope,
} from './jurisdiction';

/** The agencies of a subtree (the root included), as a sub-select for raw SQL: `x IN ${agencySubtree(id)}`. */
export function agencySubtree(rootAgencyId: string): SQL {
  return sql`(SELECT ${agencyClosure.descendantId} FROM ${agencyClosure} WHERE ${agencyClosure.ancestorId} = ${rootAgencyId})`;
}
