import {
  annulRandomCheckDrawRequestSchema,
  drawRandomCheckPlanRequestSchema,
  errorResponseSchema,
  publicDrawSchema,
  randomCheckPlanDetailSchema,
  randomCheckPlanParamsSchema,
  randomCheckPublicDrawParamsSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { annulDraw, downloadDrawRecord, drawPlan, getPublicDraw } from './draw.service';

const tags = ['双随机抽查'];
const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/** The draw (DR-2) and its published record (DR-3). */
export const randomCheckDrawRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/random-checks/plans/:id/draw',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary:
          '现场抽取：录入公开随机数（如骰子点数）和见证人，抽取检查对象和检查人员；人员不足时不抽取（422）',
        params: randomCheckPlanParamsSchema,
        body: drawRandomCheckPlanRequestSchema,
        response: { 200: randomCheckPlanDetailSchema, ...errors, 422: errorResponseSchema },
      },
    },
    async (request) => drawPlan(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.post(
    '/random-checks/plans/:id/annul-draw',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary:
          '撤销错误的抽取（检查开始日前，计划制定机关）：删除检查任务，计划回到草稿，须重新公布承诺值后再抽取；撤销及原因公开',
        params: randomCheckPlanParamsSchema,
        body: annulRandomCheckDrawRequestSchema,
        response: { 200: randomCheckPlanDetailSchema, ...errors },
      },
    },
    async (request) => annulDraw(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.get(
    '/random-checks/plans/:id/draw-record',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary:
          '下载抽取记录（JSON，可用 npm run draw:verify 校验）：制定机关随时可下载，其他人自检查开始日起',
        params: randomCheckPlanParamsSchema,
      },
    },
    async (request, reply) => {
      const { record, fileName } = await downloadDrawRecord(ctx, requireAuth(request), request.params.id);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="draw-record.json"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(JSON.stringify(record, null, 2));
    },
  );

  app.get(
    '/public/random-checks/draws/:planId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['公开'],
        summary: '公开的抽取记录：抽取前公布的承诺值；检查开始日起公开密钥、输入和结果，任何人可重新计算',
        params: randomCheckPublicDrawParamsSchema,
        response: { 200: publicDrawSchema, 404: errorResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => getPublicDraw(ctx, request.auth, request.params.planId),
  );
};
