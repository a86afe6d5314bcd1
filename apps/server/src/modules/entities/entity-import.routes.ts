import {
  errorResponseSchema,
  idParamsSchema,
  importFileMaxBytes,
  importJobDetailSchema,
  importJobListQuerySchema,
  importJobPageSchema,
  importUploadQuerySchema,
} from '@qingshan/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { sendExcel } from '../../lib/excel';
import {
  buildEntityImportTemplate,
  type EntityImportPayload,
  entityImportFailedQueue,
  entityImportJobOptions,
  entityImportQueue,
  exportEntityImportErrors,
  failAbandonedEntityImport,
  getEntityImport,
  listEntityImports,
  runQueuedEntityImport,
  startEntityImport,
} from './entity-import.service';

const tags = ['监管对象导入'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/** What browsers and tools send for the two file kinds (Windows calls a .csv application/vnd.ms-excel). */
const fileContentTypes = [
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

function sendCsv(reply: FastifyReply, file: Buffer, fileName: string): FastifyReply {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header(
      'content-disposition',
      `attachment; filename="template.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(file);
}

export const entityImportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // The file is the request body, read as bytes; only these routes accept it (plugin scope).
  app.addContentTypeParser(
    fileContentTypes,
    { parseAs: 'buffer', bodyLimit: importFileMaxBytes },
    (_request, body, done) => done(null, body),
  );

  // The imports run on the job queue, in whichever server process fetches them first.
  await ctx.jobs.work<EntityImportPayload>(
    entityImportQueue,
    entityImportJobOptions,
    async (payload, job) => {
      const outcome = await runQueuedEntityImport(ctx, payload);
      if (!outcome) return;
      const jobId = payload.importJobId;
      if (outcome.failure)
        app.log.error({ err: outcome.failure, jobId, attempt: job.retryCount }, 'entity import failed');
      else app.log.info({ jobId, timings: outcome.timings }, 'entity import finished');
    },
  );
  await ctx.jobs.work<EntityImportPayload>(entityImportFailedQueue, {}, (payload) =>
    failAbandonedEntityImport(ctx, payload),
  );

  app.get(
    '/entities/imports/template.xlsx',
    {
      config: { permission: 'entities.import' },
      schema: { tags, summary: '下载监管对象导入模板（Excel，含填写说明、区划代码和行业代码表）' },
    },
    async (request, reply) =>
      sendExcel(
        reply,
        await buildEntityImportTemplate(ctx, requireAuth(request), 'xlsx'),
        '监管对象导入模板',
        ctx.clock,
      ),
  );

  app.get(
    '/entities/imports/template.csv',
    {
      config: { permission: 'entities.import' },
      schema: { tags, summary: '下载监管对象导入模板（CSV，UTF-8）' },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        await buildEntityImportTemplate(ctx, requireAuth(request), 'csv'),
        '监管对象导入模板.csv',
      ),
  );

  app.post(
    '/entities/imports',
    {
      config: { permission: 'entities.import' },
      bodyLimit: importFileMaxBytes,
      schema: {
        tags,
        summary:
          '上传 CSV 或 Excel 文件开始导入（请求体即文件内容；Content-Type: text/csv、xlsx 类型或 application/octet-stream）。' +
          '立即返回导入任务（202），之后轮询任务查看进度和结果',
        querystring: importUploadQuerySchema,
        response: { 202: importJobDetailSchema, 413: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(
          'BAD_REQUEST',
          '请以文件内容作为请求体上传（Content-Type: text/csv、application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 或 application/octet-stream）',
        );
      }
      const job = await startEntityImport(ctx, auth, request.query.fileName, request.body);
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/entities/imports',
    {
      config: { permission: 'entities.import' },
      schema: {
        tags,
        summary: '管辖范围内机构最近的导入任务',
        querystring: importJobListQuerySchema,
        response: { 200: importJobPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listEntityImports(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/entities/imports/:id',
    {
      config: { permission: 'entities.import' },
      schema: {
        tags,
        summary: '导入任务的进度、结果和错误（前 1,000 处）',
        params: idParamsSchema,
        response: { 200: importJobDetailSchema, ...errors },
      },
    },
    async (request) => getEntityImport(ctx, requireAuth(request), request.params.id),
  );

  app.get(
    '/entities/imports/:id/errors.xlsx',
    {
      config: { permission: 'entities.import' },
      schema: { tags, summary: '下载完整的逐行错误报告（Excel）', params: idParamsSchema },
    },
    async (request, reply) => {
      const { workbook } = await exportEntityImportErrors(ctx, requireAuth(request), request.params.id);
      return sendExcel(reply, workbook, '导入错误报告', ctx.clock);
    },
  );
};
