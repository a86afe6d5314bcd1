import { z } from 'zod';
import { isoDateTimeSchema, multilineText, pagedSchema, uuidSchema } from '../common/common.contract';

export const regionLevels = ['province', 'city', 'county', 'town'] as const;
export type RegionLevel = (typeof regionLevels)[number];
export const regionLevelLabels: Record<RegionLevel, string> = {
  province: '省级',
  city: '地市级',
  county: '县级',
  town: '乡镇（街道）',
};

/**
 * Kinds of agency (ORG-1). A bureau (局) governs; its enforcement unit (执法局/支队/大队) acts
 * with the bureau's jurisdiction (局队合一, seeds 003 and 004). Field offices (执法N局, seed 003)
 * and grids sit below a county-level unit.
 */
export const agencyKinds = [
  'provincial_department',
  'provincial_enforcement_bureau',
  'city_bureau',
  'city_enforcement_unit',
  'county_bureau',
  'county_enforcement_unit',
  'zone_enforcement_bureau',
  'field_office',
  'grid',
  'police',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];
export const agencyKindLabels: Record<AgencyKind, string> = {
  provincial_department: '省生态环境厅',
  provincial_enforcement_bureau: '省级执法机构',
  city_bureau: '设区市生态环境局',
  city_enforcement_unit: '市级执法机构',
  county_bureau: '县级生态环境局',
  county_enforcement_unit: '县级执法机构',
  zone_enforcement_bureau: '区域性执法机构',
  field_office: '派出执法机构',
  grid: '监管网格',
  police: '公安机关',
};

export const agencyLevels = ['province', 'city', 'county', 'field'] as const;
export type AgencyLevel = (typeof agencyLevels)[number];
export const agencyLevelLabels: Record<AgencyLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  field: '基层',
};

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: z.enum(regionLevels),
  parentCode: z.string().nullable(),
  isDevelopmentZone: z.boolean(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionDetailSchema = regionSchema.extend({
  ancestors: z.array(regionSchema),
  children: z.array(regionSchema),
  agencies: z.array(z.object({ id: uuidSchema, name: z.string(), kind: z.enum(agencyKinds) })),
});
export type RegionDetail = z.infer<typeof regionDetailSchema>;

export const regionChildrenQuerySchema = z.object({
  parentCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位（县级及以上）或 9 位（乡镇）数字')
    .optional(),
});
export const regionCodeParamsSchema = z.object({
  code: z.string().regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位（县级及以上）或 9 位（乡镇）数字'),
});

export const agencySchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(agencyKinds),
  level: z.enum(agencyLevels),
  regionCode: z.string(),
  regionName: z.string(),
  parentId: uuidSchema.nullable(),
  /** The bureau whose jurisdiction this enforcement unit exercises (局队合一), if any. */
  jurisdictionAgencyId: uuidSchema.nullable(),
  sortOrder: z.number().int(),
  isActive: z.boolean(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyListSchema = z.object({ items: z.array(agencySchema) });

export const agencyDetailSchema = agencySchema.extend({
  address: z.string().nullable(),
  phone: z.string().nullable(),
  headName: z.string().nullable(),
  description: z.string().nullable(),
  parent: agencySchema.nullable(),
  jurisdictionAgency: agencySchema.nullable(),
  children: z.array(agencySchema),
  regionPath: z.array(z.object({ code: z.string(), name: z.string() })),
  coveredRegions: z.array(z.object({ code: z.string(), name: z.string() })),
  userCount: z.number().int(),
  usersByRole: z.array(z.object({ role: z.string(), count: z.number().int() })),
  updatedAt: isoDateTimeSchema,
});
export type AgencyDetail = z.infer<typeof agencyDetailSchema>;

const phonePattern = /^[0-9\-+() ]{5,20}$/;

export const updateAgencyRequestSchema = z
  .object({
    name: z.string().trim().min(2, '机构名称至少 2 个字').max(60, '机构名称最多 60 个字'),
    shortName: z.string().trim().min(2, '简称至少 2 个字').max(30, '简称最多 30 个字'),
    address: z.string().trim().max(120, '地址最多 120 个字').nullable(),
    phone: z.string().trim().regex(phonePattern, '电话号码格式不正确').nullable(),
    headName: z.string().trim().max(20, '负责人姓名最多 20 个字').nullable(),
    description: multilineText(z.string().trim().max(500, '说明最多 500 个字').nullable()),
    isActive: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateAgencyRequest = z.infer<typeof updateAgencyRequestSchema>;

export const createAgencyRequestSchema = z
  .object({
    parentId: uuidSchema,
    name: z.string().trim().min(2, '机构名称至少 2 个字').max(60, '机构名称最多 60 个字'),
    shortName: z.string().trim().min(2, '简称至少 2 个字').max(30, '简称最多 30 个字'),
    kind: z.enum(['field_office', 'grid', 'zone_enforcement_bureau'], {
      error: '只能新建派出执法机构、监管网格或区域性执法机构',
    }),
    regionCode: z.string().regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位或 9 位数字'),
    coveredRegionCodes: z
      .array(z.string().regex(/^\d{9}$/, '覆盖的乡镇区划代码应为 9 位数字'))
      .max(60)
      .default([]),
    address: z.string().trim().max(120).nullable().default(null),
    phone: z.string().trim().regex(phonePattern, '电话号码格式不正确').nullable().default(null),
  })
  .strict();
export type CreateAgencyRequest = z.infer<typeof createAgencyRequestSchema>;

export const agencyUsersQuerySchema = z.object({ id: uuidSchema });

export const pagedAgenciesSchema = pagedSchema(agencySchema);
