import { and, asc, eq, ilike, inArray, ne, or } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { entitySupervisors, officers } from '../../db/schema/index';
import { orderByName } from '../../lib/name-sort-key';
import { agencies, agencyClosure } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { accountSummaries } from '../users/index';

const assigner = accountSummaries('assigner');

const supervisedOfficerColumns = {
  officerId: officers.id,
  name: officers.name,
  realNameNumber: officers.realNameNumber,
  agencyId: officers.agencyId,
  agencyName: agencies.name,
  post: officers.post,
  phone: officers.phone,
  status: officers.status,
  specialties: officers.specialties,
  certificateNumber: officers.certificateNumber,
  certificateValidFrom: officers.certificateValidFrom,
  certificateValidUntil: officers.certificateValidUntil,
};

export function findSupervisorsOfEntity(db: Database, entityId: string) {
  return db
    .select({
      ...supervisedOfficerColumns,
      assignedOn: entitySupervisors.assignedOn,
      assignedByName: assigner.displayName,
    })
    .from(entitySupervisors)
    .innerJoin(officers, eq(officers.id, entitySupervisors.officerId))
    .innerJoin(agencies, eq(agencies.id, officers.agencyId))
    .leftJoin(assigner, eq(assigner.id, entitySupervisors.assignedBy))
    .where(eq(entitySupervisors.entityId, entityId))
    .orderBy(
      asc(entitySupervisors.assignedOn),
      ...orderByName(officers.nameSortKey, officers.name),
      asc(officers.id),
    );
}

function inSubtreeOf(db: Database, rootAgencyId: string) {
  return inArray(
    officers.agencyId,
    db
      .select({ id: agencyClosure.descendantId })
      .from(agencyClosure)
      .where(eq(agencyClosure.ancestorId, rootAgencyId)),
  );
}

/**
 * The officers of the subtree who have not left, with their agency's region (their home
 * jurisdiction): the pool an act draws or picks its officers from.
 */
export function findOfficersOfSubtree(db: Database, rootAgencyId: string) {
  return db
    .select({
      id: officers.id,
      agencyId: officers.agencyId,
      agencyRegionCode: agencies.regionCode,
      status: officers.status,
      certificateNumber: officers.certificateNumber,
      certificateValidFrom: officers.certificateValidFrom,
      certificateValidUntil: officers.certificateValidUntil,
      specialties: officers.specialties,
      userId: officers.userId,
    })
    .from(officers)
    .innerJoin(agencies, eq(agencies.id, officers.agencyId))
    .where(and(inSubtreeOf(db, rootAgencyId), ne(officers.status, 'departed')))
    .orderBy(asc(officers.id));
}

/** The ids of the subtree's officers, as a subquery for another area's `officer_id IN (…)`. */
export function officerIdsOfSubtree(db: Database, rootAgencyId: string) {
  return db.select({ id: officers.id }).from(officers).where(inSubtreeOf(db, rootAgencyId));
}

/** Officers of the owner's jurisdiction who have not left, for the picker (at most `limit`). */
export function findSupervisorCandidates(
  db: Database,
  rootAgencyId: string,
  q: string | undefined,
  limit: number,
) {
  const pattern = q ? toContainsPattern(q) : null;
  return db
    .select(supervisedOfficerColumns)
    .from(officers)
    .innerJoin(agencies, eq(agencies.id, officers.agencyId))
    .where(
      and(
        inSubtreeOf(db, rootAgencyId),
        ne(officers.status, 'departed'),
        pattern ? or(ilike(officers.name, pattern), ilike(officers.realNameNumber, pattern)) : undefined,
      ),
    )
    .orderBy(asc(agencies.sortOrder), ...orderByName(officers.nameSortKey, officers.name), asc(officers.id))
    .limit(limit);
}

/** Of `officerIds`, the officers that belong to the owner's jurisdiction. */
export function findOfficersInSubtree(db: Database, rootAgencyId: string, officerIds: string[]) {
  if (officerIds.length === 0) return Promise.resolve([]);
  return db
    .select(supervisedOfficerColumns)
    .from(officers)
    .innerJoin(agencies, eq(agencies.id, officers.agencyId))
    .where(and(inArray(officers.id, officerIds), inSubtreeOf(db, rootAgencyId)));
}

export async function insertSupervisors(db: Database, rows: (typeof entitySupervisors.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(entitySupervisors).values(rows);
}

export async function deleteSupervisors(db: Database, entityId: string, officerIds: string[]) {
  if (officerIds.length === 0) return;
  await db
    .delete(entitySupervisors)
    .where(and(eq(entitySupervisors.entityId, entityId), inArray(entitySupervisors.officerId, officerIds)));
}

/** Ends every supervision of an officer (they left); returns the entities concerned. */
export async function deleteSupervisionsOfOfficer(db: Database, officerId: string) {
  return db
    .delete(entitySupervisors)
    .where(eq(entitySupervisors.officerId, officerId))
    .returning({ entityId: entitySupervisors.entityId });
}
