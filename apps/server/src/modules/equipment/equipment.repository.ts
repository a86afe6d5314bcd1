import type { EquipmentListQuery } from '@qingshan/domain';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { equipmentEvents, equipmentItems } from '../../db/schema/index';
import type { AuthContext } from '../../lib/auth/auth.context';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { orderByName, withNameSortKey } from '../../lib/name-sort-key';
import { agencies, agencyClosure } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { userDisplayName } from '../users/index';

const itemColumns = {
  id: equipmentItems.id,
  agencyId: equipmentItems.agencyId,
  agencyName: agencies.name,
  category: equipmentItems.category,
  name: equipmentItems.name,
  model: equipmentItems.model,
  serialNumber: equipmentItems.serialNumber,
  assetNumber: equipmentItems.assetNumber,
  acquiredOn: equipmentItems.acquiredOn,
  status: equipmentItems.status,
  statusChangedOn: equipmentItems.statusChangedOn,
  replacesId: equipmentItems.replacesId,
  note: equipmentItems.note,
  createdAt: equipmentItems.createdAt,
  updatedAt: equipmentItems.updatedAt,
};

export type EquipmentItemRow = NonNullable<Awaited<ReturnType<typeof findEquipmentInScope>>>;

const sortColumns = {
  assetNumber: equipmentItems.assetNumber,
  acquiredOn: equipmentItems.acquiredOn,
  category: equipmentItems.category,
  updatedAt: equipmentItems.updatedAt,
} as const;

function buildFilter(
  db: Database,
  auth: AuthContext,
  query: Omit<EquipmentListQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const conditions: SQL[] = [inArray(equipmentItems.agencyId, agencyIdsInScope(db, auth))];
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(
      or(
        ilike(equipmentItems.name, pattern),
        ilike(equipmentItems.model, pattern),
        ilike(equipmentItems.assetNumber, pattern),
        ilike(equipmentItems.serialNumber, pattern),
      )!,
    );
  }
  if (query.agencyId) {
    conditions.push(
      query.includeSubordinates
        ? inArray(
            equipmentItems.agencyId,
            db
              .select({ id: agencyClosure.descendantId })
              .from(agencyClosure)
              .where(eq(agencyClosure.ancestorId, query.agencyId)),
          )
        : eq(equipmentItems.agencyId, query.agencyId),
    );
  }
  if (query.category) conditions.push(eq(equipmentItems.category, query.category));
  if (query.status) conditions.push(eq(equipmentItems.status, query.status));
  return and(...conditions);
}

export async function findEquipmentPage(db: Database, auth: AuthContext, query: EquipmentListQuery) {
  const where = buildFilter(db, auth, query);
  const descending = query.sort.startsWith('-');
  const field = query.sort.replace('-', '') as keyof typeof sortColumns | 'name';
  // Names sort by their pinyin key (lib/name-sort-key); the id keeps pages stable.
  const order =
    field === 'name'
      ? orderByName(equipmentItems.nameSortKey, equipmentItems.name, descending ? 'desc' : 'asc')
      : [descending ? sql`${sortColumns[field]} DESC NULLS LAST` : sql`${sortColumns[field]} ASC NULLS LAST`];
  const [rows, [total]] = await Promise.all([
    db
      .select(itemColumns)
      .from(equipmentItems)
      .innerJoin(agencies, eq(agencies.id, equipmentItems.agencyId))
      .where(where)
      .orderBy(...order, asc(equipmentItems.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: sql<number>`count(*)::int` }).from(equipmentItems).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function findEquipmentForExport(
  db: Database,
  auth: AuthContext,
  query: EquipmentListQuery,
  limit: number,
) {
  return db
    .select(itemColumns)
    .from(equipmentItems)
    .innerJoin(agencies, eq(agencies.id, equipmentItems.agencyId))
    .where(buildFilter(db, auth, query))
    .orderBy(asc(agencies.sortOrder), asc(equipmentItems.category), asc(equipmentItems.assetNumber))
    .limit(limit);
}

export async function findEquipmentInScope(db: Database, auth: AuthContext, id: string) {
  const [row] = await db
    .select(itemColumns)
    .from(equipmentItems)
    .innerJoin(agencies, eq(agencies.id, equipmentItems.agencyId))
    .where(and(eq(equipmentItems.id, id), inArray(equipmentItems.agencyId, agencyIdsInScope(db, auth))))
    .limit(1);
  return row;
}

/** The item this one replaced and the one that replaced it, wherever they are registered. */
export async function findReplacementLinks(db: Database, item: { id: string; replacesId: string | null }) {
  const linked = {
    id: equipmentItems.id,
    name: equipmentItems.name,
    assetNumber: equipmentItems.assetNumber,
    status: equipmentItems.status,
  };
  const [replaces] = item.replacesId
    ? await db.select(linked).from(equipmentItems).where(eq(equipmentItems.id, item.replacesId)).limit(1)
    : [];
  const [replacedBy] = await db
    .select(linked)
    .from(equipmentItems)
    .where(eq(equipmentItems.replacesId, item.id))
    .orderBy(desc(equipmentItems.createdAt))
    .limit(1);
  return { replaces: replaces ?? null, replacedBy: replacedBy ?? null };
}

export function findEquipmentEvents(db: Database, itemId: string) {
  return db
    .select({
      id: equipmentEvents.id,
      occurredOn: equipmentEvents.occurredOn,
      fromStatus: equipmentEvents.fromStatus,
      toStatus: equipmentEvents.toStatus,
      note: equipmentEvents.note,
      createdByName: userDisplayName(equipmentEvents.createdBy),
      createdAt: equipmentEvents.createdAt,
    })
    .from(equipmentEvents)
    .where(eq(equipmentEvents.itemId, itemId))
    .orderBy(asc(equipmentEvents.occurredOn), asc(equipmentEvents.createdAt));
}

export async function isAssetNumberTaken(
  db: Database,
  assetNumber: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: equipmentItems.id })
    .from(equipmentItems)
    .where(eq(equipmentItems.assetNumber, assetNumber))
    .limit(1);
  return row !== undefined && row.id !== exceptId;
}

export async function insertEquipmentItem(
  db: Database,
  values: typeof equipmentItems.$inferInsert,
): Promise<void> {
  await db.insert(equipmentItems).values(withNameSortKey(values));
}

export async function updateEquipmentItem(
  db: Database,
  id: string,
  changes: Partial<typeof equipmentItems.$inferInsert>,
): Promise<void> {
  await db.update(equipmentItems).set(withNameSortKey(changes)).where(eq(equipmentItems.id, id));
}

/**
 * Changes the status only if it is still `from`: two people acting on the same item at once
 * cannot both succeed (the second finds nothing to change).
 */
export async function updateEquipmentStatusFrom(
  db: Database,
  id: string,
  from: string,
  changes: { status: string; statusChangedOn: string; updatedAt: Date },
): Promise<boolean> {
  const updated = await db
    .update(equipmentItems)
    .set(changes)
    .where(and(eq(equipmentItems.id, id), eq(equipmentItems.status, from)))
    .returning({ id: equipmentItems.id });
  return updated.length === 1;
}

export async function insertEquipmentEvent(
  db: Database,
  values: typeof equipmentEvents.$inferInsert,
): Promise<void> {
  await db.insert(equipmentEvents).values(values);
}
