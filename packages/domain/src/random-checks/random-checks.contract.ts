import { z } from 'zod';
import {
  isoDateSchema,
  isoDateTimeSchema,
  multilineText,
  pagedSchema,
  pageQuerySchema,
  uuidSchema,
} from '../common/common.contract';
import { permitClasses } from '../entities/entities.contract';
import { specialties } from '../personnel/personnel.specialties';
import { drawRecordSchema } from './random-checks.record';

/**
 * 双随机抽查 (DR-1 … DR-4): plans, the commitment, the draw, tasks. The field record
 * (contracts/inspection-records.ts) and publication/reports (contracts/random-check-reports.ts)
 * build on the task shapes here, in particular `myRandomCheckTaskSchema` (GET /api/random-checks/my-tasks).
 */

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

export const randomCheckPlanKinds = ['yearly', 'special'] as const;
export type RandomCheckPlanKind = (typeof randomCheckPlanKinds)[number];
export const randomCheckPlanKindLabels: Record<RandomCheckPlanKind, string> = {
  yearly: '年度计划',
  special: '专项计划',
};

/** draft → committed (commitment published) → drawn (tasks made) → closed. */
export const randomCheckPlanStatuses = ['draft', 'committed', 'drawn', 'closed'] as const;
export type RandomCheckPlanStatus = (typeof randomCheckPlanStatuses)[number];
export const randomCheckPlanStatusLabels: Record<RandomCheckPlanStatus, string> = {
  draft: '草稿',
  committed: '已公布承诺',
  drawn: '已抽取',
  closed: '已结束',
};

/** The stratum a task's entity was drawn in (DR-2). */
export const randomCheckStrata = ['general', 'key_polluter', 'special'] as const;
export type RandomCheckStratum = (typeof randomCheckStrata)[number];
export const randomCheckStratumLabels: Record<RandomCheckStratum, string> = {
  general: '一般监管对象',
  key_polluter: '重点排污单位',
  special: '特殊监管对象',
};

/** pending (not inspected), recorded (record filled, awaiting confirmations), completed. */
export const randomCheckTaskStatuses = ['pending', 'recorded', 'completed'] as const;
export type RandomCheckTaskStatus = (typeof randomCheckTaskStatuses)[number];
export const randomCheckTaskStatusLabels: Record<RandomCheckTaskStatus, string> = {
  pending: '待检查',
  recorded: '待确认',
  completed: '已完成',
};

export const randomCheckOutcomes = ['no_problem', 'problem_found', 'entity_closed'] as const;
export type RandomCheckOutcome = (typeof randomCheckOutcomes)[number];
export const randomCheckOutcomeLabels: Record<RandomCheckOutcome, string> = {
  no_problem: '未发现问题',
  problem_found: '发现问题',
  entity_closed: '停产/关闭/查无此户',
};

export const randomCheckOfficerRoles = ['lead', 'member'] as const;
export type RandomCheckOfficerRole = (typeof randomCheckOfficerRoles)[number];
export const randomCheckOfficerRoleLabels: Record<RandomCheckOfficerRole, string> = {
  lead: '主查',
  member: '协查',
};

/**
 * What a viewer of a plan's tasks may see (DR-4, see random-check.policy.ts):
 * `full` tasks with officer names; `tasks` tasks without officer names; `counts` numbers only.
 */
export const randomCheckTaskVisibilities = ['full', 'tasks', 'counts'] as const;
export type RandomCheckTaskVisibility = (typeof randomCheckTaskVisibilities)[number];

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
    .nullable();
}

function dateField(label: string) {
  return z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` });
}

const countyCodeSchema = z.string().regex(/^\d{6}$/, '县级区划代码应为 6 位数字');

/**
 * Which entities a plan draws from (stored in random_check_plans.pool_filter). Empty lists mean
 * "no restriction": every county of the agency's jurisdiction, every industry, every permit class.
 * Closed entities are never drawn; positive-list entities are left out of routine draws when the
 * province profile says so.
 */
export const randomCheckPoolFilterSchema = z
  .object({
    countyCodes: z.array(countyCodeSchema).max(300, '区县最多选择 300 个').default([]),
    industryCodes: z
      .array(z.string().regex(/^\d{2,4}$/, '行业代码应为 2–4 位数字（GB/T 4754-2017）'))
      .max(50, '行业最多选择 50 个')
      .default([]),
    permitClasses: z.array(z.enum(permitClasses, { error: '排污许可类别不存在' })).default([]),
    /** The strata the plan draws: general objects, key polluters (quarterly), special objects. */
    strata: z
      .array(z.enum(randomCheckStrata, { error: '抽查对象类别应为 general、key_polluter 或 special' }))
      .min(1, '至少选择一类抽查对象')
      .default(['general', 'key_polluter', 'special']),
  })
  .strict();
export type RandomCheckPoolFilter = z.infer<typeof randomCheckPoolFilterSchema>;

export const randomCheckPlanItemInputSchema = z
  .object({
    catalogueItemId: uuidSchema,
    /** The specialty an officer of the task must have for this item; null = any officer. */
    requiredSpecialty: z.enum(specialties, { error: '专业特长不存在' }).nullable().default(null),
  })
  .strict();

const jointDepartmentsSchema = z
  .array(requiredText('联查部门名称', 2, 40))
  .max(20, '联查部门最多 20 个')
  .default([]);

const planFields = {
  title: requiredText('计划名称', 4, 120),
  kind: z.enum(randomCheckPlanKinds, { error: '计划类型应为 yearly（年度）或 special（专项）' }),
  year: yearSchema,
  /** 1–4 when the plan draws key polluters for a quarter. */
  quarter: z
    .number({ error: '季度应为 1–4' })
    .int('季度应为 1–4')
    .min(1, '季度应为 1–4')
    .max(4, '季度应为 1–4')
    .nullable()
    .default(null),
  periodStart: dateField('计划开始日期'),
  periodEnd: dateField('计划结束日期'),
  inspectionStartsOn: dateField('检查开始日期'),
  inspectionDueOn: dateField('检查完成期限'),
  /** Omitted: 20 days after the inspection deadline (see plan service). */
  publicationDueOn: dateField('结果公开期限').optional(),
  items: z
    .array(randomCheckPlanItemInputSchema)
    .min(1, '至少选择一个抽查事项')
    .max(100, '抽查事项最多 100 个'),
  poolFilter: randomCheckPoolFilterSchema,
  /** 1 : N officers to general entities; only honoured where the profile lets the agency adjust it. */
  ratioOfficers: z.number().int('人员比例应为整数').min(1, '人员比例至少为 1').max(100).optional(),
  ratioEntities: z.number().int('企业比例应为整数').min(1, '企业比例至少为 1').max(10000).optional(),
  /** Share of special-supervision objects (特殊监管对象) drawn, percent; omitted: the platform default. */
  specialObjectPercent: z
    .number({ error: '特殊监管对象抽查比例应为数字' })
    .int('特殊监管对象抽查比例应为整数')
    .min(0, '特殊监管对象抽查比例应在 0–100 之间')
    .max(100, '特殊监管对象抽查比例应在 0–100 之间')
    .optional(),
  isCrossRegion: z.boolean().default(false),
  jointDepartments: jointDepartmentsSchema,
  note: multilineText(optionalText('备注', 500).default(null)),
};

export const createRandomCheckPlanRequestSchema = z.object(planFields).strict();
export type CreateRandomCheckPlanRequest = z.input<typeof createRandomCheckPlanRequestSchema>;
export type CreateRandomCheckPlanInput = z.infer<typeof createRandomCheckPlanRequestSchema>;

/** A draft's change: the same fields, each optional. */
export const updateRandomCheckPlanRequestSchema = z
  .object({
    title: planFields.title.optional(),
    kind: planFields.kind.optional(),
    year: planFields.year.optional(),
    quarter: z.number().int().min(1, '季度应为 1–4').max(4, '季度应为 1–4').nullable().optional(),
    periodStart: planFields.periodStart.optional(),
    periodEnd: planFields.periodEnd.optional(),
    inspectionStartsOn: planFields.inspectionStartsOn.optional(),
    inspectionDueOn: planFields.inspectionDueOn.optional(),
    publicationDueOn: dateField('结果公开期限').optional(),
    items: planFields.items.optional(),
    poolFilter: randomCheckPoolFilterSchema.optional(),
    ratioOfficers: planFields.ratioOfficers,
    ratioEntities: planFields.ratioEntities,
    specialObjectPercent: planFields.specialObjectPercent,
    isCrossRegion: z.boolean().optional(),
    jointDepartments: z
      .array(requiredText('联查部门名称', 2, 40))
      .max(20, '联查部门最多 20 个')
      .optional(),
    note: multilineText(optionalText('备注', 500).optional()),
  })
  .strict();
export type UpdateRandomCheckPlanRequest = z.infer<typeof updateRandomCheckPlanRequestSchema>;

export const randomCheckPlanListQuerySchema = pageQuerySchema.extend({
  year: yearQuerySchema.optional(),
  kind: z.enum(randomCheckPlanKinds, { error: '计划类型应为 yearly 或 special' }).optional(),
  status: z.enum(randomCheckPlanStatuses, { error: '计划状态不存在' }).optional(),
  /** A plan owner within the user's jurisdiction. */
  agencyId: uuidSchema.optional(),
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  sort: z
    .enum(['createdAt', '-createdAt', 'inspectionStartsOn', '-inspectionStartsOn', 'number', '-number'], {
      error: '排序字段不支持',
    })
    .default('-createdAt'),
});
export type RandomCheckPlanListQuery = z.infer<typeof randomCheckPlanListQuerySchema>;
export const randomCheckPlanExportQuerySchema = randomCheckPlanListQuerySchema.omit({
  page: true,
  pageSize: true,
});

/** The draw: public entropy entered at the meeting, and who witnessed it. */
export const drawRandomCheckPlanRequestSchema = z
  .object({
    publicEntropy: z
      .string({ error: '请录入现场公开随机数（如骰子点数）' })
      .min(1, '请录入现场公开随机数（如骰子点数）')
      .max(500, '现场公开随机数不能超过 500 个字符'),
    witnesses: multilineText(requiredText('见证人', 2, 300)),
  })
  .strict();
export type DrawRandomCheckPlanRequest = z.infer<typeof drawRandomCheckPlanRequestSchema>;

/** POST /api/random-checks/plans/:id/annul-draw: a draw made in error, annulled before the inspection day. */
export const annulRandomCheckDrawRequestSchema = z
  .object({
    reason: requiredText('撤销原因', 5, 500),
  })
  .strict();
export type AnnulRandomCheckDrawRequest = z.infer<typeof annulRandomCheckDrawRequestSchema>;

/** An annulled draw as anyone may see it: its commitment, when and why it was annulled. */
export const annulledRandomCheckDrawSchema = z.object({
  commitment: z.string(),
  committedAt: isoDateTimeSchema.nullable(),
  publicEntropy: z.string().nullable(),
  drawnAt: isoDateTimeSchema.nullable(),
  taskCount: z.number().int(),
  annulledAt: isoDateTimeSchema,
  reason: z.string(),
});
export type AnnulledRandomCheckDraw = z.infer<typeof annulledRandomCheckDrawSchema>;

// ---------------------------------------------------------------------------------------------
// Responses: plans
// ---------------------------------------------------------------------------------------------

export const randomCheckPlanItemSchema = z.object({
  catalogueItemId: uuidSchema,
  code: z.string(),
  name: z.string(),
  requiredSpecialty: z.enum(specialties).nullable(),
  /** The item list's own specialties (CAT-2 data), for reference. */
  listedSpecialties: z.array(z.string()),
  catalogueTitle: z.string(),
});
export type RandomCheckPlanItem = z.infer<typeof randomCheckPlanItemSchema>;

export const randomCheckPlanListItemSchema = z.object({
  id: uuidSchema,
  number: z.string(),
  title: z.string(),
  agencyId: uuidSchema,
  agencyName: z.string(),
  year: z.number().int(),
  kind: z.enum(randomCheckPlanKinds),
  quarter: z.number().int().nullable(),
  status: z.enum(randomCheckPlanStatuses),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  inspectionStartsOn: isoDateSchema,
  inspectionDueOn: isoDateSchema,
  publicationDueOn: isoDateSchema,
  isCrossRegion: z.boolean(),
  jointDepartments: z.array(z.string()),
  itemCount: z.number().int(),
  /** Tasks made by the draw (0 before it); shown as a count to everyone in scope. */
  taskCount: z.number().int(),
  committedAt: isoDateTimeSchema.nullable(),
  drawnAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type RandomCheckPlanListItem = z.infer<typeof randomCheckPlanListItemSchema>;
export const randomCheckPlanPageSchema = pagedSchema(randomCheckPlanListItemSchema);

export const randomCheckPlanDetailSchema = randomCheckPlanListItemSchema.extend({
  agencyLevel: z.string(),
  poolFilter: randomCheckPoolFilterSchema,
  items: z.array(randomCheckPlanItemSchema),
  ratioOfficers: z.number().int(),
  ratioEntities: z.number().int(),
  keyPolluterPercent: z.number().int(),
  specialObjectPercent: z.number().int(),
  minOfficersPerTask: z.number().int(),
  /** Whether this agency may change the general-object ratio (profile `isCountyRatioAdjustable`). */
  isRatioAdjustable: z.boolean(),
  /** SHA-256 of the server secret, published before the draw (DR-3). */
  commitment: z.string().nullable(),
  /** Published with the draw record after the draw; null before. */
  secret: z.string().nullable(),
  publicEntropy: z.string().nullable(),
  drawWitnesses: z.string().nullable(),
  seed: z.string().nullable(),
  algorithmVersion: z.string().nullable(),
  note: z.string().nullable(),
  /** What the viewer may do now. */
  canEdit: z.boolean(),
  canCommit: z.boolean(),
  canDraw: z.boolean(),
  /** The owner may annul a draw made in error until the inspection day. */
  canAnnulDraw: z.boolean(),
  /** Earlier draws of this plan that were annulled, oldest first. */
  annulledDraws: z.array(annulledRandomCheckDrawSchema),
  /** What the viewer may see of the tasks (DR-4). */
  taskVisibility: z.enum(randomCheckTaskVisibilities),
  updatedAt: isoDateTimeSchema,
});
export type RandomCheckPlanDetail = z.infer<typeof randomCheckPlanDetailSchema>;

/** The pool preview before the commitment: what the draw would pick from, per county. */
export const randomCheckPoolCountySchema = z.object({
  countyCode: z.string(),
  countyName: z.string(),
  /** Entities matching the filter (closed ones left out), every stratum. */
  entities: z.number().int(),
  keyPolluters: z.number().int(),
  /** Key polluters not drawn yet this year (the quarterly draw picks from these). */
  keyPollutersNotYetDrawn: z.number().int(),
  specialObjects: z.number().int(),
  /** Positive-list entities left out of routine draws. */
  positiveListExcluded: z.number().int(),
  /** On-duty officers with a certificate valid on the inspection start day, whose home county this is. */
  eligibleOfficers: z.number().int(),
  /** Tasks a draw would make here with the data as it stands (a rehearsal with a throw-away seed). */
  expectedTasks: z.number().int(),
});
export const randomCheckPoolPreviewSchema = z.object({
  counties: z.array(randomCheckPoolCountySchema),
  totals: randomCheckPoolCountySchema.omit({ countyCode: true, countyName: true }),
  isPositiveListExcluded: z.boolean(),
  /** General objects the ratio asks for: ceil(eligible officers × N ÷ officers of the ratio), at most the pool. */
  generalTargetCount: z.number().int(),
  /** What a draw now would be short of (Chinese, one line each); empty when it would succeed. */
  shortfalls: z.array(z.string()),
});
export type RandomCheckPoolPreview = z.infer<typeof randomCheckPoolPreviewSchema>;

/** Item choices for the plan form: the published CAT-2 items of the agency and its superiors. */
export const randomCheckItemOptionSchema = z.object({
  catalogueItemId: uuidSchema,
  code: z.string(),
  name: z.string(),
  catalogueTitle: z.string(),
  ownerAgencyName: z.string(),
  requiredSpecialties: z.array(z.string()),
  content: z.string().nullable(),
});
export const randomCheckItemOptionsSchema = z.object({ items: z.array(randomCheckItemOptionSchema) });
export type RandomCheckItemOption = z.infer<typeof randomCheckItemOptionSchema>;

/** Defaults for a new plan of the user's agency: ratios from the profile, counties in scope. */
export const randomCheckPlanDefaultsSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  agencyLevel: z.string(),
  ratioOfficers: z.number().int(),
  ratioEntities: z.number().int(),
  keyPolluterPercent: z.number().int(),
  specialObjectPercent: z.number().int(),
  minOfficersPerTask: z.number().int(),
  isRatioAdjustable: z.boolean(),
  isPositiveListExcluded: z.boolean(),
  isJointDrawEnabled: z.boolean(),
  ratioBasis: z.string(),
  /** Officers of the agency who could be drawn today (certificate valid, on duty): for the form's estimate. */
  eligibleOfficerCount: z.number().int(),
  counties: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type RandomCheckPlanDefaults = z.infer<typeof randomCheckPlanDefaultsSchema>;

// ---------------------------------------------------------------------------------------------
// Responses: tasks
// ---------------------------------------------------------------------------------------------

export const randomCheckTaskOfficerSchema = z.object({
  officerId: uuidSchema,
  name: z.string(),
  role: z.enum(randomCheckOfficerRoles),
  agencyName: z.string(),
});
export type RandomCheckTaskOfficer = z.infer<typeof randomCheckTaskOfficerSchema>;

export const randomCheckTaskItemSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
});

export const randomCheckTaskEntitySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  creditCode: z.string(),
  address: z.string().nullable(),
  countyCode: z.string(),
  countyName: z.string(),
});

/** A task in a plan's task list. `officers` is null when the viewer may not see names (DR-4). */
export const randomCheckTaskSchema = z.object({
  id: uuidSchema,
  planId: uuidSchema,
  position: z.number().int(),
  stratum: z.enum(randomCheckStrata),
  entity: randomCheckTaskEntitySchema,
  items: z.array(randomCheckTaskItemSchema),
  officers: z.array(randomCheckTaskOfficerSchema).nullable(),
  status: z.enum(randomCheckTaskStatuses),
  outcome: z.enum(randomCheckOutcomes).nullable(),
  inspectedOn: isoDateSchema.nullable(),
  /** No result yet and the plan's inspection deadline has passed. */
  isOverdue: z.boolean(),
});
export type RandomCheckTask = z.infer<typeof randomCheckTaskSchema>;

export const randomCheckTaskListQuerySchema = pageQuerySchema.extend({
  countyCode: countyCodeSchema.optional(),
  stratum: z.enum(randomCheckStrata, { error: '抽查对象类别不存在' }).optional(),
  status: z.enum(randomCheckTaskStatuses, { error: '任务状态不存在' }).optional(),
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
});
export type RandomCheckTaskListQuery = z.infer<typeof randomCheckTaskListQuerySchema>;

/** GET /api/random-checks/plans/:id/tasks. With `counts` visibility `tasks` is empty. */
export const randomCheckPlanTasksSchema = z.object({
  visibility: z.enum(randomCheckTaskVisibilities),
  /** Why the list is hidden or names are withheld, in Chinese; null when all is shown. */
  notice: z.string().nullable(),
  counts: z.object({
    total: z.number().int(),
    byStratum: z.record(z.enum(randomCheckStrata), z.number().int()),
    byStatus: z.record(z.enum(randomCheckTaskStatuses), z.number().int()),
    byCounty: z.array(z.object({ countyCode: z.string(), countyName: z.string(), tasks: z.number().int() })),
  }),
  tasks: pagedSchema(randomCheckTaskSchema),
});
export type RandomCheckPlanTasks = z.infer<typeof randomCheckPlanTasksSchema>;

/**
 * GET /api/random-checks/my-tasks: the signed-in officer's tasks, from each plan's inspection day
 * on (DR-4). The field record page (现场检查笔录) is built on this shape.
 */
export const myRandomCheckTaskQuerySchema = pageQuerySchema.extend({
  /** Default: every status. */
  status: z.enum(randomCheckTaskStatuses, { error: '任务状态不存在' }).optional(),
});
export type MyRandomCheckTaskQuery = z.infer<typeof myRandomCheckTaskQuerySchema>;

export const myRandomCheckTaskSchema = z.object({
  id: uuidSchema,
  position: z.number().int(),
  stratum: z.enum(randomCheckStrata),
  status: z.enum(randomCheckTaskStatuses),
  outcome: z.enum(randomCheckOutcomes).nullable(),
  inspectedOn: isoDateSchema.nullable(),
  /** The task's inspection record (现场检查笔录), once one exists. */
  recordId: uuidSchema.nullable(),
  isOverdue: z.boolean(),
  plan: z.object({
    id: uuidSchema,
    number: z.string(),
    title: z.string(),
    agencyId: uuidSchema,
    agencyName: z.string(),
    inspectionStartsOn: isoDateSchema,
    inspectionDueOn: isoDateSchema,
    jointDepartments: z.array(z.string()),
  }),
  entity: randomCheckTaskEntitySchema.extend({
    legalRepresentative: z.string().nullable(),
    contactPerson: z.string().nullable(),
    contactPhone: z.string().nullable(),
    longitude: z.number().nullable(),
    latitude: z.number().nullable(),
    industryCode: z.string(),
  }),
  items: z.array(
    randomCheckTaskItemSchema.extend({
      /** 检查内容 from the item list (CAT-2). */
      content: z.string().nullable(),
      requiredSpecialty: z.string().nullable(),
    }),
  ),
  /** Every officer of the task; `isMe` marks the signed-in officer. */
  officers: z.array(randomCheckTaskOfficerSchema.extend({ isMe: z.boolean() })),
});
export type MyRandomCheckTask = z.infer<typeof myRandomCheckTaskSchema>;
export const myRandomCheckTaskPageSchema = pagedSchema(myRandomCheckTaskSchema);

// ---------------------------------------------------------------------------------------------
// The published draw (DR-3), GET /api/public/random-checks/draws/:planId (no login)
// ---------------------------------------------------------------------------------------------

export const publicDrawSchema = z.object({
  plan: z.object({
    id: uuidSchema,
    number: z.string(),
    title: z.string(),
    agencyName: z.string(),
    year: z.number().int(),
    kind: z.enum(randomCheckPlanKinds),
    quarter: z.number().int().nullable(),
    status: z.enum(randomCheckPlanStatuses),
    inspectionStartsOn: isoDateSchema,
    /** Published before the draw. */
    commitment: z.string().nullable(),
    committedAt: isoDateTimeSchema.nullable(),
    /** Entered at the draw meeting. */
    publicEntropy: z.string().nullable(),
    drawWitnesses: z.string().nullable(),
    drawnAt: isoDateTimeSchema.nullable(),
    algorithmVersion: z.string().nullable(),
    taskCount: z.number().int(),
  }),
  /**
   * The full record (secret, seed, inputs, result): from the inspection day on (DR-4: the drawn
   * entities are secret until then), at once for the plan's owner. Null before.
   */
  record: drawRecordSchema.nullable(),
  /** When the record becomes public. */
  recordPublicFrom: isoDateSchema,
  /** Why the record is not shown yet, in Chinese; null when it is. */
  notice: z.string().nullable(),
  /** Names of the drawn entities (public information; the record carries ids). */
  entities: z.array(z.object({ id: uuidSchema, name: z.string(), creditCode: z.string() })),
  /** Draws of this plan annulled before the inspection day: annulled, when, why (never hidden). */
  annulledDraws: z.array(annulledRandomCheckDrawSchema),
});
export type PublicDraw = z.infer<typeof publicDrawSchema>;

/**
 * GET /api/public/random-checks/plans (no login): plans whose commitment is published, newest
 * first, each with its commitment before the draw and a link to its draw's verification page.
 * Nothing secret (the server secret is never listed) and nothing personal (no officer).
 */
export const publicRandomCheckPlanQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number({ error: '年度应为数字' }).int('年度应为整数').min(2000).max(2100).optional(),
});
export type PublicRandomCheckPlanQuery = z.infer<typeof publicRandomCheckPlanQuerySchema>;

export const publicRandomCheckPlanSchema = z.object({
  id: uuidSchema,
  number: z.string(),
  title: z.string(),
  agencyName: z.string(),
  year: z.number().int(),
  kind: z.enum(randomCheckPlanKinds),
  quarter: z.number().int().nullable(),
  status: z.enum(randomCheckPlanStatuses),
  /** Null only for a plan back in draft after an annulled draw, until its new commitment. */
  commitment: z.string().nullable(),
  committedAt: isoDateTimeSchema.nullable(),
  drawnAt: isoDateTimeSchema.nullable(),
  inspectionStartsOn: isoDateSchema,
  annulledDrawCount: z.number().int(),
});
export type PublicRandomCheckPlan = z.infer<typeof publicRandomCheckPlanSchema>;
export const publicRandomCheckPlanPageSchema = pagedSchema(publicRandomCheckPlanSchema);

// ---------------------------------------------------------------------------------------------
// Params
// ---------------------------------------------------------------------------------------------

export const randomCheckPlanParamsSchema = z.object({ id: uuidSchema });
export const randomCheckPublicDrawParamsSchema = z.object({ planId: uuidSchema });
