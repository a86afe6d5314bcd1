import type { IsoDate } from '../calendar/calendar.types';
import { type CertificateDates, certificateStateOn } from './personnel.certificate';
import { type OfficerStatus, officerStatusLabels } from './personnel.vocabulary';

/**
 * What an assignment needs to know about an officer. The certificate is the enforcement
 * certificate (执法证); an expiring one still counts (the warning period is only a reminder).
 */
export interface AssignableOfficer {
  name?: string;
  status: OfficerStatus;
  certificateNumber: string | null;
  certificateValidFrom: IsoDate | null;
  certificateValidUntil: IsoDate | null;
}

export const assignmentBlockerCodes = [
  'departed',
  'certificate_missing',
  'certificate_not_yet_valid',
  'certificate_expired',
  'not_on_duty',
] as const;
export type AssignmentBlockerCode = (typeof assignmentBlockerCodes)[number];

export interface AssignmentBlocker {
  code: AssignmentBlockerCode;
  /** Chinese, for the person choosing officers. */
  message: string;
}

// The warning period plays no part here: only "usable or not" matters on the day.
const noWarning = { amount: 1, unit: 'calendar_day' } as const;

/**
 * Every reason an officer cannot be assigned to an enforcement act on `onDate` (supervising an
 * entity, a random-check task, an investigative act of a case): 行政处罚法 art. 42 and
 * 生态环境行政处罚办法 require officers holding enforcement certificates; seed 004 item 18 keeps
 * the certificate rate at 100 %; ORG-3: expired officers cannot be assigned; an officer who is
 * seconded, on leave or departed is not on duty (seed 004 item 17 在岗率). Empty when allowed.
 */
export function findAssignmentBlockers(officer: AssignableOfficer, onDate: IsoDate): AssignmentBlocker[] {
  const blockers: AssignmentBlocker[] = [];
  if (officer.status === 'departed') {
    blockers.push({ code: 'departed', message: '已离岗，不再从事执法工作' });
    return blockers;
  }
  const certificate: CertificateDates = {
    number: officer.certificateNumber,
    validFrom: officer.certificateValidFrom,
    validUntil: officer.certificateValidUntil,
  };
  const state = certificateStateOn(certificate, onDate, noWarning);
  if (state === 'missing') {
    blockers.push({ code: 'certificate_missing', message: '未取得执法证（须先依法取得行政执法证件）' });
  } else if (state === 'expired') {
    blockers.push({
      code: 'certificate_expired',
      message: `执法证已于 ${officer.certificateValidUntil} 到期，须换证后方可执法`,
    });
  } else if (state === 'not_yet_valid') {
    blockers.push({
      code: 'certificate_not_yet_valid',
      message: `执法证自 ${officer.certificateValidFrom} 起生效，${onDate} 尚未生效`,
    });
  }
  if (officer.status !== 'on_duty') {
    blockers.push({
      code: 'not_on_duty',
      message: `当前状态为“${officerStatusLabels[officer.status]}”，不在岗`,
    });
  }
  return blockers;
}

/**
 * Why `officer` cannot be assigned to an enforcement act on `onDate`, in Chinese, or null when
 * they can. The one rule every module that assigns officers calls (entity supervisors, random
 * check draws, case acts).
 */
export function whyCannotAssign(officer: AssignableOfficer, onDate: IsoDate): string | null {
  const blockers = findAssignmentBlockers(officer, onDate);
  return blockers.length > 0 ? blockers.map((blocker) => blocker.message).join('；') : null;
}
