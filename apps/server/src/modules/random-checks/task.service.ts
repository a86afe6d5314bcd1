import {
  isInspectionOverdue,
  type MyRandomCheckTask,
  type MyRandomCheckTaskQuery,
  type Paged,
  type RandomCheckOfficerRole,
  type RandomCheckOutcome,
  type RandomCheckPlanTasks,
  type RandomCheckStratum,
  type RandomCheckTask,
  type RandomCheckTaskListQuery,
  type RandomCheckTaskOfficer,
  type RandomCheckTaskStatus,
  randomCheckStrata,
  randomCheckTaskStatuses,
  randomInspectionItemDataSchema,
  resultsDueOn,
  type SubjectClockList,
  type WorkingCalendar,
} from '@qingshan/domain';
import type { AuthContext } from '../../lib/auth/auth.context';
import { todayOf } from '../../lib/clock';
import type { AppContext } from '../../lib/context';
import { loadWorkingCalendar } from '../calendar/index';
import { listClocksForSubjects } from '../clocks/index';
import { requirePlan, viewerOf } from './plan.service';
import { type TaskViewer, taskPolicy } from './task.policy';
import {
  findItems,
  findMyTasksPage,
  findOfficerIdOfUser,
  findPlanItemSpecialties,
  findPlanTaskCounts,
  findPlanTasksPage,
  findTaskIdsOfPlan,
  findTaskOfficers,
  findTasksOfOfficer,
} from './task.repository';

/**
 * Overdue as the record page says it: the results deadline rolls forward off a weekend or holiday
 * (民法典 art. 203), so both pages use the domain's `resultsDueOn` and `isInspectionOverdue`.
 */
function isOverdue(
  calendar: WorkingCalendar,
  status: string,
  inspectionDueOn: string,
  today: string,
): boolean {
  return isInspectionOverdue(
    { status: status as RandomCheckTaskStatus },
    resultsDueOn(calendar, inspectionDueOn),
    today,
  );
}

async function officersByTask(ctx: AppContext, taskIds: string[]) {
  const rows = await findTaskOfficers(ctx.db, taskIds);
  const byTask = new Map<string, RandomCheckTaskOfficer[]>();
  for (const row of rows) {
    const list = byTask.get(row.taskId) ?? [];
    list.push({
      officerId: row.officerId,
      name: row.name,
      role: row.role as RandomCheckOfficerRole,
      agencyName: row.agencyName,
    });
    byTask.set(row.taskId, list);
  }
  return byTask;
}

async function itemsById(ctx: AppContext, itemIds: string[]) {
  const rows = await findItems(ctx.db, itemIds);
  return new Map(rows.map((row) => [row.id, row]));
}

/** GET /api/random-checks/plans/:id/tasks: what the viewer may see of a plan's tasks (task.policy.ts). */
export async function listPlanTasks(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  query: RandomCheckTaskListQuery,
): Promise<RandomCheckPlanTasks> {
  const plan = await requirePlan(ctx, auth, planId);
  const today = todayOf(ctx);
  const viewer: TaskViewer = {
    ...viewerOf(auth),
    officerId: await findOfficerIdOfUser(ctx.db, auth.user.id),
  };
  const visibility = taskPolicy.visibilityOf(plan, viewer, today);
  const countRows = await findPlanTaskCounts(ctx.db, planId);
  const byStratum = Object.fromEntries(randomCheckStrata.map((stratum) => [stratum, 0])) as Record<
    RandomCheckStratum,
    number
  >;
  const byStatus = Object.fromEntries(randomCheckTaskStatuses.map((status) => [status, 0])) as Record<
    RandomCheckTaskStatus,
    number
  >;
  const byCounty = new Map<string, { countyCode: string; countyName: string; tasks: number }>();
  let total = 0;
  for (const row of countRows) {
    const tasks = Number(row.tasks);
    total += tasks;
    byStratum[row.stratum as RandomCheckStratum] += tasks;
    byStatus[row.status as RandomCheckTaskStatus] += tasks;
    const county = byCounty.get(row.countyCode) ?? {
      countyCode: row.countyCode,
      countyName: row.countyName,
      tasks: 0,
    };
    county.tasks += tasks;
    byCounty.set(row.countyCode, county);
  }
  const counts = {
    total,
    byStratum,
    byStatus,
    byCounty: [...byCounty.values()].sort((left, right) => left.countyCode.localeCompare(right.countyCode)),
  };
  const notice = taskPolicy.noticeOf(plan, visibility);
  if (visibility === 'counts') {
    return {
      visibility,
      notice,
      counts,
      tasks: { items: [], total: 0, page: query.page, pageSize: query.pageSize },
    };
  }
  const { rows, total: pageTotal } = await findPlanTasksPage(ctx.db, planId, query);
  const taskIds = rows.map((row) => row.id);
  const [officers, items, assigned, calendar] = await Promise.all([
    officersByTask(ctx, taskIds),
    itemsById(
      ctx,
      rows.flatMap((row) => row.itemIds),
    ),
    viewer.officerId
      ? findTasksOfOfficer(ctx.db, viewer.officerId, taskIds)
      : Promise.resolve(new Set<string>()),
    loadWorkingCalendar(ctx.db),
  ]);
  const tasks: RandomCheckTask[] = rows.map((row) => ({
    id: row.id,
    planId: row.planId,
    position: row.position,
    stratum: row.stratum as RandomCheckStratum,
    entity: {
      id: row.entityId,
      name: row.entityName,
      creditCode: row.creditCode,
      address: row.address,
      countyCode: row.countyCode,
      countyName: row.countyName,
    },
    items: row.itemIds.flatMap((itemId) => {
      const item = items.get(itemId);
      return item ? [{ id: item.id, code: item.code, name: item.name }] : [];
    }),
    officers: taskPolicy.isNameVisible(visibility, assigned.has(row.id))
      ? (officers.get(row.id) ?? [])
      : null,
    status: row.status as RandomCheckTaskStatus,
    outcome: row.outcome as RandomCheckOutcome | null,
    inspectedOn: row.inspectedOn,
    isOverdue: isOverdue(calendar, row.status, plan.inspectionDueOn, today),
  }));
  return {
    visibility,
    notice,
    counts,
    tasks: { items: tasks, total: pageTotal, page: query.page, pageSize: query.pageSize },
  };
}

/**
 * GET /api/random-checks/my-tasks: the signed-in officer's tasks from each plan's inspection day
 * on (DR-4). Being assigned is what grants access, so a county officer drawn by the city's plan
 * sees the task although the plan lies above their jurisdiction. A user without an officer
 * record has no tasks.
 */
export async function listMyTasks(
  ctx: AppContext,
  auth: AuthContext,
  query: MyRandomCheckTaskQuery,
): Promise<Paged<MyRandomCheckTask>> {
  const officerId = await findOfficerIdOfUser(ctx.db, auth.user.id);
  if (!officerId) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const today = todayOf(ctx);
  const viewer = { ...viewerOf(auth), userId: auth.user.id };
  const { rows, total } = await findMyTasksPage(ctx.db, viewer, officerId, today, query);
  const taskIds = rows.map((row) => row.id);
  const [officers, items, specialties, calendar] = await Promise.all([
    officersByTask(ctx, taskIds),
    itemsById(
      ctx,
      rows.flatMap((row) => row.itemIds),
    ),
    findPlanItemSpecialties(
      ctx.db,
      rows.map((row) => row.planId),
    ),
    loadWorkingCalendar(ctx.db),
  ]);
  const specialtyOf = new Map(
    specialties.map((row) => [`${row.planId}|${row.catalogueItemId}`, row.requiredSpecialty] as const),
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      position: row.position,
      stratum: row.stratum as RandomCheckStratum,
      status: row.status as RandomCheckTaskStatus,
      outcome: row.outcome as RandomCheckOutcome | null,
      inspectedOn: row.inspectedOn,
      recordId: row.recordId,
      isOverdue: isOverdue(calendar, row.status, row.inspectionDueOn, today),
      plan: {
        id: row.planId,
        number: row.planNumber,
        title: row.planTitle,
        agencyId: row.planAgencyId,
        agencyName: row.planAgencyName,
        inspectionStartsOn: row.inspectionStartsOn,
        inspectionDueOn: row.inspectionDueOn,
        jointDepartments: row.jointDepartments,
      },
      entity: {
        id: row.entityId,
        name: row.entityName,
        creditCode: row.creditCode,
        address: row.address,
        countyCode: row.countyCode,
        countyName: row.countyName,
        legalRepresentative: row.legalRepresentative,
        contactPerson: row.contactPerson,
        contactPhone: row.contactPhone,
        longitude: row.longitude,
        latitude: row.latitude,
        industryCode: row.industryCode,
      },
      items: row.itemIds.flatMap((itemId) => {
        const item = items.get(itemId);
        if (!item) return [];
        const data = randomInspectionItemDataSchema.safeParse(item.data);
        return [
          {
            id: item.id,
            code: item.code,
            name: item.name,
            content: data.success ? data.data.content : null,
            requiredSpecialty: specialtyOf.get(`${row.planId}|${item.id}`) ?? null,
          },
        ];
      }),
      officers: (officers.get(row.id) ?? []).map((officer) => ({
        ...officer,
        isMe: officer.officerId === officerId,
      })),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The statutory clocks of a plan's tasks (SYS-3): each task's field record and, once completed,
 * its publication. Only when the caller may see the tasks themselves (DR-4: before the inspection
 * day only the owning agency does); otherwise none, as the task list shows only counts.
 */
export async function listPlanClocks(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
): Promise<SubjectClockList> {
  const plan = await requirePlan(ctx, auth, planId);
  const viewer: TaskViewer = {
    ...viewerOf(auth),
    officerId: await findOfficerIdOfUser(ctx.db, auth.user.id),
  };
  if (taskPolicy.visibilityOf(plan, viewer, todayOf(ctx)) === 'counts') return { items: [] };
  const taskIds = await findTaskIdsOfPlan(ctx.db, planId);
  return { items: await listClocksForSubjects(ctx, 'random_check_task', taskIds) };
}
