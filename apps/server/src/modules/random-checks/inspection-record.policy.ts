import { canViewTask, type RandomCheckTaskVisibility, type Role } from '@qingshan/domain';

/**
 * Who may see and write a task's field inspection record (DR-4, DR-5). Route permissions
 * ('random_checks.read' to read, 'random_checks.inspect' to write) are in @qingshan/domain; the
 * repository only returns tasks in the caller's jurisdiction or assigned to them. Here, per task:
 *
 * - until the inspection day the task is secret: only the plan's owner (the head of the plan's own
 *   agency — not a superior's head) sees it — everyone else gets "not found". The rule is the
 *   domain's `taskVisibilityOf`/`canViewTask`, the one the plan's task list applies;
 * - from the inspection day the assigned officers see it and write it, and the rest of the
 *   jurisdiction may read it;
 * - a completed task (every officer confirmed) is never written again.
 */
export interface InspectionAccessFacts {
  roles: readonly Role[];
  today: string;
  inspectionStartsOn: string;
  taskStatus: string;
  isAssigned: boolean;
  isTaskInScope: boolean;
  /** `taskVisibilityOf(plan, viewer, today)` (DR-4), as for the plan's task list. */
  visibility: RandomCheckTaskVisibility;
}

export type InspectionRefusal = { code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT'; message: string };

export const inspectionRecordPolicy = {
  /** Whether the caller may see the task; when not, they are told "not found" (DR-4: no hint it exists). */
  canView(facts: InspectionAccessFacts): boolean {
    return canViewTask(facts.visibility, { isAssigned: facts.isAssigned, isInScope: facts.isTaskInScope });
  },

  /** Why the caller may not write the record, or null. Only called for a task the caller can view. */
  whyCannotWrite(facts: InspectionAccessFacts): InspectionRefusal | null {
    if (!facts.isAssigned) {
      return { code: 'FORBIDDEN', message: '只有本任务的检查人员可以填写、修改和确认现场检查笔录' };
    }
    if (facts.today < facts.inspectionStartsOn) {
      return {
        code: 'CONFLICT',
        message: `检查自 ${facts.inspectionStartsOn} 开始，此前不能填写现场检查笔录`,
      };
    }
    if (facts.taskStatus === 'completed') {
      return { code: 'CONFLICT', message: '检查人员均已确认，任务已完成，现场检查笔录不能再修改' };
    }
    return null;
  },
};
