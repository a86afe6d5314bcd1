import { errorResponseSchema, todoListSchema } from '@qingshan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireAuth } from '../../lib/auth/auth.plugin';
import type { AppContext } from '../../lib/context';
import { listTodos } from './todo.service';

/** The to-do workbench (SYS-3). Every signed-in user has one; what is on it follows their roles. */
export const todoRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/todos',
    {
      schema: {
        tags: ['待办'],
        summary: '我的待办：本人检查任务的笔录期限、待公开的检查结果、待上报的报表（逾期在前，按到期日排序）',
        response: { 200: todoListSchema, 401: errorResponseSchema },
      },
    },
    async (request) => listTodos(ctx, requireAuth(request)),
  );
};
