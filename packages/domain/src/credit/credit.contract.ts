import { z } from 'zod';
import {
  isoDateSchema,
  multilineText,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';
import { keyPolluterMedia } from '../entities/entities.contract';
import { creditSchema } from '../profile/profile.schema';
import { creditFeatures } from './credit.rules';
import {
  cardColors,
  cardStatuses,
  commitmentStatuses,
  creditLevels,
  entityLists,
  letterDeliveryMethods,
} from './credit.vocabulary';

/**
 * Commitments and credit (REG-3, REG-4): the entity's credit record, the acts that change it, and
 * the agency-wide lists (cards, blacklist, positive list, commitment coverage, evaluations, points).
 */

// ---------------------------------------------------------------------------------------------
// Field schemas
// ---------------------------------------------------------------------------------------------

const yearSchema = z
  .number({ error: '请填写年度' })
  .int('年度应为整数')
  .min(2000, '年度应在 2000–2100 之间')
  .max(2100, '年度应在 2000–2100 之间');

const yearQuerySchema = z.coerce
  .number({ error: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度应在 2000–2100 之间')
  .max(2100, '年度应在 2000–2100 之间');

function requiredText(label: string, min: number, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .max(max, `${label}最多 ${max} 个字`);
}

function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label}最多 ${max} 个字`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
}

function dateField(label: string) {
  return z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` });
}

const searchSchema = z.string().trim().max(50, '搜索词最多 50 个字').optional();

/** Filters every agency-wide credit list shares. */
const creditListFilters = {
  /** Part of the entity's name or its credit code. */
  q: searchSchema,
  /** The owning agency: its entities and those of the agencies below it. */
  agencyId: uuidSchema.optional(),
  /** A county (6 digits) or town (9 digits): entities located there. */
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位或 9 位数字')
    .optional(),
};

// ---------------------------------------------------------------------------------------------
// Requests: the acts
// ---------------------------------------------------------------------------------------------

export const entityCardParamsSchema = z.object({ id: uuidSchema, cardId: uuidSchema });
export const entityMembershipParamsSchema = z.object({ id: uuidSchema, membershipId: uuidSchema });
export const entityYearParamsSchema = z.object({ id: uuidSchema, year: yearQuerySchema });

/** 公开信送达 (seed 002 二（一）1). */
export const recordLetterDeliveryRequestSchema = z
  .object({
    year: yearSchema,
    deliveredOn: dateField('送达日期'),
    deliveryMethod: z.enum(letterDeliveryMethods, {
      error: '送达方式应为 in_person、post、electronic 或 meeting',
    }),
    note: multilineText(optionalText('备注', 200)),
  })
  .strict();
export type RecordLetterDeliveryRequest = z.infer<typeof recordLetterDeliveryRequestSchema>;

/** 签订《环保承诺书》 (seed 002 二（一）1). */
export const recordCommitmentSignatureRequestSchema = z
  .object({
    year: yearSchema,
    signedOn: dateField('签订日期'),
    signatory: requiredText('签订人（企业负责人）', 2, 30),
    /** SHA-256 of the scanned, signed commitment, when the scan is kept. */
    documentSha256: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, '承诺书扫描件摘要应为 64 位十六进制 SHA-256')
      .transform((value) => value.toLowerCase())
      .nullable()
      .default(null),
    note: multilineText(optionalText('备注', 200)),
  })
  .strict();
export type RecordCommitmentSignatureRequest = z.infer<typeof recordCommitmentSignatureRequestSchema>;

/** 红黄牌警示. */
export const issueCardRequestSchema = z
  .object({
    color: z.enum(cardColors, { error: '警示类别应为 yellow（黄牌）或 red（红牌）' }),
    reason: multilineText(requiredText('警示事由', 4, 300)),
    basis: optionalText('依据', 300),
    documentNumber: requiredText('文号', 3, 60),
    issuedOn: dateField('警示日期'),
  })
  .strict();
export type IssueCardRequest = z.infer<typeof issueCardRequestSchema>;

/** 摘牌 after verified rectification. */
export const liftCardRequestSchema = z
  .object({
    liftedOn: dateField('摘牌日期'),
    liftReason: multilineText(requiredText('整改复核情况', 4, 300)),
  })
  .strict();
export type LiftCardRequest = z.infer<typeof liftCardRequestSchema>;

/** The year's 企业环境信用评价 level (the year is in the path). */
export const setCreditEvaluationRequestSchema = z
  .object({
    level: z.enum(creditLevels, {
      error: '信用等级应为 trustworthy、good、warning 或 untrustworthy',
    }),
    evaluatedOn: dateField('评价日期'),
    note: multilineText(optionalText('说明', 200)),
  })
  .strict();
export type SetCreditEvaluationRequest = z.infer<typeof setCreditEvaluationRequestSchema>;

/** One 守法积分 ledger entry: an award (positive) or a deduction (negative). */
export const addCompliancePointsRequestSchema = z
  .object({
    occurredOn: dateField('记分日期'),
    points: z
      .number({ error: '请填写分值' })
      .int('分值应为整数')
      .min(-100, '单次记分应在 -100 至 100 之间')
      .max(100, '单次记分应在 -100 至 100 之间')
      .refine((points) => points !== 0, '分值不能为 0'),
    reason: multilineText(requiredText('记分事由', 2, 200)),
  })
  .strict();
export type AddCompliancePointsRequest = z.infer<typeof addCompliancePointsRequestSchema>;

/** 列入失信黑名单 or 正面清单. */
export const addListMembershipRequestSchema = z
  .object({
    list: z.enum(entityLists, { error: '名单应为 blacklist（失信黑名单）或 positive（正面清单）' }),
    listedOn: dateField('列入日期'),
    reason: multilineText(requiredText('列入理由', 4, 300)),
    basis: optionalText('依据', 300),
  })
  .strict();
export type AddListMembershipRequest = z.infer<typeof addListMembershipRequestSchema>;

export const removeListMembershipRequestSchema = z
  .object({
    removedOn: dateField('移出日期'),
    removalReason: multilineText(requiredText('移出理由', 4, 300)),
  })
  .strict();
export type RemoveListMembershipRequest = z.infer<typeof removeListMembershipRequestSchema>;

// ---------------------------------------------------------------------------------------------
// The entity's credit record (GET /api/entities/:id/credit)
// ---------------------------------------------------------------------------------------------

export const creditFeatureSwitchesSchema = z.object(
  Object.fromEntries(creditFeatures.map((feature) => [feature, z.boolean()])) as Record<
    (typeof creditFeatures)[number],
    z.ZodBoolean
  >,
);
export type CreditFeatureSwitches = z.infer<typeof creditFeatureSwitchesSchema>;

export const creditCardSchema = z.object({
  id: uuidSchema,
  color: z.enum(cardColors),
  status: z.enum(cardStatuses),
  reason: z.string(),
  basis: z.string().nullable(),
  documentNumber: z.string().nullable(),
  issuedOn: isoDateSchema,
  rectificationDueOn: isoDateSchema,
  earliestLiftingOn: isoDateSchema,
  agencyId: uuidSchema,
  agencyName: z.string(),
  liftedOn: isoDateSchema.nullable(),
  liftReason: z.string().nullable(),
  liftedByAgencyName: z.string().nullable(),
  /** The issuing agency lies in the caller's jurisdiction (only it or a superior lifts the card). */
  canLift: z.boolean(),
});
export type CreditCard = z.infer<typeof creditCardSchema>;

export const creditEvaluationSchema = z.object({
  id: uuidSchema,
  year: z.number().int(),
  level: z.enum(creditLevels),
  evaluatedOn: isoDateSchema,
  agencyName: z.string(),
  note: z.string().nullable(),
});
export type CreditEvaluation = z.infer<typeof creditEvaluationSchema>;

export const compliancePointEntrySchema = z.object({
  id: uuidSchema,
  occurredOn: isoDateSchema,
  points: z.number().int(),
  reason: z.string(),
  agencyName: z.string(),
  /** The balance after this entry (entries in date order). */
  balanceAfter: z.number().int(),
});
export type CompliancePointEntry = z.infer<typeof compliancePointEntrySchema>;

export const listMembershipSchema = z.object({
  id: uuidSchema,
  list: z.enum(entityLists),
  listedOn: isoDateSchema,
  reason: z.string(),
  basis: z.string().nullable(),
  agencyName: z.string(),
  removedOn: isoDateSchema.nullable(),
  removalReason: z.string().nullable(),
  isActive: z.boolean(),
  /** Listed because of a red or yellow card (Jiangxi: the card lists are the blacklist); ends with the card. */
  isFromCard: z.boolean(),
  /** The listing agency lies in the caller's jurisdiction (only it or a superior removes the entry). */
  canRemove: z.boolean(),
});
export type ListMembership = z.infer<typeof listMembershipSchema>;

export const entityCommitmentYearSchema = z.object({
  year: z.number().int(),
  isKeyPolluter: z.boolean(),
  status: z.enum(commitmentStatuses),
  letterDeliveredOn: isoDateSchema.nullable(),
  deliveryMethod: z.enum(letterDeliveryMethods).nullable(),
  commitmentSignedOn: isoDateSchema.nullable(),
  signatory: z.string().nullable(),
  documentSha256: z.string().nullable(),
  note: z.string().nullable(),
  agencyName: z.string().nullable(),
});
export type EntityCommitmentYear = z.infer<typeof entityCommitmentYearSchema>;

export const entityCreditSchema = z.object({
  entity: z.object({
    id: uuidSchema,
    name: z.string(),
    creditCode: z.string(),
    regionCode: z.string(),
    ownerAgencyId: uuidSchema,
    ownerAgencyName: z.string(),
    /** Years the entity is on the key-polluter list (any medium), newest first. */
    keyPolluterYears: z.array(z.number().int()),
  }),
  /** The province whose rules apply (the entity's region). */
  profileName: z.string(),
  features: creditFeatureSwitchesSchema,
  rules: creditSchema,
  /** The business date the statuses are computed for. */
  today: isoDateSchema,
  /** Red wins over yellow; null without an active card. */
  currentCard: creditCardSchema.nullable(),
  cards: z.array(creditCardSchema),
  /** The latest evaluation, and the level that applies while a card is active. */
  creditLevel: z
    .object({
      year: z.number().int(),
      evaluated: z.enum(creditLevels),
      effective: z.enum(creditLevels),
      isDowngraded: z.boolean(),
    })
    .nullable(),
  evaluations: z.array(creditEvaluationSchema),
  points: z.object({ balance: z.number().int(), entries: z.array(compliancePointEntrySchema) }),
  memberships: z.array(listMembershipSchema),
  isBlacklisted: z.boolean(),
  isOnPositiveList: z.boolean(),
  /** Why the entity may not be put on the positive list now (empty: it may). */
  positiveListObstacles: z.array(z.string()),
  commitments: z.array(entityCommitmentYearSchema),
});
export type EntityCredit = z.infer<typeof entityCreditSchema>;

// ---------------------------------------------------------------------------------------------
// Agency-wide lists
// ---------------------------------------------------------------------------------------------

const entityColumns = {
  entityId: uuidSchema,
  entityName: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  ownerAgencyName: z.string(),
};

/** `current`: active or overdue. */
export const cardStatusFilters = [...cardStatuses, 'current'] as const;

export const cardListQuerySchema = pageQuerySchema.extend({
  ...creditListFilters,
  color: z.enum(cardColors, { error: '警示类别应为 yellow 或 red' }).optional(),
  status: z.enum(cardStatusFilters, { error: '状态应为 active、overdue、lifted 或 current' }).optional(),
  issuedFrom: isoDateSchema.optional(),
  issuedTo: isoDateSchema.optional(),
  sort: z
    .enum(['issuedOn', '-issuedOn', 'entityName', '-entityName', 'liftedOn', '-liftedOn'], {
      error: '排序字段不支持',
    })
    .default('-issuedOn'),
});
export type CardListQuery = z.infer<typeof cardListQuerySchema>;

export const cardListItemSchema = creditCardSchema.omit({ canLift: true }).extend(entityColumns);
export type CardListItem = z.infer<typeof cardListItemSchema>;
export const cardPageSchema = pagedSchema(cardListItemSchema);

export const membershipStatuses = ['active', 'removed'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

export const membershipListQuerySchema = pageQuerySchema.extend({
  ...creditListFilters,
  status: z.enum(membershipStatuses, { error: '状态应为 active（在列）或 removed（已移出）' }).optional(),
  listedFrom: isoDateSchema.optional(),
  listedTo: isoDateSchema.optional(),
  sort: z
    .enum(['listedOn', '-listedOn', 'entityName', '-entityName', 'removedOn', '-removedOn'], {
      error: '排序字段不支持',
    })
    .default('-listedOn'),
});
export type MembershipListQuery = z.infer<typeof membershipListQuerySchema>;

export const membershipListItemSchema = listMembershipSchema.omit({ canRemove: true }).extend(entityColumns);
export type MembershipListItem = z.infer<typeof membershipListItemSchema>;
export const membershipPageSchema = pagedSchema(membershipListItemSchema);

export const commitmentListQuerySchema = pageQuerySchema.extend({
  ...creditListFilters,
  /** The key-polluter list year (default: this year). */
  year: yearQuerySchema.optional(),
  status: z.enum(commitmentStatuses, { error: '状态应为 signed、delivered 或 missing' }).optional(),
  sort: z
    .enum(['entityName', '-entityName', 'letterDeliveredOn', '-letterDeliveredOn', 'signedOn', '-signedOn'], {
      error: '排序字段不支持',
    })
    .default('entityName'),
});
export type CommitmentListQuery = z.infer<typeof commitmentListQuerySchema>;

export const commitmentListItemSchema = z.object({
  ...entityColumns,
  year: z.number().int(),
  keyPolluterMedia: z.array(z.enum(keyPolluterMedia)),
  status: z.enum(commitmentStatuses),
  letterDeliveredOn: isoDateSchema.nullable(),
  deliveryMethod: z.enum(letterDeliveryMethods).nullable(),
  commitmentSignedOn: isoDateSchema.nullable(),
  signatory: z.string().nullable(),
});
export type CommitmentListItem = z.infer<typeof commitmentListItemSchema>;

export const commitmentCoverageSchema = z.object({
  year: z.number().int(),
  keyPolluters: z.number().int(),
  delivered: z.number().int(),
  signed: z.number().int(),
  missing: z.number().int(),
  deliveredPercent: z.number(),
  signedPercent: z.number(),
});
export type CommitmentCoverageSummary = z.infer<typeof commitmentCoverageSchema>;

export const commitmentPageSchema = pagedSchema(commitmentListItemSchema).extend({
  /** Coverage of the year's key polluters under the same filters, whatever the status filter. */
  coverage: commitmentCoverageSchema,
});
export type CommitmentPage = z.infer<typeof commitmentPageSchema>;

export const evaluationListQuerySchema = pageQuerySchema.extend({
  ...creditListFilters,
  year: yearQuerySchema.optional(),
  level: z.enum(creditLevels, { error: '信用等级不存在' }).optional(),
  sort: z
    .enum(['evaluatedOn', '-evaluatedOn', 'entityName', '-entityName', 'level', '-level', 'year', '-year'], {
      error: '排序字段不支持',
    })
    .default('-evaluatedOn'),
});
export type EvaluationListQuery = z.infer<typeof evaluationListQuerySchema>;

export const evaluationListItemSchema = creditEvaluationSchema.extend(entityColumns);
export type EvaluationListItem = z.infer<typeof evaluationListItemSchema>;
export const evaluationPageSchema = pagedSchema(evaluationListItemSchema);

export const pointsDirections = ['award', 'deduction'] as const;

export const pointsListQuerySchema = pageQuerySchema.extend({
  ...creditListFilters,
  direction: z.enum(pointsDirections, { error: '应为 award（加分）或 deduction（扣分）' }).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  sort: z
    .enum(['occurredOn', '-occurredOn', 'points', '-points', 'entityName', '-entityName'], {
      error: '排序字段不支持',
    })
    .default('-occurredOn'),
});
export type PointsListQuery = z.infer<typeof pointsListQuerySchema>;

export const pointsListItemSchema = z.object({
  id: uuidSchema,
  ...entityColumns,
  occurredOn: isoDateSchema,
  points: z.number().int(),
  reason: z.string(),
  agencyName: z.string(),
  /** The entity's balance today (all its entries). */
  entityBalance: z.number().int(),
});
export type PointsListItem = z.infer<typeof pointsListItemSchema>;
export const pointsPageSchema = pagedSchema(pointsListItemSchema);

// ---------------------------------------------------------------------------------------------
// The credit page header
// ---------------------------------------------------------------------------------------------

export const creditSummarySchema = z.object({
  /** The province whose rules apply to the caller's agency. */
  profileName: z.string(),
  features: creditFeatureSwitchesSchema,
  rules: creditSchema,
  today: isoDateSchema,
  cards: z.object({ red: z.number().int(), yellow: z.number().int(), overdue: z.number().int() }),
  blacklisted: z.number().int(),
  positiveList: z.number().int(),
  commitments: commitmentCoverageSchema,
  evaluations: z.object({
    year: z.number().int(),
    total: z.number().int(),
    byLevel: z.object(
      Object.fromEntries(creditLevels.map((level) => [level, z.number().int()])) as Record<
        (typeof creditLevels)[number],
        z.ZodNumber
      >,
    ),
  }),
  points: z.object({ entities: z.number().int(), entries: z.number().int() }),
});
export type CreditSummary = z.infer<typeof creditSummarySchema>;
