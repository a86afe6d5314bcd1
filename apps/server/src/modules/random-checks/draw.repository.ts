import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { insertMany } from '../../db/bulk';
import type { Database } from '../../db/client';
import {
  agencies,
  agencyClosure,
  entityListMemberships,
  inspectionRecords,
  keyPolluterListings,
  officerConflicts,
  officers,
  randomCheckAnnulledDraws,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
  regions,
  regulatedEntities,
} from '../../db/schema/index';

/**
 * What the draw reads (DR-2) and writes: the pool of entities and the inspectors of the plan's
 * agency and the agencies below it. SQL only; the rules are in @qingshan/domain's drawRandomChecks.
 */

export interface PoolFilterFacts {
  countyCodes: string[];
  industryCodes: string[];
  permitClasses: string[];
}

function subtreeOf(db: Database, agencyId: string) {
  return db
    .select({ id: agencyClosure.descendantId })
    .from(agencyClosure)
    .where(eq(agencyClosure.ancestorId, agencyId));
}

/**
 * The entities a plan draws from: owned by the plan's agency or an agency below it, not closed,
 * within the filter; each with whether it is on the year's key-polluter list, under special
 * supervision, or on the positive list (an open membership).
 */
export function findPoolEntities(db: Database, agencyId: string, year: number, filter: PoolFilterFacts) {
  const conditions: SQL[] = [
    inArray(regulatedEntities.ownerAgencyId, subtreeOf(db, agencyId)),
    ne(regulatedEntities.operatingStatus, 'closed'),
  ];
  if (filter.countyCodes.length > 0)
    conditions.push(inArray(regulatedEntities.countyCode, filter.countyCodes));
  if (filter.industryCodes.length > 0) {
    conditions.push(
      or(...filter.industryCodes.map((code) => sql`${regulatedEntities.industryCode} LIKE ${`${code}%`}`))!,
    );
  }
  if (filter.permitClasses.length > 0)
    conditions.push(inArray(regulatedEntities.permitClass, filter.permitClasses));
  return db
    .select({
      id: regulatedEntities.id,
      countyCode: regulatedEntities.countyCode,
      isSpecialSupervision: regulatedEntities.isSpecialSupervision,
      isKeyPolluter: sql<boolean>`EXISTS (SELECT 1 FROM ${keyPolluterListings} WHERE ${keyPolluterListings.entityId} = ${regulatedEntities.id} AND ${keyPolluterListings.year} = ${year})`,
      isOnPositiveList: sql<boolean>`EXISTS (SELECT 1 FROM ${entityListMemberships} WHERE ${entityListMemberships.entityId} = ${regulatedEntities.id} AND ${entityListMemberships.list} = 'positive' AND ${entityListMemberships.removedOn} IS NULL)`,
    })
    .from(regulatedEntities)
    .where(and(...conditions))
    .orderBy(asc(regulatedEntities.id));
}

/** The inspectors of the plan's agency and the agencies below it (departed officers left out). */
export function findPoolOfficers(db: Database, agencyId: string) {
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
    .where(and(inArray(officers.agencyId, subtreeOf(db, agencyId)), ne(officers.status, 'departed')))
    .orderBy(asc(officers.id));
}

/** Declared conflicts (回避) of the agency's officers. */
export function findConflicts(db: Database, agencyId: string) {
  return db
    .select({ officerId: officerConflicts.officerId, entityId: officerConflicts.entityId })
    .from(officerConflicts)
    .innerJoin(officers, eq(officers.id, officerConflicts.officerId))
    .where(inArray(officers.agencyId, subtreeOf(db, agencyId)));
}

/**
 * Key polluters the agency's earlier plans of the year already drew (the quarterly draw is without
 * replacement, so four quarters cover the list).
 */
export async function findKeyPolluterIdsCovered(
  db: Database,
  agencyId: string,
  year: number,
  exceptPlanId: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ entityId: randomCheckTasks.entityId })
    .from(randomCheckTasks)
    .innerJoin(randomCheckPlans, eq(randomCheckPlans.id, randomCheckTasks.planId))
    .innerJoin(
      keyPolluterListings,
      and(eq(keyPolluterListings.entityId, randomCheckTasks.entityId), eq(keyPolluterListings.year, year)),
    )
    .where(
      and(
        eq(randomCheckPlans.agencyId, agencyId),
        eq(randomCheckPlans.year, year),
        ne(randomCheckPlans.id, exceptPlanId),
        inArray(randomCheckPlans.status, ['drawn', 'closed']),
      ),
    );
  return rows.map((row) => row.entityId);
}

export async function findRegionNames(db: Database, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, codes));
  return new Map(rows.map((row) => [row.code, row.name]));
}

export async function findEntityNames(
  db: Database,
  ids: string[],
): Promise<Map<string, { name: string; creditCode: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: regulatedEntities.id,
      name: regulatedEntities.name,
      creditCode: regulatedEntities.creditCode,
    })
    .from(regulatedEntities)
    .where(inArray(regulatedEntities.id, ids));
  return new Map(rows.map((row) => [row.id, { name: row.name, creditCode: row.creditCode }]));
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

export type TaskInsert = typeof randomCheckTasks.$inferInsert;
export type TaskOfficerInsert = typeof randomCheckTaskOfficers.$inferInsert;

export async function insertTasks(tx: Database, tasks: TaskInsert[], taskOfficers: TaskOfficerInsert[]) {
  await insertMany(tx, randomCheckTasks, tasks);
  await insertMany(tx, randomCheckTaskOfficers, taskOfficers);
}

/** Whether the plan has no tasks yet (a second draw must never add to a first). */
export async function hasTasks(tx: Database, planId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: randomCheckTasks.id })
    .from(randomCheckTasks)
    .where(eq(randomCheckTasks.planId, planId))
    .limit(1);
  return row !== undefined;
}

export async function findDrawRecord(db: Database, planId: string): Promise<unknown> {
  const [row] = await db
    .select({ drawRecord: randomCheckPlans.drawRecord })
    .from(randomCheckPlans)
    .where(eq(randomCheckPlans.id, planId))
    .limit(1);
  return row?.drawRecord ?? null;
}

// ---------------------------------------------------------------------------------------------
// Annulled draws
// ---------------------------------------------------------------------------------------------

export type AnnulledDrawInsert = typeof randomCheckAnnulledDraws.$inferInsert;

export async function insertAnnulledDraw(tx: Database, row: AnnulledDrawInsert) {
  await tx.insert(randomCheckAnnulledDraws).values(row);
}

export function findAnnulledDraws(db: Database, planId: string) {
  return db
    .select({
      commitment: randomCheckAnnulledDraws.commitment,
      committedAt: randomCheckAnnulledDraws.committedAt,
      publicEntropy: randomCheckAnnulledDraws.publicEntropy,
      drawnAt: randomCheckAnnulledDraws.drawnAt,
      taskCount: randomCheckAnnulledDraws.taskCount,
      annulledAt: randomCheckAnnulledDraws.annulledAt,
      reason: randomCheckAnnulledDraws.reason,
    })
    .from(randomCheckAnnulledDraws)
    .where(eq(randomCheckAnnulledDraws.planId, planId))
    .orderBy(asc(randomCheckAnnulledDraws.annulledAt));
}

/** Whether any task of the plan has a field record (then the draw is acted on and stays). */
export async function hasInspectionRecords(tx: Database, planId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: inspectionRecords.id })
    .from(inspectionRecords)
    .innerJoin(randomCheckTasks, eq(randomCheckTasks.id, inspectionRecords.taskId))
    .where(eq(randomCheckTasks.planId, planId))
    .limit(1);
  return row !== undefined;
}

/** Removes the tasks of an annulled draw: they leave every to-do and task list. */
export async function deleteTasksOfPlan(tx: Database, planId: string): Promise<number> {
  const taskIds = tx
    .select({ id: randomCheckTasks.id })
    .from(randomCheckTasks)
    .where(eq(randomCheckTasks.planId, planId));
  await tx.delete(randomCheckTaskOfficers).where(inArray(randomCheckTaskOfficers.taskId, taskIds));
  const deleted = await tx
    .delete(randomCheckTasks)
    .where(eq(randomCheckTasks.planId, planId))
    .returning({ id: randomCheckTasks.id });
  return deleted.length;
}
