import { z } from 'zod';
import { isoDateTimeSchema, pagedSchema, pageQuerySchema, uuidSchema } from '../common/common.contract';

/**
 * Bulk import of regulated entities (REG-5). A file is validated as a whole; only a file without a
 * single bad row is written, in one transaction. The job records the outcome and the report.
 */
export const importJobStatuses = ['validating', 'importing', 'completed', 'rejected', 'failed'] as const;
export type ImportJobStatus = (typeof importJobStatuses)[number];
export const importJobStatusLabels: Record<ImportJobStatus, string> = {
  validating: '校验中',
  importing: '写入中',
  completed: '已完成',
  rejected: '未导入（有错误）',
  failed: '失败',
};

/** True while the job is still running (the page keeps polling). */
export function isImportJobRunning(status: ImportJobStatus): boolean {
  return status === 'validating' || status === 'importing';
}

/** How many errors the job itself keeps (and the page shows); the Excel report has all of them. */
export const importJobErrorsKept = 1_000;

/** The largest file accepted (about 300,000 rows of CSV). */
export const importFileMaxBytes = 60 * 1024 * 1024;

/** One problem of the file: where it is (as in the spreadsheet) and what to do about it. */
export const importErrorSchema = z.object({
  /** The row as numbered in the spreadsheet: the header is row 1. Null: the whole file. */
  row: z.number().int().nullable(),
  /** The Chinese column header; null when the problem concerns the whole row or file. */
  column: z.string().nullable(),
  /** The cell as written in the file. */
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importJobSchema = z.object({
  id: uuidSchema,
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(importJobStatuses),
  /** Data rows in the file (the header not counted); 0 until the file is read. */
  totalRows: z.number().int(),
  /** Rows validated so far. */
  processedRows: z.number().int(),
  errorCount: z.number().int(),
  createdCount: z.number().int(),
  updatedCount: z.number().int(),
  /** Rows whose entity exists and already says the same (completed jobs only). */
  unchangedCount: z.number().int(),
  agencyId: uuidSchema,
  agencyName: z.string(),
  createdById: uuidSchema,
  createdByName: z.string(),
  createdAt: isoDateTimeSchema,
  finishedAt: isoDateTimeSchema.nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importJobDetailSchema = importJobSchema.extend({
  /** The first `importJobErrorsKept` errors, by row; all of them in GET …/errors.xlsx. */
  errors: z.array(importErrorSchema),
});
export type ImportJobDetail = z.infer<typeof importJobDetailSchema>;

export const importJobPageSchema = pagedSchema(importJobSchema);

export const importJobListQuerySchema = pageQuerySchema.extend({
  status: z.enum(importJobStatuses, { error: '状态不存在' }).optional(),
});
export type ImportJobListQuery = z.infer<typeof importJobListQuerySchema>;

/** POST /api/entities/imports?fileName=…: the file itself is the request body. */
export const importUploadQuerySchema = z.object({
  fileName: z
    .string({ error: '请在查询参数 fileName 中给出文件名' })
    .trim()
    .min(1, '请在查询参数 fileName 中给出文件名')
    .max(200, '文件名最多 200 个字')
    .regex(/\.(csv|xlsx)$/i, '只支持 .csv 和 .xlsx 文件（Excel 97-2003 的 .xls 请另存为 .xlsx）'),
});
export type ImportUploadQuery = z.infer<typeof importUploadQuerySchema>;
