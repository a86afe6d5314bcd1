import { z } from 'zod';
import { creditLevels } from '../credit/credit.vocabulary';

/**
 * The province profile: every number the enforcement rules depend on, and every rule that differs
 * between provinces (national law and seeds 000–004). Code reads these values instead of
 * hard-coding them, so a province is configuration, not a fork.
 *
 * Each rule carries its `basis` (the citation, in Chinese). Where neither the law nor a seed
 * gives a number and the platform chose one, the rule says `isConfigurable: true` and explains the
 * choice in `note`.
 */

export const provinceProfileIds = ['jiangxi', 'jilin', 'jiangsu-nantong'] as const;
export type ProvinceProfileId = (typeof provinceProfileIds)[number];

export const seedDocumentIds = ['000', '001', '002', '003', '004'] as const;
export type SeedDocumentId = (typeof seedDocumentIds)[number];

/** Agency levels, with the same names as the organisation contracts. */
export const profileAgencyLevels = ['province', 'city', 'county'] as const;
export type ProfileAgencyLevel = (typeof profileAgencyLevels)[number];

const text = z.string().trim().min(1);
const yuan = z.number().int().nonnegative();
const percent = z.number().min(0).max(100);
const regionCode = z.string().regex(/^\d{6}$/, '区划代码应为 6 位数字（GB/T 2260）');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** Fields every sourced rule shares: where it comes from, and whether we chose the number. */
const sourceShape = {
  /** The citation, in Chinese: law and article, or seed document and item. */
  basis: text,
  /** True where the law and the seeds give no number and the platform chose one. */
  isConfigurable: z.boolean().optional(),
  /** Why; required when `isConfigurable` is true. */
  note: text.optional(),
};

function requireNoteWhenConfigurable(
  value: { isConfigurable?: boolean; note?: string },
  context: z.RefinementCtx,
) {
  if (value.isConfigurable && !value.note) {
    context.addIssue({
      code: 'custom',
      message: '可配置的规则须在 note 中说明取值理由 / a configurable rule must explain its choice in note',
      path: ['note'],
    });
  }
}

function sourced<T extends z.ZodRawShape>(shape: T) {
  // The generic shape hides the source fields from the checker; they are always there.
  return z
    .object({ ...shape, ...sourceShape })
    .superRefine((value, context) =>
      requireNoteWhenConfigurable(value as { isConfigurable?: boolean; note?: string }, context),
    );
}

// ---------------------------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------------------------

/**
 * Units a period is counted in. 行政处罚法 art. 85 makes its 二日、三日、五日、七日 working days;
 * 行政强制法 art. 69 makes its periods of ten days or less working days; a few regulations say
 * 工作日 explicitly. Everything else counts calendar days.
 */
export const periodUnits = ['calendar_day', 'working_day', 'hour', 'month', 'year'] as const;
export type PeriodUnit = (typeof periodUnits)[number];

export const periodSchema = z.object({
  amount: z.number().int().positive(),
  unit: z.enum(periodUnits),
});
export type Period = z.infer<typeof periodSchema>;

export const deadlineExtensionSchema = z.object({
  amount: z.number().int().positive(),
  unit: z.enum(periodUnits),
  /** Who approves the extension, in Chinese (e.g. 本机关负责人批准). */
  approval: text,
  /** When the extension is available, in Chinese. */
  condition: text.optional(),
});
export type DeadlineExtension = z.infer<typeof deadlineExtensionSchema>;

/** Where a number comes from: national law, a seed document, or a platform choice. */
export const deadlineOrigins = ['law', 'seed', 'product'] as const;
export type DeadlineOrigin = (typeof deadlineOrigins)[number];

/** A date that recurs every month (no `month`) or every year. */
export const recurringDateSchema = z.object({
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31),
});
export type RecurringDate = z.infer<typeof recurringDateSchema>;

export const deadlineRuleSchema = z
  .object({
    amount: z.number().int().positive(),
    unit: z.enum(periodUnits),
    /** Short Chinese label for lists and to-dos. */
    label: text,
    /** The citation, Chinese, e.g. 《中华人民共和国行政处罚法》第六十条. */
    basis: text,
    origin: z.enum(deadlineOrigins),
    /** The event the clock starts from (its own day is not counted), in Chinese. */
    startsFrom: text,
    /** `before`: the period ends at the event (a hearing notice is due 7 working days before it). */
    direction: z.enum(['after', 'before']).optional(),
    extension: z.array(deadlineExtensionSchema).optional(),
    /** The longest the period may run with every extension. */
    maxTotal: periodSchema.optional(),
    /** Periods that do not count: the clock pauses (Chinese names). */
    pausedBy: z.array(text).optional(),
    /** For calendar-day periods: a last day that is a holiday moves to the next working day. */
    rollForwardFromHoliday: z.boolean().optional(),
    /**
     * The text itself says 工作日 (rather than a general rule such as 行政处罚法 art. 85 turning its
     * short periods into working days). Only such periods may exceed ten working days.
     */
    isStatedInWorkingDays: z.boolean().optional(),
    /**
     * A report due on a fixed date rather than a period after an event. The period is then counted
     * from the last day of the preceding month, so `amount` equals `day` (the 5th = 5 days after
     * the month's end).
     */
    recurringDueDate: recurringDateSchema.optional(),
    isConfigurable: z.boolean().optional(),
    note: text.optional(),
  })
  .superRefine((rule, context) => {
    requireNoteWhenConfigurable(rule, context);
    if (rule.origin === 'product' && !rule.isConfigurable) {
      context.addIssue({
        code: 'custom',
        message: '平台自定的期限须标记为可配置 / a platform-chosen deadline must be configurable',
        path: ['isConfigurable'],
      });
    }
    const extensions = rule.extension ?? [];
    for (const [index, extension] of extensions.entries()) {
      if (extension.unit !== rule.unit) {
        context.addIssue({
          code: 'custom',
          message: '延长期限的单位须与期限相同 / an extension must use the period’s unit',
          path: ['extension', index, 'unit'],
        });
      }
    }
    if (rule.maxTotal) {
      const longest = rule.amount + extensions.reduce((sum, extension) => sum + extension.amount, 0);
      if (rule.maxTotal.unit !== rule.unit) {
        context.addIssue({
          code: 'custom',
          message: '最长期限的单位须与期限相同 / maxTotal must use the period’s unit',
          path: ['maxTotal', 'unit'],
        });
      } else if (rule.maxTotal.amount < rule.amount || rule.maxTotal.amount > longest) {
        context.addIssue({
          code: 'custom',
          message: `最长期限应在 ${rule.amount} 至 ${longest} 之间 / maxTotal must lie between the period and the period with every extension`,
          path: ['maxTotal', 'amount'],
        });
      }
    }
    if (rule.isStatedInWorkingDays && rule.unit !== 'working_day') {
      context.addIssue({
        code: 'custom',
        message: '明定工作日的期限须以工作日计 / a period stated in working days must use working_day',
        path: ['unit'],
      });
    }
    if (rule.recurringDueDate) {
      if (rule.unit !== 'calendar_day' || rule.amount !== rule.recurringDueDate.day) {
        context.addIssue({
          code: 'custom',
          message:
            '固定日期的报送期限须以自然日计、天数等于日期 / a fixed-date deadline counts calendar days and its amount equals its day',
          path: ['recurringDueDate'],
        });
      }
    }
  });
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

export const deadlineKeys = [
  // Penalty procedure (行政处罚法 2021; 生态环境行政处罚办法 2023)
  'caseFiling',
  'penaltyDecision',
  'evidencePreservation',
  'hearingRequest',
  'hearingNotice',
  'decisionDelivery',
  'finePayment',
  'latePaymentSurchargeCap',
  'enforcementReminder',
  'courtEnforcementApplication',
  'limitationPeriod',
  'publishedDecisionWithdrawal',
  'firstViolationLookBack',
  // Daily continuous penalty (环境保护主管部门实施按日连续处罚办法)
  'dailyPenaltyCorrectionOrder',
  'dailyPenaltyReinspection',
  // Seal/seizure (行政强制法; 环境保护主管部门实施查封、扣押办法)
  'sealSeizure',
  'emergencySeizureApproval',
  'sealSeizureReleaseReview',
  'sealSeizureReleaseDelivery',
  // Production limit/stop (环境保护主管部门实施限制生产、停产整治办法)
  'productionRestrictionDelivery',
  'productionRestriction',
  'productionRestrictionPlanFiling',
  'productionRestrictionFollowUp',
  // Transfer for detention (行政主管部门移送适用行政拘留环境违法案件暂行办法)
  'detentionTransfer',
  'detentionPoliceDecisionCopy',
  'detentionPoliceRefusal',
  // Suspected crime (国务院令第310号; 环境保护行政执法与刑事司法衔接工作办法)
  'crimeTransferDecision',
  'crimeTransferToPolice',
  'crimeTransferCorrection',
  'crimePoliceReview',
  'crimeRefusalContest',
  'crimeContestAnswer',
  'crimeProcuratorateSupervisionRequest',
  'crimeEvidenceHandover',
  'crimeProcuratorateRecommendation',
  // Petitions and 12369 (信访工作条例 2022)
  'petitionRegistration',
  'petitionAcceptanceNotice',
  'petitionHandling',
  'petitionReviewRequest',
  'petitionReviewAnswer',
  'petitionReReviewRequest',
  'petitionReReviewAnswer',
  // Double random (seed 002)
  'randomInspectionMonthlySummary',
  'randomInspectionYearlySummary',
  // Joint enforcement (seeds 000, 001)
  'ecologicalDamageNotification',
  'jointActionClueFeedback',
  // Supervision and rectification
  'supervisedCaseClosing',
  'interview',
  // People (seed 004) and product choices
  'certificateExpiryWarning',
  'secondmentApprovalThreshold',
] as const;
export type DeadlineKey = (typeof deadlineKeys)[number];

/** Every key must be present (zod 4 records over an enum are exhaustive). */
export const deadlinesSchema = z.record(z.enum(deadlineKeys), deadlineRuleSchema);

// ---------------------------------------------------------------------------------------------
// Counting rules and dated milestones
// ---------------------------------------------------------------------------------------------

export const countingSchema = sourced({
  /** The day of the event is not counted; counting starts the next day. */
  isEventDayCounted: z.boolean(),
  /** Default for calendar-day periods whose last day is a holiday. */
  rollForwardFromHoliday: z.boolean(),
});

export const milestoneSchema = z
  .object({
    key: text,
    label: text,
    basis: text,
    /** A one-off date. */
    date: isoDate.optional(),
    /** Or a date that recurs every year. */
    yearly: z
      .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
      .optional(),
    note: text.optional(),
  })
  .refine((milestone) => (milestone.date === undefined) !== (milestone.yearly === undefined), {
    message: '里程碑须有且只有 date 或 yearly 之一 / a milestone has exactly one of date or yearly',
  });
export type Milestone = z.infer<typeof milestoneSchema>;

// ---------------------------------------------------------------------------------------------
// Thresholds (money in yuan, whole numbers)
// ---------------------------------------------------------------------------------------------

export const thresholdsSchema = z.object({
  /** 简易程序: the fine may be decided on the spot at or below these amounts. */
  summaryProcedure: sourced({ citizenMaxFineYuan: yuan, organisationMaxFineYuan: yuan }),
  /** Fines an officer may collect on the spot. */
  onSpotCollection: sourced({ maxFineYuan: yuan }),
  /** 较大数额: at or above (`isInclusive`) these amounts the party may ask for a hearing. */
  hearing: sourced({
    citizenFineYuan: yuan,
    organisationFineYuan: yuan,
    /** 以上 includes the amount itself. */
    isInclusive: z.boolean(),
    /** The other decisions that carry a hearing right, in Chinese. */
    otherTriggers: z.array(text).min(1),
  }),
  /** 加处罚款 on late payment. */
  latePaymentSurcharge: sourced({
    ratePercentPerDay: z.number().positive(),
    /** The surcharge never exceeds this multiple of the fine. */
    capMultipleOfFine: z.number().positive(),
  }),
  /** 按日连续处罚. */
  dailyPenalty: sourced({
    /** Each day costs the original fine. */
    perDayAmountIsOriginalFine: z.boolean(),
    /** Not used once a seal, limit or stop has halted the discharge. */
    isSuspendedWhileDischargeHalted: z.boolean(),
  }),
  /** Officers on every investigative act and coercive measure. */
  minimumOfficers: sourced({ count: z.number().int().min(1) }),
  /** 法制审核 before the decision. */
  legalReview: sourced({
    requiredWhen: z.array(text).min(1),
    reviewerNeedsLegalQualification: z.boolean(),
  }),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

// ---------------------------------------------------------------------------------------------
// Double random, one public
// ---------------------------------------------------------------------------------------------

export const officerRatioSchema = z.object({
  officers: z.number().int().positive(),
  /** Entities drawn per `officers`, at least. */
  entities: z.number().int().positive(),
});
export type OfficerRatio = z.infer<typeof officerRatioSchema>;

export const randomInspectionSchema = z.object({
  /** General (non-key) objects: officer-to-entity ratio per level. */
  generalObjectRatio: sourced({
    city: officerRatioSchema,
    county: officerRatioSchema,
    /** Counties with a large area or scattered sources may adjust their ratio. */
    isCountyRatioAdjustable: z.boolean(),
  }),
  /** Key polluters: share of the list drawn each quarter, per level. */
  keyPolluterQuarterlyCoverage: sourced({ cityPercent: percent, countyPercent: percent }),
  /** Every key polluter is inspected at least this often a year. */
  keyPolluterMinInspectionsPerYear: sourced({ count: z.number().int().min(0) }),
  minOfficersPerTask: sourced({ count: z.number().int().min(1) }),
  disclosureRateTarget: sourced({ percent }),
  /** Day of the following month by which the monthly summary table is due. */
  monthlySummaryDueDay: sourced({ day: z.number().int().min(1).max(31) }),
  yearlySummaryDue: sourced({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  /** Positive-list entities are left out of routine draws. */
  positiveListExclusion: sourced({ isEnabled: z.boolean() }),
  /** One visit per entity merges all its items (一次检查、全面体检). */
  mergeItemsPerEntity: sourced({ isEnabled: z.boolean() }),
  /** Cross-department joint draws (随机联查). */
  crossDepartmentJointDraws: sourced({ isEnabled: z.boolean() }),
  /** Task lists stay secret until the inspection day. */
  taskListSecretUntilInspection: sourced({ isEnabled: z.boolean() }),
});
export type RandomInspectionRules = z.infer<typeof randomInspectionSchema>;

// ---------------------------------------------------------------------------------------------
// Capacity (seed 004 item 17 and others)
// ---------------------------------------------------------------------------------------------

export const equipmentKeys = [
  'body_camera',
  'mobile_terminal',
  'portable_printer',
  'vapour_recovery_tester',
  'vehicle',
  'drone',
  'boat',
] as const;
export type EquipmentKey = (typeof equipmentKeys)[number];

export const capacitySchema = z.object({
  staffing: sourced({
    maxVacancyRatePercent: percent,
    minOnDutyRatePercent: percent,
    certificateRatePercent: percent,
    minLegallyQualifiedPerCityAgency: z.number().int().min(0),
  }),
  secondment: sourced({
    /** Secondments longer than the `secondmentApprovalThreshold` deadline need this approval. */
    approver: text,
    /** Leaving the city must be filed. */
    isLeavingCityFiled: z.boolean(),
    filedWith: text,
  }),
  backbonePool: sourced({
    isEnabled: z.boolean(),
    managedBy: text,
    /** Officers selected and trained a year; absent where no number is set. */
    yearlyTarget: z.number().int().positive().optional(),
    /** The province may call pool members in to help with cases. */
    isDeployableByProvince: z.boolean(),
  }),
  requiredEquipment: sourced({
    items: z.array(z.object({ key: z.enum(equipmentKeys), name: text })).min(1),
    standard: text,
  }),
  mobileEnforcement: sourced({ isMandatoryInField: z.boolean(), coverageTargetPercent: percent }),
  training: sourced({
    isEveryOfficerTrainedYearly: z.boolean(),
    /** Events each city agency holds a year (case-file reviews are in `cases.caseFileReview`). */
    perCityYearly: z.object({
      practicalContests: z.number().int().min(0),
      knowledgeContests: z.number().int().min(0),
      formationDrills: z.number().int().min(0),
    }),
  }),
  /** Officers hold a field-monitoring certificate and monitoring staff an enforcement certificate. */
  dualCertification: sourced({ isRequired: z.boolean() }),
});
export type CapacityRules = z.infer<typeof capacitySchema>;

// ---------------------------------------------------------------------------------------------
// Cross-region joint enforcement (seeds 000, 001)
// ---------------------------------------------------------------------------------------------

export const requirementLevels = ['required', 'optional'] as const;
export type RequirementLevel = (typeof requirementLevels)[number];

export const jointEnforcementSchema = z.object({
  /** Levels that may start an action on their own. */
  initiators: sourced({ levels: z.array(z.enum(profileAgencyLevels)).min(1) }),
  /** Lower agencies proposing an action together, approved by their common superior. */
  jointProposal: sourced({
    isAllowed: z.boolean(),
    proposerLevels: z.array(z.enum(profileAgencyLevels)),
    approver: z.literal('common_superior'),
  }),
  /** The lowest common superior of the regions involved leads. */
  leadAgency: sourced({
    rule: z.literal('lowest_common_superior'),
    crossCity: z.literal('province'),
    crossCounty: z.literal('city'),
  }),
  /** Every action runs under the province department's guidance. */
  isUnderProvincialGuidance: sourced({ isEnabled: z.boolean() }),
  damageNotification: sourced({
    notifiedParty: text,
    /** `immediate`: the local agency must open a compensation investigation at once when a claim is due. */
    compensationInvestigation: z.enum(['immediate', 'discretionary']),
  }),
  /** The action plan must be part of the year's double-random plan. */
  listInYearlyRandomInspectionPlan: sourced({ isRequired: z.boolean() }),
  temporaryCoordinationBody: sourced({ level: z.enum(requirementLevels) }),
  jointMeetings: sourced({ level: z.enum(requirementLevels) }),
  effectivenessEvaluation: sourced({ level: z.enum(requirementLevels) }),
  clueTransferList: sourced({
    level: z.enum(requirementLevels),
    /** A higher level may take a clue over (提级办理). */
    allowsEscalation: z.boolean(),
  }),
  rectificationLedger: sourced({
    keptBy: z.literal('local_agency'),
    /** Items are closed one by one (销号). */
    isClosedItemByItem: z.boolean(),
    isProgressReportedUpward: z.boolean(),
  }),
  supervision: sourced({
    supervisor: z.enum(['superior', 'initiator']),
    isMutualNotification: z.boolean(),
    isJointCheck: z.boolean(),
  }),
  publicity: sourced({ level: z.enum(requirementLevels) }),
  /** Ways an action works, in Chinese (交叉执法、异地帮扶 …). */
  methods: sourced({ items: z.array(text).min(1) }),
});
export type JointEnforcementRules = z.infer<typeof jointEnforcementSchema>;

// ---------------------------------------------------------------------------------------------
// Organisation
// ---------------------------------------------------------------------------------------------

/**
 * A unit name as a template. Placeholders: {province}, {city}, {county}, {ordinal} (一、二 …),
 * {area} (a development zone or chemical park).
 */
const nameTemplate = text.regex(/^[^{}]*(\{(province|city|county|ordinal|area)\}[^{}]*)*$/, {
  message: '名称模板只能使用 {province}{city}{county}{ordinal}{area} 占位符',
});

export const organisationUnitSchema = z.object({
  /** The level's name in local usage (设区市、市（州）…). */
  levelLabel: text,
  /** The enforcement unit's name template. */
  unitName: nameTemplate,
  /** The environment bureau the unit belongs to, where it differs. */
  bureauName: nameTemplate.optional(),
});

export const organisationSchema = sourced({
  model: z.enum(['detachment_brigade', 'comprehensive_bureau']),
  province: organisationUnitSchema.optional(),
  city: organisationUnitSchema,
  county: organisationUnitSchema,
  /** How bureau, enforcement team (and monitoring station) are merged at county level. */
  countyIntegration: text,
  /** In whose name county-level units decide penalties. */
  countyActsInNameOf: z.enum(['city_bureau', 'own_agency']),
  /** Numbered field offices (执法N局) under a county-level unit. */
  fieldOffices: z.object({ unitName: nameTemplate, managedBy: z.literal('county') }).optional(),
  /** Regional units for development zones and chemical parks. */
  regionalUnits: z.object({ unitName: nameTemplate, scope: text }).optional(),
  towns: sourced({
    /** Counties guide towns that exercise delegated enforcement powers. */
    isDelegationGuided: z.boolean(),
    /** Towns transfer cases to the county unit. */
    isCaseTransferToCounty: z.boolean(),
    /** Environmental grids merge with the basic grids. */
    isGridIntegrated: z.boolean(),
  }),
});
export type OrganisationRules = z.infer<typeof organisationSchema>;

// ---------------------------------------------------------------------------------------------
// Credit, complaints, cases, supervision
// ---------------------------------------------------------------------------------------------

const days = z.number().int().min(0).max(3650);

export const creditSchema = z.object({
  redYellowCards: sourced({
    isEnabled: z.boolean(),
    /** Red and yellow cards count as the credit blacklist for joint punishment. */
    isBlacklist: z.boolean(),
    isListPublished: z.boolean(),
    /** 列入黄牌警示的情形, in Chinese: offered as reasons when a card is issued. */
    yellowGrounds: z.array(text),
    /** 列入红牌警示的情形. */
    redGrounds: z.array(text),
    /** A card lowers the entity's credit evaluation by this many levels while it is active. */
    creditLevelDowngradeSteps: z.number().int().min(0).max(3),
  }),
  /** 整改与摘牌: when a card's rectification is overdue and when it may be lifted. */
  cardLifting: sourced({
    /** Lifted only after the agency has verified the rectification (复核合格后摘牌). */
    requiresVerifiedRectification: z.boolean(),
    /** Days after issue by which the entity must have rectified; then the card is overdue. */
    yellowRectificationDays: days.min(1),
    redRectificationDays: days.min(1),
    /** The earliest day after issue a card may be lifted. */
    yellowMinimumDaysBeforeLifting: days,
    redMinimumDaysBeforeLifting: days,
  }),
  compliancePoints: sourced({ isEnabled: z.boolean() }),
  creditEvaluation: sourced({ isEnabled: z.boolean() }),
  blacklist: sourced({ isEnabled: z.boolean(), isJointPunishment: z.boolean() }),
  positiveList: sourced({ isEnabled: z.boolean() }),
  /** Who may be put on the positive list (对守法者“无事不扰”). */
  positiveListEligibility: sourced({
    /** No violation on the entity's timeline in this many months before listing. */
    violationLookBackMonths: z.number().int().min(0).max(60),
    excludesActiveCard: z.boolean(),
    excludesBlacklisted: z.boolean(),
    /** The latest credit evaluation must not be one of these. */
    excludedCreditLevels: z.array(z.enum(creditLevels)),
  }),
  /** 一公开、一承诺: the open letter delivered to, and 环保承诺书 signed by, each key polluter. */
  commitments: sourced({
    isEnabled: z.boolean(),
    /** Only entities on the year's key-polluter list are recorded. */
    isKeyPolluterOnly: z.boolean(),
  }),
  /** An interview that does not lead to rectification is exposed and marked in credit records. */
  exposureAfterFailedInterview: sourced({ isEnabled: z.boolean() }),
});
export type CreditRules = z.infer<typeof creditSchema>;

export const complaintsSchema = z.object({
  hotline: sourced({ number: z.string().regex(/^\d{3,8}$/) }),
  rewardsForReports: sourced({ isEnabled: z.boolean(), isRaisedAmount: z.boolean() }),
  earlyWarningLetters: sourced({
    isEnabled: z.boolean(),
    frequency: z.enum(['monthly']),
    recipient: text,
    copiedTo: text.optional(),
    isRectificationListPublished: z.boolean(),
  }),
  leaderAssignedCases: sourced({ isEnabled: z.boolean() }),
});
export type ComplaintRules = z.infer<typeof complaintsSchema>;

export const doublePenaltyRuleSchema = z.object({
  violation: text,
  /** What the responsible persons face, in Chinese. */
  sanctionOnPersons: text,
  /** `administrative_sanction` (处分) is decided by their employer or the supervisory body, not by us. */
  kind: z.enum(['fine', 'administrative_sanction']),
  /** Cap as a share of last year's income from the unit, where the law sets one. */
  maxShareOfIncomePercent: percent.optional(),
  basis: text,
});

export const casesSchema = z.object({
  doublePenalty: sourced({ isEnabled: z.boolean(), rules: z.array(doublePenaltyRuleSchema).min(1) }),
  /** 按日连续处罚、查封扣押、限产停产、移送行政拘留: each city and county uses them yearly. */
  supportingMeasures: sourced({
    measures: z.array(text).length(4),
    isYearlyIndicator: z.boolean(),
    levels: z.array(z.enum(profileAgencyLevels)),
    minCasesPerYear: z.number().int().min(0),
  }),
  interferenceRegister: sourced({ isEnabled: z.boolean() }),
  caseFileReview: sourced({ minPerYearPerCity: z.number().int().min(0) }),
  superiorTakeOver: sourced({ isEnabled: z.boolean() }),
  majorCaseTaskForce: sourced({ isEnabled: z.boolean() }),
  discretionBenchmarksPublished: sourced({ isEnabled: z.boolean() }),
});
export type CaseRules = z.infer<typeof casesSchema>;

export const supervisionSchema = z.object({
  interviews: sourced({
    triggers: z.array(text).min(1),
    /** Who leads: the unit's head or deputy head, with at least this many case officers. */
    ledBy: text,
    minCaseOfficers: z.number().int().min(0),
    forms: z.array(text).min(1),
  }),
  assistance: sourced({
    frequency: z.enum(['quarterly', 'as_needed']),
    organisedBy: z.enum(profileAgencyLevels),
  }),
  audits: sourced({ focus: z.array(text).min(1) }),
});
export type SupervisionRules = z.infer<typeof supervisionSchema>;

// ---------------------------------------------------------------------------------------------
// The profile
// ---------------------------------------------------------------------------------------------

export const seedDocumentSchema = z.object({
  id: z.enum(seedDocumentIds),
  title: text,
  issuer: text.optional(),
  documentNumber: text.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type SeedDocument = z.infer<typeof seedDocumentSchema>;

export const provinceProfileSchema = z.object({
  id: z.enum(provinceProfileIds),
  /** Chinese name shown to users, e.g. 江西省. */
  name: text,
  /** GB/T 2260 code of the province. */
  provinceCode: regionCode.refine((code) => code.endsWith('0000'), '省级区划代码应以 0000 结尾'),
  /** Regions the profile covers (a province, or a single city). */
  scopeRegionCodes: z.array(regionCode).min(1),
  seedDocuments: z.array(seedDocumentSchema),
  counting: countingSchema,
  deadlines: deadlinesSchema,
  milestones: z.array(milestoneSchema),
  thresholds: thresholdsSchema,
  randomInspection: randomInspectionSchema,
  capacity: capacitySchema,
  jointEnforcement: jointEnforcementSchema,
  organisation: organisationSchema,
  credit: creditSchema,
  complaints: complaintsSchema,
  cases: casesSchema,
  supervision: supervisionSchema,
});
export type ProvinceProfile = z.infer<typeof provinceProfileSchema>;

/** The rules without the identity fields: what provinces derive from the national defaults. */
export type ProfileRules = Omit<
  ProvinceProfile,
  'id' | 'name' | 'provinceCode' | 'scopeRegionCodes' | 'seedDocuments'
>;
