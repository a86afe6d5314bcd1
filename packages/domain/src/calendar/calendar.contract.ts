import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../common/common.contract';

export const calendarYearParamsSchema = z.object({
  year: z.coerce.number().int().min(2004, '年份应在 2004–2100 之间').max(2100, '年份应在 2004–2100 之间'),
});

export const dayInfoSchema = z.object({
  date: isoDateSchema,
  isWorkingDay: z.boolean(),
  kind: z.enum(['workday', 'weekend', 'holiday', 'makeup_workday']),
  name: z.string().optional(),
  isProvisional: z.boolean(),
});

export const calendarOverrideSchema = z.object({
  date: isoDateSchema,
  kind: z.enum(['holiday', 'workday'], { error: '类型应为 holiday（放假）或 workday（调休上班）' }),
  name: z.string().trim().min(1, '请填写名称，如"春节"').max(30, '名称最多 30 个字'),
});
export type CalendarOverrideInput = z.infer<typeof calendarOverrideSchema>;

export const calendarYearSchema = z.object({
  year: z.number().int(),
  knownThroughYear: z.number().int(),
  /** The schedule of this year is not yet confirmed: deadlines in it are provisional. */
  isProvisional: z.boolean(),
  confirmation: z
    .object({ notice: z.string(), confirmedAt: isoDateTimeSchema, confirmedBy: z.string().nullable() })
    .nullable(),
  days: z.array(dayInfoSchema),
  overrides: z.array(calendarOverrideSchema.extend({ createdAt: isoDateTimeSchema })),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const overrideDateParamsSchema = z.object({ date: isoDateSchema });

export const confirmYearRequestSchema = z
  .object({
    notice: z
      .string({ error: '请填写国务院办公厅通知文号' })
      .trim()
      .min(4, '请填写国务院办公厅通知文号，如"国办发明电〔2026〕7号"')
      .max(60),
  })
  .strict();

export const deadlineQuerySchema = z.object({
  start: isoDateSchema,
  amount: z.coerce.number().int('天数应为整数').min(0, '天数不能为负').max(3660, '天数不能超过 3660'),
  unit: z.enum(['calendar_day', 'working_day'], {
    error: '计日方式应为 calendar_day（自然日）或 working_day（工作日）',
  }),
});

/** A counting rule that shaped a deadline, with its legal basis (calendar.deadline). */
export const appliedCountingRuleSchema = z.object({
  code: z.enum([
    'event_day_not_counted',
    'working_days_only',
    'rolled_forward_from_rest_day',
    'provisional_schedule',
  ]),
  basis: z.string(),
  /** For rolled_forward_from_rest_day: the rest day the period would have ended on. */
  restDay: isoDateSchema.optional(),
});

export const deadlineResultSchema = z.object({
  start: isoDateSchema,
  amount: z.number().int(),
  unit: z.enum(['calendar_day', 'working_day']),
  dueDate: isoDateSchema.nullable(),
  isProvisional: z.boolean(),
  pausedDays: z.number().int(),
  /** The rules that applied, in the order they act: the day of the event, working days, roll-forward, provisional. */
  appliedRules: z.array(appliedCountingRuleSchema),
});
export type DeadlineCalculation = z.infer<typeof deadlineResultSchema>;
