import { z } from 'zod';
import { specialties } from '../personnel/personnel.specialties';
import { officerStatuses } from '../personnel/personnel.vocabulary';
import type { RandomInspectionRules } from '../profile/profile.schema';
import { randomCheckAlgorithmVersion } from './random-checks.commitment';

/**
 * What the random-check draw (双随机抽查, DR-2) takes and gives, as zod schemas: the server builds
 * the input from its tables, the published record (DR-3) carries the same shapes, and the
 * verifier parses them back. Only the attributes the draw uses are here: no names of people.
 */

/**
 * Ids and codes are printable ASCII without spaces or commas, so the input digest can list them
 * in tab- and comma-separated lines without escaping (docs/random-check-draw.md) and sort them
 * the same way in every language (byte order = UTF-16 code-unit order for ASCII).
 */
export const drawIdentifierPattern = /^[!-+\--~]{1,200}$/;
const identifier = z
  .string()
  .regex(drawIdentifierPattern, '标识须为 1–200 个不含空格、逗号的可打印 ASCII 字符');
// No `.trim()`: a transform would change what the digest saw when a record is parsed back.
const text = z.string().refine((value) => value.trim().length > 0, '不能为空');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制数');
/** Percent with at most two decimals, so ceil(n × p / 100) is exact integer arithmetic. */
const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, '比例最多保留两位小数');

/** Why an entity is drawn: the three kinds of object of the national plan (2015). */
export const drawObjectKinds = ['key_polluter', 'special_supervision', 'general'] as const;
export type DrawObjectKind = (typeof drawObjectKinds)[number];
export const drawObjectKindLabels: Record<DrawObjectKind, string> = {
  key_polluter: '重点排污单位',
  special_supervision: '特殊监管对象',
  general: '一般监管对象',
};

export const drawPlanLevels = ['city', 'county'] as const;
export type DrawPlanLevel = (typeof drawPlanLevels)[number];
/** 年度计划 / 专项计划 (DR-1). */
export const drawPlanKinds = ['yearly', 'special'] as const;
export type DrawPlanKind = (typeof drawPlanKinds)[number];

export const officerRatioInputSchema = z.object({
  officers: z.number().int().positive(),
  entities: z.number().int().positive(),
});

/** An item of the random-inspection item list (抽查事项) as the draw needs it. */
export const drawItemSchema = z.object({
  id: identifier,
  name: text,
  /** The kinds of object the item applies to; a kind no item applies to is not drawn. */
  objectKinds: z.array(z.enum(drawObjectKinds)).min(1),
  /** Specialties the inspection team needs for this item (seed 002 二(二)1). */
  specialties: z.array(z.enum(specialties)),
});
export type DrawItem = z.infer<typeof drawItemSchema>;

export const drawPlanSchema = z.object({
  id: identifier,
  agencyId: identifier,
  level: z.enum(drawPlanLevels),
  kind: z.enum(drawPlanKinds),
  /** The quarter of the year this draw belongs to (key polluters are drawn quarterly). */
  quarter: z.number().int().min(1).max(4),
  inspectionDate: isoDate,
  items: z.array(drawItemSchema).min(1),
  /** 异地交叉检查: no officer inspects an entity of their own county. */
  isCrossRegion: z.boolean(),
  /** 随机联查 (seed 002 二(二)2): the departments taking part; empty for an ordinary draw. */
  jointDepartments: z.array(z.object({ id: identifier, name: text })),
  /** Special-supervision objects (特殊监管对象) are drawn at the plan's own rate. */
  specialSupervisionPercent: percent,
  /** A county's adjusted general-object ratio (seed 002 二(二)3), where the profile allows it. */
  adjustedCountyRatio: officerRatioInputSchema.nullable(),
  /** The counties of the pool, with the names the shortage messages use. */
  counties: z.array(z.object({ code: identifier, name: text })).min(1),
});
export type DrawPlan = z.infer<typeof drawPlanSchema>;

/** The numbers of the province profile the draw reads (`RandomInspectionRules`, without citations). */
export const drawRulesSchema = z.object({
  generalObjectRatio: z.object({
    city: officerRatioInputSchema,
    county: officerRatioInputSchema,
    isCountyRatioAdjustable: z.boolean(),
  }),
  keyPolluterQuarterlyCoverage: z.object({ cityPercent: percent, countyPercent: percent }),
  keyPolluterMinInspectionsPerYear: z.number().int().min(0),
  minOfficersPerTask: z.number().int().min(1),
  isPositiveListExcluded: z.boolean(),
  isItemsMergedPerEntity: z.boolean(),
  isCrossDepartmentJointDrawEnabled: z.boolean(),
});
export type DrawRules = z.infer<typeof drawRulesSchema>;

/** The draw's rules from the province profile (profile.randomInspection). */
export function drawRulesOf(rules: RandomInspectionRules): DrawRules {
  return {
    generalObjectRatio: {
      city: {
        officers: rules.generalObjectRatio.city.officers,
        entities: rules.generalObjectRatio.city.entities,
      },
      county: {
        officers: rules.generalObjectRatio.county.officers,
        entities: rules.generalObjectRatio.county.entities,
      },
      isCountyRatioAdjustable: rules.generalObjectRatio.isCountyRatioAdjustable,
    },
    keyPolluterQuarterlyCoverage: {
      cityPercent: rules.keyPolluterQuarterlyCoverage.cityPercent,
      countyPercent: rules.keyPolluterQuarterlyCoverage.countyPercent,
    },
    keyPolluterMinInspectionsPerYear: rules.keyPolluterMinInspectionsPerYear.count,
    minOfficersPerTask: rules.minOfficersPerTask.count,
    isPositiveListExcluded: rules.positiveListExclusion.isEnabled,
    isItemsMergedPerEntity: rules.mergeItemsPerEntity.isEnabled,
    isCrossDepartmentJointDrawEnabled: rules.crossDepartmentJointDraws.isEnabled,
  };
}

/** A regulated entity of the pool (监管对象库). */
export const drawEntitySchema = z.object({
  id: identifier,
  countyCode: identifier,
  isKeyPolluter: z.boolean(),
  isSpecialSupervision: z.boolean(),
  isOnPositiveList: z.boolean(),
});
export type DrawEntity = z.infer<typeof drawEntitySchema>;

/** An inspector of the inspector database (检查人员库); the certificate number itself is not needed. */
export const drawOfficerSchema = z.object({
  id: identifier,
  /** The officer's agency (the department, in a joint draw). */
  agencyId: identifier,
  /** Home jurisdiction, for recusal in cross-region checks. */
  countyCode: identifier,
  status: z.enum(officerStatuses),
  hasCertificate: z.boolean(),
  certificateValidFrom: isoDate.nullable(),
  certificateValidUntil: isoDate.nullable(),
  specialties: z.array(z.enum(specialties)),
  /** Entities the officer declared a conflict of interest with (回避). */
  conflictEntityIds: z.array(identifier),
});
export type DrawOfficer = z.infer<typeof drawOfficerSchema>;

export const drawInputSchema = z.object({
  plan: drawPlanSchema,
  rules: drawRulesSchema,
  entities: z.array(drawEntitySchema),
  officers: z.array(drawOfficerSchema),
  /** Key polluters already drawn earlier this year (quarterly draws without replacement). */
  keyPolluterIdsCoveredThisYear: z.array(identifier),
});
export type DrawInput = z.infer<typeof drawInputSchema>;

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

export const drawnTaskSchema = z.object({
  entityId: identifier,
  countyCode: identifier,
  /** Why the entity was drawn (one visit may carry several reasons: 一次检查、全面体检). */
  objectKinds: z.array(z.enum(drawObjectKinds)).min(1),
  itemIds: z.array(identifier).min(1),
  officerIds: z.array(identifier).min(1),
});
export type DrawnTask = z.infer<typeof drawnTaskSchema>;

const count = z.number().int().min(0);

/** What was drawn in one county, against what the rules asked (DR-7 coverage). */
export const countyDrawSummarySchema = z.object({
  countyCode: identifier,
  countyName: text,
  keyPolluterCount: count,
  keyPolluterCoveredBeforeCount: count,
  /** Key polluters not yet inspected this year, drawn now. */
  keyPolluterNewlyDrawnCount: count,
  /** Key polluters inspected earlier this year, drawn again to reach the quarterly percentage. */
  keyPolluterRedrawnCount: count,
  specialSupervisionCount: count,
  specialSupervisionDrawnCount: count,
  generalPoolCount: count,
  positiveListExcludedCount: count,
  generalDrawnCount: count,
});
export type CountyDrawSummary = z.infer<typeof countyDrawSummarySchema>;

export const drawResultSchema = z.object({
  status: z.literal('drawn'),
  algorithmVersion: z.literal(randomCheckAlgorithmVersion),
  inputDigest: hex64,
  /** Officers who may inspect on the day (certificate valid, on duty): the ratio's officers. */
  eligibleOfficerCount: count,
  generalObjectRatio: officerRatioInputSchema,
  /** ceil(eligible officers × entities ÷ officers of the ratio), at most the general pool. */
  generalTargetCount: count,
  counties: z.array(countyDrawSummarySchema),
  tasks: z.array(drawnTaskSchema),
});
export type DrawResult = z.infer<typeof drawResultSchema>;

export const drawShortfallKinds = ['officers', 'specialty', 'department', 'recusal'] as const;
export type DrawShortfallKind = (typeof drawShortfallKinds)[number];

export const drawShortfallSchema = z.object({
  countyCode: identifier,
  countyName: text,
  kind: z.enum(drawShortfallKinds),
  specialty: z.enum(specialties).optional(),
  departmentId: identifier.optional(),
  needed: count,
  available: count,
  taskCount: count,
  /** The first few entities concerned (all of them for recusal, up to 10). */
  entityIds: z.array(identifier),
  /** In Chinese, e.g. "县X: 需要2名持证人员，只有1名". */
  message: text,
});
export type DrawShortfall = z.infer<typeof drawShortfallSchema>;

/** Nothing is drawn when anything is short: the caller shows every shortfall instead. */
export const drawShortageSchema = z.object({
  status: z.literal('shortage'),
  algorithmVersion: z.literal(randomCheckAlgorithmVersion),
  inputDigest: hex64,
  shortfalls: z.array(drawShortfallSchema).min(1),
  message: text,
});
export type DrawShortage = z.infer<typeof drawShortageSchema>;

/** The input itself is unusable (duplicate ids, a county without a name, a rule switched off). */
export interface DrawRejection {
  status: 'invalid';
  problems: string[];
}

export const recordedDrawOutcomeSchema = z.discriminatedUnion('status', [
  drawResultSchema,
  drawShortageSchema,
]);
export type RecordedDrawOutcome = z.infer<typeof recordedDrawOutcomeSchema>;
export type DrawOutcome = DrawResult | DrawShortage | DrawRejection;
