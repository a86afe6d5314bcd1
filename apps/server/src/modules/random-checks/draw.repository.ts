import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { insertMany } from '../../db/bulk';
import type { Database } from '../../db/client';
import {
  inspectionRecords,
  officerConflicts,
  randomCheckAnnulledDraws,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
} from '../../db/schema/index';
import { isKeyPolluterIn } from '../entities/index';
import { officerIdsOfSubtree } from '../personnel/index';

/**
 * What the draw (DR-2) reads of its own area and writes. The pool's entities and officers come
 * from the entities and personnel modules; the rules are in @qingshan/domain's drawRandomChecks.
 */

/** Declared conflicts (回避) of the officers of the agency and the agencies below it. */
export function findConflicts(db: Database, agencyId: string) {
  return db
    .select({ officerId: officerConflicts.officerId, entityId: officerConflicts.entityId })
    .from(officerConflicts)
    .where(inArray(officerConflicts.officerId, officerIdsOfSubtree(db, agencyId)));
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
    .where(
      and(
        isKeyPolluterIn(randomCheckTasks.entityId, year),
        eq(randomCheckPlans.agencyId, agencyId),
        eq(randomCheckPlans.year, year),
        ne(randomCheckPlans.id, exceptPlanId),
        inArray(randomCheckPlans.status, ['drawn', 'closed']),
      ),
    );
  return rows.map((row) => row.entityId);
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
/** Deletes a plan's tasks; the ids of those deleted. */
export async function deleteTasksOfPlan(tx: Database, planId: string): Promise<string[]> {
  const taskIds = tx
    .select({ id: randomCheckTasks.id })
    .from(randomCheckTasks)
    .where(eq(randomCheckTasks.planId, planId));
  await tx.delete(randomCheckTaskOfficers).where(inArray(randomCheckTaskOfficers.taskId, taskIds));
  const deleted = await tx
    .delete(randomCheckTasks)
    .where(eq(randomCheckTasks.planId, planId))
    .returning({ id: randomCheckTasks.id });
  return deleted.map((row) => row.id);
}
