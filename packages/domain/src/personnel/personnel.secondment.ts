import { describePeriod, shiftByPeriod } from '../calendar/calendar.periods';
import type { IsoDate } from '../calendar/calendar.types';
import type { Period, ProvinceProfile } from '../profile/profile.schema';

/**
 * Secondment rules (借调/调用, seed 004 item 17): a non-enforcement unit may not borrow an officer
 * for longer than the threshold (1 year) without the provincial enforcement bureau's consent;
 * borrowed officers return within a set time; an officer sent outside the city is filed with the
 * provincial enforcement bureau. The numbers and bodies come from the province profile.
 */
export interface SecondmentRules {
  /** `deadlines.secondmentApprovalThreshold`: longer secondments need approval. */
  threshold: Period;
  thresholdBasis: string;
  /** Who approves (省厅执法局 in Jiangxi). */
  approver: string;
  isLeavingCityFiled: boolean;
  filedWith: string;
  basis: string;
}

export function secondmentRulesOf(profile: Pick<ProvinceProfile, 'deadlines' | 'capacity'>): SecondmentRules {
  const rule = profile.deadlines.secondmentApprovalThreshold;
  const secondment = profile.capacity.secondment;
  return {
    threshold: { amount: rule.amount, unit: rule.unit },
    thresholdBasis: rule.basis,
    approver: secondment.approver,
    isLeavingCityFiled: secondment.isLeavingCityFiled,
    filedWith: secondment.filedWith,
    basis: secondment.basis,
  };
}

export interface SecondmentFacts {
  startsOn: IsoDate;
  plannedEndsOn: IsoDate;
  returnedOn: IsoDate | null;
  leavesCity: boolean;
  approvedOn: IsoDate | null;
  filedOn: IsoDate | null;
}

/**
 * The last day a secondment may run without approval: the threshold counted from the start
 * (the start day not counted, 民法典 art. 201): 2026-03-01 + 1 year = 2027-03-01.
 */
export function approvalFreeUntil(startsOn: IsoDate, threshold: Period): IsoDate {
  return shiftByPeriod(startsOn, threshold, 1);
}

/** Planned longer than the threshold: needs the approver's consent (seed 004 item 17). */
export function secondmentNeedsApproval(
  secondment: Pick<SecondmentFacts, 'startsOn' | 'plannedEndsOn'>,
  rules: Pick<SecondmentRules, 'threshold'>,
): boolean {
  return secondment.plannedEndsOn > approvalFreeUntil(secondment.startsOn, rules.threshold);
}

/** Leaving the city must be filed where the profile says so. */
export function secondmentNeedsFiling(
  secondment: Pick<SecondmentFacts, 'leavesCity'>,
  rules: Pick<SecondmentRules, 'isLeavingCityFiled'>,
): boolean {
  return secondment.leavesCity && rules.isLeavingCityFiled;
}

export const secondmentStates = ['active', 'overdue', 'returned'] as const;
export type SecondmentState = (typeof secondmentStates)[number];
export const secondmentStateLabels: Record<SecondmentState, string> = {
  active: '借调中',
  overdue: '逾期未返岗',
  returned: '已返岗',
};

export function secondmentStateOn(
  secondment: Pick<SecondmentFacts, 'plannedEndsOn' | 'returnedOn'>,
  onDate: IsoDate,
): SecondmentState {
  if (secondment.returnedOn && secondment.returnedOn <= onDate) return 'returned';
  return onDate > secondment.plannedEndsOn ? 'overdue' : 'active';
}

export const secondmentProblemCodes = [
  'approval_missing',
  'exceeded_without_approval',
  'filing_missing',
  'overdue_return',
] as const;
export type SecondmentProblemCode = (typeof secondmentProblemCodes)[number];

export interface SecondmentProblem {
  code: SecondmentProblemCode;
  message: string;
}

/**
 * What is wrong with a secondment on `onDate`: planned over the threshold without approval;
 * actually running over it without approval (even when planned shorter); out of the city
 * without filing; past its planned end without returning.
 */
export function findSecondmentProblems(
  secondment: SecondmentFacts,
  onDate: IsoDate,
  rules: SecondmentRules,
): SecondmentProblem[] {
  const problems: SecondmentProblem[] = [];
  const period = describePeriod(rules.threshold);
  const isOpen = secondmentStateOn(secondment, onDate) !== 'returned';
  if (!secondment.approvedOn) {
    if (secondmentNeedsApproval(secondment, rules)) {
      problems.push({
        code: 'approval_missing',
        message: `计划借调超过${period}，未经${rules.approver}同意`,
      });
    } else if (isOpen && onDate > approvalFreeUntil(secondment.startsOn, rules.threshold)) {
      problems.push({
        code: 'exceeded_without_approval',
        message: `已借调超过${period}，未经${rules.approver}同意，应限期返岗`,
      });
    }
  }
  if (secondmentNeedsFiling(secondment, rules) && !secondment.filedOn) {
    problems.push({ code: 'filing_missing', message: `离开所在设区市，未报${rules.filedWith}备案` });
  }
  if (secondmentStateOn(secondment, onDate) === 'overdue') {
    problems.push({
      code: 'overdue_return',
      message: `计划 ${secondment.plannedEndsOn} 结束，逾期未返岗`,
    });
  }
  return problems;
}
