import {
  isRandomCheckPlanOwner,
  type RandomCheckPlanStatus,
  randomCheckPlanStatusLabels,
} from '@qingshan/domain';

/**
 * Who may do what with a random-check plan (DR-1, DR-3). Route permissions ('random_checks.read',
 * 'random_checks.manage') are in @qingshan/domain; jurisdiction (the plan's agency in the caller's
 * subtree) is in the queries. Each rule returns a Chinese reason, or null.
 *
 * The plan's owner is its agency: the users whose jurisdiction root is that agency (its own staff
 * and its enforcement unit's, 局队合一) holding 'random_checks.manage' (the agency head). A
 * superior sees the plan but does not edit, commit or draw it: the draw is the owning agency's act
 * before its own witnesses.
 */
export interface PlanViewer {
  scopeRootAgencyId: string;
  canManage: boolean;
}

export interface PlanFacts {
  agencyId: string;
  status: RandomCheckPlanStatus;
  number: string;
  inspectionStartsOn: string;
  inspectionDueOn: string;
}

export const planPolicy = {
  isOwner(plan: Pick<PlanFacts, 'agencyId'>, viewer: PlanViewer): boolean {
    return isRandomCheckPlanOwner(plan, viewer);
  },

  whyCannotChange(plan: PlanFacts, viewer: PlanViewer): string | null {
    if (!planPolicy.isOwner(plan, viewer)) return `计划 ${plan.number} 由其制定机关管理，上级机关只能查看`;
    // DR-3: once the commitment is published the inputs are fixed; changing them afterwards would
    // let the server steer the draw it has already committed to.
    if (plan.status !== 'draft') {
      return `计划 ${plan.number} 已${randomCheckPlanStatusLabels[plan.status]}，不能再修改；如需调整请新建计划`;
    }
    return null;
  },

  whyCannotCommit(plan: PlanFacts, viewer: PlanViewer): string | null {
    if (!planPolicy.isOwner(plan, viewer)) return `计划 ${plan.number} 由其制定机关公布承诺值`;
    if (plan.status !== 'draft') return `计划 ${plan.number} 已公布承诺值，不能重复公布`;
    return null;
  },

  /**
   * A draw made in error (a wrong ratio, a wrong pool) may be annulled by the owning head until the
   * inspection day; from then on officers are on their way and the result stands.
   */
  whyCannotAnnulDraw(plan: PlanFacts, viewer: PlanViewer, today: string): string | null {
    if (!planPolicy.isOwner(plan, viewer)) return `计划 ${plan.number} 的抽取只能由其制定机关撤销`;
    if (plan.status !== 'drawn') return `计划 ${plan.number} 尚未抽取或已结束，没有可撤销的抽取`;
    if (today >= plan.inspectionStartsOn) {
      return `计划 ${plan.number} 的检查已于 ${plan.inspectionStartsOn} 开始，抽取结果不能再撤销`;
    }
    return null;
  },

  whyCannotDraw(plan: PlanFacts, viewer: PlanViewer, today: string): string | null {
    if (!planPolicy.isOwner(plan, viewer)) return `计划 ${plan.number} 由其制定机关组织抽取`;
    if (plan.status === 'draft') return `计划 ${plan.number} 尚未公布承诺值：请先公布承诺值，再组织现场抽取`;
    if (plan.status !== 'committed') return `计划 ${plan.number} 已抽取，不能重复抽取`;
    if (today > plan.inspectionDueOn) {
      return `计划 ${plan.number} 的检查完成期限（${plan.inspectionDueOn}）已过，不能再抽取；请新建计划`;
    }
    return null;
  },
};
