import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { agencies, agencyClosure } from '../../lib/organisation';

const subtreeOf = (db: Database, rootId: string) =>
  db
    .select({ id: agencyClosure.descendantId })
    .from(agencyClosure)
    .where(eq(agencyClosure.ancestorId, rootId));

/** The active environmental agencies of a subtree, parents before children. */
export function findAgenciesInSubtree(db: Database, rootId: string) {
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      level: agencies.level,
      parentId: agencies.parentId,
      jurisdictionAgencyId: agencies.jurisdictionAgencyId,
      regionCode: agencies.regionCode,
    })
    .from(agencies)
    .where(
      and(
        inArray(agencies.id, subtreeOf(db, rootId)),
        eq(agencies.isActive, true),
        ne(agencies.kind, 'police'),
      ),
    )
    .orderBy(asc(agencies.sortOrder), asc(agencies.id));
}

/** Whether an enforcement unit serves this agency (局队合一): then the bureau is not a unit itself. */
export async function hasServingEnforcementUnit(db: Database, agencyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.jurisdictionAgencyId, agencyId))
    .limit(1);
  return row !== undefined;
}
