import { daysBetween } from '../calendar/calendar.dates';
import { shiftByPeriod } from '../calendar/calendar.periods';
import type { IsoDate } from '../calendar/calendar.types';
import type { Period, ProvinceProfile } from '../profile/profile.schema';

/**
 * The state of an enforcement certificate (执法证) on a day (ORG-3). Seed 004 item 18: officers
 * hold a certificate (持证比例 100 %), new recruits obtain one promptly; ORG-3 (docs/FEATURES.md): a
 * certificate expiring within the warning period is highlighted, an expired one cannot be used.
 */
export const certificateStates = ['valid', 'expiring', 'expired', 'missing', 'not_yet_valid'] as const;
export type CertificateState = (typeof certificateStates)[number];
export const certificateStateLabels: Record<CertificateState, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
  missing: '未取得',
  not_yet_valid: '尚未生效',
};

export interface CertificateDates {
  number: string | null;
  validFrom: IsoDate | null;
  /** The last day the certificate is valid (有效期至, inclusive). */
  validUntil: IsoDate | null;
}

/** The profile's warning period (`certificateExpiryWarning`, 60 calendar days by default). */
export function certificateWarningOf(profile: Pick<ProvinceProfile, 'deadlines'>): Period {
  const rule = profile.deadlines.certificateExpiryWarning;
  return { amount: rule.amount, unit: rule.unit };
}

/**
 * The latest expiry date that counts as "expiring" on `onDate`: a certificate valid until this
 * day or earlier (but not before `onDate`) is in its warning period. The server filters with the
 * same bound, so the list and the rule agree.
 */
export function expiringThrough(onDate: IsoDate, warning: Period): IsoDate {
  return shiftByPeriod(onDate, warning, 1);
}

/** The first day of the warning period of a certificate valid until `validUntil`. */
export function warningStartsOn(validUntil: IsoDate, warning: Period): IsoDate {
  return shiftByPeriod(validUntil, warning, -1);
}

export function certificateStateOn(
  certificate: CertificateDates,
  onDate: IsoDate,
  warning: Period,
): CertificateState {
  if (!certificate.number || !certificate.validUntil) return 'missing';
  if (certificate.validUntil < onDate) return 'expired';
  if (certificate.validFrom && certificate.validFrom > onDate) return 'not_yet_valid';
  if (certificate.validUntil <= expiringThrough(onDate, warning)) return 'expiring';
  return 'valid';
}

/** Days from `onDate` to the last valid day (0 = expires today, negative = expired), or null. */
export function daysUntilExpiry(validUntil: IsoDate | null, onDate: IsoDate): number | null {
  return validUntil ? daysBetween(onDate, validUntil) : null;
}

/** Whether the certificate may be used on `onDate` (an expiring one still may). */
export function isCertificateUsable(state: CertificateState): boolean {
  return state === 'valid' || state === 'expiring';
}

export interface CertificateFields {
  certificateNumber?: string | null;
  certificateIssuer?: string | null;
  certificateValidFrom?: IsoDate | null;
  certificateValidUntil?: IsoDate | null;
  monitoringCertificateNumber?: string | null;
  monitoringCertificateValidUntil?: IsoDate | null;
  hasLegalQualification?: boolean;
  legalQualificationNumber?: string | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Whether an officer's certificate fields hang together: a certificate has its number, issuer
 * and both dates, or none of them; it ends after it starts; a monitoring certificate has its
 * validity; a legal qualification has its certificate number. Used by the create schema and by
 * the server on an update (merged with the stored values), so both say the same thing.
 */
export function findCertificateProblems(fields: CertificateFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const enforcement = {
    certificateNumber: fields.certificateNumber,
    certificateIssuer: fields.certificateIssuer,
    certificateValidFrom: fields.certificateValidFrom,
    certificateValidUntil: fields.certificateValidUntil,
  };
  const given = Object.entries(enforcement).filter(([, value]) => value !== null && value !== undefined);
  if (given.length > 0 && given.length < 4) {
    const labels: Record<string, string> = {
      certificateNumber: '执法证号',
      certificateIssuer: '发证机关',
      certificateValidFrom: '执法证发证日期',
      certificateValidUntil: '执法证有效期至',
    };
    for (const [field, value] of Object.entries(enforcement)) {
      if (value === null || value === undefined) {
        problems.push({
          field,
          message: `填写执法证时须同时填写${labels[field]}（证号、发证机关、起止日期缺一不可）`,
        });
      }
    }
  }
  if (
    fields.certificateValidFrom &&
    fields.certificateValidUntil &&
    fields.certificateValidUntil <= fields.certificateValidFrom
  ) {
    problems.push({
      field: 'certificateValidUntil',
      message: `执法证有效期至（${fields.certificateValidUntil}）须晚于发证日期（${fields.certificateValidFrom}）`,
    });
  }
  const hasMonitoringNumber = Boolean(fields.monitoringCertificateNumber);
  const hasMonitoringDate = Boolean(fields.monitoringCertificateValidUntil);
  if (hasMonitoringNumber && !hasMonitoringDate) {
    problems.push({
      field: 'monitoringCertificateValidUntil',
      message: '填写现场监测上岗证时须同时填写其有效期至',
    });
  }
  if (!hasMonitoringNumber && hasMonitoringDate) {
    problems.push({
      field: 'monitoringCertificateNumber',
      message: '填写有效期时须同时填写现场监测上岗证号',
    });
  }
  if (fields.hasLegalQualification && !fields.legalQualificationNumber) {
    problems.push({
      field: 'legalQualificationNumber',
      message: '取得国家统一法律职业资格的，须填写法律职业资格证书编号',
    });
  }
  if (fields.hasLegalQualification === false && fields.legalQualificationNumber) {
    problems.push({
      field: 'hasLegalQualification',
      message: '填写了法律职业资格证书编号，请勾选“取得国家统一法律职业资格”',
    });
  }
  return problems;
}
