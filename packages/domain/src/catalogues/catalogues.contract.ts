import { z } from 'zod';
import {
  booleanQuerySchema,
  isoDateSchema,
  isoDateTimeSchema,
  multilineText,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';
import { keyPolluterMedia } from '../entities/entities.contract';
import { specialties } from '../personnel/personnel.specialties';

/**
 * Published lists (CAT-1 … CAT-5). A catalogue is one version of one kind of list owned by one
 * agency; each item's `data` follows the kind's schema below. The server validates item data with
 * `catalogueItemDataSchemas[kind]`, so a bad item names its field (`data.factors.0.options`).
 */

// ---------------------------------------------------------------------------------------------
// Kinds, statuses, shared vocabularies
// ---------------------------------------------------------------------------------------------

export const catalogueKinds = [
  'enforcement_items',
  'random_inspection_items',
  'power_list',
  'responsibility_list',
  'no_penalty_list',
  'discretion_benchmarks',
] as const;
export type CatalogueKind = (typeof catalogueKinds)[number];

export const catalogueKindLabels: Record<CatalogueKind, string> = {
  enforcement_items: '执法事项目录',
  random_inspection_items: '随机抽查事项清单',
  power_list: '权力清单',
  responsibility_list: '责任清单',
  no_penalty_list: '包容免罚清单',
  discretion_benchmarks: '裁量基准',
};

/** The feature (docs/FEATURES.md) each kind implements. */
export const catalogueKindFeatures: Record<CatalogueKind, string> = {
  enforcement_items: 'CAT-1',
  random_inspection_items: 'CAT-2',
  power_list: 'CAT-3',
  responsibility_list: 'CAT-3',
  no_penalty_list: 'CAT-4',
  discretion_benchmarks: 'CAT-5',
};

export const catalogueStatuses = ['draft', 'published', 'superseded'] as const;
export type CatalogueStatus = (typeof catalogueStatuses)[number];
export const catalogueStatusLabels: Record<CatalogueStatus, string> = {
  draft: '草稿',
  published: '已发布',
  superseded: '已被替代',
};

/** 职权类型 of an enforcement item (CAT-1). */
export const enforcementPowerTypes = ['penalty', 'coercion', 'inspection', 'other'] as const;
export type EnforcementPowerType = (typeof enforcementPowerTypes)[number];
export const enforcementPowerTypeLabels: Record<EnforcementPowerType, string> = {
  penalty: '行政处罚',
  coercion: '行政强制',
  inspection: '行政检查',
  other: '其他',
};

/** 权力类型 of the power list (CAT-3): the categories provincial power lists use. */
export const powerListTypes = [
  'licensing',
  'penalty',
  'coercion',
  'inspection',
  'confirmation',
  'levy',
  'reward',
  'ruling',
  'other',
] as const;
export type PowerListType = (typeof powerListTypes)[number];
export const powerListTypeLabels: Record<PowerListType, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  inspection: '行政检查',
  confirmation: '行政确认',
  levy: '行政征收',
  reward: '行政奖励',
  ruling: '行政裁决',
  other: '其他行政权力',
};

/** 第一责任层级: the level that acts first on an item. */
export const responsibleLevels = ['province', 'city', 'county'] as const;
export type ResponsibleLevel = (typeof responsibleLevels)[number];
export const responsibleLevelLabels: Record<ResponsibleLevel, string> = {
  province: '省级',
  city: '设区市级',
  county: '县级',
};

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`);

/** A legal provision: the law or regulation and the article (第九十九条第二项), with its text. */
export const legalBasisSchema = z
  .object({
    law: z
      .string({ error: '请填写法律法规名称' })
      .trim()
      .regex(/^《[^《》]+》/, '法律法规名称应以书名号标注，如《中华人民共和国大气污染防治法》')
      .max(80, '法律法规名称最多 80 个字'),
    article: z
      .string({ error: '请填写条款' })
      .trim()
      .regex(/^第[一二三四五六七八九十百零〇]+条/, '条款应以“第……条”开头，如 第九十九条第二项')
      .max(60, '条款最多 60 个字'),
    /** The provision's words, or the part that matters. */
    text: z.string().trim().max(2000, '条文最多 2000 个字').optional(),
  })
  .strict();
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** `《…》第…条` for lists and decisions. */
export function formatLegalBasis(basis: Pick<LegalBasis, 'law' | 'article'>): string {
  return `${basis.law}${basis.article}`;
}

const legalBasesSchema = z
  .array(legalBasisSchema)
  .min(1, '至少填写一条法律依据')
  .max(10, '法律依据最多 10 条');

// ---------------------------------------------------------------------------------------------
// CAT-1 执法事项目录
// ---------------------------------------------------------------------------------------------

export const enforcementItemDataSchema = z
  .object({
    powerType: z.enum(enforcementPowerTypes, {
      error: '职权类型应为 penalty、coercion、inspection 或 other',
    }),
    /** The violation or situation the item acts on. */
    violation: multilineText(text('违法行为或适用情形', 500)),
    legalBases: legalBasesSchema,
    implementingBody: text('实施主体', 100),
    firstResponsibleLevel: z.enum(responsibleLevels, { error: '第一责任层级应为 province、city 或 county' }),
    /** What the law allows, in its words (责令改正，处十万元以上一百万元以下的罚款 …). */
    penaltySummary: multilineText(text('处罚种类和幅度', 500)),
    note: multilineText(z.string().trim().max(500).optional()),
  })
  .strict();
export type EnforcementItemData = z.infer<typeof enforcementItemDataSchema>;

// ---------------------------------------------------------------------------------------------
// CAT-2 随机抽查事项清单
// ---------------------------------------------------------------------------------------------

/** The objects an item draws from (检查对象). */
export const inspectionObjectScopes = ['all', 'key_polluters', 'industries', 'permit_holders'] as const;
export type InspectionObjectScope = (typeof inspectionObjectScopes)[number];
export const inspectionObjectScopeLabels: Record<InspectionObjectScope, string> = {
  all: '全部监管对象',
  key_polluters: '重点排污单位',
  industries: '特定行业',
  permit_holders: '排污许可证持证单位',
};

export const inspectionFrequencies = ['monthly', 'quarterly', 'half_yearly', 'yearly', 'campaign'] as const;
export type InspectionFrequency = (typeof inspectionFrequencies)[number];
export const inspectionFrequencyLabels: Record<InspectionFrequency, string> = {
  monthly: '每月',
  quarterly: '每季度',
  half_yearly: '每半年',
  yearly: '每年',
  campaign: '专项行动时',
};

/**
 * 抽查比例: officers to entities (seed 002 二(二)3: city 1:5, county 1:10, read from the profile
 * when the list is made), a share of the objects, or all of them (重点排污单位 every year).
 */
export const samplingRatioSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('officer_ratio'),
        officers: z.number().int().min(1, '人员数至少为 1'),
        entities: z.number().int().min(1, '企业数至少为 1'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('percent'),
        percent: z.number().gt(0, '抽查比例应大于 0').max(100, '抽查比例不能超过 100%'),
      })
      .strict(),
    z.object({ kind: z.literal('full_coverage') }).strict(),
  ],
  { error: '抽查比例类型应为 officer_ratio、percent 或 full_coverage' },
);
export type SamplingRatio = z.infer<typeof samplingRatioSchema>;

export function formatSamplingRatio(ratio: SamplingRatio): string {
  if (ratio.kind === 'officer_ratio') return `人员与企业 ${ratio.officers}:${ratio.entities}`;
  if (ratio.kind === 'percent') return `${ratio.percent}%`;
  return '全覆盖';
}

export const randomInspectionItemDataSchema = z
  .object({
    basis: legalBasesSchema,
    inspectingBody: text('抽查主体', 100),
    objectScope: z
      .object({
        kind: z.enum(inspectionObjectScopes, { error: '检查对象范围不支持' }),
        /** GB/T 4754 divisions or classes when `kind` is `industries`. */
        industryCodes: z
          .array(z.string().regex(/^\d{2,4}$/, '行业代码应为 2–4 位数字（GB/T 4754-2017）'))
          .max(50)
          .default([]),
        keyPolluterMedia: z.array(z.enum(keyPolluterMedia, { error: '重点排污单位类别不存在' })).default([]),
        description: text('检查对象', 200),
      })
      .strict()
      .refine((scope) => scope.kind !== 'industries' || scope.industryCodes.length > 0, {
        message: '按行业抽查时须填写行业代码',
        path: ['industryCodes'],
      }),
    content: multilineText(text('检查内容', 1000)),
    ratio: samplingRatioSchema,
    frequency: z.enum(inspectionFrequencies, { error: '抽查频次不支持' }),
    /** 专业特长 an inspector on this item needs; DR-2 matches them with the personnel registry. */
    requiredSpecialties: z
      .array(z.enum(specialties, { error: '专业特长不存在' }))
      .max(specialties.length)
      .default([]),
    note: multilineText(z.string().trim().max(500).optional()),
  })
  .strict();
export type RandomInspectionItemData = z.infer<typeof randomInspectionItemDataSchema>;

// ---------------------------------------------------------------------------------------------
// CAT-3 权力清单 / 责任清单
// ---------------------------------------------------------------------------------------------

const stringList = (label: string, max: number) =>
  z.array(text(label, 300)).max(max, `${label}最多 ${max} 条`);

export const powerListItemDataSchema = z
  .object({
    powerType: z.enum(powerListTypes, { error: '权力类型不支持' }),
    legalBases: legalBasesSchema,
    implementingBody: text('实施主体', 100),
    /** 办理流程, step by step. */
    process: stringList('办理流程', 20).min(1, '至少填写一个办理环节'),
    timeLimit: z.string().trim().max(100).optional(),
    supervisionChannel: text('监督投诉途径', 200),
    note: multilineText(z.string().trim().max(500).optional()),
  })
  .strict();
export type PowerListItemData = z.infer<typeof powerListItemDataSchema>;

export const responsibilityListItemDataSchema = z
  .object({
    powerType: z.enum(powerListTypes, { error: '权力类型不支持' }),
    legalBases: legalBasesSchema,
    implementingBody: text('实施主体', 100),
    /** 责任事项: what the agency must do when exercising the power. */
    responsibilities: stringList('责任事项', 20).min(1, '至少填写一项责任事项'),
    /** 追责情形. */
    accountability: stringList('追责情形', 20).min(1, '至少填写一种追责情形'),
    supervisionChannel: text('监督投诉途径', 200),
    note: multilineText(z.string().trim().max(500).optional()),
  })
  .strict();
export type ResponsibilityListItemData = z.infer<typeof responsibilityListItemDataSchema>;

// ---------------------------------------------------------------------------------------------
// CAT-4 包容免罚清单
// ---------------------------------------------------------------------------------------------

/**
 * 行政处罚法 art. 33(1): minor, corrected in time, no harmful consequences → not penalised (不予处罚);
 * first violation, minor harm, corrected in time → may be not penalised (可以不予处罚).
 */
export const noPenaltyCategories = ['minor', 'first_violation'] as const;
export type NoPenaltyCategory = (typeof noPenaltyCategories)[number];
export const noPenaltyCategoryLabels: Record<NoPenaltyCategory, string> = {
  minor: '轻微违法不予处罚',
  first_violation: '首违不罚',
};

/**
 * Conditions the eligibility check evaluates from the case facts. Any other code is a condition
 * the officer confirms (e.g. 超标倍数在0.1倍以内); `findNoPenaltyBasis` needs it confirmed.
 */
export const evaluatedNoPenaltyConditions = [
  'first_violation',
  'corrected_in_time',
  'no_harmful_consequences',
  'minor_harm',
] as const;
export type EvaluatedNoPenaltyCondition = (typeof evaluatedNoPenaltyConditions)[number];

export const noPenaltyConditionLabels: Record<EvaluatedNoPenaltyCondition, string> = {
  first_violation: '初次违法',
  corrected_in_time: '及时改正',
  no_harmful_consequences: '没有造成危害后果',
  minor_harm: '危害后果轻微',
};

const conditionCodeSchema = z
  .string({ error: '请填写条件代码' })
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, '条件代码应为小写字母、数字和下划线（2–40 位），如 corrected_in_time');

export const noPenaltyConditionSchema = z
  .object({ code: conditionCodeSchema, text: text('条件', 300) })
  .strict();
export type NoPenaltyCondition = z.infer<typeof noPenaltyConditionSchema>;

export const noPenaltyItemDataSchema = z
  .object({
    category: z.enum(noPenaltyCategories, { error: '类别应为 minor 或 first_violation' }),
    violation: multilineText(text('违法行为', 500)),
    /** CAT-1 item codes this entry applies to (the case's violation is matched by them). */
    enforcementItemCodes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    /** The provisions violated and penalised. */
    legalBases: legalBasesSchema,
    /** The ground for not penalising (行政处罚法第三十三条第一款 …). */
    noPenaltyBasis: legalBasisSchema,
    conditions: z
      .array(noPenaltyConditionSchema)
      .min(1, '至少填写一项适用条件')
      .max(10, '适用条件最多 10 项'),
    exclusions: z.array(noPenaltyConditionSchema).max(10, '排除情形最多 10 项').default([]),
    note: multilineText(z.string().trim().max(500).optional()),
  })
  .strict()
  .superRefine((item, context) => {
    const codes = item.conditions.map((condition) => condition.code);
    for (const [index, code] of codes.entries()) {
      if (codes.indexOf(code) !== index) {
        context.addIssue({
          code: 'custom',
          message: `条件代码 ${code} 重复`,
          path: ['conditions', index, 'code'],
        });
      }
    }
    const required: EvaluatedNoPenaltyCondition[] =
      item.category === 'minor'
        ? ['corrected_in_time', 'no_harmful_consequences']
        : ['first_violation', 'corrected_in_time', 'minor_harm'];
    for (const code of required) {
      if (!codes.includes(code)) {
        context.addIssue({
          code: 'custom',
          message: `${noPenaltyCategoryLabels[item.category]}须包含条件 ${code}（${noPenaltyConditionLabels[code]}，行政处罚法第三十三条第一款）`,
          path: ['conditions'],
        });
      }
    }
  });
export type NoPenaltyItemData = z.infer<typeof noPenaltyItemDataSchema>;

// ---------------------------------------------------------------------------------------------
// CAT-5 裁量基准
// ---------------------------------------------------------------------------------------------

/**
 * The penalty range a law sets: an amount (十万元以上一百万元以下), or a multiple of an amount
 * the case establishes (建设项目总投资额百分之一以上百分之五以下; 处置费用三倍以上五倍以下, 不足
 * 二十万元的按二十万元计算 → `minimumBaseYuan`).
 */
export const penaltyRangeSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('amount'),
        minYuan: z.number().int().min(0, '罚款下限不能为负'),
        maxYuan: z.number().int().positive('罚款上限应大于 0'),
      })
      .strict()
      .refine((range) => range.maxYuan >= range.minYuan, {
        message: '罚款上限不能低于下限',
        path: ['maxYuan'],
      }),
    z
      .object({
        kind: z.literal('multiple'),
        /** What the multiple applies to (建设项目总投资额, 所需处置费用, 直接损失 …). */
        baseLabel: text('计罚基数名称', 40),
        minMultiple: z.number().min(0, '倍数下限不能为负'),
        maxMultiple: z.number().positive('倍数上限应大于 0'),
        /** 不足……的，按……计算. */
        minimumBaseYuan: z.number().int().positive().optional(),
      })
      .strict()
      .refine((range) => range.maxMultiple >= range.minMultiple, {
        message: '倍数上限不能低于下限',
        path: ['maxMultiple'],
      }),
  ],
  { error: '处罚幅度类型应为 amount 或 multiple' },
);
export type PenaltyRange = z.infer<typeof penaltyRangeSchema>;

/** How a benchmark turns the chosen options into an amount. */
export const discretionMethods = ['level_weighted', 'base_plus_adjustment'] as const;
export type DiscretionMethod = (typeof discretionMethods)[number];
export const discretionMethodLabels: Record<DiscretionMethod, string> = {
  level_weighted: '裁量等级加权（等级→幅度比例）',
  base_plus_adjustment: '基准值＋调整系数',
};

/** Levels 1 (lightest) … 5 (heaviest) map to 0 %, 25 %, 50 %, 75 %, 100 % of the range. */
export const discretionLevelCount = 5;

const factorCodeSchema = z
  .string({ error: '请填写代码' })
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, '代码应为小写字母、数字和下划线（2–40 位）');

export const discretionOptionSchema = z
  .object({
    code: factorCodeSchema,
    label: text('情形', 200),
    /** `level_weighted`: 1 … 5. */
    level: z.number().int().min(1, '裁量等级为 1–5').max(discretionLevelCount, '裁量等级为 1–5').optional(),
    /** `base_plus_adjustment`, base factor: where in the range the base value lies, 0–1. */
    baseFraction: z.number().min(0, '基准比例应在 0–1 之间').max(1, '基准比例应在 0–1 之间').optional(),
    /** `base_plus_adjustment`, other factors: +0.1 = 从重 10 %, −0.1 = 从轻 10 %. */
    adjustment: z
      .number()
      .min(-0.5, '调整系数应在 −0.5 至 +0.5 之间')
      .max(0.5, '调整系数应在 −0.5 至 +0.5 之间')
      .optional(),
  })
  .strict();
export type DiscretionOption = z.infer<typeof discretionOptionSchema>;

export const discretionFactorSchema = z
  .object({
    code: factorCodeSchema,
    name: text('裁量因素', 40),
    /** `level_weighted`: the factor's weight; the weights of a benchmark add up to 1. */
    weight: z.number().gt(0, '权重应大于 0').max(1, '权重不能超过 1').optional(),
    /** `base_plus_adjustment`: the one factor that sets the base value. */
    isBase: z.boolean().default(false),
    options: z
      .array(discretionOptionSchema)
      .min(2, '每个裁量因素至少有 2 个情形')
      .max(10, '每个裁量因素最多 10 个情形'),
  })
  .strict();
export type DiscretionFactor = z.infer<typeof discretionFactorSchema>;

export const discretionBenchmarkDataSchema = z
  .object({
    violation: multilineText(text('违法行为', 500)),
    enforcementItemCodes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    legalBases: legalBasesSchema,
    range: penaltyRangeSchema,
    /** The law's words for the range (十万元以上一百万元以下). */
    rangeText: text('法定处罚幅度', 200),
    method: z.enum(discretionMethods, { error: '计算方法应为 level_weighted 或 base_plus_adjustment' }),
    factors: z.array(discretionFactorSchema).min(1, '至少填写一个裁量因素').max(12, '裁量因素最多 12 个'),
    /** The recommended amount is rounded to this many yuan. */
    roundToYuan: z.number().int().positive().default(100),
    /** Other measures the law adds (责令改正、限制生产、停产整治 …). */
    otherMeasures: multilineText(z.string().trim().max(500).optional()),
    note: multilineText(z.string().trim().max(500).optional()),
  })
  .strict()
  .superRefine((benchmark, context) => {
    const factorCodes = benchmark.factors.map((factor) => factor.code);
    for (const [index, factor] of benchmark.factors.entries()) {
      if (factorCodes.indexOf(factor.code) !== index) {
        context.addIssue({
          code: 'custom',
          message: `裁量因素代码 ${factor.code} 重复`,
          path: ['factors', index, 'code'],
        });
      }
      const optionCodes = factor.options.map((option) => option.code);
      for (const [optionIndex, option] of factor.options.entries()) {
        const path = ['factors', index, 'options', optionIndex];
        if (optionCodes.indexOf(option.code) !== optionIndex) {
          context.addIssue({
            code: 'custom',
            message: `情形代码 ${option.code} 重复`,
            path: [...path, 'code'],
          });
        }
        if (benchmark.method === 'level_weighted' && option.level === undefined) {
          context.addIssue({
            code: 'custom',
            message: '按等级加权计算时每个情形须有裁量等级（1–5）',
            path: [...path, 'level'],
          });
        }
        if (benchmark.method === 'base_plus_adjustment') {
          if (factor.isBase && option.baseFraction === undefined) {
            context.addIssue({
              code: 'custom',
              message: '基准因素的每个情形须有基准比例（0–1）',
              path: [...path, 'baseFraction'],
            });
          }
          if (!factor.isBase && option.adjustment === undefined) {
            context.addIssue({
              code: 'custom',
              message: '调整因素的每个情形须有调整系数',
              path: [...path, 'adjustment'],
            });
          }
        }
      }
      if (benchmark.method === 'level_weighted' && factor.weight === undefined) {
        context.addIssue({
          code: 'custom',
          message: '按等级加权计算时每个裁量因素须有权重',
          path: ['factors', index, 'weight'],
        });
      }
    }
    if (benchmark.method === 'level_weighted') {
      const total = benchmark.factors.reduce((sum, factor) => sum + (factor.weight ?? 0), 0);
      if (benchmark.factors.every((factor) => factor.weight !== undefined) && Math.abs(total - 1) > 0.001) {
        context.addIssue({
          code: 'custom',
          message: `各裁量因素权重之和应为 1（现为 ${Number(total.toFixed(4))}）`,
          path: ['factors'],
        });
      }
    }
    if (benchmark.method === 'base_plus_adjustment') {
      const bases = benchmark.factors.filter((factor) => factor.isBase).length;
      if (bases !== 1) {
        context.addIssue({
          code: 'custom',
          message: `“基准值＋调整系数”须有且只有一个基准因素（现有 ${bases} 个）`,
          path: ['factors'],
        });
      }
    }
  });
export type DiscretionBenchmarkData = z.infer<typeof discretionBenchmarkDataSchema>;

// ---------------------------------------------------------------------------------------------
// Item data by kind
// ---------------------------------------------------------------------------------------------

export const catalogueItemDataSchemas = {
  enforcement_items: enforcementItemDataSchema,
  random_inspection_items: randomInspectionItemDataSchema,
  power_list: powerListItemDataSchema,
  responsibility_list: responsibilityListItemDataSchema,
  no_penalty_list: noPenaltyItemDataSchema,
  discretion_benchmarks: discretionBenchmarkDataSchema,
} as const satisfies Record<CatalogueKind, z.ZodType>;

export interface CatalogueItemDataByKind {
  enforcement_items: EnforcementItemData;
  random_inspection_items: RandomInspectionItemData;
  power_list: PowerListItemData;
  responsibility_list: ResponsibilityListItemData;
  no_penalty_list: NoPenaltyItemData;
  discretion_benchmarks: DiscretionBenchmarkData;
}

/** Item codes: letters, digits and hyphens (JX-CF-001). */
export const catalogueItemCodeSchema = z
  .string({ error: '请填写事项编码' })
  .trim()
  .min(1, '请填写事项编码')
  .max(40, '事项编码最多 40 位')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, '事项编码只能包含字母、数字和连字符，如 JX-CF-001');

/** The body of an item write; `data` is checked against the catalogue's kind by the server. */
export const catalogueItemInputSchema = z
  .object({
    code: catalogueItemCodeSchema,
    name: text('事项名称', 200),
    data: z.record(z.string(), z.unknown(), { error: '事项内容应为对象' }),
  })
  .strict();
export type CatalogueItemInput = z.infer<typeof catalogueItemInputSchema>;

export const catalogueItemUpdateSchema = catalogueItemInputSchema.partial().strict();
export type CatalogueItemUpdate = z.infer<typeof catalogueItemUpdateSchema>;

export const catalogueReorderSchema = z
  .object({
    /** Every item id of the draft, in the new order. */
    itemIds: z.array(uuidSchema).min(1, '请提供事项顺序').max(2000),
  })
  .strict();
export type CatalogueReorder = z.infer<typeof catalogueReorderSchema>;

// ---------------------------------------------------------------------------------------------
// Catalogues: requests and responses
// ---------------------------------------------------------------------------------------------

export const catalogueListQuerySchema = pageQuerySchema.extend({
  kind: z.enum(catalogueKinds, { error: '清单类型不存在' }).optional(),
  status: z.enum(catalogueStatuses, { error: '状态应为 draft、published 或 superseded' }).optional(),
  ownerAgencyId: uuidSchema.optional(),
  /** The year the version takes effect. */
  year: z.coerce
    .number()
    .int()
    .min(2000, '年份应在 2000–2100 之间')
    .max(2100, '年份应在 2000–2100 之间')
    .optional(),
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  /** Only the newest version of each kind and agency (published, else the draft). */
  isCurrentOnly: booleanQuerySchema.optional(),
  sort: z
    .enum(['kind', 'effectiveFrom', '-effectiveFrom', 'updatedAt', '-updatedAt', 'title'], {
      error: '排序字段不支持',
    })
    .default('kind'),
});
export type CatalogueListQuery = z.infer<typeof catalogueListQuerySchema>;

export const catalogueSummarySchema = z.object({
  id: uuidSchema,
  kind: z.enum(catalogueKinds),
  ownerAgencyId: uuidSchema,
  ownerAgencyName: z.string(),
  version: z.number().int(),
  title: z.string(),
  status: z.enum(catalogueStatuses),
  effectiveFrom: isoDateSchema.nullable(),
  basedOnId: uuidSchema.nullable(),
  basedOnVersion: z.number().int().nullable(),
  note: z.string().nullable(),
  itemCount: z.number().int(),
  publishedAt: isoDateTimeSchema.nullable(),
  publishedByName: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type CatalogueSummary = z.infer<typeof catalogueSummarySchema>;
export const cataloguePageSchema = pagedSchema(catalogueSummarySchema);

export const catalogueDetailSchema = catalogueSummarySchema.extend({
  /** What the current user may do with this version. */
  canEdit: z.boolean(),
  canPublish: z.boolean(),
  canCreateVersion: z.boolean(),
  /** Why editing is not possible (not a draft, outside the scope …), for the page to show. */
  editBlockedReason: z.string().nullable(),
  /** Every version of the same kind and agency, newest first. */
  versions: z.array(catalogueSummarySchema),
});
export type CatalogueDetail = z.infer<typeof catalogueDetailSchema>;

export const createCatalogueRequestSchema = z
  .object({
    kind: z.enum(catalogueKinds, { error: '清单类型不存在' }),
    ownerAgencyId: uuidSchema,
    title: text('标题', 200),
    effectiveFrom: isoDateSchema.nullable().default(null),
    note: multilineText(z.string().trim().max(1000, '说明最多 1000 个字').nullable().default(null)),
    /** A published (or superseded) version whose items the draft starts with. */
    basedOnId: uuidSchema.nullable().default(null),
  })
  .strict();
export type CreateCatalogueRequest = z.infer<typeof createCatalogueRequestSchema>;

export const updateCatalogueRequestSchema = z
  .object({
    title: text('标题', 200),
    effectiveFrom: isoDateSchema.nullable(),
    note: multilineText(z.string().trim().max(1000, '说明最多 1000 个字').nullable()),
  })
  .partial()
  .strict();
export type UpdateCatalogueRequest = z.infer<typeof updateCatalogueRequestSchema>;

export const catalogueItemSchema = z.object({
  id: uuidSchema,
  catalogueId: uuidSchema,
  position: z.number().int(),
  code: z.string(),
  name: z.string(),
  data: z.record(z.string(), z.unknown()),
  updatedAt: isoDateTimeSchema,
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const catalogueItemQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  /** CAT-1, CAT-3: 职权类型 / 权力类型. */
  powerType: z.string().trim().max(20).optional(),
  /** CAT-1: 第一责任层级. */
  level: z.enum(responsibleLevels).optional(),
  /** CAT-4: 类别. */
  category: z.enum(noPenaltyCategories).optional(),
  /** The law's name, in part (大气污染防治法). */
  law: z.string().trim().max(40).optional(),
  pageSize: z.coerce.number().int().min(1).max(500, '每页最多 500 条').default(50),
});
export type CatalogueItemQuery = z.infer<typeof catalogueItemQuerySchema>;
export const catalogueItemPageSchema = pagedSchema(catalogueItemSchema);

export const catalogueCompareQuerySchema = z.object({
  /** The older version; the path's catalogue is the newer one. */
  with: uuidSchema,
});

export const catalogueItemChangeSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Top-level fields that differ (`name`, `data.legalBases` …). */
  changedFields: z.array(z.string()),
  before: catalogueItemSchema.pick({ name: true, data: true }),
  after: catalogueItemSchema.pick({ name: true, data: true }),
});

export const catalogueComparisonSchema = z.object({
  from: catalogueSummarySchema,
  to: catalogueSummarySchema,
  added: z.array(catalogueItemSchema.pick({ code: true, name: true, data: true })),
  removed: z.array(catalogueItemSchema.pick({ code: true, name: true, data: true })),
  changed: z.array(catalogueItemChangeSchema),
  unchangedCount: z.number().int(),
});
export type CatalogueComparison = z.infer<typeof catalogueComparisonSchema>;
