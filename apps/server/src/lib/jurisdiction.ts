import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, agencyClosure } from '../db/schema/index';
import type { AuthContext } from './auth/auth.context';

/**
 * Jurisdiction (ORG-2): a user reads and acts on what the agencies in their subtree own. Queries
 * filter with this subquery (`owner_agency_id IN (...)`), so nothing outside the subtree is ever
 * read, rather than being read and dropped afterwards.
 */
export function agencyIdsInScope(db: Database, auth: Pick<AuthContext, 'scopeRootAgencyId'>) {
  return db
    .select({ id: agencyClosure.descendantId })
    .from(agencyClosure)
    .where(eq(agencyClosure.ancestorId, auth.scopeRootAgencyId));
}

export async function isAgencyInScope(
  db: Database,
  auth: Pick<AuthContext, 'scopeRootAgencyId'>,
  agencyId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ depth: agencyClosure.depth })
    .from(agencyClosure)
    .where(
      and(eq(agencyClosure.ancestorId, auth.scopeRootAgencyId), eq(agencyClosure.descendantId, agencyId)),
    )
    .limit(1);
  return row !== undefined;
}

/** An agency and those above it, nearest first (depth 0 is the agency itself), with their names. */
export async function findAgencyChainUpward(db: Database, agencyId: string) {
  return db
    .select({ id: agencies.id, name: agencies.name, depth: agencyClosure.depth })
    .from(agencyClosure)
    .innerJoin(agencies, eq(agencies.id, agencyClosure.ancestorId))
    .where(eq(agencyClosure.descendantId, agencyId))
    .orderBy(asc(agencyClosure.depth));
}

/** The names of some agencies, by id. */
export async function findAgencyNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The agency whose jurisdiction an agency exercises (局队合一: the bureau an enforcement unit serves), or itself. */
export async function findJurisdictionRootOf(db: Database, agencyId: string): Promise<string> {
  const [row] = await db
    .select({ root: agencies.jurisdictionAgencyId })
    .from(agencies)
    .where(eq(agencies.id, agencyId))
    .limit(1);
  return row?.root ?? agencyId;
}
