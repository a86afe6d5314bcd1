import {
  addInspectionFindingRequestSchema,
  addInspectionPhotoRequestSchema,
  addInspectionSignatureRequestSchema,
  confirmInspectionRecordRequestSchema,
  errorResponseSchema,
  inspectionFindingParamsSchema,
  inspectionPhotoParamsSchema,
  inspectionPhotoSchema,
  inspectionRecordParamsSchema,
  inspectionSignatureParamsSchema,
  inspectionTaskDetailSchema,
  inspectionTaskParamsSchema,
  maxInspectionPhotoBase64Length,
  maxInspectionSignatureBase64Length,
  saveInspectionRecordRequestSchema,
  subjectClockListSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import {
  addInspectionFinding,
  addInspectionPhoto,
  addInspectionSignature,
  confirmInspectionRecord,
  getInspectionPhotoContent,
  getInspectionRecordDocument,
  getInspectionSignatureContent,
  getInspectionTask,
  getTaskClocks,
  removeInspectionFinding,
  removeInspectionPhoto,
  saveInspectionRecord,
} from './inspection-record.service';

const tags = ['双随机抽查：现场检查笔录'];
const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const detail = { 200: inspectionTaskDetailSchema, ...errors };
const task = '/field-inspections/tasks/:taskId';

/** A photo travels as base64 JSON: room for the largest photo and the other fields. */
const photoBodyLimit = maxInspectionPhotoBase64Length + 64 * 1024;

/**
 * 现场检查笔录 (DR-5). Reading needs 'random_checks.read' and, per task, the policy (DR-4: secret
 * until the inspection day); writing needs 'random_checks.inspect' and being one of the task's
 * officers. The officer's task list is GET /api/random-checks/my-tasks.
 */
export const inspectionRecordRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    task,
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '抽查任务的现场检查笔录：监管对象概况、检查事项及法律依据、笔录、照片、发现的问题、确认情况',
        params: inspectionTaskParamsSchema,
        response: detail,
      },
    },
    async (request) => getInspectionTask(ctx, requireAuth(request), request.params.taskId),
  );

  app.get(
    `${task}/clocks`,
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary:
          '抽查任务的法定期限计时：检查结果录入期限、结果公开期限（依据、起算日、到期日、剩余天数、逐日说明）',
        params: inspectionTaskParamsSchema,
        response: { 200: subjectClockListSchema, ...errors },
      },
    },
    async (request) => getTaskClocks(ctx, requireAuth(request), request.params.taskId),
  );

  app.put(
    `${task}/record`,
    {
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '保存现场检查笔录（草稿；已有确认的，修改后须重新确认）',
        params: inspectionTaskParamsSchema,
        body: saveInspectionRecordRequestSchema,
        response: detail,
      },
    },
    async (request) => saveInspectionRecord(ctx, requireAuth(request), request.params.taskId, request.body),
  );

  app.post(
    `${task}/photos`,
    {
      bodyLimit: photoBodyLimit,
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '上传现场照片（Base64 JSON；服务器计算 SHA-256 指纹）',
        params: inspectionTaskParamsSchema,
        body: addInspectionPhotoRequestSchema,
        response: { 201: inspectionPhotoSchema, ...errors },
      },
    },
    async (request, reply) => {
      const photo = await addInspectionPhoto(ctx, requireAuth(request), request.params.taskId, request.body);
      return reply.status(201).send(photo);
    },
  );

  app.get(
    `${task}/photos/:photoId`,
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '现场照片原件（响应头 X-Content-SHA256 为其指纹）',
        params: inspectionPhotoParamsSchema,
      },
    },
    async (request, reply) => {
      const photo = await getInspectionPhotoContent(
        ctx,
        requireAuth(request),
        request.params.taskId,
        request.params.photoId,
      );
      return reply
        .header('content-type', photo.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`)
        .header('cache-control', 'private, max-age=86400, immutable')
        .header('etag', `"${photo.sha256}"`)
        .header('x-content-sha256', photo.sha256)
        .send(Buffer.from(photo.content));
    },
  );

  app.delete(
    `${task}/photos/:photoId`,
    {
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '删除现场照片（任务完成前）',
        params: inspectionPhotoParamsSchema,
        response: detail,
      },
    },
    async (request) =>
      removeInspectionPhoto(ctx, requireAuth(request), request.params.taskId, request.params.photoId),
  );

  app.post(
    `${task}/findings`,
    {
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '登记检查发现的问题：责令整改（须填写整改期限）、移送立案或两者',
        params: inspectionTaskParamsSchema,
        body: addInspectionFindingRequestSchema,
        response: detail,
      },
    },
    async (request) => addInspectionFinding(ctx, requireAuth(request), request.params.taskId, request.body),
  );

  app.delete(
    `${task}/findings/:findingId`,
    {
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '删除检查发现的问题（任务完成前）',
        params: inspectionFindingParamsSchema,
        response: detail,
      },
    },
    async (request) =>
      removeInspectionFinding(ctx, requireAuth(request), request.params.taskId, request.params.findingId),
  );

  app.post(
    `${task}/signatures`,
    {
      bodyLimit: maxInspectionSignatureBase64Length + 16 * 1024,
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '在手机上签名（检查人员、现场负责人；现场负责人拒绝签字的，注明情况及见证人）',
        params: inspectionTaskParamsSchema,
        body: addInspectionSignatureRequestSchema,
        response: detail,
      },
    },
    async (request) => addInspectionSignature(ctx, requireAuth(request), request.params.taskId, request.body),
  );

  app.get(
    `${task}/signatures/:signatureId`,
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '签名图片（PNG；响应头 X-Content-SHA256 为其指纹）',
        params: inspectionSignatureParamsSchema,
      },
    },
    async (request, reply) => {
      const signature = await getInspectionSignatureContent(
        ctx,
        requireAuth(request),
        request.params.taskId,
        request.params.signatureId,
      );
      return reply
        .header('content-type', 'image/png')
        .header('cache-control', 'private, max-age=86400, immutable')
        .header('etag', `"${signature.sha256}"`)
        .header('x-content-sha256', signature.sha256)
        .send(Buffer.from(signature.content));
    },
  );

  app.get(
    '/field-inspections/records/:recordId/document.docx',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '现场检查笔录文书（Word；含出示证件、告知、回避、检查情况、照片指纹和签名）',
        params: inspectionRecordParamsSchema,
      },
    },
    async (request, reply) => {
      const document = await getInspectionRecordDocument(ctx, requireAuth(request), request.params.recordId);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="inspection-record.docx"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(document.content);
    },
  );

  app.post(
    `${task}/confirm`,
    {
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '检查人员确认笔录；全部检查人员确认后任务完成',
        params: inspectionTaskParamsSchema,
        body: confirmInspectionRecordRequestSchema,
        response: detail,
      },
    },
    async (request) => confirmInspectionRecord(ctx, requireAuth(request), request.params.taskId),
  );
};
