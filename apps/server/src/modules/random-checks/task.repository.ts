import type { MyRandomCheckTaskQuery, RandomCheckTaskListQuery } from '@qingshan/domain';
import { and, asc, count, eq, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client';
import {
  inspectionRecords,
  randomCheckPlanItems,
  randomCheckPlans,
  randomCheckTaskOfficers,
  randomCheckTasks,
} from '../../db/schema/index';
import { agencyIdsInScope } from '../../lib/jurisdiction';
import { orderByName } from '../../lib/name-sort-key';
import { agencies, regions } from '../../lib/organisation';
import { toContainsPattern } from '../../lib/sql-helpers';
import { catalogueItemRows } from '../catalogues/index';
import { entityRows } from '../entities/index';
import { officerIdOfUser, officerRows } from '../personnel/index';

/** Tasks of drawn plans (DR-2, DR-4): SQL only. Who may see what is decided in task.policy.ts. */

/** The viewer as the task-visibility rule reads it (the domain's TaskVisibilityViewer and the user). */
export interface TaskQueryViewer {
  userId: string;
  scopeRootAgencyId: string;
  canManage: boolean;
}

/**
 * The domain's task-visibility rule (`taskVisibilityOf` + `canViewTask`, DR-4) as a condition on
 * `random_check_tasks` joined with its plan: the owner always; from the inspection day the
 * assigned officers and everyone whose jurisdiction holds the task's agency. Kept beside the
 * pure rule's callers so a list query can apply it without loading rows first.
 */
export function visibleTaskCondition(db: Database, viewer: TaskQueryViewer, today: string): SQL {
  const assignedTaskIds = db
    .select({ id: randomCheckTaskOfficers.taskId })
    .from(randomCheckTaskOfficers)
    .where(eq(randomCheckTaskOfficers.officerId, officerIdOfUser(viewer.userId)));
  const reached = and(
    lte(randomCheckPlans.inspectionStartsOn, today),
    or(
      inArray(randomCheckTasks.agencyId, agencyIdsInScope(db, viewer)),
      inArray(randomCheckTasks.id, assignedTaskIds),
    ),
  )!;
  return viewer.canManage ? or(eq(randomCheckPlans.agencyId, viewer.scopeRootAgencyId), reached)! : reached;
}

const countyRegion = alias(regions, 'county_region');
const officerAgency = alias(agencies, 'officer_agency');

const taskColumns = {
  id: randomCheckTasks.id,
  planId: randomCheckTasks.planId,
  position: randomCheckTasks.position,
  stratum: randomCheckTasks.stratum,
  itemIds: randomCheckTasks.itemIds,
  status: randomCheckTasks.status,
  outcome: randomCheckTasks.outcome,
  inspectedOn: randomCheckTasks.inspectedOn,
  entityId: entityRows.id,
  entityName: entityRows.name,
  creditCode: entityRows.creditCode,
  address: entityRows.address,
  countyCode: entityRows.countyCode,
  countyName: sql<string>`coalesce(${countyRegion.name}, ${entityRows.countyCode})`,
};

function taskConditions(planId: string, query: Omit<RandomCheckTaskListQuery, 'page' | 'pageSize'>) {
  const conditions: SQL[] = [eq(randomCheckTasks.planId, planId)];
  if (query.countyCode) conditions.push(eq(entityRows.countyCode, query.countyCode));
  if (query.stratum) conditions.push(eq(randomCheckTasks.stratum, query.stratum));
  if (query.status) conditions.push(eq(randomCheckTasks.status, query.status));
  if (query.q) {
    const pattern = toContainsPattern(query.q);
    conditions.push(or(ilike(entityRows.name, pattern), ilike(entityRows.creditCode, pattern))!);
  }
  return and(...conditions);
}

export async function findPlanTasksPage(db: Database, planId: string, query: RandomCheckTaskListQuery) {
  const where = taskConditions(planId, query);
  const [rows, [total]] = await Promise.all([
    db
      .select(taskColumns)
      .from(randomCheckTasks)
      .innerJoin(entityRows, eq(entityRows.id, randomCheckTasks.entityId))
      .leftJoin(countyRegion, eq(countyRegion.code, entityRows.countyCode))
      .where(where)
      .orderBy(asc(randomCheckTasks.position))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(randomCheckTasks)
      .innerJoin(entityRows, eq(entityRows.id, randomCheckTasks.entityId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** Counts by stratum, status and county: what everyone in scope may see of a drawn plan. */
export async function findPlanTaskCounts(db: Database, planId: string) {
  return db
    .select({
      stratum: randomCheckTasks.stratum,
      status: randomCheckTasks.status,
      countyCode: entityRows.countyCode,
      countyName: sql<string>`coalesce(${countyRegion.name}, ${entityRows.countyCode})`,
      tasks: sql<number>`count(*)::int`,
    })
    .from(randomCheckTasks)
    .innerJoin(entityRows, eq(entityRows.id, randomCheckTasks.entityId))
    .leftJoin(countyRegion, eq(countyRegion.code, entityRows.countyCode))
    .where(eq(randomCheckTasks.planId, planId))
    .groupBy(randomCheckTasks.stratum, randomCheckTasks.status, entityRows.countyCode, countyRegion.name);
}

export async function findTaskOfficers(db: Database, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      taskId: randomCheckTaskOfficers.taskId,
      officerId: randomCheckTaskOfficers.officerId,
      role: randomCheckTaskOfficers.role,
      name: officerRows.name,
      agencyName: officerAgency.name,
    })
    .from(randomCheckTaskOfficers)
    .innerJoin(officerRows, eq(officerRows.id, randomCheckTaskOfficers.officerId))
    .innerJoin(officerAgency, eq(officerAgency.id, officerRows.agencyId))
    .where(inArray(randomCheckTaskOfficers.taskId, taskIds))
    .orderBy(
      asc(randomCheckTaskOfficers.taskId),
      sql`${randomCheckTaskOfficers.role} = 'lead' DESC`,
      ...orderByName(officerRows.nameSortKey, officerRows.name),
      asc(officerRows.id),
    );
}

/** Which of `taskIds` the officer is assigned to. */
export async function findTasksOfOfficer(
  db: Database,
  officerId: string,
  taskIds: string[],
): Promise<Set<string>> {
  if (taskIds.length === 0) return new Set();
  const rows = await db
    .select({ taskId: randomCheckTaskOfficers.taskId })
    .from(randomCheckTaskOfficers)
    .where(
      and(eq(randomCheckTaskOfficers.officerId, officerId), inArray(randomCheckTaskOfficers.taskId, taskIds)),
    );
  return new Set(rows.map((row) => row.taskId));
}

export async function findItems(db: Database, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: catalogueItemRows.id,
      code: catalogueItemRows.code,
      name: catalogueItemRows.name,
      data: catalogueItemRows.data,
    })
    .from(catalogueItemRows)
    .where(inArray(catalogueItemRows.id, [...new Set(itemIds)]));
}

export async function findOfficerIdOfUser(db: Database, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: officerRows.id })
    .from(officerRows)
    .where(eq(officerRows.userId, userId))
    .limit(1);
  return row?.id ?? null;
}

/** The required specialty per plan item, for the plans of some tasks. */
export async function findPlanItemSpecialties(db: Database, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      planId: randomCheckPlanItems.planId,
      catalogueItemId: randomCheckPlanItems.catalogueItemId,
      requiredSpecialty: randomCheckPlanItems.requiredSpecialty,
    })
    .from(randomCheckPlanItems)
    .where(inArray(randomCheckPlanItems.planId, [...new Set(planIds)]));
}

// ---------------------------------------------------------------------------------------------
// An officer's own tasks (GET /api/random-checks/my-tasks)
// ---------------------------------------------------------------------------------------------

/**
 * The officer's tasks of drawn plans whose inspection day has come (DR-4: before it the task
 * does not exist for them), newest inspection day first, pending before done.
 */
export async function findMyTasksPage(
  db: Database,
  viewer: TaskQueryViewer,
  officerId: string,
  today: string,
  query: MyRandomCheckTaskQuery,
) {
  const conditions: SQL[] = [
    inArray(
      randomCheckTasks.id,
      db
        .select({ id: randomCheckTaskOfficers.taskId })
        .from(randomCheckTaskOfficers)
        .where(eq(randomCheckTaskOfficers.officerId, officerId)),
    ),
    inArray(randomCheckPlans.status, ['drawn', 'closed']),
    visibleTaskCondition(db, viewer, today),
  ];
  if (query.status) conditions.push(eq(randomCheckTasks.status, query.status));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...taskColumns,
        legalRepresentative: entityRows.legalRepresentative,
        contactPerson: entityRows.contactPerson,
        contactPhone: entityRows.contactPhone,
        longitude: entityRows.longitude,
        latitude: entityRows.latitude,
        industryCode: entityRows.industryCode,
        planNumber: randomCheckPlans.number,
        planTitle: randomCheckPlans.title,
        planAgencyId: randomCheckPlans.agencyId,
        planAgencyName: agencies.name,
        inspectionStartsOn: randomCheckPlans.inspectionStartsOn,
        inspectionDueOn: randomCheckPlans.inspectionDueOn,
        jointDepartments: randomCheckPlans.jointDepartments,
        recordId: inspectionRecords.id,
      })
      .from(randomCheckTasks)
      .innerJoin(randomCheckPlans, eq(randomCheckPlans.id, randomCheckTasks.planId))
      .innerJoin(agencies, eq(agencies.id, randomCheckPlans.agencyId))
      .innerJoin(entityRows, eq(entityRows.id, randomCheckTasks.entityId))
      .leftJoin(countyRegion, eq(countyRegion.code, entityRows.countyCode))
      .leftJoin(inspectionRecords, eq(inspectionRecords.taskId, randomCheckTasks.id))
      .where(where)
      .orderBy(
        sql`CASE ${randomCheckTasks.status} WHEN 'pending' THEN 0 WHEN 'recorded' THEN 1 ELSE 2 END`,
        asc(randomCheckPlans.inspectionDueOn),
        asc(randomCheckTasks.position),
        asc(randomCheckTasks.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: count() })
      .from(randomCheckTasks)
      .innerJoin(randomCheckPlans, eq(randomCheckPlans.id, randomCheckTasks.planId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findTaskIdsOfPlan(db: Database, planId: string): Promise<string[]> {
  const rows = await db
    .select({ id: randomCheckTasks.id })
    .from(randomCheckTasks)
    .where(eq(randomCheckTasks.planId, planId));
  return rows.map((row) => row.id);
}
