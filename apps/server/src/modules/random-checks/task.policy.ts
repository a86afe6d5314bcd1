import {
  areTaskOfficerNamesVisible,
  isInspectionDayReached,
  type RandomCheckTaskVisibility,
  taskVisibilityOf,
} from '@qingshan/domain';
import { type PlanViewer, planPolicy } from './plan.policy';

/**
 * The rule itself is the domain's (`taskVisibilityOf`, random-checks.task-visibility.ts), shared by
 * every route that returns a task: this list, GET /api/field-inspections/tasks/:taskId, my-tasks.
 *
 * DR-4 (2015 national plan: 检查人员名单在检查前保密): "tasks and officer names are visible only to
 * the plan's owner until the inspection day, then to the assigned officers". The rule, for a
 * drawn plan and the business date `today` (Asia/Shanghai):
 *
 * | viewer                                           | before inspectionStartsOn | from inspectionStartsOn on |
 * |--------------------------------------------------|---------------------------|----------------------------|
 * | the owner (plan agency's head, random_checks.manage) | tasks and names (`full`) | tasks and names (`full`)   |
 * | an assigned officer (officers.user_id = the user)    | counts only              | their own tasks with their team's names (my-tasks, and in the plan's list) |
 * | anyone else in scope (superiors, other inspectors)   | counts only              | tasks without officer names (`tasks`) |
 * | outside the jurisdiction                         | not found (404)           | not found (404)            |
 *
 * Why tasks (without names) are shown to others from the inspection day: on that day the
 * officers arrive at the entities, so which entities were drawn is no longer a secret, and the
 * superiors who supervise the campaign need to follow it; the officer names stay with the owner
 * and the team itself. The published draw record (DR-3) follows the same date: it names the
 * drawn entities, so it is public from the inspection day on, and only the owner can download it
 * before.
 */
export interface TaskViewer extends PlanViewer {
  /** The officer record linked to the user (officers.user_id), if any. */
  officerId: string | null;
}

export interface SecretPlan {
  agencyId: string;
  status: string;
  inspectionStartsOn: string;
}

export const taskPolicy = {
  /** Whether the inspection day has come: the task list is no longer secret. */
  isInspectionDayReached(plan: SecretPlan, today: string): boolean {
    return isInspectionDayReached(plan, today);
  },

  visibilityOf(plan: SecretPlan, viewer: TaskViewer, today: string): RandomCheckTaskVisibility {
    return taskVisibilityOf(plan, viewer, today);
  },

  /** With `tasks` visibility, officer names are shown on the tasks the viewer is assigned to. */
  isNameVisible(visibility: RandomCheckTaskVisibility, isViewerAssigned: boolean): boolean {
    return areTaskOfficerNamesVisible(visibility, isViewerAssigned);
  },

  /** Why the list is hidden or the names are withheld, in Chinese, for the page; null when all is shown. */
  noticeOf(plan: SecretPlan, visibility: RandomCheckTaskVisibility): string | null {
    if (plan.status === 'draft' || plan.status === 'committed') return null;
    if (visibility === 'counts') {
      return `检查任务和检查人员名单在检查开始日（${plan.inspectionStartsOn}）前保密，仅计划制定机关可见；此前只显示任务数量`;
    }
    if (visibility === 'tasks') return '检查人员名单仅对计划制定机关和被抽中的检查人员本人可见';
    return null;
  },

  /** The draw record (secret, seed, inputs, result) is public from the inspection day; the owner has it at once. */
  isDrawRecordVisible(plan: SecretPlan, viewer: TaskViewer | null, today: string): boolean {
    if (plan.status !== 'drawn' && plan.status !== 'closed') return false;
    if (viewer && planPolicy.isOwner(plan, viewer)) return true;
    return taskPolicy.isInspectionDayReached(plan, today);
  },
};
