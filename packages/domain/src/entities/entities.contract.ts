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
import { creditCodeSchema } from './entities.credit-code';
import { industryCodeSchema } from './entities.industry';

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

/** The editable fields of a regulated entity (REG-1), each with its own rule; see `entityInputSchema`. */
export const entityFieldsSchema = z
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
    regionCode: z
      .string({ error: '请选择所在行政区划' })
      .regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位（县级）或 9 位（乡镇）数字'),
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
    specialSupervisionReason: multilineText(z.string().trim().max(200).nullable().default(null)),
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
  .strict();

/** The rules across fields of an entity (also checked on the merged result of a PATCH). */
function refineEntity<Schema extends z.ZodType<z.infer<typeof entityFieldsSchema>>>(schema: Schema) {
  return schema
    .refine((entity) => !entity.isMonitoringNetworked || entity.hasAutomaticMonitoring, {
      message: '未安装自动监控设施的单位不能标记为已联网',
      path: ['isMonitoringNetworked'],
    })
    .refine((entity) => !entity.isSpecialSupervision || Boolean(entity.specialSupervisionReason), {
      message: '列为特殊监管对象时须填写原因',
      path: ['specialSupervisionReason'],
    });
}

/** A regulated entity as the form, the API (POST) and the import send it (REG-1). */
export const entityInputSchema = refineEntity(entityFieldsSchema);
export type EntityInput = z.infer<typeof entityInputSchema>;

/**
 * PATCH: any subset of the fields, without defaults (a missing field keeps its value). The server
 * merges it with the stored entity and checks the result with `entityInputSchema`.
 */
export const entityPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(entityFieldsSchema.shape).map(([key, schema]) => [
        key,
        (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional(),
      ]),
    ) as unknown as { [Key in keyof EntityInput]: z.ZodOptional<z.ZodType<EntityInput[Key]>> },
  )
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: '请至少修改一个字段' });
export type EntityPatch = z.infer<typeof entityPatchSchema>;

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

/**
 * Kinds of event on an entity's timeline (REG-2). The registry writes `registry_*`; other modules
 * add their own kinds (the column is free text; credit's are `creditEventKindLabels` in
 * credit/credit.vocabulary.ts), shown with their label or as is.
 */
export const entityEventKindLabels: Record<string, string> = {
  registry_created: '建档',
  registry_updated: '档案变更',
  registry_imported: '批量导入',
  inspection: '现场检查',
  random_check: '双随机抽查',
  violation: '违法行为',
  case: '立案查处',
  penalty: '行政处罚',
  rectification: '整改',
  complaint: '信访举报',
  interview: '约谈',
  monitoring: '自动监控',
};

export const entityEventSchema = z.object({
  id: uuidSchema,
  occurredOn: isoDateSchema,
  kind: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  compliance: z.enum(complianceLevels).nullable(),
  sourceType: z.string().nullable(),
  sourceId: z.string().nullable(),
  agencyId: uuidSchema.nullable(),
  agencyName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type EntityEvent = z.infer<typeof entityEventSchema>;
export const entityEventPageSchema = pagedSchema(entityEventSchema);
export const entityEventsQuerySchema = pageQuerySchema.extend({
  kind: z.string().trim().max(32).optional(),
});
export type EntityEventsQuery = z.infer<typeof entityEventsQuerySchema>;

export const complianceStripQuarterSchema = z.object({
  key: z.string(),
  year: z.number().int(),
  quarter: z.number().int().min(1).max(4),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  level: z.enum([...complianceLevels, 'no_record']),
  eventCount: z.number().int(),
});

const creditLevelSchema = z.enum(['trustworthy', 'good', 'warning', 'untrustworthy']);

/** The credit facts the entity page shows at a glance (REG-4; the credit module keeps the details). */
export const entityCreditSummarySchema = z.object({
  activeCards: z.array(
    z.object({
      color: z.enum(['red', 'yellow']),
      reason: z.string(),
      issuedOn: isoDateSchema,
      documentNumber: z.string().nullable(),
    }),
  ),
  latestEvaluation: z
    .object({ year: z.number().int(), level: creditLevelSchema, evaluatedOn: isoDateSchema })
    .nullable(),
  blacklist: z.object({ listedOn: isoDateSchema, reason: z.string() }).nullable(),
  positiveList: z.object({ listedOn: isoDateSchema, reason: z.string() }).nullable(),
  compliancePoints: z.number().int(),
  latestCommitment: z
    .object({
      year: z.number().int(),
      letterDeliveredOn: isoDateSchema.nullable(),
      commitmentSignedOn: isoDateSchema.nullable(),
    })
    .nullable(),
});
export type EntityCreditSummary = z.infer<typeof entityCreditSummarySchema>;

export const entityDetailSchema = entityListItemSchema.extend({
  legalRepresentative: z.string().nullable(),
  address: z.string().nullable(),
  countyCode: z.string(),
  permitNumber: z.string().nullable(),
  permitValidUntil: isoDateSchema.nullable(),
  specialSupervisionReason: z.string().nullable(),
  coordinates: coordinateSchema.nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  /** Province → city → county (→ town). */
  regionPath: z.array(z.object({ code: z.string(), name: z.string() })),
  ownerAgency: z.object({ id: uuidSchema, name: z.string(), shortName: z.string() }),
  /** GB/T 4754: section → division → group → class. */
  industryPath: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Key-polluter listings by year, newest first. */
  keyPolluterListings: z.array(
    z.object({ year: z.number().int(), media: z.array(z.enum(keyPolluterMedia)) }),
  ),
  credit: entityCreditSummarySchema,
  /** 监管责任人 (the personnel module assigns them). */
  supervisors: z.array(
    z.object({
      officerId: uuidSchema,
      name: z.string(),
      post: z.string(),
      agencyName: z.string(),
      assignedOn: isoDateSchema,
    }),
  ),
  /** 12 quarters ending with the current one, oldest first. */
  complianceStrip: z.array(complianceStripQuarterSchema),
  /** The newest events; more with GET /api/entities/:id/events. */
  timeline: entityEventPageSchema,
});
export type EntityDetail = z.infer<typeof entityDetailSchema>;

/**
 * How a value of one exchange column is written in a file (REG-5). Export and import share these:
 * - `text`: as is (trimmed on import);
 * - `code`: an identifier kept as text so Excel does not turn it into a number (credit code, region code);
 * - `date`: `YYYY-MM-DD`;
 * - `number`: a decimal number (coordinates);
 * - `boolean`: `是` / `否` (import also accepts 是/否, Y/N, true/false, 1/0; empty = 否);
 * - `enum`: the Chinese label of `labels` (import also accepts the English key);
 * - `enumList`: Chinese labels joined by `、` (import also splits on , ， ; ； and spaces).
 */
export type EntityExchangeFormat = 'text' | 'code' | 'date' | 'number' | 'boolean' | 'enum' | 'enumList';

/** A field of `EntityInput` as one column; the coordinates are two columns. */
export type EntityExchangeKey = Exclude<keyof EntityInput, 'coordinates'> | 'longitude' | 'latitude';

export interface EntityExchangeColumn {
  /** The Chinese header, exactly as in the template, the export and the import report. */
  header: string;
  key: EntityExchangeKey;
  format: EntityExchangeFormat;
  /** A row without it is rejected (empty cells of other columns mean null / false / none). */
  required: boolean;
  /** For `enum` and `enumList`: key → Chinese label. */
  labels?: Readonly<Record<string, string>>;
  /** What the template says under the header. */
  hint: string;
  /** Column width in an Excel sheet (characters). */
  width: number;
}

/**
 * The one column set of the entity export (GET /api/entities/export.xlsx|csv), the import template
 * and the import (REG-5): export a file, edit it, import it back. Order = column order in files.
 */
export const entityExchangeColumns: readonly EntityExchangeColumn[] = Object.freeze([
  {
    header: '统一社会信用代码',
    key: 'creditCode',
    format: 'code',
    required: true,
    hint: '18 位，GB 32100 校验',
    width: 22,
  },
  { header: '单位名称', key: 'name', format: 'text', required: true, hint: '2–100 字', width: 32 },
  { header: '法定代表人', key: 'legalRepresentative', format: 'text', required: false, hint: '', width: 12 },
  { header: '地址', key: 'address', format: 'text', required: false, hint: '', width: 40 },
  {
    header: '行政区划代码',
    key: 'regionCode',
    format: 'code',
    required: true,
    hint: '6 位县级或 9 位乡镇代码（GB/T 2260）',
    width: 14,
  },
  {
    header: '行业代码',
    key: 'industryCode',
    format: 'code',
    required: true,
    hint: 'GB/T 4754-2017 小类（4 位）或大类（2 位）',
    width: 10,
  },
  {
    header: '排污许可证编号',
    key: 'permitNumber',
    format: 'code',
    required: false,
    hint: '信用代码 + 3 位流水号 + 1 位字母',
    width: 26,
  },
  {
    header: '排污许可管理类别',
    key: 'permitClass',
    format: 'enum',
    required: false,
    labels: permitClassLabels,
    hint: '重点管理 / 简化管理 / 登记管理',
    width: 14,
  },
  {
    header: '许可证有效期至',
    key: 'permitValidUntil',
    format: 'date',
    required: false,
    hint: 'YYYY-MM-DD',
    width: 14,
  },
  {
    header: '特殊监管对象',
    key: 'isSpecialSupervision',
    format: 'boolean',
    required: false,
    hint: '是 / 否',
    width: 12,
  },
  {
    header: '特殊监管原因',
    key: 'specialSupervisionReason',
    format: 'text',
    required: false,
    hint: '特殊监管对象必填',
    width: 24,
  },
  {
    header: '已安装自动监控',
    key: 'hasAutomaticMonitoring',
    format: 'boolean',
    required: false,
    hint: '是 / 否',
    width: 14,
  },
  {
    header: '自动监控已联网',
    key: 'isMonitoringNetworked',
    format: 'boolean',
    required: false,
    hint: '是 / 否',
    width: 14,
  },
  {
    header: '生产状态',
    key: 'operatingStatus',
    format: 'enum',
    required: false,
    labels: operatingStatusLabels,
    hint: '在产 / 停产 / 关闭 / 在建；空 = 在产',
    width: 10,
  },
  { header: '经度', key: 'longitude', format: 'number', required: false, hint: '如 115.892151', width: 12 },
  { header: '纬度', key: 'latitude', format: 'number', required: false, hint: '如 28.676493', width: 12 },
  { header: '联系人', key: 'contactPerson', format: 'text', required: false, hint: '', width: 10 },
  {
    header: '联系电话',
    key: 'contactPhone',
    format: 'code',
    required: false,
    hint: '手机或带区号固话',
    width: 16,
  },
  {
    header: '重点排污单位类别（本年）',
    key: 'keyPolluterMedia',
    format: 'enumList',
    required: false,
    labels: keyPolluterMediumLabels,
    hint: '水环境、大气环境、土壤污染、声环境、环境风险，用“、”分隔',
    width: 24,
  },
] satisfies EntityExchangeColumn[]);

/** The text of one cell for an entity (export). Null and empty lists give an empty cell. */
export function formatEntityExchangeValue(column: EntityExchangeColumn, entity: EntityInput): string {
  const value =
    column.key === 'longitude' || column.key === 'latitude'
      ? entity.coordinates?.[column.key]
      : entity[column.key];
  if (value === null || value === undefined) return '';
  switch (column.format) {
    case 'boolean':
      return value ? '是' : '否';
    case 'enum':
      return column.labels?.[String(value)] ?? String(value);
    case 'enumList':
      return (value as readonly string[]).map((item) => column.labels?.[item] ?? item).join('、');
    default:
      return String(value);
  }
}

const exchangeTrue = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√']);
const exchangeFalse = new Set(['否', 'N', 'NO', 'FALSE', '0', '']);

/**
 * Reads one cell's text into the value `entityInputSchema` expects (import). Returns an error
 * message in Chinese instead when the text cannot be read; the schema then checks the value itself.
 */
export function parseEntityExchangeValue(
  column: EntityExchangeColumn,
  text: string,
): { value: unknown } | { error: string } {
  const trimmed = text.trim();
  switch (column.format) {
    case 'boolean': {
      const upper = trimmed.toUpperCase();
      if (exchangeTrue.has(upper)) return { value: true };
      if (exchangeFalse.has(upper)) return { value: false };
      return { error: `${column.header}应填“是”或“否”，实际为“${trimmed}”` };
    }
    case 'enum': {
      if (trimmed === '') return { value: undefined };
      const entry = Object.entries(column.labels ?? {}).find(
        ([key, label]) => key === trimmed || label === trimmed,
      );
      if (entry) return { value: entry[0] };
      return {
        error: `${column.header}应为 ${Object.values(column.labels ?? {}).join('、')} 之一，实际为“${trimmed}”`,
      };
    }
    case 'enumList': {
      if (trimmed === '') return { value: [] };
      const values: string[] = [];
      for (const part of trimmed.split(/[、,，;；\s]+/).filter(Boolean)) {
        const entry = Object.entries(column.labels ?? {}).find(
          ([key, label]) => key === part || label === part,
        );
        if (!entry) {
          return {
            error: `${column.header}中的“${part}”不存在，可用：${Object.values(column.labels ?? {}).join('、')}`,
          };
        }
        if (!values.includes(entry[0])) values.push(entry[0]);
      }
      return { value: values };
    }
    case 'number': {
      if (trimmed === '') return { value: null };
      const number = Number(trimmed);
      if (!Number.isFinite(number)) return { error: `${column.header}应为数字，实际为“${trimmed}”` };
      return { value: number };
    }
    default:
      return { value: trimmed === '' ? null : trimmed };
  }
}

/**
 * One file row (cell texts by column key) → the object to validate with `entityInputSchema`, plus
 * the cells that could not be read. Empty longitude and latitude give `coordinates: null`; only one
 * of them is an error on the empty one.
 */
export function readEntityExchangeRow(cells: Partial<Record<EntityExchangeKey, string>>): {
  candidate: Record<string, unknown>;
  errors: { column: EntityExchangeColumn; message: string }[];
} {
  const candidate: Record<string, unknown> = {};
  const errors: { column: EntityExchangeColumn; message: string }[] = [];
  for (const column of entityExchangeColumns) {
    const result = parseEntityExchangeValue(column, cells[column.key] ?? '');
    if ('error' in result) errors.push({ column, message: result.error });
    else if (result.value !== undefined) candidate[column.key] = result.value;
  }
  const { longitude, latitude } = candidate;
  delete candidate.longitude;
  delete candidate.latitude;
  if (longitude == null && latitude == null) candidate.coordinates = null;
  else if (longitude == null || latitude == null) {
    const missing = entityExchangeColumns.find(
      (column) => column.key === (longitude == null ? 'longitude' : 'latitude'),
    )!;
    errors.push({ column: missing, message: '经度和纬度应同时填写或同时留空' });
  } else candidate.coordinates = { longitude, latitude };
  return { candidate, errors };
}
