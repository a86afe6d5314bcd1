import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencyClosure } from '../db/schema/index';
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
