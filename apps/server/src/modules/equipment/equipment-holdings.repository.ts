import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { equipmentItems } from '../../db/schema/index';
import { agencyClosure } from '../../lib/organisation';

/** Items held (in use or under maintenance) per agency and category of a subtree (the capacity gap). */
export function countHeldEquipmentByAgency(db: Database, rootId: string) {
  return db
    .select({
      agencyId: equipmentItems.agencyId,
      category: equipmentItems.category,
      inUse: sql<number>`(count(*) filter (where ${equipmentItems.status} = 'in_use'))::int`,
      inMaintenance: sql<number>`(count(*) filter (where ${equipmentItems.status} = 'maintenance'))::int`,
    })
    .from(equipmentItems)
    .where(
      and(
        inArray(
          equipmentItems.agencyId,
          db
            .select({ id: agencyClosure.descendantId })
            .from(agencyClosure)
            .where(eq(agencyClosure.ancestorId, rootId)),
        ),
        inArray(equipmentItems.status, ['in_use', 'maintenance']),
      ),
    )
    .groupBy(equipmentItems.agencyId, equipmentItems.category);
}
