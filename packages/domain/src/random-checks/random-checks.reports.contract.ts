import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, pagedSchema, uuidSchema } from '../common/common.contract';
import { randomCheckOutcomes } from './random-checks.contract';

/**
 * 双随机、一公开: publication of results (DR-6), the public results page (PUB-1), the monthly
 * table, the yearly summary and coverage against the ratios (DR-7), and the to-do reminders.
 * Plans, draws and tasks are in contracts/random-checks.ts.
 */

// ---------------------------------------------------------------------------------------------
// Field schemas
// ---------------------------------------------------------------------------------------------

/** `2026-10`: a month of 2000–2100. */
export const reportMonthSchema = z
  .string({ error: '请选择月份（YYYY-MM，如 2026-10）' })
  .regex(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM（如 2026-10），年份在 2000–2100 之间');

const reportYearSchema = z.coerce
  .number({ error: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度应在 2000–2100 之间')
  .max(2100, '年度应在 2000–2100 之间');

const searchSchema = z.string().trim().max(50, '搜索词最多 50 个字').optional();

const publicPageQuery = {
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20),
};

const percentOrNull = z.number().nullable();

// ---------------------------------------------------------------------------------------------
// Publication (DR-6): the agency head publishes completed results
// ---------------------------------------------------------------------------------------------

export const publicationStatuses = ['unpublished', 'published'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];
export const publicationStatusLabels: Record<PublicationStatus, string> = {
  unpublished: '待公开',
  published: '已公开',
};

export const randomCheckPublicationQuerySchema = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(20),
  status: z.enum(publicationStatuses, { error: '公开状态应为 unpublished 或 published' }).optional(),
  /** The plan's agency: its results and those of the units below it. */
  agencyId: uuidSchema.optional(),
  planId: uuidSchema.optional(),
  /** Inspections of this month. */
  month: reportMonthSchema.optional(),
  q: searchSchema,
});
export type RandomCheckPublicationQuery = z.infer<typeof randomCheckPublicationQuerySchema>;

export const randomCheckPublicationItemSchema = z.object({
  taskId: uuidSchema,
  planId: uuidSchema,
  planNumber: z.string(),
  planTitle: z.string(),
  agencyId: uuidSchema,
  agencyName: z.string(),
  entity: z.object({ id: uuidSchema, name: z.string(), creditCode: z.string(), countyName: z.string() }),
  items: z.array(z.string()),
  outcome: z.enum(randomCheckOutcomes).nullable(),
  findingCount: z.number().int(),
  inspectedOn: isoDateSchema.nullable(),
  completedAt: isoDateTimeSchema.nullable(),
  publishedAt: isoDateTimeSchema.nullable(),
  publicationDueOn: isoDateSchema,
  /** Not published and the plan's publication date has passed. */
  isPublicationOverdue: z.boolean(),
  /** The viewer may publish it: the plan's own agency head, and not yet published. */
  canPublish: z.boolean(),
});
export type RandomCheckPublicationItem = z.infer<typeof randomCheckPublicationItemSchema>;

export const randomCheckPublicationPageSchema = pagedSchema(randomCheckPublicationItemSchema).extend({
  /** Over every completed result matching the filters except `status`. */
  counts: z.object({
    completed: z.number().int(),
    published: z.number().int(),
    unpublished: z.number().int(),
    overdue: z.number().int(),
    disclosureRatePercent: percentOrNull,
    targetPercent: z.number(),
  }),
});
export type RandomCheckPublicationPage = z.infer<typeof randomCheckPublicationPageSchema>;

export const publishRandomCheckResultsRequestSchema = z
  .object({
    taskIds: z
      .array(uuidSchema, { error: '请选择要公开的检查结果' })
      .min(1, '请选择要公开的检查结果')
      .max(500, '一次最多公开 500 条'),
  })
  .strict();
export type PublishRandomCheckResultsRequest = z.infer<typeof publishRandomCheckResultsRequestSchema>;

export const publishRandomCheckResultsResponseSchema = z.object({
  published: z.number().int(),
  publishedAt: isoDateTimeSchema,
});
export type PublishRandomCheckResultsResponse = z.infer<typeof publishRandomCheckResultsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// The public page (PUB-1): no login, nothing personal
// ---------------------------------------------------------------------------------------------

export const publicRandomCheckResultQuerySchema = z.object({
  ...publicPageQuery,
  /** A bureau: its results and those of every agency below it. */
  agencyId: uuidSchema.optional(),
  month: reportMonthSchema.optional(),
  year: reportYearSchema.optional(),
  outcome: z
    .enum(randomCheckOutcomes, { error: '检查结果应为 no_problem、problem_found 或 entity_closed' })
    .optional(),
  /** Part of an entity's name or its credit code. */
  q: searchSchema,
});
export type PublicRandomCheckResultQuery = z.infer<typeof publicRandomCheckResultQuerySchema>;

/**
 * One published result. Enterprise facts only (name, credit code, county): no officer, no person
 * present, no phone, no photo, no finding text (PUB-1: personal data never leaves on the public side).
 */
export const publicRandomCheckResultSchema = z.object({
  id: uuidSchema,
  agencyName: z.string(),
  /** The plan whose draw chose this entity: its verification page is /public/draws/<planId>. */
  planId: uuidSchema,
  planNumber: z.string(),
  planTitle: z.string(),
  entityName: z.string(),
  creditCode: z.string(),
  countyName: z.string(),
  inspectedOn: isoDateSchema.nullable(),
  items: z.array(z.string()),
  outcome: z.enum(randomCheckOutcomes),
  /** 未发现问题 / 发现问题 / 停产/关闭/查无此户. */
  outcomeLabel: z.string(),
  publishedOn: isoDateSchema,
});
export type PublicRandomCheckResult = z.infer<typeof publicRandomCheckResultSchema>;

export const publicDisclosureRateSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  completed: z.number().int(),
  published: z.number().int(),
  ratePercent: percentOrNull,
});
export type PublicDisclosureRate = z.infer<typeof publicDisclosureRateSchema>;

export const publicRandomCheckResultPageSchema = pagedSchema(publicRandomCheckResultSchema).extend({
  /** The period the rates count (the month, the year, or everything). */
  periodLabel: z.string(),
  /** The chosen agency (or every agency) over the period. */
  disclosure: z.object({
    agencyName: z.string(),
    completed: z.number().int(),
    published: z.number().int(),
    ratePercent: percentOrNull,
    targetPercent: z.number(),
  }),
  /** Each unit below the chosen agency (or each province). */
  agencies: z.array(publicDisclosureRateSchema),
});
export type PublicRandomCheckResultPage = z.infer<typeof publicRandomCheckResultPageSchema>;

/** The public agency selector: bureaus (province, city, county), as a flat list with parents. */
export const publicRandomCheckAgencySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  shortName: z.string(),
  level: z.string(),
  parentId: uuidSchema.nullable(),
});
export type PublicRandomCheckAgency = z.infer<typeof publicRandomCheckAgencySchema>;
export const publicRandomCheckAgenciesSchema = z.object({ agencies: z.array(publicRandomCheckAgencySchema) });

// ---------------------------------------------------------------------------------------------
// The monthly table and the yearly summary (DR-7)
// ---------------------------------------------------------------------------------------------

export const randomCheckMonthlyReportQuerySchema = z.object({
  month: reportMonthSchema,
  /** An agency of the jurisdiction; default the user's own. */
  agencyId: uuidSchema.optional(),
});
export type RandomCheckMonthlyReportQuery = z.infer<typeof randomCheckMonthlyReportQuerySchema>;

export const randomCheckYearlyReportQuerySchema = z.object({
  year: reportYearSchema,
  agencyId: uuidSchema.optional(),
});
export type RandomCheckYearlyReportQuery = z.infer<typeof randomCheckYearlyReportQuerySchema>;

const count = z.number().int();

/** One row of 《环境执法"双随机、一公开"情况汇总表》. */
export const randomCheckSummaryRowSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  /** The chosen agency's own work (本级). */
  isOwnLevel: z.boolean(),
  plans: count,
  specialPlans: count,
  jointPlans: count,
  drawnTotal: count,
  drawnGeneral: count,
  drawnKeyPolluter: count,
  drawnSpecial: count,
  inspected: count,
  noProblem: count,
  problemFound: count,
  entityClosed: count,
  findings: count,
  rectifications: count,
  caseReferrals: count,
  officers: count,
  published: count,
  publishedOnTime: count,
  disclosureRatePercent: percentOrNull,
  isBelowTarget: z.boolean(),
  overdue: count,
});
export type RandomCheckSummaryRow = z.infer<typeof randomCheckSummaryRowSchema>;

export const randomCheckSummarySchema = z.object({
  kind: z.enum(['monthly', 'yearly']),
  /** 《环境执法"双随机、一公开"情况汇总表》 or the yearly summary's title. */
  title: z.string(),
  /** `2026-10` or `2026`. */
  period: z.string(),
  periodLabel: z.string(),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  agency: z.object({ id: uuidSchema, name: z.string() }),
  dueOn: isoDateSchema,
  /** The date the figures stand at: the period's end, or today while it runs. */
  asOf: isoDateSchema,
  disclosureTargetPercent: z.number(),
  /** The profile's sources for the due date and the target. */
  basis: z.string(),
  rows: z.array(randomCheckSummaryRowSchema),
  total: randomCheckSummaryRowSchema,
  /** Yearly: the chosen agency's totals month by month (January … the month of `asOf`). */
  months: z.array(randomCheckSummaryRowSchema.extend({ month: z.string() })),
});
export type RandomCheckSummary = z.infer<typeof randomCheckSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Coverage against the ratios (DR-7)
// ---------------------------------------------------------------------------------------------

export const randomCheckCoverageQuerySchema = randomCheckYearlyReportQuerySchema;
export type RandomCheckCoverageQuery = RandomCheckYearlyReportQuery;

export const randomCheckCoverageRowSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  isOwnLevel: z.boolean(),
  plans: count,
  eligibleOfficers: count,
  generalRequired: count,
  generalDrawn: count,
  generalInspected: count,
  generalAchievementPercent: percentOrNull,
  keyPollutersListed: count,
  keyPollutersDrawn: count,
  keyPollutersInspected: count,
  keyPolluterCoveragePercent: percentOrNull,
  keyPolluterInspectedPercent: percentOrNull,
  specialObjects: count,
  specialDrawn: count,
  isGeneralShort: z.boolean(),
  isKeyPolluterShort: z.boolean(),
});
export type RandomCheckCoverageRow = z.infer<typeof randomCheckCoverageRowSchema>;

export const randomCheckCoverageSchema = z.object({
  title: z.string(),
  year: z.number().int(),
  agency: z.object({ id: uuidSchema, name: z.string() }),
  asOf: isoDateSchema,
  /** The profile's ratios, for the page's explanation. */
  ratios: z.object({
    city: z.object({ officers: count, entities: count }),
    county: z.object({ officers: count, entities: count }),
    keyPolluterCountyPercent: z.number(),
    basis: z.string(),
  }),
  rows: z.array(randomCheckCoverageRowSchema),
  total: randomCheckCoverageRowSchema,
});
export type RandomCheckCoverage = z.infer<typeof randomCheckCoverageSchema>;

// ---------------------------------------------------------------------------------------------
// To-do reminders (SYS-3)
// ---------------------------------------------------------------------------------------------

export const randomCheckReportReminderSchema = z.object({
  kind: z.enum(['monthly', 'yearly']),
  period: z.string(),
  periodLabel: z.string(),
  title: z.string(),
  dueOn: isoDateSchema,
  daysLeft: z.number().int(),
  isOverdue: z.boolean(),
});
export type RandomCheckReportReminderItem = z.infer<typeof randomCheckReportReminderSchema>;
export const randomCheckReportRemindersSchema = z.object({
  reminders: z.array(randomCheckReportReminderSchema),
});
export type RandomCheckReportReminders = z.infer<typeof randomCheckReportRemindersSchema>;

// ---------------------------------------------------------------------------------------------
// Submission to the superior agency (上报, DR-7)
// ---------------------------------------------------------------------------------------------

export const reportKinds = ['monthly', 'yearly'] as const;
export const reportSubmissionStatuses = ['submitted', 'accepted', 'withdrawn'] as const;
export type ReportSubmissionStatus = (typeof reportSubmissionStatuses)[number];
export const reportSubmissionStatusLabels: Record<ReportSubmissionStatus, string> = {
  submitted: '已上报',
  accepted: '已接收',
  withdrawn: '已撤回',
};

/** A table of one period: `monthly` with `2026-10`, `yearly` with `2026`. */
export const reportPeriodSchema = z
  .object({
    kind: z.enum(reportKinds, { error: '报表类型应为 monthly（月度汇总表）或 yearly（年度总结）' }),
    period: z.string({ error: '请选择报送期间' }),
  })
  .superRefine((value, context) => {
    const isValid =
      value.kind === 'monthly'
        ? reportMonthSchema.safeParse(value.period).success
        : /^(20\d{2}|2100)$/.test(value.period);
    if (!isValid) {
      context.addIssue({
        code: 'custom',
        path: ['period'],
        message:
          value.kind === 'monthly'
            ? '月度汇总表的期间应为 YYYY-MM（如 2026-10）'
            : '年度总结的期间应为四位年份（如 2026）',
      });
    }
  });
export type ReportTablePeriod = z.infer<typeof reportPeriodSchema>;

export const withdrawReportSubmissionRequestSchema = z.object({
  reason: z
    .string({ error: '请填写撤回原因' })
    .trim()
    .min(2, '请填写撤回原因（至少 2 个字）')
    .max(500, '撤回原因最多 500 个字'),
});
export type WithdrawReportSubmissionRequest = z.infer<typeof withdrawReportSubmissionRequestSchema>;

export const reportSubmissionSchema = z.object({
  id: uuidSchema,
  agencyId: uuidSchema,
  agencyName: z.string(),
  kind: z.enum(reportKinds),
  period: z.string(),
  status: z.enum(reportSubmissionStatuses),
  dueOn: isoDateSchema,
  submittedAt: isoDateTimeSchema,
  submittedByName: z.string(),
  /** Submitted after the due day. */
  isLate: z.boolean(),
  /** SHA-256 of the figures as submitted (the table's rows and total). */
  figuresHash: z.string(),
  withdrawnAt: isoDateTimeSchema.nullable(),
  withdrawnByName: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  acceptedAt: isoDateTimeSchema.nullable(),
  acceptedByName: z.string().nullable(),
});
export type ReportSubmission = z.infer<typeof reportSubmissionSchema>;

export const subordinateReportStates = ['not_submitted', 'submitted', 'accepted'] as const;
export type SubordinateReportState = (typeof subordinateReportStates)[number];

export const subordinateReportStatusSchema = z.object({
  agencyId: uuidSchema,
  agencyName: z.string(),
  state: z.enum(subordinateReportStates),
  /** Not submitted and the due day has passed. */
  isOverdue: z.boolean(),
  submission: reportSubmissionSchema.nullable(),
});
export type SubordinateReportStatus = z.infer<typeof subordinateReportStatusSchema>;

export const reportSubmissionOverviewSchema = z.object({
  kind: z.enum(reportKinds),
  period: z.string(),
  periodLabel: z.string(),
  agency: z.object({ id: uuidSchema, name: z.string() }),
  /** The profile's due day, moved to the next working day when it is not one. */
  dueOn: isoDateSchema,
  dueBasis: z.string(),
  isPastDue: z.boolean(),
  /** The own table: the current submission (not withdrawn) and every earlier one. */
  current: reportSubmissionSchema.nullable(),
  history: z.array(reportSubmissionSchema),
  /** The reporting units directly below (a county has none). */
  subordinates: z.array(subordinateReportStatusSchema),
});
export type ReportSubmissionOverview = z.infer<typeof reportSubmissionOverviewSchema>;
