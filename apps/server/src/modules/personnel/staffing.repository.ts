import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { agencyStaffing, officers } from '../../db/schema/index';
import { agencyClosure } from '../../lib/organisation';

// The staff side of capacity (CAP): officers counted per agency and the authorised positions
// (编制) registered per agency. The capacity module reads and sets them through the face (D53).

const subtreeOf = (db: Database, rootId: string) =>
  db
    .select({ id: agencyClosure.descendantId })
    .from(agencyClosure)
    .where(eq(agencyClosure.ancestorId, rootId));

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

/** The authorised positions registered for the agencies of a subtree. */
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

/** Sets an agency's authorised positions; the caller checks the agency and writes the audit entry. */
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
