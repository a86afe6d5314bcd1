import type { RandomCheckTaskVisibility } from './random-checks.contract';

/**
 * DR-4 (2015 national plan: 检查人员名单在检查前保密) as one rule for every route that returns a
 * random-check task: the plan's task list, a single task (the field record), an officer's to-do
 * list. The server's SQL predicate `visibleTaskCondition` (task.repository.ts) says the same in a
 * query; a test in task-visibility.routes.test.ts holds both to it.
 *
 * | viewer                                      | before inspectionStartsOn | from inspectionStartsOn on          |
 * |---------------------------------------------|---------------------------|-------------------------------------|
 * | the owner: head of the plan's own agency    | tasks and names (`full`)  | tasks and names (`full`)            |
 * | an assigned officer                         | counts only               | their tasks with their team's names |
 * | anyone else in scope (superiors included)   | counts only               | tasks without officer names         |
 *
 * The owner is the head whose jurisdiction *root* is the plan's agency, not any head whose
 * subtree contains it: a superior (nc.head over 南昌县) supervises the plan but the secrecy is
 * kept from superiors too, so nobody can tip off an entity or lean on an officer before the day.
 */
export interface TaskVisibilityViewer {
  scopeRootAgencyId: string;
  /** Holds 'random_checks.manage' (an agency head). */
  canManage: boolean;
}

export interface TaskVisibilityPlan {
  agencyId: string;
  inspectionStartsOn: string;
}

export function isRandomCheckPlanOwner(
  plan: Pick<TaskVisibilityPlan, 'agencyId'>,
  viewer: TaskVisibilityViewer,
): boolean {
  return viewer.canManage && viewer.scopeRootAgencyId === plan.agencyId;
}

/** Whether the inspection day has come (`today` is the Asia/Shanghai business date). */
export function isInspectionDayReached(plan: Pick<TaskVisibilityPlan, 'inspectionStartsOn'>, today: string) {
  return today >= plan.inspectionStartsOn;
}

/** What the viewer may see of a plan's tasks as a whole. */
export function taskVisibilityOf(
  plan: TaskVisibilityPlan,
  viewer: TaskVisibilityViewer,
  today: string,
): RandomCheckTaskVisibility {
  if (isRandomCheckPlanOwner(plan, viewer)) return 'full';
  return isInspectionDayReached(plan, today) ? 'tasks' : 'counts';
}

/**
 * Whether the viewer may open one task. `isInScope`: the task's agency lies in the viewer's
 * jurisdiction; `isAssigned`: the viewer is one of its officers (a city plan can send county
 * officers, who see it although the plan lies above them).
 */
export function canViewTask(
  visibility: RandomCheckTaskVisibility,
  facts: { isAssigned: boolean; isInScope: boolean },
): boolean {
  if (visibility === 'full') return true;
  if (visibility === 'counts') return false;
  return facts.isAssigned || facts.isInScope;
}

/** In a list, officer names are shown to the owner and, from the inspection day, to the team itself. */
export function areTaskOfficerNamesVisible(
  visibility: RandomCheckTaskVisibility,
  isViewerAssigned: boolean,
): boolean {
  return visibility === 'full' || (visibility === 'tasks' && isViewerAssigned);
}
