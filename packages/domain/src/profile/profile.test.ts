import { describe, expect, it } from 'vitest';
import {
  type DeadlineKey,
  type DeadlineRule,
  deadlineKeys,
  defaultProfileId,
  findProfileForRegion,
  getProvinceProfile,
  maximumDeadlineAmount,
  nationalDefaults,
  profileIds,
  provinceProfileSchema,
  provinceProfiles,
} from './index';

const profiles = profileIds.map((id) => provinceProfiles[id]);

function deadlineEntries(id: (typeof profileIds)[number]): [DeadlineKey, DeadlineRule][] {
  return Object.entries(provinceProfiles[id].deadlines) as [DeadlineKey, DeadlineRule][];
}

describe('province profiles', () => {
  it.each(profileIds)('%s validates against the schema', (id) => {
    expect(provinceProfileSchema.safeParse(provinceProfiles[id]).success).toBe(true);
  });

  it('offers exactly the three profiles, Jiangxi by default', () => {
    expect([...profileIds].sort()).toEqual(['jiangsu-nantong', 'jiangxi', 'jilin']);
    expect(defaultProfileId).toBe('jiangxi');
    expect(getProvinceProfile().id).toBe('jiangxi');
    expect(getProvinceProfile('jilin').name).toBe('吉林省');
  });

  it('rejects an unknown profile id', () => {
    expect(() => getProvinceProfile('guangdong')).toThrow(RangeError);
  });

  it.each(profileIds)('%s has every deadline key, each with a non-empty basis and label', (id) => {
    const deadlines = provinceProfiles[id].deadlines;
    expect(Object.keys(deadlines).sort()).toEqual([...deadlineKeys].sort());
    for (const [key, rule] of deadlineEntries(id)) {
      expect(rule.basis.trim(), key).not.toBe('');
      expect(rule.label.trim(), key).not.toBe('');
    }
  });

  it.each(profileIds)('%s counts only short periods in working days unless the text says 工作日', (id) => {
    for (const [key, rule] of deadlineEntries(id)) {
      if (rule.unit !== 'working_day' || rule.isStatedInWorkingDays) continue;
      expect(rule.amount, key).toBeLessThanOrEqual(10);
    }
  });

  it('has one working-day period over ten days, stated as such in the regulation', () => {
    const longWorkingDayPeriods = deadlineEntries('jiangxi')
      .filter(([, rule]) => rule.unit === 'working_day' && rule.amount > 10)
      .map(([key, rule]) => [key, rule.isStatedInWorkingDays]);
    expect(longWorkingDayPeriods).toEqual([['productionRestrictionPlanFiling', true]]);
  });

  it.each(profileIds)('%s marks every platform-chosen number configurable with a note', (id) => {
    for (const [key, rule] of deadlineEntries(id)) {
      if (rule.isConfigurable) expect(rule.note, key).toBeTruthy();
      if (rule.origin === 'product') expect(rule.isConfigurable, key).toBe(true);
    }
  });

  it('uses working days where 行政处罚法 art. 85 applies', () => {
    const { deadlines } = provinceProfiles.jiangxi;
    expect(deadlines.hearingRequest).toMatchObject({ amount: 5, unit: 'working_day' });
    expect(deadlines.hearingNotice).toMatchObject({ amount: 7, unit: 'working_day', direction: 'before' });
    expect(deadlines.decisionDelivery).toMatchObject({ amount: 7, unit: 'working_day' });
    expect(deadlines.publishedDecisionWithdrawal).toMatchObject({ amount: 3, unit: 'working_day' });
    expect(deadlines.finePayment).toMatchObject({ amount: 15, unit: 'calendar_day' });
  });

  it.each(profileIds)('%s lets a penalty decision run 150 days at most', (id) => {
    const decision = provinceProfiles[id].deadlines.penaltyDecision;
    expect(decision).toMatchObject({ amount: 90, unit: 'calendar_day' });
    expect(decision.extension?.map((step) => step.amount)).toEqual([30, 30]);
    expect(maximumDeadlineAmount(decision)).toBe(150);
    const withEveryExtension =
      decision.amount + (decision.extension ?? []).reduce((sum, step) => sum + step.amount, 0);
    expect(withEveryExtension).toBeLessThanOrEqual(150);
  });

  it('lets the case-filing and seal periods be extended once', () => {
    const { deadlines } = provinceProfiles.jiangxi;
    expect(maximumDeadlineAmount(deadlines.caseFiling)).toBe(30);
    expect(maximumDeadlineAmount(deadlines.sealSeizure)).toBe(60);
    expect(maximumDeadlineAmount(deadlines.productionRestriction)).toBe(6);
    expect(deadlines.emergencySeizureApproval).toMatchObject({ amount: 24, unit: 'hour' });
  });

  it('caps the late-payment surcharge on the day it reaches the fine', () => {
    const { thresholds, deadlines } = provinceProfiles.jiangxi;
    const { ratePercentPerDay, capMultipleOfFine } = thresholds.latePaymentSurcharge;
    expect(deadlines.latePaymentSurchargeCap.amount).toBe(
      Math.ceil((capMultipleOfFine * 100) / ratePercentPerDay),
    );
  });

  it('keeps the national money thresholds', () => {
    for (const profile of profiles) {
      expect(profile.thresholds.summaryProcedure).toMatchObject({
        citizenMaxFineYuan: 200,
        organisationMaxFineYuan: 3_000,
      });
      expect(profile.thresholds.hearing).toMatchObject({
        organisationFineYuan: 200_000,
        isConfigurable: true,
      });
      expect(profile.thresholds.latePaymentSurcharge).toMatchObject({
        ratePercentPerDay: 3,
        capMultipleOfFine: 1,
      });
    }
  });
});

describe('random inspection', () => {
  it('uses Nanchang’s ratios for Jiangxi: city 1:5, county 1:10', () => {
    const ratio = provinceProfiles.jiangxi.randomInspection.generalObjectRatio;
    expect(ratio.city).toEqual({ officers: 1, entities: 5 });
    expect(ratio.county).toEqual({ officers: 1, entities: 10 });
    expect(ratio.isConfigurable).toBeUndefined();
  });

  it('uses the same ratios elsewhere but marks them configurable', () => {
    for (const id of ['jilin', 'jiangsu-nantong'] as const) {
      const ratio = provinceProfiles[id].randomInspection.generalObjectRatio;
      expect(ratio.county.entities).toBe(10);
      expect(ratio.city.entities).toBe(5);
      expect(ratio.isConfigurable).toBe(true);
    }
  });

  it('leaves positive-list entities out of routine draws in Jiangxi only', () => {
    expect(provinceProfiles.jiangxi.randomInspection.positiveListExclusion.isEnabled).toBe(true);
    expect(provinceProfiles.jilin.randomInspection.positiveListExclusion.isEnabled).toBe(false);
    expect(provinceProfiles['jiangsu-nantong'].randomInspection.positiveListExclusion.isEnabled).toBe(false);
  });

  it('dates the summaries the same way in the deadlines and the double-random rules', () => {
    for (const profile of profiles) {
      const { monthlySummaryDueDay, yearlySummaryDue } = profile.randomInspection;
      expect(profile.deadlines.randomInspectionMonthlySummary.recurringDueDate).toEqual({
        day: monthlySummaryDueDay.day,
      });
      expect(profile.deadlines.randomInspectionYearlySummary.recurringDueDate).toEqual({
        month: yearlySummaryDue.month,
        day: yearlySummaryDue.day,
      });
    }
  });
});

describe('joint enforcement', () => {
  it('lets Jilin agencies propose an action jointly for their common superior to approve; not Jiangxi', () => {
    const jilin = provinceProfiles.jilin.jointEnforcement.jointProposal;
    expect(jilin.isAllowed).toBe(true);
    expect(jilin.approver).toBe('common_superior');
    expect(jilin.proposerLevels).toEqual(['city', 'county']);
    expect(provinceProfiles.jiangxi.jointEnforcement.jointProposal.isAllowed).toBe(false);
  });

  it('gives the lead to the lowest common superior in every profile', () => {
    for (const profile of profiles) {
      expect(profile.jointEnforcement.leadAgency).toMatchObject({
        crossCity: 'province',
        crossCounty: 'city',
      });
    }
  });

  it('carries the differences between the Jiangxi and Jilin measures', () => {
    const jiangxi = provinceProfiles.jiangxi.jointEnforcement;
    const jilin = provinceProfiles.jilin.jointEnforcement;
    expect(jiangxi.damageNotification.compensationInvestigation).toBe('immediate');
    expect(jilin.damageNotification.compensationInvestigation).toBe('discretionary');
    expect(jilin.listInYearlyRandomInspectionPlan.isRequired).toBe(true);
    expect(jiangxi.listInYearlyRandomInspectionPlan.isRequired).toBe(false);
    expect(jilin.temporaryCoordinationBody.level).toBe('required');
    expect(jilin.effectivenessEvaluation.level).toBe('required');
    expect(jiangxi.jointMeetings.level).toBe('required');
    expect(provinceProfiles.jiangxi.deadlines.ecologicalDamageNotification).toMatchObject({
      amount: 3,
      origin: 'seed',
    });
    expect(provinceProfiles.jilin.deadlines.jointActionClueFeedback.isConfigurable).toBe(true);
  });
});

describe('organisation and local rules', () => {
  it('names Nantong’s units after its comprehensive enforcement reform', () => {
    const organisation = provinceProfiles['jiangsu-nantong'].organisation;
    expect(organisation.model).toBe('comprehensive_bureau');
    expect(organisation.city.unitName).toBe('南通市生态环境综合行政执法局');
    expect(organisation.fieldOffices?.unitName).toContain('{ordinal}');
    expect(organisation.countyActsInNameOf).toBe('city_bureau');
  });

  it('keeps Jiangxi’s detachment/brigade model with 局队站合一', () => {
    const organisation = provinceProfiles.jiangxi.organisation;
    expect(organisation.model).toBe('detachment_brigade');
    expect(organisation.city.unitName).toBe('{city}生态环境保护综合执法支队');
    expect(organisation.countyIntegration).toContain('局队站合一');
  });

  it('switches local systems on only where a seed asks for them', () => {
    expect(provinceProfiles.jiangxi.credit.redYellowCards.isEnabled).toBe(true);
    expect(provinceProfiles.jilin.credit.redYellowCards.isEnabled).toBe(false);
    expect(provinceProfiles['jiangsu-nantong'].credit.compliancePoints.isEnabled).toBe(true);
    expect(provinceProfiles.jiangxi.credit.compliancePoints.isEnabled).toBe(false);
    expect(provinceProfiles.jiangxi.complaints.earlyWarningLetters.isEnabled).toBe(true);
    expect(provinceProfiles['jiangsu-nantong'].complaints.rewardsForReports.isRaisedAmount).toBe(true);
  });

  it('holds the capacity indicators of seed 004', () => {
    const { staffing, backbonePool, requiredEquipment } = provinceProfiles.jiangxi.capacity;
    expect(staffing).toMatchObject({
      maxVacancyRatePercent: 5,
      minOnDutyRatePercent: 90,
      certificateRatePercent: 100,
      minLegallyQualifiedPerCityAgency: 1,
    });
    expect(backbonePool.yearlyTarget).toBe(30);
    expect(requiredEquipment.items.map((item) => item.name)).toEqual([
      '执法记录仪',
      '移动执法终端',
      '便携式打印机',
      '油气回收三项检测仪',
    ]);
    expect(provinceProfiles.jiangxi.deadlines.secondmentApprovalThreshold).toMatchObject({
      amount: 1,
      unit: 'year',
    });
  });

  it('dates the open letter of seed 002 for Jiangxi', () => {
    const openLetter = provinceProfiles.jiangxi.milestones.find(
      (milestone) => milestone.key === 'openLetterPublication',
    );
    expect(openLetter?.date).toBe('2018-11-30');
  });
});

describe('findProfileForRegion', () => {
  it.each([
    ['360121', 'jiangxi'],
    ['360000', 'jiangxi'],
    ['320612', 'jiangsu-nantong'],
    ['320600', 'jiangsu-nantong'],
    ['320681001', 'jiangsu-nantong'],
    ['220102', 'jilin'],
    ['222401', 'jilin'],
  ])('finds the profile of %s', (code, id) => {
    expect(findProfileForRegion(code)?.id).toBe(id);
  });

  it.each(['320100', '320000', '110101', '', '36012', 'abcdef', '3601211'])(
    'returns undefined for %j',
    (code) => {
      expect(findProfileForRegion(code)).toBeUndefined();
    },
  );
});

describe('immutability', () => {
  it('freezes the profiles and the national defaults', () => {
    expect(Object.isFrozen(provinceProfiles.jiangxi.deadlines.penaltyDecision)).toBe(true);
    expect(Object.isFrozen(nationalDefaults.deadlines)).toBe(true);
    expect(() => {
      (
        provinceProfiles.jiangxi.thresholds.summaryProcedure as { citizenMaxFineYuan: number }
      ).citizenMaxFineYuan = 1;
    }).toThrow(TypeError);
  });

  it('derives provinces without changing the national defaults', () => {
    expect(nationalDefaults.randomInspection.positiveListExclusion.isEnabled).toBe(false);
    expect(nationalDefaults.deadlines.interview.isConfigurable).toBe(true);
    expect(provinceProfiles.jiangxi.deadlines.interview.isConfigurable).toBeUndefined();
  });
});

describe('provinceProfileSchema', () => {
  it('rejects a configurable deadline without a note', () => {
    const broken = structuredClone(provinceProfiles.jilin) as unknown as {
      deadlines: Record<string, { note?: string }>;
    };
    delete broken.deadlines.certificateExpiryWarning!.note;
    expect(provinceProfileSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects a maximum that the extensions cannot reach', () => {
    const broken = structuredClone(provinceProfiles.jilin) as unknown as {
      deadlines: Record<string, { maxTotal?: { amount: number } }>;
    };
    broken.deadlines.penaltyDecision!.maxTotal!.amount = 200;
    expect(provinceProfileSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects a profile missing a deadline', () => {
    const broken = structuredClone(provinceProfiles.jilin) as unknown as {
      deadlines: Record<string, unknown>;
    };
    delete broken.deadlines.interview;
    expect(provinceProfileSchema.safeParse(broken).success).toBe(false);
  });
});
