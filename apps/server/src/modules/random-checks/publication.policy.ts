import { type PlanViewer, planPolicy } from './plan.policy';

/**
 * Who publishes a random-check result (DR-6). The route permission ('random_checks.manage': the
 * agency head) is in @qingshan/domain; jurisdiction is in the query (a task outside the caller's
 * subtree is not found). Beyond that:
 * - the plan's own agency publishes its results (the plan's owner, as for the plan itself: see
 *   plan.policy.ts); a superior sees the list and the disclosure rate to supervise, but does not
 *   publish for the county (seed 002 二（二）4 names the county bureaus responsible);
 * - only a completed inspection (every assigned officer confirmed the record) is published;
 * - publishing twice changes nothing (already published results are skipped); a request in which
 *   every result is already public is refused, so a double click tells the user.
 */
export interface PublishableTask {
  status: string;
  published_at: Date | string | null;
  plan_agency_id: string;
  plan_number: string;
  entity_name: string;
}

export interface PublicationRefusal {
  message: string;
  /** 403 when the caller may not act on these results at all; otherwise 409 (their state). */
  isForbidden: boolean;
}

function listNames(tasks: PublishableTask[]): string {
  const names = tasks
    .slice(0, 3)
    .map((task) => task.entity_name)
    .join('、');
  return tasks.length > 3 ? `${names} 等 ${tasks.length} 家` : names;
}

export const publicationPolicy = {
  whyCannotPublish(tasks: PublishableTask[], viewer: PlanViewer): PublicationRefusal | null {
    const foreign = tasks.filter((task) => !planPolicy.isOwner({ agencyId: task.plan_agency_id }, viewer));
    if (foreign.length > 0) {
      return {
        message: `${listNames(foreign)} 的检查结果由计划 ${foreign[0]!.plan_number} 的制定机关公开，上级机关只能查看和督促`,
        isForbidden: true,
      };
    }
    const unfinished = tasks.filter((task) => task.status !== 'completed');
    if (unfinished.length > 0) {
      return {
        message: `${listNames(unfinished)} 的现场检查尚未完成（须检查人员均确认笔录），暂不能公开`,
        isForbidden: false,
      };
    }
    if (tasks.every((task) => task.published_at !== null)) {
      return { message: '所选检查结果均已公开，无需重复公开', isForbidden: false };
    }
    return null;
  },
};
