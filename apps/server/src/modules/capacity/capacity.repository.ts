import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { agencyStaffing, equipmentItems, officers } from '../../db/schema/index';
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

export interface OfficerCountRow {
  agencyId: string;
  enforcementStaff: number;
  onDuty: number;
  certified: number;
  legallyQualified: number;
}

/**
 * Officers per agency of a subtree. 执法人员 = not departed; 持证 = an enforcement certificate
 * with a number, valid on `date` (the rule of personnel.certificate: valid from ≤ date ≤ valid until).
 */
export async function countOfficersByAgency(
  db: Database,
  rootId: string,
  date: string,
): Promise<OfficerCountRow[]> {
  const active = sql`${officers.status} <> 'departed'`;
  const certified = sql`${active} and ${officers.certificateNumber} is not null
    and ${officers.certificateValidUntil} is not null and ${officers.certificateValidUntil} >= ${date}
    and (${officers.certificateValidFrom} is null or ${officers.certificateValidFrom} <= ${date})`;
  return db
    .select({
      agencyId: officers.agencyId,
      enforcementStaff: sql<number>`(count(*) filter (where ${active}))::int`,
      onDuty: sql<number>`(count(*) filter (where ${officers.status} = 'on_duty'))::int`,
      certified: sql<number>`(count(*) filter (where ${certified}))::int`,
      legallyQualified: sql<number>`(count(*) filter (where ${active} and ${officers.hasLegalQualification}))::int`,
    })
    .from(officers)
    .where(inArray(officers.agencyId, subtreeOf(db, rootId)))
    .groupBy(officers.agencyId);
}

/** Items held (in use or under maintenance) per agency and category of a subtree. */
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
        inArray(equipmentItems.agencyId, subtreeOf(db, rootId)),
        inArray(equipmentItems.status, ['in_use', 'maintenance']),
      ),
    )
    .groupBy(equipmentItems.agencyId, equipmentItems.category);
}

export function findStaffingInSubtree(db: Database, rootId: string) {
  return db
    .select({
      agencyId: agencyStaffing.agencyId,
      authorizedPositions: agencyStaffing.authorizedPositions,
      updatedAt: agencyStaffing.updatedAt,
    })
    .from(agencyStaffing)
    .where(inArray(agencyStaffing.agencyId, subtreeOf(db, rootId)));
}

export async function findStaffing(db: Database, agencyId: string) {
  const [row] = await db.select().from(agencyStaffing).where(eq(agencyStaffing.agencyId, agencyId)).limit(1);
  return row;
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

export async function upsertStaffing(
  db: Database,
  values: { agencyId: string; authorizedPositions: number; updatedBy: string; updatedAt: Date },
): Promise<void> {
  await db
    .insert(agencyStaffing)
    .values(values)
    .onConflictDoUpdate({
      target: agencyStaffing.agencyId,
      set: {
        authorizedPositions: values.authorizedPositions,
        updatedBy: values.updatedBy,
        updatedAt: values.updatedAt,
      },
    });
}
