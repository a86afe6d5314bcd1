import {
  approvalFreeUntil,
  findSecondmentProblems,
  hasPermission,
  type Secondment,
  type SecondmentRules,
  secondmentNeedsApproval,
  secondmentNeedsFiling,
  secondmentStateOn,
} from '@qingshan/domain';
import type { AuthContext } from '../../lib/auth/auth.context';
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

/**
 * The personal fields of an officer — real-name number (it encodes the division and a serial
 * tied to the person) and mobile number — are personnel-registry data (个人信息保护法 art. 6:
 * no more than the purpose needs). Every route that returns officers outside the personnel
 * registry presents them through here, so a role without 'personnel.read' (the hotline operator)
 * sees who is responsible, but not how to reach them privately.
 */
export interface OfficerPersonalFields {
  realNameNumber: string | null;
  phone: string | null;
}

export function canSeeOfficerPersonalFields(auth: AuthContext): boolean {
  return hasPermission(auth.user.roles, 'personnel.read');
}

export function presentOfficerPersonalFields(
  auth: AuthContext,
  officer: { realNameNumber: string; phone?: string | null },
): OfficerPersonalFields {
  if (!canSeeOfficerPersonalFields(auth)) return { realNameNumber: null, phone: null };
  return { realNameNumber: officer.realNameNumber, phone: officer.phone ?? null };
}
