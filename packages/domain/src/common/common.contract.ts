import { z } from 'zod';

/** A calendar date without time, `YYYY-MM-DD` (Asia/Shanghai business dates). */
export const isoDateSchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
/** A moment in time, ISO 8601 with offset. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const uuidSchema = z.uuid({ error: '编号格式不正确' });

export const idParamsSchema = z.object({ id: uuidSchema });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    /** True when `total` is an estimate (a count past the server's exact limit): shown "约 N 条". */
    totalIsEstimate: z.boolean().optional(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Paged<T> {
  items: T[];
  total: number;
  totalIsEstimate?: boolean;
  page: number;
  pageSize: number;
}

/** Query strings carry booleans as text. */
export const booleanQuerySchema = z
  .enum(['true', 'false', '1', '0'], { error: '应为 true 或 false' })
  .transform((value) => value === 'true' || value === '1');

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

export const okResponseSchema = z.object({ ok: z.literal(true) });

export { describeTextProblem, findTextViolation, multilineText, type TextViolation } from './common.text';
