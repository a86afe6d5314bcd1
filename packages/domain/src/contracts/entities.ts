import { z } from 'zod';
import { creditCodeSchema } from '../registry/credit-code';
import { industryCodeSchema } from '../registry/industry';
import {
  booleanQuerySchema,
  isoDateSchema,
  isoDateTimeSchema,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from './common';

/** 排污许可管理类别 (《排污许可管理条例》 art. 5). */
export const permitClasses = ['key', 'simplified', 'registration'] as const;
export type PermitClass = (typeof permitClasses)[number];
export const permitClassLabels: Record<PermitClass, string> = {
  key: '重点管理',
  simplified: '简化管理',
  registration: '登记管理',
};

export const operatingStatuses = ['operating', 'suspended', 'closed', 'under_construction'] as const;
export type OperatingStatus = (typeof operatingStatuses)[number];
export const operatingStatusLabels: Record<OperatingStatus, string> = {
  operating: '在产',
  suspended: '停产',
  closed: '关闭',
  under_construction: '在建',
};

/** 重点排污单位名录 by environmental medium (《环境监管重点单位名录管理办法》). */
export const keyPolluterMedia = ['water', 'air', 'soil', 'noise', 'environmental_risk'] as const;
export type KeyPolluterMedium = (typeof keyPolluterMedia)[number];
export const keyPolluterMediumLabels: Record<KeyPolluterMedium, string> = {
  water: '水环境',
  air: '大气环境',
  soil: '土壤污染',
  noise: '声环境',
  environmental_risk: '环境风险',
};

/** What an event in an entity's history says about its compliance; the strip shows the worst per quarter. */
export const complianceLevels = ['compliant', 'minor_issue', 'violation', 'serious_violation'] as const;
export type ComplianceLevel = (typeof complianceLevels)[number];
export const complianceLevelLabels: Record<ComplianceLevel, string> = {
  compliant: '合规',
  minor_issue: '轻微问题',
  violation: '违法',
  serious_violation: '严重违法',
};

const coordinateSchema = z.object({
  longitude: z
    .number()
    .min(73, '经度应在 73–136 之间（中国境内）')
    .max(136, '经度应在 73–136 之间（中国境内）'),
  latitude: z.number().min(3, '纬度应在 3–54 之间（中国境内）').max(54, '纬度应在 3–54 之间（中国境内）'),
});

const phoneSchema = z
  .string()
  .trim()
  .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请输入 11 位手机号或带区号的固定电话');

/** The editable fields of a regulated entity (REG-1), shared by the form, the API and the import. */
export const entityInputSchema = z
  .object({
    creditCode: creditCodeSchema,
    name: z
      .string({ error: '请填写单位名称' })
      .trim()
      .min(2, '单位名称至少 2 个字')
      .max(100, '单位名称最多 100 个字'),
    legalRepresentative: z.string().trim().max(30, '法定代表人最多 30 个字').nullable().default(null),
    address: z.string().trim().max(200, '地址最多 200 个字').nullable().default(null),
    /** The town (9 digits) when known, else the county (6 digits). */
    regionCode: z.string().regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位（县级）或 9 位（乡镇）数字'),
    industryCode: industryCodeSchema,
    permitNumber: z
      .string()
      .trim()
      .toUpperCase()
      // 许可证编号 / 登记编号: the holder's credit code, a 3-digit serial and a letter (P 许可, W 登记 …).
      .regex(
        /^[0-9A-Z]{18}\d{3}[A-Z]$/,
        '排污许可证编号应为 18 位统一社会信用代码加 3 位流水号和 1 位字母（如 91360100…001P）',
      )
      .nullable()
      .default(null),
    permitClass: z
      .enum(permitClasses, { error: '排污许可管理类别应为 key、simplified 或 registration' })
      .nullable()
      .default(null),
    permitValidUntil: isoDateSchema.nullable().default(null),
    isSpecialSupervision: z.boolean().default(false),
    specialSupervisionReason: z.string().trim().max(200).nullable().default(null),
    hasAutomaticMonitoring: z.boolean().default(false),
    isMonitoringNetworked: z.boolean().default(false),
    operatingStatus: z
      .enum(operatingStatuses, { error: '生产状态应为 operating、suspended、closed 或 under_construction' })
      .default('operating'),
    coordinates: coordinateSchema.nullable().default(null),
    contactPerson: z.string().trim().max(30).nullable().default(null),
    contactPhone: phoneSchema.nullable().default(null),
    /** Key-polluter lists of the current year, by medium. */
    keyPolluterMedia: z
      .array(z.enum(keyPolluterMedia, { error: '重点排污单位类别不存在' }))
      .max(keyPolluterMedia.length)
      .default([]),
  })
  .strict()
  .refine((entity) => !entity.isMonitoringNetworked || entity.hasAutomaticMonitoring, {
    message: '未安装自动监控设施的单位不能标记为已联网',
    path: ['isMonitoringNetworked'],
  })
  .refine((entity) => !entity.isSpecialSupervision || Boolean(entity.specialSupervisionReason), {
    message: '列为特殊监管对象时须填写原因',
    path: ['specialSupervisionReason'],
  });
export type EntityInput = z.infer<typeof entityInputSchema>;

export const entityListQuerySchema = pageQuerySchema.extend({
  /** Part of the name, the credit code, the legal representative or the address. */
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  /** Any region: province, city, county or town code; its whole subtree. */
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位或 9 位数字')
    .optional(),
  ownerAgencyId: uuidSchema.optional(),
  /** GB/T 4754 section letter, division, group or class: everything under it. */
  industryCode: z
    .string()
    .regex(/^[A-T]$|^\d{2,4}$/, '行业代码应为门类字母或 2–4 位数字')
    .optional(),
  permitClass: z.enum(permitClasses).optional(),
  operatingStatus: z.enum(operatingStatuses).optional(),
  /** Key polluter of the given year (default: this year), any medium or the given one. */
  isKeyPolluter: booleanQuerySchema.optional(),
  keyPolluterMedium: z.enum(keyPolluterMedia).optional(),
  keyPolluterYear: z.coerce.number().int().min(2000).max(2100).optional(),
  isSpecialSupervision: booleanQuerySchema.optional(),
  hasAutomaticMonitoring: booleanQuerySchema.optional(),
  isMonitoringNetworked: booleanQuerySchema.optional(),
  isOnPositiveList: booleanQuerySchema.optional(),
  isBlacklisted: booleanQuerySchema.optional(),
  /** Has an active (unlifted) card of this colour. */
  card: z.enum(['red', 'yellow', 'any']).optional(),
  creditLevel: z.enum(['trustworthy', 'good', 'warning', 'untrustworthy']).optional(),
  sort: z
    .enum(['name', '-name', 'creditCode', '-creditCode', 'updatedAt', '-updatedAt', 'region', '-region'], {
      error: '排序字段不支持',
    })
    .default('name'),
});
export type EntityListQuery = z.infer<typeof entityListQuerySchema>;

export const entityListItemSchema = z.object({
  id: uuidSchema,
  creditCode: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  ownerAgencyId: uuidSchema,
  ownerAgencyName: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  permitClass: z.enum(permitClasses).nullable(),
  operatingStatus: z.enum(operatingStatuses),
  keyPolluterMedia: z.array(z.enum(keyPolluterMedia)),
  isSpecialSupervision: z.boolean(),
  hasAutomaticMonitoring: z.boolean(),
  isMonitoringNetworked: z.boolean(),
  isOnPositiveList: z.boolean(),
  isBlacklisted: z.boolean(),
  activeCard: z.enum(['red', 'yellow']).nullable(),
  creditLevel: z.enum(['trustworthy', 'good', 'warning', 'untrustworthy']).nullable(),
  updatedAt: isoDateTimeSchema,
});
export type EntityListItem = z.infer<typeof entityListItemSchema>;
export const entityPageSchema = pagedSchema(entityListItemSchema);
