import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { entityEvents, keyPolluterListings } from '../../db/schema/index';

// Facts of one entity that another area decides on (credit: a commitment needs a key polluter, an
// evaluation looks at the last violation).

/** The years the entity was on the key-polluter list, newest first. */
export async function findKeyPolluterYears(db: Database, entityId: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: keyPolluterListings.year })
    .from(keyPolluterListings)
    .where(eq(keyPolluterListings.entityId, entityId))
    .orderBy(desc(keyPolluterListings.year));
  return rows.map((row) => row.year);
}

export async function isKeyPolluterInYear(db: Database, entityId: string, year: number): Promise<boolean> {
  const [row] = await db
    .select({ year: keyPolluterListings.year })
    .from(keyPolluterListings)
    .where(and(eq(keyPolluterListings.entityId, entityId), eq(keyPolluterListings.year, year)))
    .limit(1);
  return row !== undefined;
}

/** The latest day a violation was recorded on the entity's timeline (any module), up to `onOrBefore`. */
export async function findLastViolationOn(db: Database, entityId: string, onOrBefore: string) {
  const [row] = await db
    .select({ last: sql<string | null>`max(${entityEvents.occurredOn})::text` })
    .from(entityEvents)
    .where(
      and(
        eq(entityEvents.entityId, entityId),
        inArray(entityEvents.compliance, ['violation', 'serious_violation']),
        lte(entityEvents.occurredOn, onOrBefore),
      ),
    );
  return row?.last ?? null;
}
