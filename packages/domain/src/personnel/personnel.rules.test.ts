import { describe, expect, it } from 'vitest';
import { businessDateOf } from '../calendar/index';
import { getProvinceProfile } from '../profile/index';
import {
  approvalFreeUntil,
  certificateStateOn,
  certificateWarningOf,
  coversSpecialties,
  daysUntilExpiry,
  expiringThrough,
  findAssignmentBlockers,
  findCertificateProblems,
  findSecondmentProblems,
  formatRealNameNumber,
  isRealNameNumber,
  parseRealNameNumber,
  secondmentNeedsApproval,
  secondmentNeedsFiling,
  secondmentRulesOf,
  secondmentStateOn,
  specialties,
  specialtyLabels,
  warningStartsOn,
  whyCannotAssign,
} from './index';

const jiangxi = getProvinceProfile('jiangxi');
const warning = certificateWarningOf(jiangxi);
const today = '2026-11-20';

const certificate = (validUntil: string | null, validFrom: string | null = '2022-01-10') => ({
  number: validUntil ? '36012100123' : null,
  validFrom: validUntil ? validFrom : null,
  validUntil,
});

describe('certificate state on a day', () => {
  it('reads the 60-day warning period from the province profile', () => {
    expect(warning).toEqual({ amount: 60, unit: 'calendar_day' });
    expect(expiringThrough(today, warning)).toBe('2027-01-19');
    expect(warningStartsOn('2027-01-19', warning)).toBe(today);
  });

  it('is valid beyond the warning period and expiring within it, up to and including the last day', () => {
    expect(certificateStateOn(certificate('2027-01-20'), today, warning)).toBe('valid');
    expect(certificateStateOn(certificate('2027-01-19'), today, warning)).toBe('expiring');
    expect(certificateStateOn(certificate('2026-12-01'), today, warning)).toBe('expiring');
    // The last day printed on the certificate is still a valid day.
    expect(certificateStateOn(certificate(today), today, warning)).toBe('expiring');
  });

  it('is expired from the day after the last valid day', () => {
    expect(certificateStateOn(certificate('2026-11-19'), today, warning)).toBe('expired');
    expect(daysUntilExpiry('2026-11-19', today)).toBe(-1);
    expect(daysUntilExpiry(today, today)).toBe(0);
    expect(daysUntilExpiry(null, today)).toBeNull();
  });

  it('is missing without a number or an expiry date, and not yet valid before it is issued', () => {
    expect(certificateStateOn(certificate(null), today, warning)).toBe('missing');
    expect(
      certificateStateOn({ number: null, validFrom: '2024-01-01', validUntil: '2029-01-01' }, today, warning),
    ).toBe('missing');
    expect(certificateStateOn(certificate('2031-12-01', '2026-12-01'), today, warning)).toBe('not_yet_valid');
  });

  it('a profile with a longer warning period warns earlier', () => {
    const ninety = { amount: 3, unit: 'month' as const };
    expect(certificateStateOn(certificate('2027-02-15'), today, ninety)).toBe('expiring');
    expect(certificateStateOn(certificate('2027-02-21'), today, ninety)).toBe('valid');
  });

  it('takes the business date in Beijing time', () => {
    expect(businessDateOf(new Date('2026-11-19T16:30:00Z'))).toBe('2026-11-20');
    expect(businessDateOf(new Date('2026-11-19T15:59:00Z'))).toBe('2026-11-19');
  });
});

describe('certificate fields hang together', () => {
  const complete = {
    certificateNumber: '赣执证36012100123',
    certificateIssuer: '江西省人民政府',
    certificateValidFrom: '2022-01-10',
    certificateValidUntil: '2027-01-09',
  };

  it('accepts a complete certificate and no certificate at all', () => {
    expect(findCertificateProblems(complete)).toEqual([]);
    expect(
      findCertificateProblems({
        certificateNumber: null,
        certificateIssuer: null,
        certificateValidFrom: null,
        certificateValidUntil: null,
      }),
    ).toEqual([]);
  });

  it('names each missing part of a partial certificate', () => {
    const problems = findCertificateProblems({
      ...complete,
      certificateIssuer: null,
      certificateValidFrom: null,
    });
    expect(problems.map((problem) => problem.field)).toEqual(['certificateIssuer', 'certificateValidFrom']);
    expect(problems[0]!.message).toContain('发证机关');
  });

  it('refuses a certificate that ends before it starts', () => {
    const problems = findCertificateProblems({ ...complete, certificateValidUntil: '2021-12-31' });
    expect(problems).toEqual([
      { field: 'certificateValidUntil', message: expect.stringContaining('须晚于发证日期') },
    ]);
  });

  it('wants a monitoring certificate with its validity and a legal qualification with its number', () => {
    expect(findCertificateProblems({ monitoringCertificateNumber: 'JC-2024-001' })[0]!.field).toBe(
      'monitoringCertificateValidUntil',
    );
    expect(findCertificateProblems({ monitoringCertificateValidUntil: '2028-01-01' })[0]!.field).toBe(
      'monitoringCertificateNumber',
    );
    expect(findCertificateProblems({ hasLegalQualification: true })[0]!.field).toBe(
      'legalQualificationNumber',
    );
    expect(
      findCertificateProblems({ hasLegalQualification: false, legalQualificationNumber: 'A2019' })[0]!.field,
    ).toBe('hasLegalQualification');
  });
});

describe('whyCannotAssign', () => {
  const officer = {
    name: '万俊',
    status: 'on_duty' as const,
    certificateNumber: '36012100123',
    certificateValidFrom: '2022-01-10',
    certificateValidUntil: '2027-01-09',
  };

  it('allows an on-duty officer with a valid certificate, and one whose certificate is only expiring', () => {
    expect(whyCannotAssign(officer, today)).toBeNull();
    expect(whyCannotAssign({ ...officer, certificateValidUntil: '2026-12-01' }, today)).toBeNull();
    expect(whyCannotAssign({ ...officer, certificateValidUntil: today }, today)).toBeNull();
  });

  it('refuses an expired certificate from the day after its last valid day', () => {
    expect(whyCannotAssign({ ...officer, certificateValidUntil: '2026-11-19' }, today)).toBe(
      '执法证已于 2026-11-19 到期，须换证后方可执法',
    );
    expect(whyCannotAssign({ ...officer, certificateValidUntil: '2026-11-19' }, '2026-11-19')).toBeNull();
  });

  it('refuses a missing or not yet valid certificate', () => {
    expect(whyCannotAssign({ ...officer, certificateNumber: null }, today)).toContain('未取得执法证');
    expect(whyCannotAssign({ ...officer, certificateValidFrom: '2026-12-01' }, today)).toContain('尚未生效');
  });

  it('refuses an officer who is not on duty, and gives every reason at once', () => {
    expect(whyCannotAssign({ ...officer, status: 'seconded' }, today)).toBe('当前状态为“借调”，不在岗');
    expect(whyCannotAssign({ ...officer, status: 'on_leave' }, today)).toContain('休假');
    const both = findAssignmentBlockers(
      { ...officer, status: 'on_leave', certificateValidUntil: '2026-01-01' },
      today,
    );
    expect(both.map((blocker) => blocker.code)).toEqual(['certificate_expired', 'not_on_duty']);
  });

  it('refuses a departed officer whatever the certificate says', () => {
    expect(findAssignmentBlockers({ ...officer, status: 'departed' }, today)).toEqual([
      { code: 'departed', message: '已离岗，不再从事执法工作' },
    ]);
  });
});

describe('secondments (seed 004 item 17)', () => {
  const rules = secondmentRulesOf(jiangxi);
  const base = {
    startsOn: '2026-03-01',
    plannedEndsOn: '2026-12-31',
    returnedOn: null,
    leavesCity: false,
    approvedOn: null,
    filedOn: null,
  };

  it("takes the threshold, approver and filing body from Jiangxi's profile", () => {
    expect(rules.threshold).toEqual({ amount: 1, unit: 'year' });
    expect(rules.approver).toBe('省厅执法局');
    expect(rules.filedWith).toBe('省厅执法局');
    expect(rules.isLeavingCityFiled).toBe(true);
    expect(rules.basis).toContain('第17项');
  });

  it('needs approval only when planned longer than one year', () => {
    expect(approvalFreeUntil('2026-03-01', rules.threshold)).toBe('2027-03-01');
    expect(secondmentNeedsApproval({ ...base, plannedEndsOn: '2027-03-01' }, rules)).toBe(false);
    expect(secondmentNeedsApproval({ ...base, plannedEndsOn: '2027-03-02' }, rules)).toBe(true);
  });

  it('needs filing when the officer leaves the city', () => {
    expect(secondmentNeedsFiling({ leavesCity: true }, rules)).toBe(true);
    expect(secondmentNeedsFiling({ leavesCity: false }, rules)).toBe(false);
    expect(secondmentNeedsFiling({ leavesCity: true }, { isLeavingCityFiled: false })).toBe(false);
  });

  it('is active, overdue after its planned end, and returned once the officer is back', () => {
    expect(secondmentStateOn(base, today)).toBe('active');
    expect(secondmentStateOn({ ...base, plannedEndsOn: '2026-11-19' }, today)).toBe('overdue');
    expect(secondmentStateOn({ ...base, plannedEndsOn: '2026-11-19', returnedOn: '2026-11-18' }, today)).toBe(
      'returned',
    );
  });

  it('lists what is missing: approval, filing, return', () => {
    expect(findSecondmentProblems(base, today, rules)).toEqual([]);
    const long = { ...base, plannedEndsOn: '2028-02-28', leavesCity: true };
    expect(findSecondmentProblems(long, today, rules).map((problem) => problem.code)).toEqual([
      'approval_missing',
      'filing_missing',
    ]);
    expect(
      findSecondmentProblems({ ...long, approvedOn: '2026-02-20', filedOn: '2026-02-25' }, today, rules),
    ).toEqual([]);
    const late = { ...base, plannedEndsOn: '2026-10-31' };
    expect(findSecondmentProblems(late, today, rules)).toEqual([
      { code: 'overdue_return', message: '计划 2026-10-31 结束，逾期未返岗' },
    ]);
  });

  it('flags a secondment planned shorter that has in fact run over a year without approval', () => {
    const stretched = { ...base, startsOn: '2025-09-01', plannedEndsOn: '2026-08-31' };
    expect(findSecondmentProblems(stretched, today, rules).map((problem) => problem.code)).toEqual([
      'exceeded_without_approval',
      'overdue_return',
    ]);
  });
});

describe('real-name number', () => {
  it('formats province abbreviation, 执, division code and a four-digit serial', () => {
    expect(formatRealNameNumber('360121', 7)).toBe('赣执-360121-0007');
    expect(formatRealNameNumber('220100', 12)).toBe('吉执-220100-0012');
    expect(formatRealNameNumber('320685', 9999)).toBe('苏执-320685-9999');
    expect(() => formatRealNameNumber('360121', 10_000)).toThrow(RangeError);
    expect(() => formatRealNameNumber('990000', 1)).toThrow(RangeError);
  });

  it('parses a number back into its parts', () => {
    expect(parseRealNameNumber('赣执-360121-0007')).toEqual({
      abbreviation: '赣',
      regionCode: '360121',
      serial: 7,
    });
  });

  it('says what is wrong with a malformed number', () => {
    expect(parseRealNameNumber('JX36012100007')).toEqual({
      problem: expect.stringContaining('赣执-360121-0007'),
    });
    expect(parseRealNameNumber('苏执-360121-0007')).toEqual({
      problem: expect.stringContaining('应为“赣执”'),
    });
    expect(parseRealNameNumber('赣执-360121-0000')).toEqual({ problem: '顺序号从 0001 开始' });
    expect(isRealNameNumber('赣执-36012-00007')).toBe(false);
  });
});

describe('specialties vocabulary', () => {
  it('names every specialty in Chinese', () => {
    for (const specialty of specialties) expect(specialtyLabels[specialty]).toMatch(/\p{Script=Han}/u);
    expect(new Set(Object.values(specialtyLabels)).size).toBe(specialties.length);
  });

  it('an officer covers an item when they hold every specialty it needs', () => {
    expect(coversSpecialties(['water', 'hazardous_waste'], ['hazardous_waste'])).toBe(true);
    expect(coversSpecialties(['water'], ['water', 'air'])).toBe(false);
    expect(coversSpecialties([], [])).toBe(true);
  });
});
