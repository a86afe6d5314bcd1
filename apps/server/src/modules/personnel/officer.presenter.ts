import {
  approvalFreeUntil,
  findSecondmentProblems,
  type Secondment,
  type SecondmentRules,
  secondmentNeedsApproval,
  secondmentNeedsFiling,
  secondmentStateOn,
} from '@qingshan/domain';
import type { SecondmentRow } from './officer.repository';

export function presentSecondment(row: SecondmentRow, onDate: string, rules: SecondmentRules): Secondment {
  return {
    id: row.id,
    hostOrganisation: row.hostOrganisation,
    reason: row.reason,
    startsOn: row.startsOn,
    plannedEndsOn: row.plannedEndsOn,
    returnedOn: row.returnedOn,
    leavesCity: row.leavesCity,
    state: secondmentStateOn(row, onDate),
    approvalFreeUntil: approvalFreeUntil(row.startsOn, rules.threshold),
    needsApproval: secondmentNeedsApproval(row, rules),
    approvalDocument: row.approvalDocument,
    approvedOn: row.approvedOn,
    approvedByName: row.approvedByName,
    needsFiling: secondmentNeedsFiling(row, rules),
    filedOn: row.filedOn,
    filedByName: row.filedByName,
    problems: findSecondmentProblems(row, onDate, rules),
    createdAt: row.createdAt.toISOString(),
  };
}
