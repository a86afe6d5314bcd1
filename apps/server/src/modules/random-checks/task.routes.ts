import {
  errorResponseSchema,
  myRandomCheckTaskPageSchema,
  myRandomCheckTaskQuerySchema,
  randomCheckPlanParamsSchema,
  randomCheckPlanTasksSchema,
  randomCheckTaskListQuerySchema,
  subjectClockListSchema,
} from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { listMyTasks, listPlanClocks, listPlanTasks } from './task.service';

const tags = ['双随机抽查'];
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/** Tasks (DR-2) under the secrecy rule of task.policy.ts (DR-4). */
export const randomCheckTaskRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/random-checks/plans/:id/tasks',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '计划的检查任务：检查开始日前仅制定机关可见任务和人员，其他人只见数量',
        params: randomCheckPlanParamsSchema,
        querystring: randomCheckTaskListQuerySchema,
        response: { 200: randomCheckPlanTasksSchema, ...errors },
      },
    },
    async (request) => listPlanTasks(ctx, requireAuth(request), request.params.id, request.query),
  );

  app.get(
    '/random-checks/plans/:id/clocks',
    {
      config: { permission: 'random_checks.read' },
      schema: {
        tags,
        summary: '计划各检查任务的法定期限计时：检查结果录入期限、结果公开期限（检查开始日前仅制定机关可见）',
        params: randomCheckPlanParamsSchema,
        response: { 200: subjectClockListSchema, ...errors },
      },
    },
    async (request) => listPlanClocks(ctx, requireAuth(request), request.params.id),
  );

  app.get(
    '/random-checks/my-tasks',
    {
      config: { permission: 'random_checks.inspect' },
      schema: {
        tags,
        summary: '我的检查任务：本人被抽中的任务，自各计划的检查开始日起可见',
        querystring: myRandomCheckTaskQuerySchema,
        response: { 200: myRandomCheckTaskPageSchema, ...errors },
      },
    },
    async (request) => listMyTasks(ctx, requireAuth(request), request.query),
  );
};
