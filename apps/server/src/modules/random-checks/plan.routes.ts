import {
  createRandomCheckPlanRequestSchema,
  errorResponseSchema,
  okResponseSchema,
  randomCheckItemOptionsSchema,
  randomCheckPlanDefaultsSchema,
  randomCheckPlanDetailSchema,
  randomCheckPlanExportQuerySchema,
  randomCheckPlanListQuerySchema,
  randomCheckPlanPageSchema,
  randomCheckPlanParamsSchema,
  randomCheckPoolPreviewSchema,
  updateRandomCheckPlanRequestSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { sendExcel } from '../../lib/excel';
import { previewPool } from './draw.service';
import { exportPlans } from './plan.export';
import {
  commitPlan,
  createPlan,
  deletePlan,
  getPlan,
  getPlanDefaults,
  listItemOptions,
  listPlans,
  updatePlan,
} from './plan.service';

const tags = ['双随机抽查'];
const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const planResponse = { 200: randomCheckPlanDetailSchema, ...errors };

/** Plans (DR-1) and the commitment (DR-3). */
export const randomCheckPlanRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/random-checks/plans',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '双随机抽查计划列表（本机关及下级机关）',
        querystring: randomCheckPlanListQuerySchema,
        response: { 200: randomCheckPlanPageSchema, ...errors },
      },
    },
    async (request) => listPlans(ctx, requireAuth(request), request.query),
  );

  app.get(
    '/random-checks/plans/export.xlsx',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '按当前筛选条件导出双随机抽查计划（Excel）',
        querystring: randomCheckPlanExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { workbook, title } = await exportPlans(ctx, requireAuth(request), request.query);
      return sendExcel(reply, workbook, title, ctx.clock);
    },
  );

  app.get(
    '/random-checks/plan-defaults',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '新建计划的默认值：省份配置的抽查比例、管辖区县',
        response: { 200: randomCheckPlanDefaultsSchema, ...errors },
      },
    },
    async (request) => getPlanDefaults(ctx, requireAuth(request)),
  );

  app.get(
    '/random-checks/item-options',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '可选抽查事项：本机关及上级机关已发布的随机抽查事项清单',
        response: { 200: randomCheckItemOptionsSchema, ...errors },
      },
    },
    async (request) => listItemOptions(ctx, requireAuth(request)),
  );

  app.post(
    '/random-checks/plans',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '新建双随机抽查计划（草稿）',
        body: createRandomCheckPlanRequestSchema,
        response: planResponse,
      },
    },
    async (request) => createPlan(ctx, requireAuth(request), request.body),
  );

  app.get(
    '/random-checks/plans/:id',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '双随机抽查计划详情',
        params: randomCheckPlanParamsSchema,
        response: planResponse,
      },
    },
    async (request) => getPlan(ctx, requireAuth(request), request.params.id),
  );

  app.patch(
    '/random-checks/plans/:id',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '修改计划草稿（公布承诺值后不能修改）',
        params: randomCheckPlanParamsSchema,
        body: updateRandomCheckPlanRequestSchema,
        response: planResponse,
      },
    },
    async (request) => updatePlan(ctx, requireAuth(request), request.params.id, request.body),
  );

  app.delete(
    '/random-checks/plans/:id',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '删除计划草稿',
        params: randomCheckPlanParamsSchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => deletePlan(ctx, requireAuth(request), request.params.id),
  );

  app.get(
    '/random-checks/plans/:id/pool-preview',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary:
          '抽查对象库预览：各区县对象数、重点排污单位、正面清单免查、可派检查人员，及按现有数据的预演结果',
        params: randomCheckPlanParamsSchema,
        response: { 200: randomCheckPoolPreviewSchema, ...errors },
      },
    },
    async (request) => previewPool(ctx, requireAuth(request), request.params.id),
  );

  app.post(
    '/random-checks/plans/:id/commit',
    {
      config: { permission: 'random_checks.manage' },
      schema: {
        tags,
        summary: '公布抽取承诺值：服务器生成密钥并公布其 SHA-256，此后计划不能修改',
        params: randomCheckPlanParamsSchema,
        response: planResponse,
      },
    },
    async (request) => commitPlan(ctx, requireAuth(request), request.params.id),
  );
};
